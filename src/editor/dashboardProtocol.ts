// The messages between the News Lens Dashboard (a webview) and the extension. Plain JSON; the webview only
// renders what the extension computed with the core.
import type { CorpusEntity, CorpusFilter, TimelineGranularity, TimelinePeriod } from '../core/corpus';

/** What the dashboard shows for the corpus, or the filtered part of it. */
export interface DashboardData {
  readonly articles: number;
  /** Articles in the whole corpus (before the filter). */
  readonly corpusArticles: number;
  readonly skipped: number;
  readonly isComplete: boolean;
  readonly firstDate?: string;
  readonly lastDate?: string;
  readonly people: readonly CorpusEntity[];
  readonly organisations: readonly CorpusEntity[];
  readonly places: readonly CorpusEntity[];
  /** Every country mentioned (the map shades them all). */
  readonly countries: readonly CorpusEntity[];
  readonly themes: readonly CorpusEntity[];
  readonly granularity: TimelineGranularity;
  readonly timeline: readonly TimelinePeriod[];
  /** Theme names by CAP code, for the timeline's legend (0: no theme). */
  readonly themeNames: Readonly<Record<number, string>>;
  readonly pairs: readonly { readonly a: CorpusEntity; readonly b: CorpusEntity; readonly articles: number }[];
  /** Folders holding articles, for the folder filter. */
  readonly folders: readonly string[];
}

/** The articles behind a number, for the drill-down list. */
export interface ArticleListData {
  readonly title: string;
  readonly articles: readonly {
    readonly id: string;
    readonly title: string;
    readonly date?: string;
    readonly folder: string;
    /** Mentions of the thing asked about (when one was), and where the first is. */
    readonly count?: number;
    readonly line: number;
    readonly character: number;
  }[];
}

/** What the list is asked for: a thing (`key`), two things together, or a timeline period. */
export interface ArticleQuery {
  readonly keys?: readonly string[];
  readonly period?: string;
  readonly title: string;
}

export type ToWebview =
  | { readonly type: 'data'; readonly filter: CorpusFilter; readonly data: DashboardData; readonly labels: Readonly<Record<string, string>> }
  | { readonly type: 'articles'; readonly list: ArticleListData }
  | { readonly type: 'setFilter'; readonly filter: CorpusFilter }
  | { readonly type: 'query'; readonly query: ArticleQuery }
  | { readonly type: 'exportSvg'; readonly chart: 'map' | 'timeline' | 'themes' }
  /** Scrolls a part of the dashboard into view: `top`, or `lists` (people, organisations, places, pairs). */
  | { readonly type: 'reveal'; readonly part: 'top' | 'lists' };

export type FromWebview =
  | { readonly type: 'ready'; readonly filter?: CorpusFilter }
  | { readonly type: 'filter'; readonly filter: CorpusFilter }
  | { readonly type: 'query'; readonly query: ArticleQuery }
  | { readonly type: 'open'; readonly id: string; readonly line: number; readonly character: number }
  | { readonly type: 'exportTable'; readonly format: 'csv' | 'jsonl' }
  | { readonly type: 'saveSvg'; readonly chart: string; readonly svg: string }
  | { readonly type: 'rescan' }
  | { readonly type: 'revealed'; readonly part: 'top' | 'lists' }
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
