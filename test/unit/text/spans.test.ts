import assert from 'node:assert/strict';
import { spanAt, spanContaining } from '../../../src/core/text/spans';

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

  it('prefers the span starting at an offset over the one ending there', () => {
    const touching = 'U.S.-led';
    const parts = [{ start: 0, end: 4 }, { start: 4, end: 8 }];
    const s = spanAt(parts, 4);
    assert.equal(s && touching.slice(s.start, s.end), '-led');
    assert.equal(spanAt(parts, 8), parts[1]);
  });
});

describe('spanContaining', () => {
  const spans = [{ start: 0, end: 5 }, { start: 10, end: 15 }];

  it('finds the span containing an offset, its end excluded', () => {
    assert.equal(spanContaining(spans, 0), spans[0]);
    assert.equal(spanContaining(spans, 4), spans[0]);
    assert.equal(spanContaining(spans, 5), undefined);
    assert.equal(spanContaining(spans, 10), spans[1]);
    assert.equal(spanContaining(spans, 15), undefined);
    assert.equal(spanContaining([], 0), undefined);
  });
});
