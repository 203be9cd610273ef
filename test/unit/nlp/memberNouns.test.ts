import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, family 6): a party before the plural noun for its members, with invented parties.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('A party before the plural noun for its members', () => {
  it('is the party, without the noun ("Fine Gael TDs", "Republican Senators")', () => {
    const irish = shown('Fianna Fáil and Fine Gael TDs from rural constituencies are expected to raise the issue.');
    assert.ok(irish.includes('ORG:Fine Gael'), irish.join(', '));
    assert.ok(!irish.some(n => n.endsWith('TDs')), irish.join(', '));
    const us = shown('Republican Senators walked out of the chamber on Tuesday.');
    assert.ok(us.includes('ORG:Republican'), us.join(', '));
    assert.ok(!us.some(n => n.endsWith('Senators')), us.join(', '));
  });
});
