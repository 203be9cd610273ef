import { allowedLabel, LABELS, type Label, labelFeatures, phraseTags, staticFeatures, tokenInfos } from './features';
import NER_MODEL from './model/nerWeights.json';
import type { Token } from './tokens';

/** An entity span the tagger found: token indices `[first, last]` inclusive and the entity class. */
export interface TaggedSpan {
  readonly first: number;
  readonly last: number;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'GPE';
}

/** Weights by feature, one Float32Array of `LABELS.length` per feature; decoded once, on first use. */
class Weights {
  static #instance: Weights | undefined;
  readonly byFeature: ReadonlyMap<string, Float32Array>;

  private constructor() {
    const map = new Map<string, Float32Array>();
    const order = NER_MODEL.labels.map(l => LABELS.indexOf(l as Label));
    for (const [name, row] of Object.entries(NER_MODEL.features)) {
      const v = new Float32Array(LABELS.length);
      for (let k = 0; k < row.length; k += 2) v[order[row[k]]] = row[k + 1];
      map.set(name, v);
    }
    this.byFeature = map;
  }

  static get(): Weights {
    Weights.#instance ??= new Weights();
    return Weights.#instance;
  }
}

/**
 * Tags `tokens` (one text, in order) with the averaged-perceptron model, greedily left to right. Returns
 * entity spans in token order, non-overlapping; no tokens give [].
 */
export function tagTokens(tokens: readonly Token[]): TaggedSpan[] {
  if (tokens.length === 0) return [];
  const weights = Weights.get().byFeature;
  const infos = tokenInfos(tokens);
  const phrases = phraseTags(tokens);
  const labels: Label[] = [];
  const scores = new Float32Array(LABELS.length);
  let prev1: Label = 'O';
  let prev2: Label = 'O';
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].sentence !== tokens[i - 1]?.sentence) prev1 = prev2 = 'O';
    scores.fill(0);
    const add = (f: string): void => {
      const v = weights.get(f);
      if (v) for (let c = 0; c < v.length; c++) scores[c] += v[c];
    };
    for (const f of staticFeatures(tokens, infos, i, phrases[i])) add(f);
    for (const f of labelFeatures(tokens, infos, i, prev1, prev2)) add(f);
    let best = 0;
    for (let c = 1; c < LABELS.length; c++) {
      if (allowedLabel(LABELS[c], prev1, tokens, i) && scores[c] > scores[best]) best = c;
    }
    labels.push(LABELS[best]);
    prev2 = prev1;
    prev1 = LABELS[best];
  }
  const spans: TaggedSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (!labels[i].startsWith('B-')) continue;
    let last = i;
    while (last + 1 < labels.length && labels[last + 1].startsWith('I-')) last++;
    spans.push({ first: i, last, type: labels[i].slice(2) as TaggedSpan['type'] });
  }
  return spans;
}
