import { partitionPoint } from '../core/text/search';
import type { ItemSource, OffsetKey } from './analysisColumns';
import { shifted, type Shift } from './analysisDelta';

const STILL: Shift = { ds: 0, dp: 0 };

/** Items `from` to `to` of `source`, moved by `shift`, standing at `at` in the whole array. */
interface Run {
  readonly source: ItemSource;
  readonly from: number;
  readonly to: number;
  readonly shift: Shift;
  readonly at: number;
}

/** The runs behind each lazy array this module made, so that a later one can refer to them. */
const runsOf = new WeakMap<object, readonly Run[]>();
/** Each lazy array's runs and the items made so far (undefined where none was), for `offsetIn`. */
const lazyOf = new WeakMap<object, { readonly runs: readonly Run[]; readonly made: readonly unknown[] }>();

/**
 * One array of an analysis (its mentions, paragraphs or a theme's evidence) put together on the receiving side without making its items: runs
 * of columns as they arrived (analysisColumns.ts `ColumnDecoder.source`) and, after an edit, runs of the earlier
 * array's, moved by the edit (analysisTransfer.ts `keep` pieces). The array it gives (`finish`) makes an item the
 * first time a reader asks for it, and keeps it: a reader of the visible part of a 10 MB article (a binary search
 * and a slice) makes a few hundred objects where the whole array has ~290,000. Same interface as `ArrayAssembly`;
 * it never changes the earlier array.
 */
export class LazyAssembly {
  readonly #runs: Run[] = [];
  #length = 0;

  /** Items `from` to `to` of the earlier array `base`, moved by `shift`. */
  keep(base: readonly unknown[], from: number, to: number, shift: Shift): void {
    const runs = runsOf.get(base);
    if (!runs) {
      this.#push({ source: plainSource(base), from, to, shift, at: 0 });
      return;
    }
    for (let r = runAt(runs, from); r < runs.length && runs[r].at < to; r++) {
      const run = runs[r];
      const first = Math.max(from, run.at);
      const last = Math.min(to, run.at + run.to - run.from);
      const moved = { ds: run.shift.ds + shift.ds, dp: run.shift.dp + shift.dp };
      this.#push({ source: run.source, from: run.from + first - run.at, to: run.from + last - run.at, shift: moved, at: 0 });
    }
  }

  /** New items, in order. */
  add(items: readonly unknown[]): void {
    this.#push({ source: plainSource(items), from: 0, to: items.length, shift: STILL, at: 0 });
  }

  /** New items made when asked for, in order. */
  addSource(source: ItemSource): void {
    this.#push({ source, from: 0, to: source.count, shift: STILL, at: 0 });
  }

  /** The whole array: read-only, its items made on first reading. */
  finish(): unknown[] {
    return lazyArray(this.#runs, this.#length);
  }

  #push(run: Run): void {
    if (run.to <= run.from) return;
    this.#runs.push({ ...run, at: this.#length });
    this.#length += run.to - run.from;
  }
}

/**
 * Indices into an array, as an entity's mentions hold them: `base[i]`, plus the `delta` of each step whose `from` is at
 * most `i`. An edit that adds or drops mentions moves the indices of an entity's mentions after it by the same
 * delta: a step instead of a new list (a country named throughout a 10 MB article has tens of thousands).
 */
export interface Indices {
  readonly base: ArrayLike<number>;
  readonly steps: readonly { readonly from: number; readonly delta: number }[];
}

/** Steps kept before they are folded into a new list (a read adds them up). */
const MAX_STEPS = 16;

function indexAt(indices: Indices, i: number): number {
  let j = indices.base[i];
  for (const step of indices.steps) if (i >= step.from) j += step.delta;
  return j;
}

/** `indices` with those from position `from` on moved by `delta`. */
export function movedIndices(indices: Indices, from: number, delta: number): Indices {
  if (delta === 0 || from >= indices.base.length) return indices;
  const steps = [...indices.steps, { from, delta }];
  if (steps.length <= MAX_STEPS) return { base: indices.base, steps };
  const base = new Int32Array(indices.base.length);
  for (let i = 0; i < base.length; i++) base[i] = indexAt({ base: indices.base, steps }, i);
  return { base, steps: [] };
}

/**
 * The items of `items` at `indices`, read when asked for: an entity's mentions are the objects `items` gives (the
 * same object in both places), and a large article's entities make none of them up front.
 */
