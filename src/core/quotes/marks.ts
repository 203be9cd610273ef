import type { Paragraph } from '../model';

/** Text between quotation marks, found by pairing the marks (offsets into the analysed text, end exclusive). */
export interface QuotedSpan {
  /** First code unit after the opening mark. */
  readonly start: number;
  /** The closing mark's offset (the content ends there), or the end of the last paragraph when never closed. */
  readonly end: number;
  /** The opening mark's offset. */
  readonly open: number;
  /** One past the closing mark, or -1 when the quotation is never closed. */
  readonly closeEnd: number;
  /** Index of the paragraph holding the opening mark. */
  readonly paragraph: number;
  /** Index of the paragraph holding the closing mark (later than `paragraph` for a multi-paragraph quotation). */
  readonly lastParagraph: number;
}

type Family = 'double' | 'single';

const OPENING_DOUBLE = new Set(['“', '„', '«']);
const CLOSING_DOUBLE = new Set(['”', '»']);

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013/-]/.test(c) || OPENING_DOUBLE.has(c) || c === '"' || c === '‘';
}

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** The family of the opening mark at `i`, or undefined when the character opens nothing there. */
function openingAt(text: string, i: number, from: number): Family | undefined {
  const c = text[i];
  const before = i > from ? text[i - 1] : undefined;
  const after = text[i + 1];
  if (OPENING_DOUBLE.has(c)) return 'double';
  if (c === '"') return isSpaceOrStart(before) && after !== undefined && !/\s/.test(after) ? 'double' : undefined;
  // "'90s" and "‘80s" are elisions, not quotations
  if ((c === "'" || c === '‘') && isSpaceOrStart(before) && isLetterOrDigit(after) && !/\d/.test(after)) return 'single';
  if (c === '‘' && isSpaceOrStart(before) && after !== undefined && !/\s/.test(after)) return 'single';
  return undefined;
}

/** Whether the character at `i` closes a quotation of `family` opened before it. */
function closesAt(text: string, i: number, family: Family, end: number): boolean {
  const c = text[i];
  const before = text[i - 1];
  const after = i + 1 < end ? text[i + 1] : undefined;
  if (family === 'double') return CLOSING_DOUBLE.has(c) || (c === '"' && before !== undefined && !/\s/.test(before));
  if (c !== "'" && c !== '’') return false;
  // "don't", "neighbour's": an apostrophe inside a word
  if (isLetterOrDigit(after) || before === undefined || /\s/.test(before)) return false;
  // "the players' bench": a plural possessive, when a later mark can still close the quotation
  if (before === 's' && after === ' ' && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) {
    for (let j = i + 1; j < end; j++) if ((text[j] === "'" || text[j] === '’') && /[,.!?;:]/.test(text[j - 1] ?? '')) return false;
  }
  return true;
}

/**
 * Pairs the quotation marks of each paragraph: straight and curly, double and single (a single mark is an
 * apostrophe when a letter follows it). Marks of the other family inside a quotation are nested quotations
 * and stay part of it. A quotation still open at the end of a paragraph continues when the next paragraph opens
 * with a mark of the same family (the journalistic convention for quotations over several paragraphs: an opening
 * mark on each, the closing mark only on the last); otherwise it ends with its paragraph, unclosed.
 * Returns the spans in document order; they never overlap.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  // every character that can be a quotation mark (a fresh literal per call: its lastIndex is this call's)
  const mark = /["'“”‘’„«»]/g;
  // The next mark at or after `knownFrom` (-1: none to the end), remembered so that paragraphs with no mark do
  // not each search on to the same far mark (that was quadratic in an article with few quotation marks).
  let known = -2;
  let knownFrom = 0;
  const nextMark = (from: number): number => {
    if (known !== -2 && from >= knownFrom && (known === -1 || from <= known)) return known;
    mark.lastIndex = from;
    const m = mark.exec(text);
    knownFrom = from;
    known = m ? m.index : -1;
    return known;
  };
  let open: { at: number; family: Family; paragraph: number } | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    if (open) {
      const first = firstNonSpace(text, para.start, para.end);
      if (first < para.end && openingAt(text, first, para.start) === open.family) {
        i = first + 1;
      } else {
        spans.push(unclosed(text, open, paragraphs[p - 1]));
        open = undefined;
      }
    }
    for (;;) {
      // jump from mark to mark: most characters are none
      const at = nextMark(i);
      if (at < 0 || at >= para.end) break;
      i = at;
      if (!open) {
        const family = openingAt(text, i, para.start);
        if (family) open = { at: i, family, paragraph: p };
      } else if (closesAt(text, i, open.family, para.end)) {
        spans.push({ start: open.at + 1, end: i, open: open.at, closeEnd: i + 1, paragraph: paragraphs[open.paragraph].index, lastParagraph: para.index });
        open = undefined;
      }
      i++;
    }
  }
  if (open) spans.push(unclosed(text, open, paragraphs[paragraphs.length - 1]));
  return spans;
}

function unclosed(text: string, open: { at: number; paragraph: number }, last: Paragraph): QuotedSpan {
  let end = last.end;
  while (end > open.at + 1 && /\s/.test(text[end - 1])) end--;
  return { start: open.at + 1, end, open: open.at, closeEnd: -1, paragraph: open.paragraph, lastParagraph: last.index };
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}
