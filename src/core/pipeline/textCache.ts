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

  /** The value for `key`, computed by `make` unless a value is remembered; kept in the current generation. */
  get(key: string, make: () => V): V {
    let v = this.#current.get(key);
    if (v === undefined) {
      v = this.#previous.get(key) ?? make();
      this.#current.set(key, v);
    }
    return v;
  }
}
