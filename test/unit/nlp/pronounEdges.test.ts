import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Review and interview copy written for these tests (issue 10, boundaries): the pronoun "I" after a name.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('The pronoun "I" after a name', () => {
  it('is no part of the name before it', () => {
    const text = 'It is the finest Chekhov I have seen at the Lyceum, and the only Pinter I would queue for.';
    const names = shown(text);
    assert.ok(!names.some(n => / I$/.test(n)), names.join(', '));
  });

  it('leaves a monarch\'s numeral on the name', () => {
    const names = shown('Elizabeth I was crowned in 1559 in Westminster Abbey.');
    assert.ok(names.includes('PERSON:Elizabeth I'), names.join(', '));
  });
});
