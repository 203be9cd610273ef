import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// World news written for these tests (issue 10): another name of someone just named, after "known as".
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Names after "known as"', () => {
  it('are people when a person was just named', () => {
    const text = 'The militia, led by Tamerlan Bekzhanov, known as Kuzgun, has not commented on the claims made by the army. '
      + 'Police said Ardi Santoso, also known as Rimbo, was arrested in a raid on Tuesday.';
    const names = shown(text);
    for (const n of ['PERSON:Tamerlan Bekzhanov', 'PERSON:Kuzgun', 'PERSON:Ardi Santoso', 'PERSON:Rimbo']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });

  it('leave a place known by another name a place', () => {
    const names = shown('Farmers in the valley known as Silicon Valley sold their orchards long ago, the report said.');
    assert.ok(names.includes('PLACE:Silicon Valley'), names.join(', '));
  });
});
