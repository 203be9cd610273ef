import assert from 'node:assert/strict';
import { isPlaceInContext } from '../../../src/core/nlp/placeContext';
import { tokenize } from '../../../src/core/nlp/tokens';

// Sentences written for these tests (issue 10): a town the lists hold, between a sentence's opening "At" and a comma,
// is where things happen, whatever class the tagger gave it.
function placed(text: string, name: string): boolean {
  const tokens = tokenize(text);
  const start = text.indexOf(name);
  const first = tokens.findIndex(t => t.start === start);
  const last = tokens.findIndex(t => t.end === start + name.length);
  return isPlaceInContext(tokens, first, last);
}

describe('A name between a sentence\'s opening "At" and a comma', () => {
  it('is a place when the lists hold it ("At Taunton, Somerset reached 301-7")', () => {
    assert.equal(placed('Rain fell all day in the north. At Taunton, Somerset reached 301-7 against Kent.', 'Taunton'), true);
    assert.equal(placed('- At Taunton, Somerset beat Kent by 58 runs.', 'Taunton'), true);
  });

  it('is no place when no list holds it ("At Kelvara, engineers ...")', () => {
    assert.equal(placed('At Kelvara, engineers were told to return to the office.', 'Kelvara'), false);
  });
});
