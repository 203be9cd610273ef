import { LABELS, type Label, punctClass, wordShape } from './features';
import { wordClass } from './lexicons';
import NER_MODEL from './model/nerWeights.json';
import type { Token } from './tokens';

/**
 * The entity tagger's weights compiled for scoring without building feature strings. It scores exactly the
 * features of `staticFeatures` and `labelFeatures` (features.ts): the weights of the features that read one
 * word only are summed once per word form and kept (a bounded cache), pairs of words are looked up in
 * nested maps, and the features with few values are tables. Weights are integers, so sums are exact in any
 * order and the scores equal those of looking each feature string up (a unit test compares both).
 */

const NL = LABELS.length;
type Row = Float32Array;

// Offsets of the per-position sums in a form's vector (each NL long), then the NL x NL label part.
const SELF = 0;
const FIRST = NL;
const AS_PREV1 = 2 * NL;
const AS_NEXT1 = 3 * NL;
const AS_PREV2 = 4 * NL;
const AS_NEXT2 = 5 * NL;
const BY_LABEL = 6 * NL;
const FORM_SIZE = BY_LABEL + NL * NL;
/** Word forms kept between calls; the cache is emptied when it grows past this. */
const MAX_FORMS = 20_000;

/** One word form (or the sentence edge) and the summed weights of its features in each position. */
export interface Form {
  readonly lower: string;
  readonly shape: string;
  readonly lex: string;
  /** `lower` or `shape` contains "|", which pair features use as a separator: those are looked up as strings. */
  readonly hasBar: boolean;
  readonly vector: Float32Array;
  /** Pair tables keyed by this form as the left word: ww-1 (as previous word), ww+1 and ws+1 (as the word). */
  readonly wwAsPrev: ReadonlyMap<string, Row> | undefined;
  readonly wwAsSelf: ReadonlyMap<string, Row> | undefined;
  readonly wsAsSelf: ReadonlyMap<string, Row> | undefined;
  /** sw-1 by this form's shape as the previous word's. */
  readonly swAsPrev: ReadonlyMap<string, Row> | undefined;
}

/** The model's weights as rows by feature and in the tables the fast scorer reads. */
export class TaggerModel {
  static #instance: TaggerModel | undefined;
  /** Weight row of each feature string, in `LABELS` order. */
  readonly rows: ReadonlyMap<string, Row>;
  readonly #pairs = new Map<string, Map<string, Map<string, Row>>>();
  readonly #byValue = new Map<string, Map<string, Row>>();
  readonly #forms = new Map<string, Form>();
  readonly #punct = new Map<string, string>();
  /** "ss" rows by the three shapes (previous, this, next word), for shapes without "|". */
  readonly #shapeTriples = new Map<string, Map<string, Map<string, Row>>>();
  /** The "post" and "pre" rows by a token's raw punctuation, null for no weight (bounded like `#punct`). */
  readonly #postRows = new Map<string, Row | null>();
  readonly #preRows = new Map<string, Row | null>();
  /** L1 + L12 summed, at `(prev1 * NL + prev2) * NL`. */
  readonly labelPairs = new Float32Array(NL * NL * NL);
  /** b + pos + brk summed, at `(pos * 2 + brk) * NL`. */
  readonly base = new Float32Array(4 * NL);
  readonly edge: Form;

  private constructor() {
    const rows = new Map<string, Row>();
    const order = NER_MODEL.labels.map(l => LABELS.indexOf(l as Label));
    for (const [name, row] of Object.entries(NER_MODEL.features)) {
      const v = new Float32Array(NL);
      for (let k = 0; k < row.length; k += 2) v[order[row[k]]] = row[k + 1];
      rows.set(name, v);
      const eq = name.indexOf('=');
      const template = name.slice(0, eq);
      const value = name.slice(eq + 1);
      if (template === 'ww-1' || template === 'ww+1' || template === 'ws+1' || template === 'sw-1') {
        const bar = value.indexOf('|');
        if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;   // only the string lookup can match it
        let byLeft = this.#pairs.get(template);
        if (!byLeft) this.#pairs.set(template, byLeft = new Map());
        const left = value.slice(0, bar);
        let inner = byLeft.get(left);
        if (!inner) byLeft.set(left, inner = new Map());
        inner.set(value.slice(bar + 1), v);
      } else if (template === 'ss' || template === 'post' || template === 'pre' || template === 'ph') {
        let byValue = this.#byValue.get(template);
        if (!byValue) this.#byValue.set(template, byValue = new Map());
        byValue.set(value, v);
        if (template === 'ss') this.#addShapeTriple(value, v);
      }
    }
    this.rows = rows;
    for (let p1 = 0; p1 < NL; p1++) {
      for (let p2 = 0; p2 < NL; p2++) {
        const at = (p1 * NL + p2) * NL;
        this.#addTo(this.labelPairs, at, 'L1=' + LABELS[p1]);
        this.#addTo(this.labelPairs, at, 'L12=' + LABELS[p1] + '|' + LABELS[p2]);
      }
    }
    for (let pos = 0; pos < 2; pos++) {
      for (let brk = 0; brk < 2; brk++) {
        const at = (pos * 2 + brk) * NL;
        for (const f of ['b', 'pos=' + pos, 'brk=' + brk]) this.#addTo(this.base, at, f);
      }
    }
    this.edge = this.#makeForm('<s>', '<s>', '<s>', '<s>');
  }

