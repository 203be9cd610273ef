import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Wire headlines written for these tests (issue 10, families 2 and 6): a desk's slug glued to the headline is neither
// a dateline nor a name.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const story = (headline: string): string => ` date 2026-11-30 Markets\n${headline}\n\nNEW YORK, Nov 30 (Reuters) - Global stocks fell on Monday as bond yields rose for a third day.`;

describe('Wire desks\' slugs', () => {
  for (const headline of ['GLOBAL MARKETS-Stocks slide as Treasury yields climb', 'STOCKS-FTSE 100 slips as miners drag on the index',
    'METALS-Copper falls to a two-month low on weak factory data', 'UPDATE 2-Halvern shares jump on bid talk from a rival']) {
    it(`shows no slug of "${headline}"`, () => {
      const names = shown(story(headline));
      assert.ok(!names.some(n => /(?:GLOBAL|MARKETS|STOCKS|METALS|UPDATE)/.test(n)), names.join(', '));
      assert.ok(names.includes('PLACE:NEW YORK'), names.join(', '));
    });
  }

  it('still reads a dateline with a dash after a space or a dash glued in the American way', () => {
    const names = shown('WASHINGTON - The Senate voted late on Monday to keep the government open.\n\nKABUL— Fighting resumed on Tuesday in the east of the country.');
    assert.ok(names.includes('PLACE:WASHINGTON') && names.includes('PLACE:KABUL'), names.join(', '));
  });
});
