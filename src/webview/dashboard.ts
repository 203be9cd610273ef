// The News Lens Dashboard webview: draws what the extension posts and posts back what the reader clicks.
import type { CorpusEntity, CorpusFilter } from '../core/corpus';
import type { ArticleListData, ArticleQuery, DashboardChart, DashboardData, FromWebview, RenderReport, ToWebview } from '../editor/dashboardProtocol';
import { themeChart, themeColors, timelineChart } from './charts';
import { h, plural } from './dom';
import { worldMap } from './map';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): State | undefined;
  setState(state: State): void;
}
interface State {
  readonly filter: CorpusFilter;
  readonly query?: ArticleQuery;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let state: State = vscode.getState() ?? { filter: {} };
let current: { data: DashboardData; labels: Readonly<Record<string, string>> } | undefined;
let list: ArticleListData | undefined;
const charts = new Map<DashboardChart, SVGElement>();

const post = (m: FromWebview) => vscode.postMessage(m);
const save = (next: State) => {
  state = next;
  vscode.setState(state);
};

function setFilter(filter: CorpusFilter): void {
  save({ filter });
  list = undefined;
  post({ type: 'filter', filter });
}

function addKey(key: string): void {
  const keys = state.filter.keys ?? [];
  if (!keys.includes(key)) setFilter({ ...state.filter, keys: [...keys, key] });
}

function ask(query: ArticleQuery): void {
  save({ ...state, query });
  post({ type: 'query', query });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  if (m.type === 'data') {
    current = { data: m.data, labels: m.labels };
    state = { ...state, filter: m.filter };
    vscode.setState(state);
    render();
  } else if (m.type === 'articles') {
    list = m.list;
    render();
  } else if (m.type === 'setFilter') {
    setFilter(m.filter);
  } else if (m.type === 'query') {
    ask(m.query);
  } else if (m.type === 'exportSvg') {
    saveSvg(m.chart);
  } else if (m.type === 'reveal') {
    if (m.part === 'top') window.scrollTo(0, 0);
    else document.querySelector('.lists')?.scrollIntoView({ block: 'start' });
    post({ type: 'revealed', part: m.part });
  }
});

