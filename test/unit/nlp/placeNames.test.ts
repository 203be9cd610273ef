import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): streets, shoals and passes the tagger read as people or bodies.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('Places named by a thoroughfare or a natural feature', () => {
  it('reads a street the tagger took for a person as a place ("On Wall Street, the Nasdaq closed lower")', () => {
    has(shown('On Wall Street, the Nasdaq closed 1.2% lower as chip stocks fell.'), 'PLACE:Wall Street');
  });

  it('reads a shoal, a reef and a mountain pass as places', () => {
    const names = shown('Coastguard boats gathered near Marlow Shoal on Friday, far from Tern Reef, as climbers crossed Kessel Pass.');
    for (const name of ['PLACE:Marlow Shoal', 'PLACE:Tern Reef', 'PLACE:Kessel Pass']) has(names, name);
  });

  it('keeps a person whose surname is a structure\'s word ("Jeff Bridge, 54, said")', () => {
    has(shown('Jeff Bridge, 54, said he was delighted with the result.'), 'PERSON:Jeff Bridge');
  });
});
