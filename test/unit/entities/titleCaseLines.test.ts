import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isTitleCaseLine } from '../../../src/core/entities/titleCaseLines';

// Articles written for these tests (issue 10, family 9): headlines in title case, as American and business sites set them.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const inHeadline = (text: string): string[] => {
  const headlineEnd = text.indexOf('\n', text.indexOf('\n') + 1);
  return analyze(text).mentions.filter(m => m.end <= headlineEnd).map(m => `${m.type}:${text.slice(m.start, m.end)}`);
};

describe('A headline in title case', () => {
  it('shows no run of capitalised verbs and nouns as a name, and keeps the names the article writes', () => {
    const text = [
      ' date 2026-04-14 Business',
      'Kenya Lifts Rates Again as Shilling Slides, Treasury Warns of Tighter Budget',
      '',
      'NAIROBI (Bloomberg) -- Kenya raised its benchmark rate for a second month on Tuesday as the shilling weakened past 140 to the dollar.',
      '',
      'The Treasury said spending would be cut in the budget that Finance Secretary Wanjiru Kamau presents in June.',
    ].join('\n');
    const head = inHeadline(text);
    assert.ok(head.includes('COUNTRY:Kenya'), head.join(', '));
    assert.ok(!head.some(n => /Lifts|Rates|Shilling|Slides|Warns|Budget/.test(n)), head.join(', '));
  });

  it('keeps a person the article names in full by the surname in the headline', () => {
    const text = [
      ' date 2026-06-02 Sport',
      'Okonkwo Stuns Top Seed as Rain Halts Play in Paris',
      '',
      'Chidera Okonkwo beat the top seed in three sets on Tuesday before rain stopped play on the outside courts.',
    ].join('\n');
    const head = inHeadline(text);
    assert.ok(head.includes('PERSON:Okonkwo'), head.join(', '));
    assert.ok(!head.some(n => /Stuns|Seed|Rain|Halts/.test(n)), head.join(', '));
  });

  it('leaves a headline in sentence case and a line-up alone', () => {
    assert.ok(!isTitleCaseLine('Kenya lifts rates again as shilling slides'));
    assert.ok(!isTitleCaseLine('Harbury Town: Okafor; Lund, Vasquez, Ridley, Norwood; Pell, Anand; Iredale, Baxter, Tanaka; Farrow.'));
    assert.ok(!isTitleCaseLine('Northgate Rams 31 Harbour Kestrels 24'));
    assert.ok(isTitleCaseLine('Merkel Warns Putin Over Troops as Talks Stall in Minsk'));
    const text = [
      ' date 2026-04-14 World',
      'Mayor of Tallinn visits Narva',
      '',
      'Mayor Kadri Lepik travelled to Narva on Monday.',
    ].join('\n');
    assert.ok(shown(text).includes('PLACE:Tallinn'), shown(text).join(', '));
  });
});
