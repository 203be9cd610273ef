import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// An obituary written for these tests (issue 10, genres): relatives named after a family tie.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Relatives named after a family tie', () => {
  it('are people, one word or more ("their daughter Adaeze", "his late wife Margit Okafor")', () => {
    const names = shown('She is survived by her husband, the conductor Henrik Vass, and their daughter Adaeze. His late wife Margit Okafor died in 2001.');
    for (const n of ['PERSON:Henrik Vass', 'PERSON:Adaeze', 'PERSON:Margit Okafor']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });

  it('need a possessive or "the" before the tie, and no country after it', () => {
    const names = shown('Daughter Publishing and Son Records merged. She called her mother Ireland.');
    assert.ok(!names.some(n => /^PERSON:(?:Publishing|Records|Ireland)/.test(n)), names.join(', '));
  });
});
