/**
 * Which articles of a corpus a view shows: a date range, a folder, and things every article must be about
 * (a theme, a country, a person, ... by their corpus keys).
 */
import type { CorpusArticle } from './article';

/** A part of the corpus. Every field is optional; the empty filter keeps every article. */
export interface CorpusFilter {
  /** `YYYY-MM-DD`, inclusive. An article without a date is left out when `from` or `to` is set. */
  readonly from?: string;
  /** `YYYY-MM-DD`, inclusive. */
  readonly to?: string;
  /** Keeps articles in this folder or below it (`/`-separated, relative to the corpus root). */
  readonly folder?: string;
  /** Corpus keys (`THEME:16`, `COUNTRY:JP`, `PERSON:toshimitsu motegi`); an article must have all of them. */
  readonly keys?: readonly string[];
}

/** Whether `article` is in the part of the corpus `filter` describes. */
export function matchesFilter(article: CorpusArticle, filter: CorpusFilter): boolean {
  if (filter.from || filter.to) {
    if (!article.date) return false;
    if (filter.from && article.date < filter.from) return false;
    if (filter.to && article.date > filter.to) return false;
  }
  if (filter.folder) {
    const folder = filter.folder.replace(/\/+$/, '');
    if (folder && article.folder !== folder && !article.folder.startsWith(`${folder}/`)) return false;
  }
  if (filter.keys && filter.keys.length > 0) {
    for (const key of filter.keys) if (!article.items.some(i => i.key === key)) return false;
  }
  return true;
}

/** The articles `filter` keeps, in their corpus order. */
export function filterArticles(articles: readonly CorpusArticle[], filter: CorpusFilter): CorpusArticle[] {
  return articles.filter(a => matchesFilter(a, filter));
}

/** How the timeline groups articles. */
export type TimelineGranularity = 'week' | 'month';

/**
 * The timeline period of a `YYYY-MM-DD` date: `YYYY-MM` by month, the ISO 8601 week `YYYY-Www` by week
 * (weeks start on Monday; the first week of a year holds its first Thursday, so 2021-01-03 is in 2020-W53).
 * Undefined for anything that is not a valid date.
 */
export function periodOf(date: string, granularity: TimelineGranularity): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(year, month - 1, day);
  const d = new Date(time);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  if (granularity === 'month') return `${m[1]}-${m[2]}`;
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const thursday = new Date(time + (3 - weekday) * DAY);
  const isoYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * DAY));
  return `${isoYear}-W${String(week).padStart(2, '0')}`;
}

const DAY = 86_400_000;

/**
 * The granularity that reads best for dates from `first` to `last` (`YYYY-MM-DD`): weeks for up to about
 * half a year, months beyond (and when either is missing).
 */
export function autoGranularity(first: string | undefined, last: string | undefined): TimelineGranularity {
  if (!first || !last) return 'month';
  const span = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY;
  return span <= 183 ? 'week' : 'month';
}
