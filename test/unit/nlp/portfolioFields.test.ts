import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Government copy written for these tests (issue 10, family 6): a minister's fields are no names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Fields after "Minister of"', () => {
  it('are no names, however many are listed, and the minister named after them is', () => {
    const text = 'Kenya\'s Minister of Education, Science and Technology, Grace Wanjiru, opened the laboratory on Monday.';
    const names = shown(text);
    assert.ok(!names.some(n => /:(?:Education|Science|Technology)$/.test(n)), names.join(', '));
    assert.ok(names.includes('PERSON:Grace Wanjiru'), names.join(', '));
  });

  it('leave a place after "Minister of" alone', () => {
    const names = shown('The Chief Minister of Kerala, Pinarayi Vijayan, announced relief for fishing families.');
    assert.ok(names.includes('PLACE:Kerala'), names.join(', '));
  });

  it('are no names after "Director of" or "Chancellor of" either', () => {
    const names = shown('The Director of Public Prosecutions consented to the trial, and the Chancellor of the Exchequer stayed silent.');
    assert.ok(!names.some(n => /Prosecutions|Exchequer/.test(n)), names.join(', '));
  });
});
