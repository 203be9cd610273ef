import assert from 'node:assert/strict';
import { wordShape } from '../../../src/core/nlp/features';

/** The shape as the Unicode classes alone give it: what `wordShape` computes, ASCII included. */
function referenceShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

describe('wordShape: the shape of a word for the taggers', () => {
  it('reads the examples of its doc comment', () => {
    assert.equal(wordShape('Jaishankar'), 'Xx');
    assert.equal(wordShape('U.S.'), 'X.X.');
    assert.equal(wordShape('G20'), 'Xd');
    assert.equal(wordShape('al-Qaida'), 'x-Xx');
  });

  it('gives every character, ASCII or not, the class its Unicode category gives it', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x3000; c++) if (c < 0xd800 || c > 0xdfff) chars.push(String.fromCharCode(c));
    chars.push('😀', '𝐀', '𝟙', 'Ⅻ', '٣', 'ǅ');
    for (const ch of chars) {
      for (const word of [ch, `A${ch}b`, `${ch}${ch}9`]) assert.equal(wordShape(word), referenceShape(word), JSON.stringify(word));
    }
  });
});
