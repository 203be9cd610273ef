import assert from 'node:assert/strict';
import { nlp, tokenizedView } from '../../../src/core/nlp/engine';
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

// tokenizedView runs compromise's tokenizer through its internals (world.methods, View.update) and skips the computes no
// token reads; a compromise whose internals moved, or a compute it starts to need, would change the terms silently.
describe('tokenizedView: the terms nlp.tokenize makes', () => {
  const texts = [
    ' date 2020-10-07 Left Menu\nIndia, Japan hold talks\n\nS Jaishankar met Toshimitsu Motegi in Tokyo on Tuesday.',
    "We're sure they'd agree: it isn't over, Smith's aides said. Dr. J. R. Ewing (Ph.D.) can't come.",
    'Line one\r\nLine two 😀 with e\u0301mojis\u200b and مصر and “quotes” — then…',
    'THE PRIME MINISTER SAID $4.2bn, 1,000 jobs and U.S.-based firms\tmatter.',
  ];
  type Term = { text: string; pre: string; post: string; normal: string; offset?: { start: number; length: number } };
  const terms = (doc: { document: unknown[][] }): Term[] => (doc.document as Term[][]).flat()
    .map(t => ({ text: t.text, pre: t.pre, post: t.post, normal: t.normal, offset: t.offset && { start: t.offset.start, length: t.offset.length } }));
  for (const text of texts) {
    it(`matches nlp.tokenize on ${JSON.stringify(text.slice(0, 30))}`, () => {
      const full = nlp.tokenize(text);
      full.compute('offset');
      assert.deepEqual(terms(tokenizedView(text) as unknown as { document: unknown[][] }), terms(full as unknown as { document: unknown[][] }));
    });
  }
});
