import { filterArticles, periodOf, summarizeCorpus, type CorpusArticle, type CorpusFilter } from '../core/corpus';
import type { CorpusSnapshot } from './corpusIndex';
import type { ArticleListData, ArticleListRow, ArticleQuery, DashboardData } from './dashboardProtocol';

/** Most people, organisations, places, themes and pairs listed. */
const TOP = 15;

/** What the dashboard shows for `snapshot` under `filter`. */
export function dashboardData(snapshot: CorpusSnapshot, filter: CorpusFilter): DashboardData {
  const articles = filterArticles(snapshot.articles, filter);
  const s = summarizeCorpus(articles);
  const themeNames: Record<number, string> = { 0: 'No theme' };
  for (const t of s.themes) themeNames[Number(t.key.slice('THEME:'.length))] = t.name;
  const folders = [...new Set(snapshot.articles.flatMap(a => ancestors(a.folder)))].sort();
  return {
    articles: s.articles, corpusArticles: snapshot.articles.length, skipped: snapshot.skipped.length, isComplete: snapshot.isComplete,
    ...(s.firstDate ? { firstDate: s.firstDate, lastDate: s.lastDate } : {}),
    people: s.entities.filter(e => e.kind === 'PERSON').slice(0, TOP),
    organisations: s.entities.filter(e => e.kind === 'ORG').slice(0, TOP),
    places: s.entities.filter(e => e.kind === 'PLACE').slice(0, TOP),
    countries: s.countries, themes: s.themes, granularity: s.granularity, timeline: s.timeline, themeNames,
    pairs: s.pairs.slice(0, TOP), folders,
  };
}

function ancestors(folder: string): string[] {
  if (!folder) return [];
  const parts = folder.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The articles behind a number of the dashboard: those under `filter` that have every key (and lie in the period). */
export function articleList(snapshot: CorpusSnapshot, filter: CorpusFilter, query: ArticleQuery): ArticleListData {
  const keys = query.keys ?? [];
  let articles = filterArticles(snapshot.articles, { ...filter, keys: [...(filter.keys ?? []), ...keys] });
  if (query.period) {
    const granularity = summarizeCorpus(filterArticles(snapshot.articles, filter)).granularity;
    articles = articles.filter(a => a.date && periodOf(a.date, granularity) === query.period);
  }
  const rows = articles.map(a => row(a, keys[0]));
  rows.sort((x, y) => (y.count ?? 0) - (x.count ?? 0) || (y.date ?? '').localeCompare(x.date ?? '') || x.title.localeCompare(y.title));
  return { title: query.title, articles: rows };
}

function row(a: CorpusArticle, key: string | undefined): ArticleListRow {
  const item = key ? a.items.find(i => i.key === key) : undefined;
  return {
    id: a.id, title: a.title, folder: a.folder, ...(a.date ? { date: a.date } : {}),
    ...(item ? { count: item.count, line: item.line, character: item.character } : { line: 0, character: 0 }),
  };
}
