import assert from 'node:assert/strict';
import { reasonInWords } from '../../../src/core/outputs/reasonWords';

describe('reasonInWords', () => {
  it('says what the statistical tagger and the word lists found, in words', () => {
    assert.equal(reasonInWords('tagger'), 'recognised as a name by the statistical tagger');
    assert.equal(reasonInWords('gazetteer:demonym:Britons'), 'recognised from the word “Britons”');
    assert.equal(reasonInWords('gazetteer:name'), 'recognised from the country’s name');
    assert.equal(reasonInWords('known-org:international body'), 'on the list of known organisations (international body)');
    assert.equal(reasonInWords('org-head:authority'), 'recognised from the word “authority”, which ends organisation names');
    assert.equal(reasonInWords('user:corrections'), 'marked as an entity by you (the article’s corrections file)');
  });

  it('adds the later steps and the seat-of-bodies rule after the first finding', () => {
    assert.equal(reasonInWords('tagger+consistency'),
      'recognised as a name by the statistical tagger, and given the same type as its other mentions in the article');
    assert.equal(reasonInWords('gazetteer:capital:Brussels; seat of bodies: seat of the EU institutions and of NATO'),
      'recognised from the word “Brussels”, the capital, used for the country, kept as a city, not its country, because it is the seat of the EU institutions and of NATO');
  });

  it('never shows a bare rule name for a reason it does not know, and no colon codes', () => {
    assert.equal(reasonInWords('somethingNew'), 'found by the rule “somethingNew”');
    for (const r of ['tagger', 'repeat', 'pair', 'coordination', 'gazetteer:alias:Holland', 'gazetteer:stop:Turkey (the bird)', 'known-place:region']) {
      assert.doesNotMatch(reasonInWords(r), /[a-z]:[a-z]/i, r);
    }
  });
});
