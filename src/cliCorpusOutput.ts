// What `news-lens corpus` prints: the summary as one JSON object (`--json`) or as text for a reader.
import type { CorpusEntity, CorpusSummary } from './core/corpus';

/** Skipped files by reason. */
export type SkipCounts = Readonly<Record<string, number>>;

/** The `--json` object: the documented shape, every list best first (the timeline in date order). */
export function corpusJson(s: CorpusSummary, skipped: SkipCounts): object {
  const entity = (e: CorpusEntity) => ({
    canonical: e.name, type: e.kind, entityId: e.key, articles: e.articles, mentions: e.mentions,
    ...(e.firstDate ? { firstDate: e.firstDate, lastDate: e.lastDate } : {}),
  });
  return {
    articles: s.articles,
    skipped: total(skipped),
    skippedBy: skipped,
    undated: s.undated,
    ...(s.firstDate ? { firstDate: s.firstDate, lastDate: s.lastDate } : {}),
    entities: s.entities.map(entity),
    countries: s.countries.map(c => ({ code: c.key.slice('COUNTRY:'.length), name: c.name, articles: c.articles, mentions: c.mentions })),
    themes: s.themes.map(t => ({ code: Number(t.key.slice('THEME:'.length)), name: t.name, iptc: t.code, articles: t.articles, mentions: t.mentions })),
    granularity: s.granularity,
    timeline: s.timeline.map(p => ({ period: p.period, articles: p.articles, themes: p.themes })),
    pairs: s.pairs.map(p => ({ a: p.a.name, b: p.b.name, aId: p.a.key, bId: p.b.key, articles: p.articles })),
  };
}

/** The summary for a terminal: counts, top entities, countries, themes, the timeline as bars and top pairs. */
export function corpusText(s: CorpusSummary, skipped: SkipCounts, top: number): string {
  const lines: string[] = [];
  const reasons = Object.entries(skipped).map(([r, n]) => `${n} ${r}`).join(', ');
  lines.push(`${s.articles} article${s.articles === 1 ? '' : 's'}${total(skipped) ? `, ${total(skipped)} file(s) skipped (${reasons})` : ''}`);
  if (s.firstDate) lines.push(`dates ${s.firstDate} to ${s.lastDate}${s.undated ? ` (${s.undated} undated)` : ''}`);
  const list = (title: string, items: readonly CorpusEntity[]) => {
    if (items.length === 0) return;
    lines.push('', title);
    for (const e of items.slice(0, top)) lines.push(`  ${e.name}  ${e.articles} article${e.articles === 1 ? '' : 's'}, ${e.mentions}x`);
  };
  list('People', s.entities.filter(e => e.kind === 'PERSON'));
  list('Organisations', s.entities.filter(e => e.kind === 'ORG'));
  list('Places', s.entities.filter(e => e.kind === 'PLACE'));
  list('Countries', s.countries);
  list('Themes', s.themes);
  if (s.timeline.length > 0) {
    lines.push('', `Articles per ${s.granularity}`);
    const most = Math.max(1, ...s.timeline.map(p => p.articles));
    let empty = 0;
    const flush = () => {
      if (empty > 0) lines.push(`  ${`(${empty} ${s.granularity}${empty === 1 ? '' : 's'} without articles)`}`);
      empty = 0;
    };
    for (const p of s.timeline) {
      if (p.articles === 0) {
        empty++;
        continue;
      }
      flush();
      lines.push(`  ${p.period.padEnd(8)} ${'#'.repeat(Math.ceil((p.articles / most) * 40))} ${p.articles}`);
    }
  }
  if (s.pairs.length > 0) {
    lines.push('', 'Seen together');
    for (const p of s.pairs.slice(0, top)) lines.push(`  ${p.a.name} + ${p.b.name}  ${p.articles} article${p.articles === 1 ? '' : 's'}`);
  }
  return `${lines.join('\n')}\n`;
}

function total(skipped: SkipCounts): number {
  return Object.values(skipped).reduce((n, k) => n + k, 0);
}
