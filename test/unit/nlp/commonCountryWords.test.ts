import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Cycling and food copy written for these tests (issue 10, family 6): a country's name that is a common word.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('A country\'s name that is a common word, capitalised only by its place', () => {
  it('is no country over a results table when the article writes the word in lower case', () => {
    const text = 'Jonas Lind kept the yellow jersey after the time trial in Nice.\n\nJersey standings\nYellow: Jonas Lind (Den)\n';
    const names = shown(text);
    assert.ok(!names.includes('COUNTRY:Jersey'), names.join(', '));
  });

  it('stays the country where the article never writes the word in lower case', () => {
    const names = shown('Turkey closed its airspace on Monday, and Jersey said ferries would run.');
    assert.ok(names.includes('COUNTRY:Turkey'), names.join(', '));
  });
});