// a theme change recolours the charts (they carry real colours so that exported SVG keeps them)
new MutationObserver(() => render()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

function saveSvg(chart: DashboardChart): void {
  const svg = charts.get(chart);
  if (svg) post({ type: 'saveSvg', chart, svg: new XMLSerializer().serializeToString(svg) });
}

function render(): void {
  if (!current) return;
  const { data, labels } = current;
  charts.clear();
  const colors = themeColors(data.timeline);
  const map = worldMap(data.countries, code => addKey(`COUNTRY:${code}`));
  const timeline = timelineChart(data.timeline, data.themeNames, colors, period => ask({ period, title: `Articles of ${period}` }));
  const themes = themeChart(data.themes, colors, t => ask({ keys: [t.key], title: `Articles about ${t.name}` }));
  charts.set('map', map.svg).set('timeline', timeline.svg).set('themes', themes);
  app.replaceChildren(
    header(data, labels),
    list ? articlePanel(list) : '',
    h('div', { class: 'grid' },
      card('Countries', 'map', map.svg, 'wide', legendFor(data)),
      card('Themes', 'themes', data.themes.length ? themes : empty('No themes')),
      card(`Articles per ${data.granularity}, by best theme`, 'timeline', data.timeline.length ? timeline.svg : empty('No dated articles'), 'full', timelineLegend(data, colors)),
      entityCard('People', data.people, 'lists'),
      entityCard('Organisations', data.organisations),
      entityCard('Places', data.places),
      pairsCard(data),
      entityCard('Countries by articles', data.countries.slice(0, 15)),
    ),
  );
  const report: RenderReport = {
    articles: data.articles, shaded: map.shaded, shapes: map.shapes, timelineBars: timeline.bars,
    people: data.people.map(p => p.name), themes: data.themes.map(t => t.name), pairs: data.pairs.length,
    ...(list ? { list: list.articles.map(a => a.title) } : {}), filter: state.filter,
    theme: document.body.dataset.vscodeThemeKind ?? [...document.body.classList].find(c => c.startsWith('vscode-')) ?? '',
  };
  post({ type: 'rendered', report });
}

function header(data: DashboardData, labels: Readonly<Record<string, string>>): HTMLElement {
  const f = state.filter;
  const chips = (f.keys ?? []).map(key => h('button', {
    class: 'chip', title: 'Remove this filter', onclick: () => setFilter({ ...f, keys: (f.keys ?? []).filter(k => k !== key) }),
  }, `${labels[key] ?? key} ✕`));
  const date = (which: 'from' | 'to') => h('input', {
    type: 'date', value: f[which] ?? '', 'aria-label': which === 'from' ? 'From date' : 'To date',
    onchange: (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      const next: CorpusFilter = { ...f };
      if (value) Object.assign(next, { [which]: value });
      else delete (next as { from?: string; to?: string })[which];
      setFilter(next);
    },
  });
  const folder = h('select', { 'aria-label': 'Folder', onchange: (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    const { folder: _old, ...rest } = f;
    setFilter(value ? { ...rest, folder: value } : rest);
  } }, h('option', { value: '' }, 'All folders'), ...data.folders.map(x => h('option', { value: x, selected: x === f.folder }, x)));
  const status = `${plural(data.articles, 'article')}${data.articles !== data.corpusArticles ? ` of ${data.corpusArticles}` : ''}`
    + `${data.firstDate ? `, ${data.firstDate} to ${data.lastDate}` : ''}${data.skipped ? `, ${data.skipped} file(s) skipped` : ''}${data.isComplete ? '' : ' (indexing...)'}`;
  return h('header', {},
    h('div', { class: 'title' }, h('h1', {}, 'News Lens Dashboard'), h('span', { class: 'muted', id: 'status' }, status)),
    h('div', { class: 'filters' }, date('from'), h('span', { class: 'muted' }, 'to'), date('to'), folder, ...chips,
      (f.keys?.length || f.from || f.to || f.folder) ? h('button', { class: 'link', onclick: () => setFilter({}) }, 'Clear filters') : '',
      h('span', { class: 'spacer' }),
      h('button', { onclick: () => post({ type: 'exportTable', format: 'csv' }) }, 'Export CSV'),
      h('button', { onclick: () => post({ type: 'exportTable', format: 'jsonl' }) }, 'Export JSONL'),
      h('button', { onclick: () => post({ type: 'rescan' }), title: 'Read the workspace again' }, 'Refresh')));
}

function card(title: string, chart: DashboardChart | undefined, body: Node, size = '', extra?: Node): HTMLElement {
  return h('section', { class: `card ${size}` },
    h('div', { class: 'card-head' }, h('h2', {}, title), chart ? h('button', { class: 'link', onclick: () => saveSvg(chart), title: 'Save this chart as SVG' }, 'Save SVG') : ''),
    body, extra);
}

function empty(text: string): HTMLElement {
  return h('p', { class: 'muted' }, text);
}

function legendFor(data: DashboardData): HTMLElement {
  return h('p', { class: 'muted small' }, `${plural(data.countries.length, 'country', 'countries')} mentioned; darker is more articles. Click a country to filter.`);
}

function timelineLegend(data: DashboardData, colors: ReadonlyMap<number, string>): HTMLElement {
  return h('div', { class: 'legend' }, ...[...colors.entries()].map(([code, color]) =>
    h('span', {}, h('i', { class: 'swatch', 'data-color': color }), data.themeNames[code] ?? String(code))),
  h('span', { class: 'muted' }, 'grey: other themes or none'));
}

function entityCard(title: string, entities: readonly CorpusEntity[], size = ''): HTMLElement {
  const most = Math.max(1, ...entities.map(e => e.articles));
  const rows = entities.map(e => h('li', {},
    h('button', { class: 'name link', title: `Filter by ${e.name}`, onclick: () => addKey(e.key) }, e.name),
    h('span', { class: 'meter', 'data-width': Math.round((100 * e.articles) / most) }),
    h('button', { class: 'count link', title: `${plural(e.articles, 'article')}, ${plural(e.mentions, 'mention')}: list them`,
      onclick: () => ask({ keys: [e.key], title: `Articles mentioning ${e.name}` }) }, String(e.articles))));
  return card(title, undefined, rows.length ? h('ol', { class: 'ranked' }, ...rows) : empty('None'), size);
}

function pairsCard(data: DashboardData): HTMLElement {
  const rows = data.pairs.map(p => h('li', {},
    h('span', { class: 'name' }, `${p.a.name} + ${p.b.name}`),
    h('button', { class: 'count link', title: `${plural(p.articles, 'article')} mention both: list them`,
      onclick: () => ask({ keys: [p.a.key, p.b.key], title: `Articles with ${p.a.name} and ${p.b.name}` }) }, String(p.articles))));
  return card('Seen together', undefined, rows.length ? h('ol', { class: 'ranked' }, ...rows) : empty('No pairs'));
}

function articlePanel(l: ArticleListData): HTMLElement {
  return h('section', { class: 'card full articles' },
    h('div', { class: 'card-head' }, h('h2', {}, `${l.title}: ${plural(l.articles.length, 'article')}`),
      h('button', { class: 'link', onclick: () => { list = undefined; save({ filter: state.filter }); render(); } }, 'Close')),
    h('ol', { class: 'article-list' }, ...l.articles.map(a => h('li', {},
      h('button', { class: 'link', onclick: () => post({ type: 'open', id: a.id, line: a.line, character: a.character }) }, a.title),
      h('span', { class: 'muted' }, [a.date, a.folder, a.count ? `${a.count}×` : ''].filter(Boolean).join(' · '))))));
}

// widths and swatch colours are set from data attributes: the CSP allows no inline styles
const applySizes = () => {
  for (const el of document.querySelectorAll<HTMLElement>('[data-width]')) el.style.width = `${el.dataset.width}%`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-color]')) el.style.background = el.dataset.color ?? '';
};
new MutationObserver(applySizes).observe(app, { childList: true, subtree: true });

post({ type: 'ready', filter: state.filter });
if (state.query) post({ type: 'query', query: state.query });
