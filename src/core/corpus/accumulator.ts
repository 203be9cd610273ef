/**
 * The corpus summary, built one article at a time: memory grows with the number of distinct entities, days and
 * pairs, not with the number of articles, so the CLI can stream 100,000 articles through it.
 */
import type { CorpusArticle, CorpusItem } from './article';
import { autoGranularity, periodOf, type TimelineGranularity } from './filter';

/** One person, organisation, place, country or theme across the corpus. */
export interface CorpusEntity {
  /** The corpus key (`PERSON:toshimitsu motegi`, `COUNTRY:JP`, `THEME:16`). */
  readonly key: string;
  readonly kind: CorpusItem['kind'];
  /** The name as first seen ("Toshimitsu Motegi", "Japan", "Defense"). */
  readonly name: string;
  /** Articles that mention it. */
  readonly articles: number;
  /** Mentions (or theme trigger words) over all those articles. */
  readonly mentions: number;
  /** Earliest and latest date of those articles (`YYYY-MM-DD`), when any is dated. */
  readonly firstDate?: string;
  readonly lastDate?: string;
  /** ISO alpha-2 (countries) or IPTC code (themes). */
  readonly code?: string;
}

/** Articles in one timeline period, split by their best theme. */
export interface TimelinePeriod {
  /** `YYYY-MM` or `YYYY-Www`. */
  readonly period: string;
  readonly articles: number;
  /** Articles per best-theme CAP code; `0` counts articles with no theme. Codes by count, most first. */
  readonly themes: readonly { readonly code: number; readonly articles: number }[];
}

/** Two entities that appear in the same articles. */
export interface CorpusPair {
  readonly a: CorpusEntity;
  readonly b: CorpusEntity;
  /** Articles that mention both. */
  readonly articles: number;
}

/** What a corpus (or a filtered part of it) is about. Every list is best first unless said otherwise. */
export interface CorpusSummary {
  readonly articles: number;
  /** Articles with neither a header date nor a file date (left out of the timeline). */
  readonly undated: number;
  readonly firstDate?: string;
  readonly lastDate?: string;
  /** People, organisations and places by articles, then mentions, then name. */
  readonly entities: readonly CorpusEntity[];
  readonly countries: readonly CorpusEntity[];
  readonly themes: readonly CorpusEntity[];
  readonly granularity: TimelineGranularity;
  /** In date order, oldest first; periods with no article inside the range are present with 0. */
  readonly timeline: readonly TimelinePeriod[];
  /** By articles, then names. */
  readonly pairs: readonly CorpusPair[];
}

/** Options of `CorpusAccumulator.summary`. */
export interface SummaryOptions {
  /** Most entities, countries, themes and pairs listed each (default: all). */
  readonly limit?: number;
  /** Timeline grouping (default: weeks for up to half a year of dates, months beyond). */
  readonly granularity?: TimelineGranularity;
}

/** Entities of one article that count for co-occurrence: its most mentioned people, organisations and countries. */
const PAIR_KINDS = new Set<CorpusItem['kind']>(['PERSON', 'ORG', 'COUNTRY']);
const PAIR_ENTITIES_PER_ARTICLE = 10;

interface Tally {
  key: string;
  kind: CorpusItem['kind'];
  name: string;
  articles: number;
  mentions: number;
  firstDate?: string;
  lastDate?: string;
  code?: string;
}

/** Collects articles into a `CorpusSummary`. Adding the same article twice counts it twice. */
export class CorpusAccumulator {
  #articles = 0;
  #undated = 0;
  readonly #tallies = new Map<string, Tally>();
  /** date -> best-theme code (0: none) -> articles */
  readonly #days = new Map<string, Map<number, number>>();
  readonly #pairs = new Map<string, number>();

