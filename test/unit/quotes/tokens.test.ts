import assert from 'node:assert/strict';
import { countWordTokens, tokenize } from '../../../src/core/quotes/tokens';

describe('quote tokens', () => {
  it('splits words and punctuation, with offsets into the text and word flags', () => {
    const text = 'He said: "Rhodes-Vivour, 34-year-old, don\'t."';
    const ts = tokenize(text, 0, text.length);
    assert.deepEqual(ts.map(t => text.slice(t.start, t.end)), ['He', 'said', ':', '"', 'Rhodes-Vivour', ',', '34-year-old', ',', "don't", '.', '"']);
    assert.deepEqual(ts.filter(t => t.isWord).map(t => t.lower), ['he', 'said', 'rhodes-vivour', '34-year-old', "don't"]);
  });

  it('reads a word flag on the first UTF-16 unit: a token opening with a letter outside the BMP is no word', () => {
    const text = 'x 𝐀bc Ünï ٣٤ 😀 —';
    assert.deepEqual(tokenize(text, 2, text.length).map(t => [text.slice(t.start, t.end), t.isWord]),
      [['𝐀bc', false], ['Ünï', true], ['٣٤', true], ['😀', false], ['—', false]]);
  });

  it('counts the word tokens of a range as tokenize does', () => {
    const text = 'Intro. “We will, 𝐀bc, win — 2.1 times,” he said.';
    for (const [start, end] of [[0, text.length], [7, 30], [10, 10]]) {
      assert.equal(countWordTokens(text, start, end), tokenize(text, start, end).filter(t => t.isWord).length);
    }
    assert.equal(countWordTokens(text, 0, text.length), 8);
  });
});