export function lazyIndexed(items: readonly unknown[], indices: Indices): unknown[] {
  const assembly = new LazyAssembly();
  assembly.addSource({
    count: indices.base.length,
    item: i => items[indexAt(indices, i)],
    offset: (i, key) => offsetIn(items, indexAt(indices, i), key),
  });
  const array = assembly.finish();
  indexedBy.set(array, indices);
  return array;
}

const indexedBy = new WeakMap<object, Indices>();

/** The indices a `lazyIndexed` array was made with (an entity after an edit refers to its earlier mentions by them). */
export function indicesOf(array: readonly unknown[]): Indices | undefined {
  return indexedBy.get(array);
}

/** The `count` items of the JSON array `json`, read on the first reading of any of them (one parse per chunk). */
export function jsonSource(json: string, count: number): ItemSource {
  let items: object[] | undefined;
  return { count, item: i => (items ??= JSON.parse(json) as object[])[i] };
}

/** The items of `items`, read when asked for (numbers such as a theme's scores per paragraph). */
export function lazyItems(items: ArrayLike<unknown>): unknown[] {
  const assembly = new LazyAssembly();
  assembly.addSource(plainSource(items));
  return assembly.finish();
}

function plainSource(items: ArrayLike<unknown>): ItemSource {
  return { count: items.length, item: i => items[i], offset: (i, key) => offsetIn(items, i, key) };
}

/**
 * Item `i`'s `start` or `end` in `array` (a lazy array from this module or any other): a lazy array's item not yet
 * made is not made (nor copied to move it) when its source can read the number alone (columns, analysisColumns.ts).
 */
export function offsetIn(array: ArrayLike<unknown>, i: number, key: OffsetKey): number {
  const lazy = lazyOf.get(array);
  if (lazy && lazy.made[i] === undefined) {
    const run = lazy.runs[runAt(lazy.runs, i)];
    const value = run.source.offset?.(run.from + i - run.at, key);
    if (value !== undefined) return value + run.shift.ds;
  }
  return (array[i] as Record<OffsetKey, number>)[key];
}

/** `firstEndingAfter` (core/text/search.ts) reading ends with `offsetIn`: a lazy array's items stay unmade. */
export function firstEndingAfterIn(spans: ArrayLike<unknown>, offset: number): number {
  return partitionPoint(0, spans.length, i => offsetIn(spans, i, 'end') <= offset);
}

/** `firstStartingAt` (core/text/search.ts) reading starts with `offsetIn`. */
export function firstStartingAtIn(spans: ArrayLike<unknown>, offset: number): number {
  return partitionPoint(0, spans.length, i => offsetIn(spans, i, 'start') < offset);
}

/** The index of the run holding item `i`: the last whose `at` is at most `i`. */
function runAt(runs: readonly Run[], i: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].at <= i) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** `key` as an index below `length`, or -1 when it names no item ("length", "map", "01", a symbol). */
function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return -1;
  let i = 0;
  for (let k = 0; k < key.length; k++) {
    const d = key.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    i = i * 10 + d;
  }
  return i < length ? i : -1;
}

/**
 * An array (`Array.isArray` holds, every array method works) whose items are made from `runs` when first read and
 * kept; writing to it fails. Reading every key (`Object.keys`, a deep comparison) makes them all.
 */
function lazyArray(runs: readonly Run[], length: number): unknown[] {
  // Not `new Array(length)`, which allocates a slot per item (1.3 MB for 160,000 mentions) for every analysis received:
  // an array whose only item is its last keeps its items in a dictionary (V8), which grows with what is read.
  const made: unknown[] = [];
  if (length > 0) made[length - 1] = undefined;
  const itemAt = (i: number): unknown => {
    let item = made[i];
    if (item === undefined) {
      const run = runs[runAt(runs, i)];
      // A source's item may be the earlier array's own object: `shifted` copies it when it moves.
      item = made[i] = shifted(run.source.item(run.from + i - run.at), run.shift);
    }
    return item;
  };
  const array = new Proxy(made, {
    get(target, key, receiver) {
      const i = indexOf(key, length);
      return i >= 0 ? itemAt(i) : Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return indexOf(key, length) >= 0 || Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key, length);
      if (i >= 0) itemAt(i);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      for (let i = 0; i < length; i++) itemAt(i);
      return Reflect.ownKeys(target);
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
  runsOf.set(array, runs);
  lazyOf.set(array, { runs, made });
  return array;
}
