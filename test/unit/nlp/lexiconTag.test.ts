import assert from 'node:assert/strict';
import { lexiconTag, nlp } from '../../../src/core/nlp/engine';

describe('lexiconTag: compromise\'s lexicon tag of a word', () => {
  const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

  it('joins the tags of a word with several by ",", the same each time it is asked (the joined string is remembered)', () => {
    const several = Object.keys(lexicon).filter(w => Array.isArray(lexicon[w]));
    assert.ok(several.length > 100, `words with several tags: ${several.length}`);
    for (const w of several) {
      const joined = (lexicon[w] as string[]).join(',');
      assert.equal(lexiconTag(w), joined, w);
      assert.equal(lexiconTag(w), joined, `again: ${w}`);
    }
  });

  it('gives a word with one tag its tag, and undefined for unknown words and for a name of an object\'s own machinery', () => {
    const one = Object.keys(lexicon).find(w => typeof lexicon[w] === 'string');
    assert.ok(one !== undefined);
    assert.equal(lexiconTag(one), lexicon[one]);
    assert.equal(lexiconTag('zxqvbnm'), undefined);
    assert.equal(lexiconTag('__proto__'), undefined);
  });
});
