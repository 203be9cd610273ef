import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Lines written for these tests (issue 10, important names missed): people named with their age.
const shown = (text: string): string[] => analyze(text).entities.map(e => `${e.type}:${e.canonical}`);

describe('A given name and a surname with an age after them', () => {
  it('are a person, with the age set off by commas or in brackets', () => {
    const court = 'The others were:\n\nJordan Vale (29), of Hulme - 13 years\n\nAt Carlow station, Hollie Marsh, 34, from Lancaster, said she had waited for hours.';
    const names = shown(court);
    for (const name of ['PERSON:Jordan Vale', 'PERSON:Hollie Marsh']) assert.ok(names.includes(name), `${name}: ${names.join(', ')}`);
    assert.ok(!names.includes('COUNTRY:Jordan'), names.join(', '));
  });

  it('are no person when a team or a place stands before a number in brackets', () => {
    const table = 'Top scorers: Leeds United (12), Stoke City (9).';
    assert.ok(!shown(table).some(n => n.startsWith('PERSON:')), shown(table).join(', '));
  });
});
