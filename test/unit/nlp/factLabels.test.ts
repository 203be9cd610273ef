import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { factLabels } from '../../../src/core/nlp/factLabels';

// Articles written for these tests: the labels of a results block or a fact box (issue 10, families 3 and 6).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('The labels of a results block or a fact box', () => {
  const text = [
    'Harlow Bay beat Kestrel Vale 34-27 at Penmarrow Park on Saturday, with fly-half Tomas Ellery kicking 14 points.',
    'Harlow Bay: Tries: Pryce 2, Okonedo, Varley. Cons: Ellery 4. Pens: Ellery 2.',
    'Kestrel Vale: Tries: Delaney, Hartigan. Cons: Fenwick 3.',
    'Sin bin: Hartigan (52)',
    'Player of the match: Tomas Ellery (Harlow Bay)',
    'Referee: Matteo Bracchi (Italy)',
    'Venue: Penmarrow Park',
    'Attendance: 11,200',
  ].join('\n\n');

  it('reads the labels as no names ("Cons:", "Referee:", "Sin bin:", "Venue:")', () => {
    const names = analyze(text).mentions.map(m => text.slice(m.start, m.end));
    for (const label of ['Tries', 'Cons', 'Pens', 'Sin bin', 'Sin', 'Player', 'Referee', 'Venue', 'Attendance']) {
      assert.equal(names.includes(label), false, `${label} in ${names.join(', ')}`);
    }
  });

  it('reads the names after a label of people as people, and after a venue label as a place', () => {
    const found = shown(text);
    for (const name of ['PERSON:Okonedo', 'PERSON:Varley', 'PERSON:Fenwick', 'PERSON:Hartigan', 'PERSON:Tomas Ellery',
      'PERSON:Matteo Bracchi', 'PLACE:Penmarrow Park']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
    assert.ok(!found.some(s => /^(?:ORG|PLACE):Tomas Ellery$/.test(s)), found.join(', '));
  });

  it('leaves a team before its labels and a country in brackets to the other rules', () => {
    const found = shown(text);
    assert.ok(!found.includes('PERSON:Harlow Bay') && !found.includes('PERSON:Italy'), found.join(', '));
  });
});

describe("The labels of an agency's agate, written before a dash", () => {
  const text = [
    'Portland 3, Halifax 2',
    'First Period — 1, Portland, Veselý 7 (Ruiz, Ndiaye), 4:10. Penalties — Okafor Hfx (slashing), 11:32.',
    'Second Period — 2, Halifax, Brennan 12 (Okafor), 6:45. Penalties — Ruiz Por (tripping), 2:02; Brennan Hfx (hooking), 15:20.',
    'Assists—Portland 5 (Ruiz 2), Halifax 3 (Okafor 2).',
    'Referees — Dominik Hašek-Lund, Aaron Whitcombe. Linesmen — Pierre Dufresne, Kwame Asante.',
    'Passing — Portland: Okafor 21-30-0-244. Rushing — Halifax: Brennan 18-97.',
  ].join('\n\n');

  it('reads a label before a dash as no name ("Penalties —", "Referees —", "Linesmen —")', () => {
    const names = analyze(text).mentions.map(m => text.slice(m.start, m.end));
    for (const label of ['Penalties', 'Referees', 'Linesmen', 'Assists', 'Passing', 'Rushing']) {
      assert.equal(names.includes(label), false, `${label} in ${names.join(', ')}`);
    }
  });

  it('leaves the teams after a dash label to the other rules, and keeps the officials people', () => {
    const found = shown(text);
    assert.ok(!found.includes('PERSON:Portland') && !found.includes('PERSON:Halifax'), found.join(', '));
    for (const name of ['PERSON:Aaron Whitcombe', 'PERSON:Pierre Dufresne']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });

  it('lists a label before a dash in a text without a colon', () => {
    assert.deepEqual([...factLabels('Referees — Jean Roux, Mike Abbot. Linesmen — Tom Hale.')].sort(), ['Linesmen', 'Referees']);
  });
});
