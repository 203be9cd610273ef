import assert from 'node:assert/strict';
import { forLastText } from '../../../src/core/text/lastText';

describe('forLastText', () => {
  it('reads a text once while it is the last one given, and reads a new text anew', () => {
    let reads = 0;
    const words = forLastText((text: string) => {
      reads++;
      return text.split(' ').length;
    });
    assert.equal(words('a b c'), 3);
    assert.equal(words('a b c'), 3);
    assert.equal(reads, 1);
    assert.equal(words('a b'), 2);
    assert.equal(words('a b c'), 3);
    assert.equal(reads, 3);
  });
});
