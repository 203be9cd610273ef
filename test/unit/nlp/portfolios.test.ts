import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10): a government post's title or portfolio is no body.
const shown = (text: string): string[] => analyze(text).entities.map(e => `${e.type}:${e.canonical}`);

describe('A government post\'s title or portfolio', () => {
  it('is no body before or around a minister\'s name ("Health and Social Care Secretary Wes Streeting")', () => {
    for (const text of [
      'Health and Social Care Secretary Tomos Pryce said the plan for Carrowby was working.',
      'The Health and Social Care Secretary, Tomos Pryce, said the plan for Carrowby was working.',
      'The Transport Secretary, Orla Venn, said trains would run to Carrowby on Sunday.',
      "Portugal's Minister for the Energy Transition, Marta Aagveld, told reporters in Lisbon the rule would stay.",
    ]) {
      const names = shown(text);
      assert.ok(!names.some(n => /Secretary|Health|Transition/.test(n)), names.join(', '));
      assert.ok(names.some(n => n.startsWith('PERSON:')), names.join(', '));
    }
  });

  it('is no name between an office\'s rank and the office ("Chief Electoral Officer")', () => {
    for (const [text, middle] of [
      ['"He was lost," Deputy County Attorney Brandon Felt told jurors in Carrowby.', 'County'],
      ['Chief Electoral Officer Manoj Varma told reporters the count was fair.', 'Electoral'],
    ]) {
      const names = shown(text);
      assert.ok(!names.some(n => n.endsWith(`:${middle}`)), names.join(', '));
    }
  });
});
