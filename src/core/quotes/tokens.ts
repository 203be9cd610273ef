import type { Span } from '../model';

/** A word or a punctuation character, with its offsets in the analysed text and its lowercase form. */
export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  readonly isWord: boolean;
}

// "Rhodes-Vivour", "34-year-old", "don't", "£2.1" are one word each; any other non-space character is one token.
// The first alternative (a word) is captured, so that a token tells which alternative it matched.
const TOKEN = /([\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu;

/**
 * Whether a `TOKEN` match is a word: a letter or digit first (the first alternative), read on its first UTF-16 unit,
 * so that a token opening with a letter outside the BMP (a surrogate pair) is none, as it always was here.
 */
function isWordMatch(m: RegExpMatchArray): boolean {
  if (m[1] === undefined) return false;
  const c = m[0].charCodeAt(0);
  return c < 0xd800 || c > 0xdfff;
}

/** The tokens of `text.slice(start, end)`, in order, offsets into `text`. Empty range gives []. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    out.push({ start: s, end: s + m[0].length, text: m[0], lower: m[0].toLowerCase(), isWord: isWordMatch(m) });
  }
  return out;
}

/** How many word tokens (`isWord`) `tokenize(text, start, end)` gives, without making the tokens. */
export function countWordTokens(text: string, start: number, end: number): number {
  let n = 0;
  for (const m of text.slice(start, end).matchAll(TOKEN)) if (isWordMatch(m)) n++;
  return n;
}

/** Whether the token ends a clause for the purpose of finding a speaker: `. ; ! ?` and quotation marks. */
export function isClauseEnd(t: Token): boolean {
  return !t.isWord && /[.;!?:"“”«»„]/.test(t.text);
}
