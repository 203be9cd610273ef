import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, family 7): military ranks before invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('A person after a military rank', () => {
  it('keeps a particle inside the name ("General Karim Haddad al-Tamimi")', () => {
    const names = shown('The army chief, General Karim Haddad al-Tamimi, said the talks would go on.');
    assert.ok(names.includes('PERSON:Karim Haddad al-Tamimi'), names.join(', '));
  });

  it('strips a rank that no list of roles held, and reads the name after it as a person ("Brigadier Tarquin Oddie")', () => {
    for (const text of ['British commander Brigadier Tarquin Oddie said the operation was over.', 'The spokesman, Brigadier Tarquin Oddie, said troops had left.']) {
      const names = shown(text);
      assert.ok(names.includes('PERSON:Tarquin Oddie'), names.join(', '));
      assert.ok(!names.some(n => n.includes('Brigadier')), names.join(', '));
    }
  });
});
