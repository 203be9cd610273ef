/**
 * Values remembered by a text (a paragraph's, a sentence's), in two generations, as the analyzer keeps its unit
 * results: `age` between analyses starts a new generation once the current one holds more than its limit (or than
 * the texts of the analysis about to run), and what the last analysis used survives one more round. So a cache
 * never grows without bound, and never drops what the text being analysed still uses.
 */
export class TextCache<V> {
  readonly #limit: number;
  #current = new Map<string, V>();
  #previous = new Map<string, V>();

  /** Keeps at least `limit` texts. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Called before an analysis of `texts` texts (paragraphs, sentences): starts a new generation when due. */
  age(texts: number): void {
    if (this.#current.size <= Math.max(this.#limit, texts)) return;
    this.#previous = this.#current;
    this.#current = new Map();
  }

  /**
   * The value for `key`, computed by `make` unless a value is remembered; kept in the current generation. A key is
   * stored `detached`, so that the cache never holds on to the whole text the key was cut from.
   */
  get(key: string, make: () => V): V {
    let v = this.#current.get(key);
    if (v === undefined) {
      v = this.#previous.get(key) ?? make();
      this.#current.set(detached(key), v);
    }
    return v;
  }
}

/**
 * A copy of `s` that shares no memory with the string it was cut from. `text.slice(a, b)` is a view into `text`
 * in V8: a cache keyed by such slices would keep every version of a large article alive, one per edit.
 * (A slice of a new concatenation: the concatenation is made flat first, and the view is into that copy.)
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}
