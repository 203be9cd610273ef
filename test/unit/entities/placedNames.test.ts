import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): junctions, villages and districts no place list holds, which the tagger read as
// people or bodies, placed by the article's own words.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('placedNames: names the article only ever places', () => {
  it('reads a name after "in" or listed after a placed one as a place', () => {
    const names = shown('Aid agencies said 12 of the 30 clinics were working. In Rafiq Daoud, the Al-Amal clinic reported shortages. '
      + 'Schools shut in Brenford and Tallow Wells on Friday.');
    for (const name of ['PLACE:Rafiq Daoud', 'PLACE:Brenford', 'PLACE:Tallow Wells']) has(names, name);
  });

  it('reads a one-word name that is also a given name as a town where the article places it ("north of Preston")', () => {
    const text = 'Rail: no trains north of Clifton until midday Saturday. At Clifton station, passengers waited for hours.';
    const types = analyze(text).mentions.filter(m => text.slice(m.start, m.end) === 'Clifton').map(m => m.type);
    assert.deepEqual(types, ['PLACE', 'PLACE']);
  });

  it('keeps a name the article also gives a person ("Orla Penhallow said")', () => {
    const text = 'Campaigners marched in Orla Penhallow Square. Later Orla Penhallow said she would stand again.';
    const said = analyze(text).mentions.find(m => text.slice(m.start, m.end) === 'Orla Penhallow');
    assert.equal(said?.type, 'PERSON');
  });
});
