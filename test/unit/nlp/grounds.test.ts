import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { groundsByUse, isGroundName } from '../../../src/core/nlp/grounds';
import { harmoniseTypes } from '../../../src/core/entities/harmonise';
import { tagged } from '../entities/tagged';

// Match reports written for these tests (issue 10, family 4): the grounds where sport is played are places.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Grounds', () => {
  it('knows a ground by its last word, and no person by it', () => {
    for (const s of ['Aviva Stadium', 'Volgograd Arena', 'Melbourne Cricket Ground', 'Georgia Dome', 'Oval']) assert.ok(isGroundName(s), s);
    for (const s of ['Arena', 'Stadium', 'Super Bowl', 'Oval Office', 'Ground Zero']) assert.equal(isGroundName(s), false, s);
  });

  it('reads a name written only where a match is played as a place in a sports report', () => {
    const text = [
      'Northfield Rovers lost 2-1 at Old Trafford on Saturday, their first defeat of the season.',
      'The striker scored a header in the 20th minute, but the visitors conceded twice after the break.',
      'England beat Australia by 88 runs at the Oval, where the captain took four wickets, and the cup final will be played at Hampden in May.',
    ].join('\n\n');
    const names = shown(text);
    for (const ground of ['PLACE:Old Trafford', 'PLACE:Oval', 'PLACE:Hampden']) assert.ok(names.includes(ground), `${ground} in ${names.join(', ')}`);
    assert.ok(names.includes('ORG:Northfield Rovers'), names.join(', '));
  });

  it('takes no club that plays elsewhere in the report for a ground, and none outside sport', () => {
    const text = 'Harwick drew 1-1 at Dunmore. Dunmore had beaten Corby 3-1, and Harwick play at Kellan Park next. Fixtures: Tollby at Rennick Rangers, Corby at Ashwell.';
    const at = (name: string, from = 0): { start: number; type: string; source: string } => ({ start: text.indexOf(name, from), type: 'ORG', source: 'tagger' });
    const mentions = [at('Harwick'), at('Dunmore'), at('Dunmore', text.indexOf('Dunmore') + 1), at('Corby'), at('Harwick', 5), at('Kellan Park'),
      at('Tollby'), at('Rennick Rangers'), at('Corby', text.indexOf('Tollby')), at('Ashwell')];
    const surface = (m: { start: number }): string => /^\p{Lu}\p{Ll}+(?: Park| Rangers)?/u.exec(text.slice(m.start))?.[0] ?? '';
    assert.deepEqual([...groundsByUse(text, mentions, surface, true)], ['Kellan Park']);
    assert.deepEqual([...groundsByUse(text, mentions, surface, false)], []);
  });

  it('reads a stand of a ground as a place ("send the Holbeck End into raptures")', () => {
    const text = 'Okonedo rose above his marker to meet the corner and send the Holbeck End into raptures as Kestrel Vale won 2-1. '
      + 'Fans in the Marsh Stand sang until the final whistle.';
    const found = shown(text);
    assert.ok(found.includes('PLACE:Holbeck End'), found.join(', '));
    assert.ok(!found.includes('ORG:Holbeck End') && !found.includes('ORG:Marsh Stand'), found.join(', '));
  });

  it('reads the halls where music, plays and talks are staged as places, in any article', () => {
    const text = [
      'Two years ago Tamsin Reale was playing to a few hundred people at the Dellacourt in Hexley. Now she has sold out the Corrie Ballroom.',
      'The tour ends at the Marlowe Hall in Dunmere, and the prize will be presented at the Vantor Apollo in Keswood on 3 May.',
      'She spoke on the terrace of the Hotel Verano, before a talk at Fenwick Library on Thursday.',
    ].join('\n\n');
    const found = shown(text);
    for (const venue of ['PLACE:Dellacourt', 'PLACE:Corrie Ballroom', 'PLACE:Marlowe Hall', 'PLACE:Vantor Apollo', 'PLACE:Hotel Verano', 'PLACE:Fenwick Library']) {
      assert.ok(found.includes(venue), `${venue} in ${found.join(', ')}`);
    }
  });

  it('takes no firm for a venue: a name before a noun, a body\'s initials, a firm without "the"', () => {
    const text = 'The shop was named retailer of the year at the Dunmore Star business awards, and the last shift finished at the Keelside Components plant. '
      + 'Marta Quell, an analyst at Harlow Reid, said the orchestra played at the BBC Proms.';
    const found = shown(text);
    for (const venue of ['PLACE:Dunmore Star', 'PLACE:Keelside Components', 'PLACE:Harlow Reid', 'PLACE:BBC Proms']) assert.ok(!found.includes(venue), found.join(', '));
  });

  it('reads a ground the article writes after "at the" as no person ("at the Kira Oval ... the Oval"), and keeps "coach Bruce Arena"', () => {
    const text = 'By Ruth Amery at the Kira Oval\n\nHarlow made 142 at the Oval. Kira Oval was full. Coach Bruce Arena smiled.';
    const raw = tagged(text, [['Ruth Amery', 'PERSON'], ['Kira Oval', 'PERSON'], ['Oval', 'PERSON'], ['Kira Oval', 'PERSON'], ['Bruce Arena', 'PERSON']]);
    const out = harmoniseTypes(text, raw, m => text.slice(m.start, m.end)).map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.deepEqual(out, ['PERSON:Ruth Amery', 'PLACE:Kira Oval', 'PLACE:Oval', 'PLACE:Kira Oval', 'PERSON:Bruce Arena']);
  });
});
