import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// A by-election report and a market report written for these tests (issue 10, family 11): a party's own word ("the
// Greens", "Green 98" in the returns) is no evidence of the environment, and "miners" that drag an index are mining
// companies, no labour story.

const ENVIRONMENT = 7;
const LABOR = 5;

describe('Parties and markets in theme evidence', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  it('takes no party\'s word for its cause', () => {
    const text = [
      ' date 2026-12-01 Politics',
      'Lib Dems hold on in county by-elections as turnout slumps',
      'The Liberal Democrats held two seats on the county council on Thursday, while the Greens came second in both, as turnout fell to 22% and voters stayed at home.',
      'Results:',
      'Frome East (Somerset): Lib Dem 1,533; Green 604; Con 322; Reform 289; Lab 101.',
      'Priory (Somerset): Lib Dem 988; Green 701; Con 455; Lab 120.',
      'The council leader said the candidates had fought a clean campaign and thanked the voters.',
    ].join('\n\n');
    const a = analyze(text);
    const evidence = a.themes.flatMap(t => t.evidence.map(e => `${t.code}:${e.text}`));
    assert.ok(!a.themes.some(t => t.code === ENVIRONMENT), JSON.stringify(evidence));
  });

  it('reads miners that drag an index as companies', () => {
    const text = [
      ' date 2026-11-30 Markets',
      'FTSE 100 slips as miners drag; property portal jumps on bid talk',
      'LONDON, Nov 30 (Reuters) - Britain\'s FTSE 100 index fell 0.3% on Monday, dragged down by miners as copper prices slid on weak factory data.',
      'The blue-chip index closed at 8,214.6 points, while the domestic-focused FTSE 250 rose 0.2% and sterling was flat against the dollar.',
    ].join('\n\n');
    const a = analyze(text);
    const evidence = a.themes.flatMap(t => t.evidence.map(e => `${t.code}:${e.text}`));
    assert.ok(!a.themes.some(t => t.code === LABOR), JSON.stringify(evidence));
  });
});
