import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { harmoniseTypes } from '../../../src/core/entities/harmonise';
import { tagged } from './tagged';

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

  it('reads the names a kind of place lists as places ("villages such as ...", "the boroughs of ...", "counties, including ...")', () => {
    const text = 'Residents in villages such as Corran Chapel, Goswick and Tallowby were let down. In the boroughs of Hexmoor and Tarrant Vale, '
      + 'and in northern counties, including Lokwara, Marsani and Dendale, uptake fell. In parts of Brenford, including Sallow Rock, it was lower.';
    const raw = tagged(text, [['Corran Chapel', 'PERSON'], ['Goswick', 'PERSON'], ['Tallowby', 'PERSON'], ['Hexmoor', 'PERSON'],
      ['Tarrant Vale', 'ORG'], ['Lokwara', 'ORG'], ['Marsani', 'PERSON'], ['Dendale', 'ORG'], ['Brenford', 'PLACE'], ['Sallow Rock', 'PERSON']]);
    const out = harmoniseTypes(text, raw, m => text.slice(m.start, m.end));
    assert.deepEqual(out.map(m => m.type), Array(10).fill('PLACE'), out.map(m => `${m.type}:${text.slice(m.start, m.end)}`).join(', '));
  });

  it('reads a list after a preposition of place, joined by commas up to its "and", as places', () => {
    const text = 'Carmakers warned of job losses in Lower Hessen, Varn-Oberland and Bavaria. The embassy in Carraway, Ashraf Talib, said so.';
    const raw = tagged(text, [['Lower Hessen', 'PLACE'], ['Varn-Oberland', 'ORG'], ['Bavaria', 'PLACE'], ['Carraway', 'PLACE'], ['Ashraf Talib', 'PERSON']]);
    const out = harmoniseTypes(text, raw, m => text.slice(m.start, m.end));
    assert.deepEqual(out.map(m => m.type), ['PLACE', 'PLACE', 'PLACE', 'PLACE', 'PERSON']);
  });

  it('reads a member\'s seat and the places "parts of" and a kind\'s list name as places ("MP for Mid Tarrow and Glenby")', () => {
    const text = 'Ms Reade, the MP for Mid Tarrow and Glenby, spoke. Some parts of Carrow had 150mm of rain, as did places like Dunmore and the Fells.';
    const raw = tagged(text, [['Reade', 'PERSON'], ['Mid Tarrow and Glenby', 'ORG'], ['Carrow', 'ORG'], ['Dunmore', 'ORG'], ['Fells', 'ORG']]);
    const out = harmoniseTypes(text, raw, m => text.slice(m.start, m.end));
    assert.deepEqual(out.map(m => m.type), ['PERSON', 'PLACE', 'PLACE', 'PLACE', 'PLACE']);
  });
});
