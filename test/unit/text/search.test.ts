import assert from 'node:assert/strict';
import { firstEndingAfter, firstStartingAt, lastStartingAtOrBefore, partitionPoint } from '../../../src/core/text/search';

/** The same answers by a linear scan. */
const linear = (start: number, end: number, isBefore: (i: number) => boolean): number => {
  let i = start;
  while (i < end && isBefore(i)) i++;
  return i;
};

describe('text/search: binary search', () => {
  it('partitionPoint gives the first index where the predicate fails, as a linear scan does', () => {
    const values = [1, 3, 3, 5, 8, 13];
    for (let v = 0; v <= 14; v++) {
      for (let start = 0; start <= values.length; start++) {
        for (let end = start; end <= values.length; end++) {
          const isBefore = (i: number): boolean => values[i] < v;
          assert.equal(partitionPoint(start, end, isBefore), linear(start, end, isBefore), `v=${v} [${start}, ${end})`);
        }
      }
    }
  });

  it('gives the start of an empty range without calling the predicate', () => {
    assert.equal(partitionPoint(4, 4, () => assert.fail('called')), 4);
  });

  it('finds spans by start and by end', () => {
    const text = 'India and Japan met in Tokyo.';
    const spans = ['India', 'Japan', 'Tokyo'].map(w => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
    const japan = text.indexOf('Japan');
    assert.equal(firstStartingAt(spans, japan), 1);
    assert.equal(firstStartingAt(spans, japan + 1), 2);
    assert.equal(firstStartingAt(spans, text.length), 3);
    assert.equal(firstEndingAfter(spans, 5), 1, '"India" ends at 5, so the first span ending after 5 is "Japan"');
    assert.equal(firstEndingAfter(spans, 4), 0);
    assert.equal(lastStartingAtOrBefore(spans, japan), 1);
    assert.equal(lastStartingAtOrBefore(spans, japan - 1), 0);
    assert.equal(lastStartingAtOrBefore([], 3), -1);
  });
});
