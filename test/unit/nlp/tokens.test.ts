import assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/nlp/tokens';

const words = (text: string): string[] => tokenize(text).map(t => text.slice(t.start, t.end));

describe('tokenize: word spans for the tagger', () => {
  it('leaves out surrounding punctuation and the possessive', () => {
    const text = 'China\'s envoy (in Tokyo) said: "Hamas, not Fatah."';
    assert.deepEqual(words(text), ['China', 'envoy', 'in', 'Tokyo', 'said', 'Hamas', 'not', 'Fatah']);
    const china = tokenize(text)[0];
    assert.equal(china.isPossessive, true);
  });

  it('keeps the periods of an abbreviation but not a sentence end', () => {
    const text = 'Troops left the U.S. base. They went to Iraq.';
    assert.ok(words(text).includes('U.S.'));
    assert.ok(words(text).includes('Iraq'));
  });

  it('gives UTF-16 offsets after emoji and curly quotes', () => {
    const text = '🇯🇵🎉 “Angela Merkel” met 😀 Emmanuel Macron.';
    const w = words(text);
    assert.ok(w.includes('Angela') && w.includes('Merkel') && w.includes('Macron'), w.join('|'));
  });

  it('handles CRLF line breaks', () => {
    const text = 'Kofi Annan spoke.\r\nBan Ki-moon listened.\r\n';
    const toks = tokenize(text);
    assert.deepEqual(toks.map(t => text.slice(t.start, t.end)).slice(0, 2), ['Kofi', 'Annan']);
    assert.notEqual(toks[0].sentence, toks[toks.length - 1].sentence);
  });

  it('gives nothing for blank text', () => {
    assert.deepEqual(tokenize('  \r\n '), []);
  });
});

describe('tokenize: separators of a saved page', () => {
  it('ends the word before a dot, bullet or bar that stands alone, so no name runs across it', () => {
    const words = tokenize('Mirela Okon · Harbour News · Posted: May 2 | Sport • Live');
    const post = (w: string): string | undefined => words.find(t => t.text === w)?.post;
    assert.equal(post('Okon'), '·');
    assert.equal(post('News'), '·');
    assert.equal(post('2'), '|');
    assert.ok(!words.some(t => /[·|•]/.test(t.text)));
  });
});
