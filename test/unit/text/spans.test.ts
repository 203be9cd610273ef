import assert from 'node:assert/strict';
import { spanAt } from '../../../src/core/text/spans';

describe('spanAt', () => {
  const text = 'India and Japan met in Tokyo.';
  const spans = ['India', 'Japan', 'Tokyo'].map(w => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
  const at = (offset: number): string | undefined => {
    const s = spanAt(spans, offset);
    return s && text.slice(s.start, s.end);
  };

  it('finds the span containing an offset, both ends included', () => {
    assert.equal(at(0), 'India');
    assert.equal(at(5), 'India');
    assert.equal(at(text.indexOf('Japan') + 2), 'Japan');
    assert.equal(at(text.indexOf('Tokyo') + 5), 'Tokyo');
  });

  it('gives undefined between spans, after the last and for no spans', () => {
    assert.equal(at(7), undefined);
    assert.equal(at(text.length), undefined);
    assert.equal(spanAt([], 3), undefined);
  });
});
