// Texts that trip offset conversions: emoji (two UTF-16 units, one code point), combining marks, CRLF line ends,
// a byte-order mark; analysed once and shared by the format tests.
import { analyze } from '../../../src/core/analyze';
import type { FormatDocument } from '../../../src/core/formats/document';

export const TRICKY_TEXT = '\uFEFF date 2024-03-01 Wire\r\n'
  + 'Japan 🇯🇵 and India sign pact at the UN 😀\r\n'
  + 'Tokyo, March 1 (Reuters) - Japanese Prime Minister Fumio Kishida met Narendra Modi 🤝 in Tokyo on Friday. '
  + 'The café\u0301 talks 🎉 covered NATO, the European Union and trade with China.\r\n'
  + 'Officials from the IMF 💰 and the World Health Organization joined the talks on Indian vaccines.\r\n';

/** The tricky text analysed, as a format document. */
export function trickyDocument(): FormatDocument {
  return { text: TRICKY_TEXT, name: 'tricky.txt', analysis: analyze(TRICKY_TEXT), source: 'file:///articles/tricky.txt' };
}

/** The code points of `text` from `start` to `end` (code point offsets), as a string. */
export function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}