  /** Adds one article. */
  add(article: CorpusArticle): void {
    this.#articles++;
    const date = article.date;
    if (date && periodOf(date, 'month')) {
      const day = this.#days.get(date) ?? new Map<number, number>();
      const theme = article.topTheme ?? 0;
      day.set(theme, (day.get(theme) ?? 0) + 1);
      this.#days.set(date, day);
    } else {
      this.#undated++;
    }
    for (const item of article.items) {
      let t = this.#tallies.get(item.key);
      if (!t) {
        t = { key: item.key, kind: item.kind, name: item.name, articles: 0, mentions: 0 };
        const code = item.code ?? item.iptc;
        if (code) t.code = code;
        this.#tallies.set(item.key, t);
      }
      t.articles++;
      t.mentions += item.count;
      if (date) {
        if (!t.firstDate || date < t.firstDate) t.firstDate = date;
        if (!t.lastDate || date > t.lastDate) t.lastDate = date;
      }
    }
    const paired = article.items.filter(i => PAIR_KINDS.has(i.kind))
      .sort((x, y) => y.count - x.count || x.first - y.first).slice(0, PAIR_ENTITIES_PER_ARTICLE)
      .map(i => i.key).sort();
    for (let i = 0; i < paired.length; i++) {
      for (let j = i + 1; j < paired.length; j++) {
        const k = `${paired[i]}\u0000${paired[j]}`;
        this.#pairs.set(k, (this.#pairs.get(k) ?? 0) + 1);
      }
    }
  }

  /** Articles added so far. */
  get size(): number {
    return this.#articles;
  }

  /** The summary of every article added so far. */
  summary(options: SummaryOptions = {}): CorpusSummary {
    const limit = options.limit ?? Infinity;
    const all = [...this.#tallies.values()].map(freeze).sort(byArticles);
    const pick = (kinds: readonly CorpusItem['kind'][]) => all.filter(e => kinds.includes(e.kind)).slice(0, limit);
    const dates = [...this.#days.keys()].sort();
    const firstDate = dates[0];
    const lastDate = dates[dates.length - 1];
    const granularity = options.granularity ?? autoGranularity(firstDate, lastDate);
    const pairs: CorpusPair[] = [];
    for (const [k, articles] of this.#pairs) {
      const [a, b] = k.split('\u0000');
      pairs.push({ a: freeze(this.#tallies.get(a) as Tally), b: freeze(this.#tallies.get(b) as Tally), articles });
    }
    pairs.sort((x, y) => y.articles - x.articles || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
    return {
      articles: this.#articles, undated: this.#undated,
      ...(firstDate ? { firstDate, lastDate } : {}),
      entities: pick(['PERSON', 'ORG', 'PLACE']), countries: pick(['COUNTRY']), themes: pick(['THEME']),
      granularity, timeline: this.#timeline(dates, granularity), pairs: pairs.slice(0, limit),
    };
  }

  #timeline(dates: readonly string[], granularity: TimelineGranularity): TimelinePeriod[] {
    const periods = new Map<string, Map<number, number>>();
    if (dates.length > 0) {
      // every period from the first date to the last, so gaps show as zero
      const end = Date.parse(`${dates[dates.length - 1]}T00:00:00Z`);
      for (let t = Date.parse(`${dates[0]}T00:00:00Z`); t <= end; t += STEP[granularity]) {
        periods.set(periodOf(new Date(t).toISOString().slice(0, 10), granularity) as string, new Map());
      }
      const last = periodOf(dates[dates.length - 1], granularity) as string;
      if (!periods.has(last)) periods.set(last, new Map());
    }
    for (const [date, themes] of this.#days) {
      const slot = periods.get(periodOf(date, granularity) as string) as Map<number, number>;
      for (const [code, n] of themes) slot.set(code, (slot.get(code) ?? 0) + n);
    }
    return [...periods.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([period, themes]) => ({
      period,
      articles: [...themes.values()].reduce((s, n) => s + n, 0),
      themes: [...themes.entries()].map(([code, articles]) => ({ code, articles })).sort((x, y) => y.articles - x.articles || x.code - y.code),
    }));
  }
}

/** A week, and a step short enough to land in every month. */
const STEP: Readonly<Record<TimelineGranularity, number>> = { week: 7 * 86_400_000, month: 28 * 86_400_000 };

function freeze(t: Tally): CorpusEntity {
  return { ...t };
}

function byArticles(x: CorpusEntity, y: CorpusEntity): number {
  return y.articles - x.articles || y.mentions - x.mentions || x.name.localeCompare(y.name);
}

/** The summary of `articles` (see `CorpusAccumulator`). */
export function summarizeCorpus(articles: Iterable<CorpusArticle>, options: SummaryOptions = {}): CorpusSummary {
  const acc = new CorpusAccumulator();
  for (const a of articles) acc.add(a);
  return acc.summary(options);
}
