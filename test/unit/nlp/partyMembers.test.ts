import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): American politicians introduced by state and party, and a person whose full
// name the tagger read as a body while the article calls her by her surname.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Politicians introduced by state and party', () => {
  it('reads "Ohio Republican Dana Whitcombe and Vermont Democrat Lou Ferrante" as two places and two people', () => {
    const names = shown('The deal was struck by Ohio Republican Dana Whitcombe and Vermont Democrat Lou Ferrante after months of talks.');
    for (const name of ['PLACE:Ohio', 'PERSON:Dana Whitcombe', 'PLACE:Vermont', 'PERSON:Lou Ferrante']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    assert.ok(!names.some(n => n.startsWith('ORG:')), names.join(', '));
  });

  it('leaves a body whose name holds a party word whole ("Maple Grove Independent School District")', () => {
    const names = shown('Classes were cancelled across the Maple Grove Independent School District on Monday after the storm.');
    assert.ok(!names.some(n => n.startsWith('PERSON:')), names.join(', '));
  });
});

describe('A full name by its surname', () => {
  it('reads a novelist\'s full name as the person when the article calls her by her surname', () => {
    const text = 'Novelist and broadcaster Orla Kinsella dies aged 79\n\n'
      + 'The novelist and broadcaster Orla Kinsella has died, her publisher said.\n\n'
      + 'Kinsella wrote nine novels and presented a books programme for twenty years.\n';
    const names = shown(text);
    assert.deepEqual(names.filter(n => /Kinsella/.test(n)), ['PERSON:Orla Kinsella', 'PERSON:Orla Kinsella', 'PERSON:Kinsella']);
  });
});
