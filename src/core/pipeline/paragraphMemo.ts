import type { Paragraph, Span } from '../model';
import { detached } from './textCache';

/**
 * Something an article-level pass reads from one paragraph's text alone (offsets relative to the paragraph): its
 * value for a paragraph never depends on the rest of the article, so it can be kept while the paragraph's text stays.
 */
export type ParagraphFact<V> = (paragraphText: string) => V;

/**
 * The values of `ParagraphFact`s per paragraph, kept across the analyses of one `Analyzer`: after an edit, an
 * article-level pass reads each unchanged paragraph's value from here and computes only the edited paragraphs'.
 * A paragraph's values hang on a key object that stands for its exact text (the analyzer's result for the one unit
 * the paragraph is: the same text gives the same result), so no text is hashed again; a paragraph without a key
 * (one cut into several units, or a memo of no analyzer) is read each time. A value is shared, never mutated.
 */
export class ParagraphMemo {
  readonly #values: WeakMap<object, Map<ParagraphFact<unknown>, unknown>>;
  readonly #keys: readonly (object | undefined)[];

  /** A memo of no analysis yet: every paragraph is read each time, until `withKeys`. */
  constructor(values = new WeakMap<object, Map<ParagraphFact<unknown>, unknown>>(), keys: readonly (object | undefined)[] = []) {
    this.#values = values;
    this.#keys = keys;
  }

  /**
   * The memo for one analysis, sharing what this one keeps: `keys[i]` stands for the text of paragraph `i` (same text,
   * same key), or is undefined. A new object, so that analyses in progress side by side never mix their keys.
   */
  withKeys(keys: readonly (object | undefined)[]): ParagraphMemo {
    return new ParagraphMemo(this.#values, keys);
  }

  /** Whether paragraph `p`'s values are kept (it has a key): `of` then computes each fact once for its text. */
  isKept(p: Paragraph): boolean {
    return this.#keys[p.index] !== undefined;
  }

  /** `fact` of paragraph `p` of `text`: `fact(text.slice(p.start, p.end))`, remembered when the paragraph has a key. */
  of<V>(fact: ParagraphFact<V>, text: string, p: Paragraph): V {
    const key = this.#keys[p.index];
    if (key === undefined) return fact(text.slice(p.start, p.end));
    let values = this.#values.get(key);
    if (!values) this.#values.set(key, (values = new Map()));
    if (values.has(fact)) return values.get(fact) as V;
    // a copy for the fact: what its value keeps (a paragraph's words) holds no view of the whole text (see `detached`)
    const v = fact(detached(text.slice(p.start, p.end)));
    values.set(fact, v);
    return v;
  }
}

/**
 * The parts of `text` outside `paragraphs` (sorted, not overlapping) that hold more than white space: a header
 * line, in practice. A pass that reads paragraph by paragraph reads these too when the text outside counts.
 */
export function outsideParagraphs(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const p of [...paragraphs, { start: text.length, end: text.length }]) {
    if (p.start > at && /\S/.test(text.slice(at, p.start))) out.push({ start: at, end: p.start });
    at = Math.max(at, p.end);
  }
  return out;
}

/**
 * Whether `test` holds in some part of `text`: a part outside `paragraphs` (`outsideParagraphs`) or a paragraph, each
 * paragraph's answer kept in `memo`, so that an edit reads only the edited paragraphs again. The same as `test(text)`
 * for a test that looks for a word or a phrase standing inside one paragraph ("the words of the arts": "novel",
 * "staging"), as paragraphs and the parts between them cover every word of the text.
 */
export function holdsInSomePart(test: ParagraphFact<boolean>, text: string, paragraphs: readonly Paragraph[], memo: ParagraphMemo): boolean {
  for (const gap of outsideParagraphs(text, paragraphs)) if (test(text.slice(gap.start, gap.end))) return true;
  for (const p of paragraphs) if (memo.of(test, text, p)) return true;
  return false;
}

/**
 * The parts of `text` in text order: the paragraphs, and the parts outside them that hold more than white space
 * (`outsideParagraphs`), each a paragraph or undefined (a part outside, read each time).
 */
function partsOf(text: string, paragraphs: readonly Paragraph[]): { span: Span; paragraph?: Paragraph }[] {
  const gaps = outsideParagraphs(text, paragraphs);
  const out: { span: Span; paragraph?: Paragraph }[] = [];
  let g = 0;
  for (const p of paragraphs) {
    while (g < gaps.length && gaps[g].start < p.start) out.push({ span: gaps[g++] });
    out.push({ span: p, paragraph: p });
  }
  while (g < gaps.length) out.push({ span: gaps[g++] });
  return out;
}

/**
 * `find(text)` read part by part, for a `find` whose spans each stand inside one paragraph or one part between them
 * (no span runs across a line break between paragraphs): each paragraph's spans are kept in `memo`, and `moved`
 * gives a span found in a part at `by` its place in the text. Part by part in text order, each part's spans in the
 * order `find` gives them.
 */
export function spansByPart<S extends Span>(find: ParagraphFact<readonly S[]>, text: string, paragraphs: readonly Paragraph[],
  memo: ParagraphMemo, moved: (span: S, by: number) => S): S[] {
  const out: S[] = [];
  for (const { span, paragraph } of partsOf(text, paragraphs)) {
    const found = paragraph ? memo.of(find, text, paragraph) : find(text.slice(span.start, span.end));
    for (const s of found) out.push(moved(s, span.start));
  }
  return out;
}

/**
 * The union of `find`'s words over the parts of `text`, for a `find` whose words each stand inside one paragraph or
 * one part between them: each paragraph's words kept in `memo`. The same words as `find(text)`.
 */
export function wordsByPart(find: ParagraphFact<ReadonlySet<string>>, text: string, paragraphs: readonly Paragraph[], memo: ParagraphMemo): Set<string> {
  const out = new Set<string>();
  for (const { span, paragraph } of partsOf(text, paragraphs)) {
    for (const w of paragraph ? memo.of(find, text, paragraph) : find(text.slice(span.start, span.end))) out.add(w);
  }
  return out;
}
