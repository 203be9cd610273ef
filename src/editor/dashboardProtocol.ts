// The messages between the News Lens Dashboard (a webview) and the extension. Plain JSON; the webview only
// renders what the extension computed with the core.
import type { CorpusArticle, CorpusEntity, CorpusFilter, CorpusItem, CorpusSummary } from '../core/corpus';

/**
 * What the dashboard shows for the corpus, or the filtered part of it: the core's summary of those articles
 * (`CorpusSummary`), its entity list split by kind and cut short, and what the filter bar needs.
 */
export interface DashboardData extends Pick<CorpusSummary, 'articles' | 'firstDate' | 'lastDate' | 'countries' | 'themes' | 'granularity' | 'timeline' | 'pairs'> {
  /** Articles in the whole corpus (before the filter). */
  readonly corpusArticles: number;
  readonly skipped: number;
  readonly isComplete: boolean;
  readonly people: readonly CorpusEntity[];
  readonly organisations: readonly CorpusEntity[];
  readonly places: readonly CorpusEntity[];
  /** Theme names by CAP code, for the timeline's legend (0: no theme). */
  readonly themeNames: Readonly<Record<number, string>>;
  /** Folders holding articles, for the folder filter. */
  readonly folders: readonly string[];
}

/**
 * One article of the drill-down list: the corpus article's own fields, and where in it the first mention of the
 * thing asked about is (`count`, `line`, `character` of its `CorpusItem`; line 0, character 0 when nothing was asked).
 */
export type ArticleListRow = Pick<CorpusArticle, 'id' | 'title' | 'date' | 'folder'> & Pick<CorpusItem, 'line' | 'character'>
  & Partial<Pick<CorpusItem, 'count'>>;

/** The articles behind a number, for the drill-down list. */
export interface ArticleListData {
  readonly title: string;
  readonly articles: readonly ArticleListRow[];
}

/** What the list is asked for: a thing (`key`), two things together, or a timeline period. */
export interface ArticleQuery {
  readonly keys?: readonly string[];
  readonly period?: string;
  readonly title: string;
}

/** The charts the dashboard can export as SVG. */
export type DashboardChart = 'map' | 'timeline' | 'themes';

/** Parts of the dashboard that can be scrolled into view: `top`, or `lists` (people, organisations, places, pairs). */
export type DashboardPart = 'top' | 'lists';

export type ToWebview =
  | { readonly type: 'data'; readonly filter: CorpusFilter; readonly data: DashboardData; readonly labels: Readonly<Record<string, string>> }
  | { readonly type: 'articles'; readonly list: ArticleListData }
  | { readonly type: 'setFilter'; readonly filter: CorpusFilter }
  | { readonly type: 'query'; readonly query: ArticleQuery }
  | { readonly type: 'exportSvg'; readonly chart: DashboardChart }
  | { readonly type: 'reveal'; readonly part: DashboardPart };

export type FromWebview =
  | { readonly type: 'ready'; readonly filter?: CorpusFilter }
  | { readonly type: 'filter'; readonly filter: CorpusFilter }
  | { readonly type: 'query'; readonly query: ArticleQuery }
  | { readonly type: 'open'; readonly id: string; readonly line: number; readonly character: number }
  | { readonly type: 'exportTable'; readonly format: 'csv' | 'jsonl' }
  | { readonly type: 'saveSvg'; readonly chart: DashboardChart; readonly svg: string }
  | { readonly type: 'rescan' }
  | { readonly type: 'revealed'; readonly part: DashboardPart }
  | { readonly type: 'rendered'; readonly report: RenderReport };

/** What the webview drew, posted after every render: the integration tests read it. */
export interface RenderReport {
  readonly articles: number;
  /** Countries shaded on the map, by ISO alpha-2. */
  readonly shaded: readonly string[];
  /** Map shapes drawn. */
  readonly shapes: number;
  readonly timelineBars: number;
  readonly people: readonly string[];
  readonly themes: readonly string[];
  readonly pairs: number;
  /** Titles of the articles in the drill-down list, when one is open. */
  readonly list?: readonly string[];
  readonly filter: CorpusFilter;
  /** The webview's theme kind as VS Code marks it on the body (`vscode-dark`, `vscode-light`, `vscode-high-contrast`...). */
  readonly theme: string;
}
