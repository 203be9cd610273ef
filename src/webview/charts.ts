// The timeline (stacked columns) and the theme breakdown (bars), as plain SVG drawn from the extension's figures.
import type { CorpusEntity, TimelinePeriod } from '../core/corpus';
import { plural, s, themeColor } from './dom';

const PALETTE = ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-purple', '--vscode-charts-red', '--vscode-charts-yellow'];
const FALLBACK = ['#3794ff', '#d18616', '#89d185', '#b180d7', '#f14c4c', '#cca700'];

/** Colours for the themes the timeline stacks: the six largest get the chart colours, the rest one grey. */
export function themeColors(timeline: readonly TimelinePeriod[]): Map<number, string> {
  const totals = new Map<number, number>();
  for (const p of timeline) for (const t of p.themes) totals.set(t.code, (totals.get(t.code) ?? 0) + t.articles);
  const order = [...totals.entries()].filter(([code]) => code !== 0).sort((a, b) => b[1] - a[1]).map(([code]) => code);
  const colors = new Map<number, string>();
  order.slice(0, PALETTE.length).forEach((code, i) => colors.set(code, themeColor(PALETTE[i], FALLBACK[i])));
  return colors;
}

/** Articles per period, each column stacked by the articles' best theme; `onPick` gets a clicked period. */
export function timelineChart(timeline: readonly TimelinePeriod[], names: Readonly<Record<number, string>>, colors: ReadonlyMap<number, string>,
  onPick: (period: string) => void): { svg: SVGElement; bars: number } {
  const width = 960;
  const height = 220;
  const left = 36;
  const bottom = 28;
  const most = Math.max(1, ...timeline.map(p => p.articles));
  const step = (width - left) / Math.max(1, timeline.length);
  const bar = Math.max(1, Math.min(40, step * 0.8));
  const other = themeColor('--vscode-descriptionForeground', '#999');
  const text = themeColor('--vscode-foreground', '#ccc');
  const grid = themeColor('--vscode-editorWidget-border', '#555');
  const y = (n: number) => (height - bottom) * (1 - n / most);
  const parts: SVGElement[] = [
    s('line', { x1: left, x2: width, y1: height - bottom, y2: height - bottom, stroke: grid }),
    s('text', { x: left - 6, y: y(most) + 10, 'text-anchor': 'end', fill: text, 'font-size': 11 }, String(most)),
    s('text', { x: left - 6, y: height - bottom, 'text-anchor': 'end', fill: text, 'font-size': 11 }, '0'),
  ];
  let bars = 0;
  const labelEvery = Math.ceil(timeline.length / 12);
  timeline.forEach((p, i) => {
    const x = left + i * step + (step - bar) / 2;
    let base = 0;
    const title = `${p.period}: ${plural(p.articles, 'article')}${p.themes.length ? ` (${p.themes.map(t => `${names[t.code] ?? t.code} ${t.articles}`).join(', ')})` : ''}`;
    const segments = [...p.themes].reverse().map(t => {
      const top = y(base + t.articles);
      const rect = s('rect', { x: x.toFixed(1), y: top.toFixed(1), width: bar.toFixed(1), height: (y(base) - top).toFixed(1), fill: colors.get(t.code) ?? other });
      base += t.articles;
      return rect;
    });
    if (p.articles > 0) bars++;
    parts.push(s('g', {
      class: p.articles > 0 ? 'bar' : 'bar empty', role: p.articles > 0 ? 'button' : undefined, tabindex: p.articles > 0 ? 0 : undefined, 'aria-label': title,
      'data-period': p.period, onclick: p.articles > 0 ? () => onPick(p.period) : undefined,
    }, s('title', {}, title), s('rect', { x: left + i * step, y: 0, width: step, height: height - bottom, fill: 'transparent' }), ...segments));
    if (i % labelEvery === 0) parts.push(s('text', { x: x + bar / 2, y: height - 10, 'text-anchor': 'middle', fill: text, 'font-size': 11 }, p.period));
  });
  return { svg: s('svg', { viewBox: `0 0 ${width} ${height}`, xmlns: 'http://www.w3.org/2000/svg', class: 'timeline', role: 'img', 'aria-label': 'Articles over time' }, ...parts), bars };
}

/** One bar per theme (articles), best first; `onPick` gets a clicked theme. */
export function themeChart(themes: readonly CorpusEntity[], colors: ReadonlyMap<number, string>, onPick: (theme: CorpusEntity) => void): SVGElement {
  const width = 420;
  const row = 22;
  const labelWidth = 170;
  const most = Math.max(1, ...themes.map(t => t.articles));
  const text = themeColor('--vscode-foreground', '#ccc');
  const other = themeColor('--vscode-descriptionForeground', '#999');
  const rows = themes.map((t, i) => {
    const code = Number(t.key.slice('THEME:'.length));
    const w = ((width - labelWidth - 40) * t.articles) / most;
    const title = `${t.name} (CAP ${code}${t.code ? `, IPTC ${t.code}` : ''}): ${plural(t.articles, 'article')}`;
    return s('g', { class: 'bar', role: 'button', tabindex: 0, 'aria-label': title, 'data-key': t.key, onclick: () => onPick(t) },
      s('title', {}, title),
      s('text', { x: labelWidth - 6, y: i * row + 15, 'text-anchor': 'end', fill: text, 'font-size': 12 }, t.name),
      s('rect', { x: labelWidth, y: i * row + 4, width: Math.max(1, w).toFixed(1), height: row - 8, fill: colors.get(code) ?? other }),
      s('text', { x: labelWidth + w + 6, y: i * row + 15, fill: text, 'font-size': 12 }, String(t.articles)));
  });
  return s('svg', { viewBox: `0 0 ${width} ${Math.max(row, themes.length * row)}`, xmlns: 'http://www.w3.org/2000/svg', class: 'themes', role: 'img', 'aria-label': 'Themes by articles' }, ...rows);
}
