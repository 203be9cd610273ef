import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { allowedLabel, LABELS, type Label, labelFeatures, phraseTags, staticFeatures, tokenInfos } from '../../../src/core/nlp/features';
import NER_MODEL from '../../../src/core/nlp/model/nerWeights.json';
import { tagTokens, type TaggedSpan } from '../../../src/core/nlp/tagger';
import { tokenize, type Token } from '../../../src/core/nlp/tokens';
import { GENRES } from './genres';

/** The tagger as plainly as it can be written: every feature built as a string and looked up (the training script's scoring). */
function referenceTag(tokens: readonly Token[], weights: ReadonlyMap<string, Float32Array>): TaggedSpan[] {
  const infos = tokenInfos(tokens);
  const phrases = phraseTags(tokens);
  const labels: Label[] = [];
  let prev1: Label = 'O';
  let prev2: Label = 'O';
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].sentence !== tokens[i - 1]?.sentence) prev1 = prev2 = 'O';
    const scores = new Float32Array(LABELS.length);
    for (const f of [...staticFeatures(tokens, infos, i, phrases[i]), ...labelFeatures(tokens, infos, i, prev1, prev2)]) {
      const v = weights.get(f);
      if (v) for (let c = 0; c < v.length; c++) scores[c] += v[c];
    }
    let best = 0;
    for (let c = 1; c < LABELS.length; c++) if (allowedLabel(LABELS[c], prev1, tokens, i) && scores[c] > scores[best]) best = c;
    labels.push(LABELS[best]);
    prev2 = prev1;
    prev1 = LABELS[best];
  }
  const spans: TaggedSpan[] = [];
  labels.forEach((l, i) => {
    if (!l.startsWith('B-')) return;
    let last = i;
    while (labels[last + 1]?.startsWith('I-')) last++;
    spans.push({ first: i, last, type: l.slice(2) as TaggedSpan['type'] });
  });
  return spans;
}

function referenceWeights(): Map<string, Float32Array> {
  const map = new Map<string, Float32Array>();
  for (const [name, row] of Object.entries(NER_MODEL.features)) {
    const v = new Float32Array(LABELS.length);
    for (let k = 0; k < row.length; k += 2) v[LABELS.indexOf(NER_MODEL.labels[row[k]] as Label)] = row[k + 1];
    map.set(name, v);
  }
  return map;
}

const ROOT = path.join(__dirname, '../../..');
const texts = (): string[] => [
  ...GENRES.map(g => g.text),
  ...['samples', 'test/fixtures'].flatMap(dir => fs.readdirSync(path.join(ROOT, dir)).filter(f => /\.(txt|article)$/.test(f)).map(f => fs.readFileSync(path.join(ROOT, dir, f), 'utf8'))),
  // words holding the separator of pair features, possessives, brackets, a lone word
  'The A|B Group\'s chief, Jane Doe|Smith, met "Acme | Partners" (AP) in New York. Mr. Li\'s U.S.-based firm.',
  'Kenya',
  // punctuation of many kinds before and after words (the "pre" and "post" rows are remembered by these strings)
  'Prices rose -- again!? ... "No," Jane Doe said; (really) [sic] {Acme}\r\nNext line\u2014here\u2026 \'Bob\' & Co./Ltd: #1 @BBC',
];

describe('tagTokens: the compiled scorer', () => {
  it('tags exactly as looking up every feature string would, on the genre fixtures, the samples and the test articles', function () {
    this.timeout(120_000);
    const weights = referenceWeights();
    let spans = 0;
    for (const text of texts()) {
      const tokens = tokenize(text);
      const expected = referenceTag(tokens, weights);
      spans += expected.length;
      assert.deepEqual(tagTokens(tokens), expected, text.slice(0, 80));
      assert.deepEqual(tagTokens(tokens), expected, `again, from the word cache: ${text.slice(0, 80)}`);
    }
    assert.ok(spans > 100, `the sample has entities (${spans})`);
  });

  it('finds the names of a plain sentence', () => {
    const text = 'Angela Merkel met officials of Siemens in Berlin.';
    const tokens = tokenize(text);
    const got = tagTokens(tokens).map(s => `${s.type}:${text.slice(tokens[s.first].start, tokens[s.last].end)}`);
    assert.ok(got.includes('PER:Angela Merkel'), got.join('|'));
    assert.ok(got.some(g => g.endsWith(':Berlin')), got.join('|'));
  });

  it('gives nothing for no tokens', () => {
    assert.deepEqual(tagTokens([]), []);
  });
});
