import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// The nouns of a people before a name, as sports and news pages write them (issue 10, family 7: the person is the
// name; the noun is the country, or the part of the United Kingdom, the reader is told of). Sentences written for
// these tests.

const mentionsOf = (text: string): string[] => analyze(text).mentions.map(m => `${m.type} ${text.slice(m.start, m.end)}`);

describe('people nouns before a name', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  it('cuts "Dutchman", "Welshman", "Scotswoman" and the like from the person, and names their country or part', () => {
    const text = 'Dutchman Max Verhoef was second, ahead of the Welshman Rhys Pritchard and Scotswoman Ailsa Munro. '
      + 'Englishman Tom Ashcroft crashed on the final lap, and Irishwoman Niamh Doherty retired.';
    const found = mentionsOf(text);
    for (const expected of ['COUNTRY Dutchman', 'PERSON Max Verhoef', 'PLACE Welshman', 'PERSON Rhys Pritchard', 'PLACE Scotswoman',
      'PERSON Ailsa Munro', 'PLACE Englishman', 'PERSON Tom Ashcroft', 'COUNTRY Irishwoman', 'PERSON Niamh Doherty']) {
      assert.ok(found.includes(expected), `${expected} in ${JSON.stringify(found)}`);
    }
  });

  it('reads plurals as their country too, and "The Scotsman" as no people', () => {
    const text = 'The Scotsman reported that two Irishmen and three Welshwomen had reached the final in Cardiff.';
    const found = mentionsOf(text);
    assert.ok(found.includes('COUNTRY Irishmen'), JSON.stringify(found));
    assert.ok(found.includes('PLACE Welshwomen'), JSON.stringify(found));
    assert.ok(!found.some(m => m.endsWith(' Scotsman')), JSON.stringify(found));
  });
});
