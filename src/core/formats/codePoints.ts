import { partitionPoint } from '../text/search';

/**
 * Offsets in Unicode code points, the unit brat, spaCy, Prodigy, doccano, Label Studio and the W3C Web
 * Annotation selectors count in (Python string indices), against News Lens's UTF-16 code units (JavaScript
 * string indices). They differ after every character outside the Basic Multilingual Plane (emoji, some CJK):
 * such a character is one code point but two code units. Combining marks, CR, LF and a byte-order mark are one
 * of each, so they shift nothing, but they are kept: offsets count into the text exactly as given.
 */
export interface CodePointIndex {
  /** The code point offset of a UTF-16 offset (0..text.length); one inside a surrogate pair counts its pair. */
  toCodePoint(utf16: number): number;
  /** The UTF-16 offset of a code point offset, or -1 when it lies past the end of the text or is not whole. */
  toUtf16(codePoint: number): number;
  /** The text's length in code points. */
  readonly length: number;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * An index for converting offsets into `text` between UTF-16 code units and code points. Linear to build, O(1)
 * per conversion from UTF-16, O(log n) back; a text without astral characters converts to itself at no cost.
 */
export function codePointIndex(text: string): CodePointIndex {
  // the UTF-16 offsets of the second halves of surrogate pairs, ascending: each one is a code unit that is no code point
  const lows: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) lows.push(i);
  }
  const length = text.length - lows.length;
  if (lows.length === 0) {
    return { length, toCodePoint: u => u, toUtf16: c => (Number.isInteger(c) && c >= 0 && c <= length ? c : -1) };
  }
  // before[u] = how many second halves lie before offset u
  const before = new Uint32Array(text.length + 1);
  for (let u = 1, k = 0; u <= text.length; u++) {
    if (k < lows.length && lows[k] === u - 1) k++;
    before[u] = k;
  }
  return {
    length,
    toCodePoint: u => u - before[Math.max(0, Math.min(text.length, u))],
    toUtf16: c => {
      if (!Number.isInteger(c) || c < 0 || c > length) return -1;
      // f(u) = u - before[u] rises by one per code point and stays level across the second half of a pair: the
      // largest u with f(u) <= c is the start of code point c (the first u after the pair, never its middle)
      return partitionPoint(c, Math.min(text.length, c + lows.length) + 1, u => u - before[u] <= c) - 1;
    },
  };
}
