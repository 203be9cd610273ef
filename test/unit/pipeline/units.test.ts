import assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/article';
import { articleUnits, MAX_UNIT_CHARS } from '../../../src/core/pipeline/units';

describe('articleUnits', () => {
  it('makes one unit per short paragraph', () => {
    const text = 'Headline\n\nFirst paragraph.\n\nSecond paragraph.';
    const units = articleUnits(text, parseArticle(text));
    assert.deepEqual(units.map(u => text.slice(u.start, u.end)), ['Headline', 'First paragraph.', 'Second paragraph.']);
    assert.deepEqual(units.map(u => u.paragraph), [0, 1, 2]);
  });

  it('cuts a long paragraph at sentence ends into bounded units that cover it', () => {
    const sentence = 'The committee met in Geneva to discuss the budget of the agency. ';
    const body = sentence.repeat(200).trim();
    const text = `Headline\n\n${body}`;
    const units = articleUnits(text, parseArticle(text)).filter(u => u.paragraph === 1);
    assert.ok(units.length > 1);
    for (const u of units) {
      assert.ok(u.end - u.start <= MAX_UNIT_CHARS, `unit of ${u.end - u.start}`);
      assert.ok(text.slice(u.start, u.end).endsWith('agency.'));
    }
    assert.equal(units.map(u => text.slice(u.start, u.end)).join(' '), body);
  });

  it('cuts a megabyte line with no sentence breaks without splitting surrogate pairs', () => {
    const line = '😀'.repeat(3000) + 'x'.repeat(5001);
    const text = `Headline\n${line}`;
    const units = articleUnits(text, parseArticle(text)).filter(u => u.paragraph === 1);
    assert.equal(units.map(u => text.slice(u.start, u.end)).join(''), line);
    for (const u of units) {
      const first = text.charCodeAt(u.start);
      assert.ok(!(first >= 0xdc00 && first <= 0xdfff), 'unit starts inside a surrogate pair');
      assert.ok(u.end - u.start <= MAX_UNIT_CHARS);
    }
  });
});
