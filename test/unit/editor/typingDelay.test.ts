import assert from 'node:assert/strict';
import { MAX_TYPING_DELAY_MS, typingDelay } from '../../../src/editor/typingDelay';

describe('The pause in typing before the next analysis', () => {
  it('is the setting\'s for an ordinary article, and before any analysis finished', () => {
    assert.equal(typingDelay(300, 40), 300);
    assert.equal(typingDelay(300, 1000), 300);
    assert.equal(typingDelay(300, undefined), 300);
    assert.equal(typingDelay(300, Number.NaN), 300);
  });

  it('grows with the last analysis of a large article, up to a limit', () => {
    assert.equal(typingDelay(300, 4000), 1000);
    assert.equal(typingDelay(300, 14_000), MAX_TYPING_DELAY_MS);
  });

  it('never shortens a longer pause the user set', () => {
    assert.equal(typingDelay(5000, 14_000), 5000);
  });
});
