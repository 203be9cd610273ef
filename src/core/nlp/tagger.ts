import { isBreakAfter, LABELS, phraseTags } from './features';
import { type Form, FORM_OFFSETS, TaggerModel } from './taggerModel';
import type { Token } from './tokens';

/** An entity span the tagger found: token indices `[first, last]` inclusive and the entity class. */
export interface TaggedSpan {
  readonly first: number;
  readonly last: number;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'GPE';
}

// (nine labels: `addRow` adds one weight per label)
const NL: 9 = LABELS.length;
const { SELF, FIRST, AS_PREV1, AS_NEXT1, AS_PREV2, AS_NEXT2, BY_LABEL } = FORM_OFFSETS;
/** `CONTINUES[p * NL + c]`: label c is an inside label of the class label p began or continued ("I-PER" after "B-PER"). */
const CONTINUES = Uint8Array.from({ length: NL * NL }, (_, k) => {
  const p = LABELS[Math.floor(k / NL)];
  const c = LABELS[k % NL];
  return Number(c.startsWith('I-') && p !== 'O' && p.slice(2) === c.slice(2));
});
const IS_INSIDE = LABELS.map(l => l.startsWith('I-'));

/**
 * Adds the `NL` weights of `v` from `at` to `scores`, written out: about twenty rows per token, the tagger's inner loop
 * (a loop to `NL` ran a fifth slower).
 */
function addRow(scores: Float64Array, v: Float32Array, at: number): void {
  scores[0] += v[at];
  scores[1] += v[at + 1];
  scores[2] += v[at + 2];
  scores[3] += v[at + 3];
  scores[4] += v[at + 4];
  scores[5] += v[at + 5];
  scores[6] += v[at + 6];
  scores[7] += v[at + 7];
  scores[8] += v[at + 8];
}

/**
 * Tags `tokens` (one text, in order) with the averaged-perceptron model, greedily left to right: each token
 * gets the best-scoring label an entity may take there (an inside label continues an entity of its class and
 * never across a hard break). Returns entity spans in token order, non-overlapping; no tokens give [].
 */
export function tagTokens(tokens: readonly Token[]): TaggedSpan[] {
  const n = tokens.length;
  if (n === 0) return [];
  const model = TaggerModel.get();
  const phrases = phraseTags(tokens);
  const forms = tokens.map(t => model.form(t));
  const breaks = tokens.map((t, i) => isBreakAfter(t, tokens[i + 1]));
  const near = (i: number, j: number): Form => (j >= 0 && j < n && tokens[j].sentence === tokens[i].sentence ? forms[j] : model.edge);
  const firstDash = model.rows.get('first=-');
  // float64 sums of the float32 weights: the weights are integers, so the sums are the same exact integers
  const scores = new Float64Array(NL);
  const add = (v: Float32Array | undefined, at = 0): void => {
    if (v) addRow(scores, v, at);
  };
  const labels = new Uint8Array(n);
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (i === 0 || t.sentence !== tokens[i - 1].sentence) prev1 = prev2 = 0;
    const me = forms[i];
    const p1 = near(i, i - 1);
    const n1 = near(i, i + 1);
    scores.fill(0);
    add(model.base, ((t.isPossessive ? 2 : 0) + (breaks[i] ? 1 : 0)) * NL);
    add(me.vector, SELF);
    if (t.isFirst) add(me.vector, FIRST);
    else add(firstDash);
    add(model.postRow(t.post));
    add(model.preRow(t.pre));
    add(p1.vector, AS_PREV1);
    add(n1.vector, AS_NEXT1);
    add(near(i, i - 2).vector, AS_PREV2);
    add(near(i, i + 2).vector, AS_NEXT2);
    if (p1.hasBar || me.hasBar || n1.hasBar) {
      // a "|" inside a word: only the whole feature string is unambiguous
      add(model.byValue('ss', p1.shape + '|' + me.shape + '|' + n1.shape));
      add(model.rows.get('ww-1=' + p1.lower + '|' + me.lower));
      add(model.rows.get('ww+1=' + me.lower + '|' + n1.lower));
      add(model.rows.get('ws+1=' + me.lower + '|' + n1.shape));
      add(model.rows.get('sw-1=' + p1.shape + '|' + me.lower));
    } else {
      add(model.shapeTriple(p1.shape, me.shape, n1.shape));
      add(p1.wwAsPrev?.get(me.lower));
      add(me.wwAsSelf?.get(n1.lower));
      add(me.wsAsSelf?.get(n1.shape));
      add(p1.swAsPrev?.get(me.lower));
    }
    const phrase = phrases[i];
    if (phrase) add(model.byValue('ph', phrase));
    add(model.labelPairs, (prev1 * NL + prev2) * NL);
    add(me.vector, BY_LABEL + prev1 * NL);
    const mayContinue = i > 0 && !breaks[i - 1];
    let best = 0;
    for (let c = 1; c < NL; c++) {
      if (IS_INSIDE[c] && !(mayContinue && CONTINUES[prev1 * NL + c])) continue;
      if (scores[c] > scores[best]) best = c;
    }
    labels[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
  const spans: TaggedSpan[] = [];
  for (let i = 0; i < n; i++) {
    if (!LABELS[labels[i]].startsWith('B-')) continue;
    let last = i;
    while (last + 1 < n && IS_INSIDE[labels[last + 1]]) last++;
    spans.push({ first: i, last, type: LABELS[labels[i]].slice(2) as TaggedSpan['type'] });
  }
  return spans;
}
