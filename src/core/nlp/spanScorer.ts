import SPAN_MODEL from './model/spanTypeWeights.json';
import { sentenceWindow, wordShape } from './features';
import { wordClass } from './lexicons';
import type { Token } from './tokens';

/**
 * The span model's score of each class (`SPAN_CLASSES` order) for the span `[first, last]`, as the sum of the weights of
 * `spanFeatures` (spanTypes.ts) looked up one by one, without building the feature strings: the rows are filed by
 * template and value (and a pair's two values), so that a token's own strings, whose hashes are kept, are the keys.
 * Weights are integers, so the sums equal those of the strings' lookups in any order (a unit test compares them).
 */
export function spanScores(tokens: readonly Token[], first: number, last: number, cues: readonly string[]): number[] {
  const scores = [0, 0, 0];
  const add = (row: Row | undefined): void => {
    if (row) for (let k = 0; k < row.length; k += 2) scores[row[k]] += row[k + 1];
  };
  const { word, shape } = sentenceWindow(tokens, first);
  const fl = tokens[first].lower;
  const ll = tokens[last].lower;
  const cue = cues[first];
  add(BIAS);
  add(NF.get(fl));
  add(NL.get(ll));
  add(NX3.get(ll.slice(-3)));
  add(NX2.get(ll.slice(-2)));
  add(NP3.get(fl.slice(0, 3)));
  add(LEN[Math.min(last - first + 1, 4)]);
  const p1 = word(first - 1);
  const p2 = word(first - 2);
  const n1 = word(last + 1);
  const n2 = word(last + 2);
  add(P1.get(p1));
  add(P2.get(p2));
  add(P12.get(p2, p1));
  add(N1.get(n1));
  add(N2.get(n2));
  add(N12.get(n1, n2));
  const ns1 = shape(last + 1);
  add(PS1.get(shape(first - 1)));
  add(NS1.get(ns1));
  add(PRE.get(tokens[first].pre.trim().slice(-1)));
  add(POST.get(tokens[last].post.trim().slice(0, 1)));
  add(tokens[first].isFirst ? IS_FIRST : NOT_FIRST);
  add(CUE.get(cue));
  if (tokens[last].isPossessive) {
    add(POS_NS1.get(ns1));
    add(POS_N1.get(n1));
  }
  for (let j = first; j <= last; j++) {
    const t = tokens[j];
    add(NW.get(t.lower));
    add(NS.get(wordShape(t.text)));
    add(NC.get(wordClass(t.lower) ?? '-'));
    add(NLEX.get(t.lexTag ?? '-'));
    if (cue !== '-') add(CUE_NW.get(cue, t.lower));
  }
  if (cue !== '-') {
    add(CUE_N1.get(cue, n1));
    add(CUE_P1.get(cue, p1));
  }
  return scores;
}

/** A feature's weights: class index, weight, class index, weight... */
type Row = readonly number[];

const ROWS: ReadonlyMap<string, Row> = new Map(Object.entries(SPAN_MODEL.features));

/** The rows by template ("nw") and value ("leeds"): a feature is its template, "=" and its value. */
const BY_TEMPLATE = new Map<string, Map<string, Row>>();
for (const [feature, row] of ROWS) {
  const eq = feature.indexOf('=');
  const name = eq < 0 ? feature : feature.slice(0, eq);
  let byValue = BY_TEMPLATE.get(name);
  if (!byValue) BY_TEMPLATE.set(name, (byValue = new Map()));
  byValue.set(eq < 0 ? '' : feature.slice(eq + 1), row);
}

/** The rows of one template, by value. */
const template = (name: string): ReadonlyMap<string, Row> => BY_TEMPLATE.get(name) ?? new Map<string, Row>();

/** The rows of a template of two values joined by "|" ("p12=of|the"), by the first value and the second. */
function pairTemplate(name: string): { get(a: string, b: string): Row | undefined } {
  const byFirst = new Map<string, Map<string, Row>>();
  for (const [value, row] of template(name)) {
    const bar = value.indexOf('|');
    // a value with another "|" is found by its whole string only
    if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;
    const a = value.slice(0, bar);
    let byLast = byFirst.get(a);
    if (!byLast) byFirst.set(a, (byLast = new Map()));
    byLast.set(value.slice(bar + 1), row);
  }
  return {
    get: (a, b) => (a.includes('|') || b.includes('|') ? ROWS.get(`${name}=${a}|${b}`) : byFirst.get(a)?.get(b)),
  };
}

const BIAS = ROWS.get('b');
const [NF, NL, NX3, NX2, NP3, P1, P2, N1, N2, PS1, NS1, PRE, POST, CUE, POS_NS1, POS_N1, NW, NS, NC, NLEX] = ['nf', 'nl', 'nx3', 'nx2',
  'np3', 'p1', 'p2', 'n1', 'n2', 'ps1', 'ns1', 'pre', 'post', 'cue', 'pos|ns1', 'pos|n1', 'nw', 'ns', 'nc', 'nlex'].map(template);
const [P12, N12, CUE_NW, CUE_N1, CUE_P1] = ['p12', 'n12', 'cue|nw', 'cue|n1', 'cue|p1'].map(pairTemplate);
const LEN = [0, 1, 2, 3, 4].map(n => ROWS.get(`len=${n}`));
const IS_FIRST = ROWS.get('first=1');
const NOT_FIRST = ROWS.get('first=0');
