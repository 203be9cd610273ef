import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isJunkSpan } from '../../../src/core/nlp/rules';
import { tokenize } from '../../../src/core/nlp/tokens';

// Lines written for these tests (issue 10, not-a-name): a capitalised word of grammar alone is no name.
describe('A word of grammar alone', () => {
  it('is junk when capitalised as a sentence\'s first word, not when written in capitals ("US")', () => {
    const text = '"Your gran would hate the drums." Which is fair. The US said so.';
    const tokens = tokenize(text);
    const at = (word: string): number => tokens.findIndex(t => t.text === word);
    assert.equal(isJunkSpan(tokens, at('Which'), at('Which')), true);
    assert.equal(isJunkSpan(tokens, at('US'), at('US')), false);
  });

  it('is shown as no name in an interview\'s answer', () => {
    const text = 'RF: Then she said, "Your gran would hate the drums." Which is fair.\n\nRF: The nomination changed things.';
    assert.ok(!analyze(text).entities.some(e => e.canonical === 'Which'), analyze(text).entities.map(e => e.canonical).join(', '));
  });
});
