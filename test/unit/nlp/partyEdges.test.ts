import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): a party's word read as one name with what follows it, with invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('A party\'s word and what the tagger read with it', () => {
  it('leaves a member\'s title out ("the former Conservative MP for Ardlow")', () => {
    const names = shown('Dariusz Kowalczyk, the former Conservative MP for Ardlow and Tenby, said residents had been let down.');
    has(names, 'ORG:Conservative');
  });

  it('cuts the party, the member and the area apart ("the Conservative Ben Hollis on Wearside")', () => {
    const names = shown('Mayors like Andy Burrell in Kelby, Tracy Brannock in Ardlow and, yes, the Conservative Ben Hollis on Wearside have all said something similar.');
    has(names, 'ORG:Conservative');
    has(names, 'PERSON:Ben Hollis');
    has(names, 'PLACE:Wearside');
  });
});
