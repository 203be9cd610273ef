/**
 * One article of a corpus, reduced to what the corpus views need: its title, date, folder and the things it is
 * about (from the article digest), as plain JSON-serialisable data. This is what the editor's corpus index
 * persists per file and what the CLI's workers send back, so it stays small: no text, no spans but the first.
 */
import { articleDigest, type DigestItem } from '../outputs/digest';
import type { Analysis } from '../model';
import { partitionPoint } from '../text/search';

/** One thing a corpus article is about: a person, organisation, place, country or theme. */
export interface CorpusItem {
  /** Comparable across articles (see `DigestItem.key`): `PERSON:toshimitsu motegi`, `COUNTRY:JP`, `THEME:16`. */
  readonly key: string;
  readonly kind: DigestItem['kind'];
  /** The plain name: "Toshimitsu Motegi", "Japan", "Defense" (no flag). */
  readonly name: string;
  /** Mentions (entities, countries) or trigger words (themes) in the article; at least 1 for entities. */
  readonly count: number;
  /** UTF-16 offset of the first mention (or trigger word) in the article's text. */
  readonly first: number;
  /** The same place as a 0-based line (lines end at `\n`, `\r\n` or `\r`) and UTF-16 column. */
  readonly line: number;
  readonly character: number;
  /** ISO 3166-1 alpha-2, for countries. */
  readonly code?: string;
  /** IPTC Media Topic code, for themes. */
  readonly iptc?: string;
}

/** An article of the corpus. */
export interface CorpusArticle {
  /** Where the article lives (a file path for the CLI, a uri in the editor); unique in a corpus. */
  readonly id: string;
  /** The headline, or the file name when there is none. */
  readonly title: string;
  /** `YYYY-MM-DD`: the header date, else the file's date; absent when neither is known. */
  readonly date?: string;
  /** Whether `date` came from the article's header line or from the file. */
  readonly dateSource?: 'header' | 'file';
  /** The folder the article sits in, relative to the corpus root, `/`-separated; '' at the root. */
  readonly folder: string;
  readonly words: number;
  /** CAP code of the article's best theme, if any. */
  readonly topTheme?: number;
  /** Entities (not countries) in order of first mention, then countries by mentions, then themes best first. */
  readonly items: readonly CorpusItem[];
}

/** Where an article lives and the file's own date, as the caller knows them. */
export interface CorpusArticleSource {
  readonly id: string;
  /** Used as the title when the article has no headline. */
  readonly fileName: string;
  readonly folder: string;
  /** `YYYY-MM-DD` of the file (its modification time), used when the article has no header date. */
  readonly fileDate?: string;
}

/** The corpus record of one analysed article. `text` is the text `analysis` was made from. */
export function corpusArticle(source: CorpusArticleSource, text: string, analysis: Analysis): CorpusArticle {
  const { headline, date } = analysis.article;
  const title = (headline ? text.slice(headline.start, headline.end).trim() : '') || source.fileName;
  const countryNames = new Map(analysis.countries.map(c => [c.code, c.name]));
  const themes = new Map(analysis.themes.map(t => [t.code, t.iptc.code]));
  const lines = lineStarts(text);
  const items = articleDigest(analysis).map(d => toItem(d, countryNames, themes, lines));
  const fileDate = source.fileDate && ISO_DATE.test(source.fileDate) ? source.fileDate : undefined;
  const chosen = date ?? fileDate;
  return {
    id: source.id, title, folder: source.folder, words: analysis.wordCount,
    ...(chosen ? { date: chosen, dateSource: date ? 'header' : 'file' } : {}),
    ...(analysis.themes.length > 0 ? { topTheme: analysis.themes[0].code } : {}),
    items,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toItem(d: DigestItem, countryNames: ReadonlyMap<string, string>, themes: ReadonlyMap<number, string>, lines: readonly number[]): CorpusItem {
  // the last line starting at or before the offset (the first line when none does)
  const lo = Math.max(0, partitionPoint(0, lines.length, i => lines[i] <= d.firstOffset) - 1);
  const base = { key: d.key, kind: d.kind, count: d.count, first: d.firstOffset, line: lo, character: d.firstOffset - lines[lo] };
  if (d.kind === 'COUNTRY') {
    const code = d.key.slice('COUNTRY:'.length);
    return { ...base, name: countryNames.get(code) ?? d.label, code };
  }
  if (d.kind === 'THEME') {
    const iptc = themes.get(Number(d.key.slice('THEME:'.length)));
    return { ...base, name: d.label, ...(iptc ? { iptc } : {}) };
  }
  return { ...base, name: d.label };
}

/** Offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * Whether `value` has the shape of a `CorpusArticle` (as read back from a cache or a worker): every field the
 * corpus views read is present with the right type. Used to discard malformed persisted data.
 */
export function isCorpusArticle(value: unknown): value is CorpusArticle {
  const a = value as CorpusArticle;
  if (typeof a !== 'object' || a === null) return false;
  if (typeof a.id !== 'string' || typeof a.title !== 'string' || typeof a.folder !== 'string' || typeof a.words !== 'number') return false;
  if (a.date !== undefined && (typeof a.date !== 'string' || !ISO_DATE.test(a.date))) return false;
  if (a.topTheme !== undefined && typeof a.topTheme !== 'number') return false;
  if (!Array.isArray(a.items)) return false;
  return a.items.every(i => typeof i === 'object' && i !== null && typeof i.key === 'string' && typeof i.name === 'string'
    && typeof i.count === 'number' && typeof i.first === 'number' && typeof i.line === 'number' && typeof i.character === 'number'
    && KINDS.has(i.kind));
}

const KINDS = new Set<string>(['PERSON', 'ORG', 'PLACE', 'COUNTRY', 'THEME']);
