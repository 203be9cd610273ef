import { HEADER_DATE } from './articleFile';
import type { ArticleStructure, Paragraph, Sentence, Span } from '../model';

/** A line of the text without its line break: `[start, end)` excludes `\r\n`, `\n` or `\r`. */
interface Line extends Span {
  readonly isBlank: boolean;
}

// Lines that end a sentence: a hard-wrapped paragraph's lines mostly do not.
const ENDS_SENTENCE = /[.!?:"'\u201D\u2019)\]]\s*$/;
// Abbreviations after which a full stop does not end a sentence ("Mr. Abe", "U.S. officials").
const NO_BREAK_AFTER = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'rep', 'sen', 'gov', 'st',
  'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'rev', 'hon', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
]);

/** Splits `text` into lines; the spans exclude the line terminators. An empty text gives one empty line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // the next "\n" and "\r" at or after `start`, found by `indexOf` (this runs on every analysis, over the whole text)
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    const i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (i < 0) break;
    lines.push({ start, end: i, isBlank: isBlank(text, start, i) });
    start = i === cr && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  lines.push({ start, end: text.length, isBlank: isBlank(text, start, text.length) });
  return lines;
}

// White space for trimming and blank lines alike: a line of "\f" or "\u3000" must not become an empty paragraph.
const BLANK_CHAR = /[\s\uFEFF\u200B]/;

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && !BLANK_CHAR.test(text[i])) return false;
  }
  return true;
}

/** Shrinks a span past leading and trailing white space; may return an empty span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && BLANK_CHAR.test(text[start])) start++;
  while (end > start && BLANK_CHAR.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Splits `[start, end)` of `text` into sentences: a break follows `.`, `!` or `?` (and any closing quotes
 * or brackets) when white space and then an upper-case letter, digit or opening quote come next, except after
 * a known abbreviation or a single initial ("S. Jaishankar"). Spans are trimmed, in order, never empty.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    // ".", "!" or "?", by code: this looks at every character of every paragraph
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    while (j < end && /["'\u201D\u2019)\]]/.test(text[j])) j++;
    if (j >= end || !/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end || !/[A-Z0-9"'\u201C\u2018(\[]/.test(text[k])) continue;
    if (c === 46 && isAbbreviation(text, from, i)) continue;
    pushTrimmed(out, text, from, j);
    from = k;
    i = k - 1;
  }
  pushTrimmed(out, text, from, end);
  return out;
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[A-Za-z.]/.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 1) return true; // "S. Jaishankar", "George W. Bush"
  return NO_BREAK_AFTER.has(word);
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  const s = trimSpan(text, { start, end });
  if (s.end > s.start) out.push(s);
}

/**
 * Reads the article layout of `text`. Contract:
 * - a first line ` date YYYY-MM-DD ...` is the header: `date` is taken from it and whatever follows the date
 *   on that line ("Left Menu") is boilerplate, not article text;
 * - the first non-blank line after it (or the first line when there is no header) is the headline;
 * - the rest splits into paragraphs at blank lines; a block whose lines all end a sentence is one paragraph
 *   per line (scraped pages put one paragraph on each line);
 * - the first paragraph after the headline is the lead.
 * CRLF, CR and LF are all line breaks. Spans exclude line breaks and surrounding white space.
 * Empty or blank text gives no headline and no paragraphs.
 */
export function parseArticle(text: string): ArticleStructure {
  const lines = splitLines(text);
  let first = 0;
  while (first < lines.length && lines[first].isBlank) first++;
  let date: string | undefined;
  let header: Span | undefined;
  const boilerplate: Span[] = [];
  if (first < lines.length) {
    const line = lines[first];
    const m = HEADER_DATE.exec(text.slice(line.start, line.end));
    if (m) {
      date = m[1];
      header = trimSpan(text, line);
      const rest = trimSpan(text, { start: line.start + m[0].length, end: line.end });
      if (rest.end > rest.start) boilerplate.push(rest);
      first++;
    }
  }
  const blocks = paragraphBlocks(text, lines.slice(first));
  const paragraphs: Paragraph[] = blocks.map((span, index) => ({
    start: span.start,
    end: span.end,
    index,
    kind: index === 0 ? 'headline' : index === 1 ? 'lead' : 'body',
    sentences: splitSentences(text, span.start, span.end),
  }));
  return {
    date,
    header,
    boilerplate,
    headline: paragraphs[0] && { start: paragraphs[0].start, end: paragraphs[0].end },
    lead: paragraphs[1] && { start: paragraphs[1].start, end: paragraphs[1].end },
    paragraphs,
  };
}

function paragraphBlocks(text: string, lines: readonly Line[]): Span[] {
  const out: Span[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    // The headline is always a paragraph of its own, even with no blank line after it.
    const perLine = out.length === 0 || block.slice(0, -1).every(l => ENDS_SENTENCE.test(text.slice(l.start, l.end)));
    if (perLine && out.length === 0 && block.length > 1) {
      out.push(trimSpan(text, block[0]));
      block = block.slice(1);
      const rest = block.slice(0, -1).every(l => ENDS_SENTENCE.test(text.slice(l.start, l.end)));
      for (const s of rest ? block : [{ start: block[0].start, end: block[block.length - 1].end }]) out.push(trimSpan(text, s));
    } else if (perLine) {
      for (const l of block) out.push(trimSpan(text, l));
    } else {
      out.push(trimSpan(text, { start: block[0].start, end: block[block.length - 1].end }));
    }
    block = [];
  };
  for (const line of lines) {
    if (line.isBlank) flush();
    else block.push(line);
  }
  flush();
  return out;
}
