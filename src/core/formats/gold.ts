/**
 * Annotations read back from another tool (a gold standard, or a reader's own annotations): spans with labels
 * in News Lens's unit (UTF-16 code units into the article's text, end exclusive), checked against that text.
 */
import { codePointIndex, type CodePointIndex } from './codePoints';

/** One annotated span of the article. */
export interface GoldSpan {
  /** UTF-16 offsets into the article's text, end exclusive: `text.slice(start, end) === this.text`. */
  readonly start: number;
  readonly end: number;
  /** The label normalised by `normaliseLabel` ("PER" -> "PERSON"). */
  readonly label: string;
  readonly text: string;
  /** A Wikidata item id when the file gives one (brat `N` lines, spaCy `kb_id`). */
  readonly wikidata?: string;
}

/** Why a line of an imported file cannot be used. Lines count from 1. */
export interface ImportProblem {
  readonly line: number;
  readonly reason: string;
}

/** What a reader gives: spans sorted by start (then end), and the problems; callers write nothing when any. */
export interface ImportResult {
  readonly spans: readonly GoldSpan[];
  readonly problems: readonly ImportProblem[];
}

const LABEL_ALIASES: Readonly<Record<string, string>> = {
  PER: 'PERSON', PERSON: 'PERSON', PEOPLE: 'PERSON',
  ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG',
  LOC: 'PLACE', LOCATION: 'PLACE', GPE: 'PLACE', GEO: 'PLACE', PLACE: 'PLACE',
  COUNTRY: 'COUNTRY',
};

/**
 * A label in News Lens's vocabulary where one fits, in any case: PER/PERSON -> PERSON, ORG/ORGANIZATION ->
 * ORG, LOC/LOCATION/GPE/GEO/PLACE -> PLACE, COUNTRY; any other label is kept, upper-cased and trimmed.
 */
export function normaliseLabel(label: string): string {
  const key = label.trim().toUpperCase();
  return LABEL_ALIASES[key] ?? key;
}

/** Converts code point offsets of a span to UTF-16 and checks them against the text; a reason when they do not fit. */
export function spanFromCodePoints(
  text: string, index: CodePointIndex, start: unknown, end: unknown,
): { start: number; end: number } | string {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `the offsets ${JSON.stringify(start)}-${JSON.stringify(end)} are not whole numbers`;
  const s = index.toUtf16(start as number);
  const e = index.toUtf16(end as number);
  if (s < 0 || e < 0 || (end as number) <= (start as number)) {
    return `the span ${start}-${end} is not inside the article's text (${index.length} characters, counted in code points)`;
  }
  return { start: s, end: e };
}

/** A checker for one article's text, shared by the readers. */
export function goldChecker(text: string): {
  readonly index: CodePointIndex;
  /** The span from code point offsets, checked to slice `expected` when that is given; a reason when not. */
  span(start: unknown, end: unknown, label: unknown, expected?: unknown): GoldSpan | string;
} {
  const index = codePointIndex(text);
  return {
    index,
    span(start, end, label, expected) {
      if (typeof label !== 'string' || label.trim() === '') return `the label ${JSON.stringify(label)} is not a name`;
      const at = spanFromCodePoints(text, index, start, end);
      if (typeof at === 'string') return at;
      const slice = text.slice(at.start, at.end);
      if (typeof expected === 'string' && expected !== slice) {
        return `the span ${start}-${end} reads ${JSON.stringify(slice)} in the article, not ${JSON.stringify(expected)}`;
      }
      return { ...at, label: normaliseLabel(label), text: slice };
    },
  };
}

/** Spans sorted by start, then end. */
export function sortSpans<T extends { start: number; end: number }>(spans: T[]): T[] {
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