  /** The model, compiled on first use. */
  static get(): TaggerModel {
    TaggerModel.#instance ??= new TaggerModel();
    return TaggerModel.#instance;
  }

  /** The form of `token`, from the cache when the same word was seen with the same lexicon tag. */
  form(token: Token): Form {
    const lex = token.lexTag ?? '-';
    const cached = this.#forms.get(token.text);
    if (cached && cached.lex === lex && cached.lower === token.lower) return cached;
    const made = this.#makeForm(token.lower, wordShape(token.text), wordClass(token.lower) ?? '-', lex);
    if (this.#forms.size >= MAX_FORMS) this.#forms.clear();
    this.#forms.set(token.text, made);
    return made;
  }

  /** Row of a feature whose value is looked up directly ("post", "pre", "ph", "ss"); undefined for no weight. */
  byValue(template: string, value: string): Row | undefined {
    return this.#byValue.get(template)?.get(value);
  }

  /**
   * The "ss" row of three words' shapes (previous, this, next): `byValue('ss', a + '|' + b + '|' + c)` without
   * building the string, for shapes without "|" (`Form.hasBar`); undefined for no weight.
   */
  shapeTriple(a: string, b: string, c: string): Row | undefined {
    return this.#shapeTriples.get(a)?.get(b)?.get(c);
  }

  /** The "post" row of a token's punctuation after it: `byValue('post', punct(post.trim()))`, remembered by `post`. */
  postRow(post: string): Row | undefined {
    return this.#remembered(this.#postRows, post, () => this.byValue('post', this.punct(post.trim())));
  }

  /** The "pre" row of a token's punctuation before it: `byValue('pre', punct(pre))`, remembered by `pre`. */
  preRow(pre: string): Row | undefined {
    return this.#remembered(this.#preRows, pre, () => this.byValue('pre', this.punct(pre)));
  }

  #remembered(rows: Map<string, Row | null>, key: string, row: () => Row | undefined): Row | undefined {
    const known = rows.get(key);
    if (known !== undefined) return known ?? undefined;
    const r = row();
    if (rows.size < 4096) rows.set(key, r ?? null);
    return r;
  }

  /** Files an "ss" feature's row by its three shapes ("Xx|x.|d"); a value with other than two "|" is left to `byValue`. */
  #addShapeTriple(value: string, row: Row): void {
    const parts = value.split('|');
    if (parts.length !== 3) return;
    let byMiddle = this.#shapeTriples.get(parts[0]);
    if (!byMiddle) this.#shapeTriples.set(parts[0], byMiddle = new Map());
    let byNext = byMiddle.get(parts[1]);
    if (!byNext) byMiddle.set(parts[1], byNext = new Map());
    byNext.set(parts[2], row);
  }

  /** The `punctClass` of a token's punctuation, remembered for the few strings punctuation takes. */
  punct(p: string): string {
    let c = this.#punct.get(p);
    if (c === undefined) {
      c = punctClass(p);
      if (this.#punct.size < 4096) this.#punct.set(p, c);
    }
    return c;
  }

  #addTo(target: Float32Array, at: number, feature: string): void {
    const row = this.rows.get(feature);
    if (row) for (let c = 0; c < NL; c++) target[at + c] += row[c];
  }

  #makeForm(lower: string, shape: string, cls: string, lex: string): Form {
    const v = new Float32Array(FORM_SIZE);
    const self = ['w=' + lower, 's=' + shape, 'p3=' + lower.slice(0, 3), 'x3=' + lower.slice(-3), 'x2=' + lower.slice(-2),
      'c=' + cls, 'l=' + lex, 'ls=' + lex + '|' + shape, 'cs=' + cls + '|' + shape];
    for (const f of self) this.#addTo(v, SELF, f);
    this.#addTo(v, FIRST, 'first=' + shape);
    for (const f of ['w-1=' + lower, 's-1=' + shape, 'l-1=' + lex, 'c-1=' + cls]) this.#addTo(v, AS_PREV1, f);
    for (const f of ['w+1=' + lower, 's+1=' + shape, 'l+1=' + lex, 'c+1=' + cls]) this.#addTo(v, AS_NEXT1, f);
    this.#addTo(v, AS_PREV2, 'w-2=' + lower);
    for (const f of ['w+2=' + lower, 'c+2=' + cls]) this.#addTo(v, AS_NEXT2, f);
    for (let p = 0; p < NL; p++) {
      this.#addTo(v, BY_LABEL + p * NL, 'L1w=' + LABELS[p] + '|' + lower);
      this.#addTo(v, BY_LABEL + p * NL, 'L1s=' + LABELS[p] + '|' + shape);
    }
    return {
      lower, shape, lex, hasBar: lower.includes('|') || shape.includes('|'), vector: v,
      wwAsPrev: this.#pairs.get('ww-1')?.get(lower),
      wwAsSelf: this.#pairs.get('ww+1')?.get(lower),
      wsAsSelf: this.#pairs.get('ws+1')?.get(lower),
      swAsPrev: this.#pairs.get('sw-1')?.get(shape),
    };
  }
}

/** Offsets into `Form.vector`, for the scorer. */
export const FORM_OFFSETS = { SELF, FIRST, AS_PREV1, AS_NEXT1, AS_PREV2, AS_NEXT2, BY_LABEL } as const;
