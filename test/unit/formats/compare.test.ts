import assert from 'node:assert/strict';
import { addScores, compareWithGold, type PredictedSpan } from '../../../src/core/formats/compare';
import type { GoldSpan } from '../../../src/core/formats/gold';

const TEXT = 'Prime Minister Narendra Modi met Angela Merkel and NATO in Berlin, Germany.';
function span(text: string, label: string, from = 0): PredictedSpan & GoldSpan {
  const start = TEXT.indexOf(text, from);
  assert.ok(start >= 0, text);
  return { start, end: start + text.length, label, text };
}

describe('compare with gold', () => {
  it('counts exact matches and names each disagreement: missed, extra, wrong type, wrong boundary', () => {
    const gold = [span('Narendra Modi', 'PERSON'), span('Angela Merkel', 'PERSON'), span('NATO', 'ORG'), span('Berlin', 'PLACE'), span('Germany', 'COUNTRY')];
    const predicted = [span('Prime Minister Narendra Modi', 'PERSON'), span('Angela Merkel', 'PERSON'), span('NATO', 'PLACE'), span('Germany', 'COUNTRY')];
    const c = compareWithGold(predicted, gold);
    assert.deepEqual(c.disagreements.map(d => [d.kind, TEXT.slice(d.start, d.end)]), [
      ['wrong-boundary', 'Prime Minister Narendra Modi'],
      ['wrong-type', 'NATO'],
      ['missed', 'Berlin'],
    ]);
    assert.deepEqual([c.scores.truePositives, c.scores.predicted, c.scores.gold], [2, 4, 5]);
    assert.equal(c.scores.precision, 0.5);
    assert.equal(c.scores.recall, 0.4);
    assert.ok(Math.abs(c.scores.f1 - 0.4444) < 1e-3);
    const extra = compareWithGold([span('Germany', 'COUNTRY'), span('met', 'ORG')], [span('Germany', 'COUNTRY')]);
    assert.deepEqual(extra.disagreements.map(d => [d.kind, d.predicted?.text]), [['extra', 'met']]);
  });

  it('compares News Lens countries as places when the gold layer has no COUNTRY label', () => {
    const c = compareWithGold([span('Germany', 'COUNTRY')], [span('Germany', 'PLACE')]);
    assert.equal(c.scores.truePositives, 1);
    assert.equal(compareWithGold([span('Germany', 'COUNTRY')], [span('Germany', 'PLACE'), span('Berlin', 'COUNTRY')]).scores.truePositives, 0);
  });

  it('scores empty sides without dividing by zero and adds comparisons up as a micro average', () => {
    assert.deepEqual(compareWithGold([], []).scores, { truePositives: 0, predicted: 0, gold: 0, precision: 1, recall: 1, f1: 1 });
    const total = addScores([compareWithGold([span('NATO', 'ORG')], [span('NATO', 'ORG')]).scores, compareWithGold([], [span('Berlin', 'PLACE')]).scores]);
    assert.deepEqual([total.truePositives, total.predicted, total.gold, total.recall], [1, 1, 2, 0.5]);
  });
});
