import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import SPAN_MODEL from '../../../src/core/nlp/model/spanTypeWeights.json';
import { spanScores } from '../../../src/core/nlp/spanScorer';
import { SPAN_CLASSES, sentenceCues, spanFeatures } from '../../../src/core/nlp/spanTypes';
import { tokenize } from '../../../src/core/nlp/tokens';

/** The scores as the sum of the rows of `spanFeatures`' strings, looked up one by one. */
function scoresOfFeatures(features: readonly string[]): number[] {
  const rows = SPAN_MODEL.features as Record<string, number[]>;
  const scores = SPAN_CLASSES.map(() => 0);
  for (const f of features) {
    const row = Object.hasOwn(rows, f) ? rows[f] : undefined;
    if (row) for (let k = 0; k < row.length; k += 2) scores[row[k]] += row[k + 1];
  }
  return scores;
}

describe('the span model\'s scorer (spanScorer.ts)', () => {
  it('scores every span of the sample articles as the sum of its feature strings\' weights', () => {
    const dir = path.join(__dirname, '../../../samples');
    // (a word with "|" in it is looked up by its whole feature string)
    const texts = [...fs.readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(path.join(dir, f), 'utf8')),
      "Leeds signed the striker from Acme's rivals. Shares in Foo|Bar fell as a|b rose, said Mr. O'Neill."];
    let spans = 0;
    for (const text of texts) {
      const tokens = tokenize(text);
      const cues = sentenceCues(tokens);
      for (let first = 0; first < tokens.length; first++) {
        for (let last = first; last < Math.min(tokens.length, first + 4) && tokens[last].sentence === tokens[first].sentence; last++) {
          assert.deepEqual(spanScores(tokens, first, last, cues), scoresOfFeatures(spanFeatures(tokens, first, last, cues)),
            tokens.slice(first, last + 1).map(t => t.text).join(' '));
          spans++;
        }
      }
    }
    assert.ok(spans > 1000);
  });
});
