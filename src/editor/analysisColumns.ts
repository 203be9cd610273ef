/**
 * Flat items (objects whose every value is a number, a string, null, or a flat object or a list of them: mentions,
 * theme evidence, quotations with their cue, paragraphs with their sentences) sent between threads as columns instead
 * of JSON: per item the index of its shape (its keys in order, which hold numbers, strings, null, objects or lists, and
 * the shapes of those objects), its numbers in an
 * `Int32Array` (a `Float64Array` when one is not a 32-bit integer) and its strings as indices into a string table that
 * grows with each piece of one analysis.
 * The receiving thread then makes one object per item and no string at all for the ones it has seen (a mention's
 * type, entity id, reason and text repeat across the article), where `JSON.parse` makes a new string for every
 * value: a 3 MB article's analysis (~42,000 mentions, ~100,000 pieces of evidence) takes ~30% less heap once read.
 */
export interface Columns {
  readonly count: number;
  /**
   * Shapes first used in this piece, appended to the table in order: keys in order, per key 'n' (number), 's'
   * (string), 'z' (null), 'o' (an object) or 'a' (a list of objects: its length, then each one's shape and values,
   * among the numbers), and the shape of each object in key order (one appended before).
   */
  readonly newShapes: readonly { readonly keys: readonly string[]; readonly kinds: string; readonly nested?: readonly number[] }[];
  /** Strings first used in this piece, appended to the table in order. */
  readonly newStrings: readonly string[];
  /** Per item, its shape's index in the table. */
  readonly shapes: Uint16Array;
  /** Every item's numbers, item after item, in its shape's key order (an object's where it stands): 32-bit integers when all are (offsets, indices). */
  readonly numbers: Int32Array | Float64Array;
  /** Every item's strings as indices into the table, item after item, in the same order. */
  readonly strings: Uint32Array;
}

const MAX_SHAPES = 0xffff;
/** Objects inside an item (a quotation's cue, a paragraph's sentences) go as columns this many levels deep. */
const MAX_DEPTH = 1;

/** The sending side of one analysis: its tables of shapes and strings grow with each piece it encodes. */
export class ColumnEncoder {
  readonly #shapes = new Map<string, number>();
  readonly #strings = new Map<string, number>();

  /**
   * `items` as columns, or undefined when one is not flat (a value that is neither a number nor a string): the
   * caller sends those as JSON. The tables are left as they were when it gives up.
   */
  encode(items: readonly object[]): Columns | undefined {
    const newShapes: Columns['newShapes'][number][] = [];
    const newStrings: string[] = [];
    const shapes = new Uint16Array(items.length);
    const numbers: number[] = [];
    const strings: number[] = [];
    const addedShapes: string[] = [];
    const addedStrings: string[] = [];
    const undo = (): undefined => {
      for (const s of addedShapes) this.#shapes.delete(s);
      for (const s of addedStrings) this.#strings.delete(s);
      return undefined;
    };
    /** The shape of `item`, its values pushed; undefined when it is not flat. */
    const shapeOf = (item: Record<string, unknown>, depth: number): number | undefined => {
      const keys = Object.keys(item);
      let kinds = '';
      const nested: number[] = [];
      for (const k of keys) {
        const v = item[k];
        if (typeof v === 'number') {
          kinds += 'n';
          numbers.push(v);
        } else if (typeof v === 'string') {
          kinds += 's';
          let at = this.#strings.get(v);
          if (at === undefined) {
            this.#strings.set(v, (at = this.#strings.size));
            addedStrings.push(v);
            newStrings.push(v);
          }
          strings.push(at);
        } else if (v === null) kinds += 'z';
        else if (Array.isArray(v) && depth < MAX_DEPTH) {
          kinds += 'a';
          numbers.push(v.length);
          for (const element of v) {
            if (typeof element !== 'object' || element === null || Array.isArray(element)) return undefined;
            // Its shape goes before its values.
            const at = numbers.push(0) - 1;
            const shape = shapeOf(element as Record<string, unknown>, depth + 1);
            if (shape === undefined) return undefined;
            numbers[at] = shape;
          }
        } else if (typeof v === 'object' && !Array.isArray(v) && depth < MAX_DEPTH) {
          const shape = shapeOf(v as Record<string, unknown>, depth + 1);
          if (shape === undefined) return undefined;
          kinds += 'o';
          nested.push(shape);
        } else return undefined;
      }
      // The analysis's keys are names, never holding a NUL character.
      const id = `${keys.join('\0')}\0${kinds}\0${nested.join(',')}`;
      let shape = this.#shapes.get(id);
      if (shape === undefined) {
        if (this.#shapes.size >= MAX_SHAPES) return undefined;
        this.#shapes.set(id, (shape = this.#shapes.size));
        addedShapes.push(id);
        newShapes.push(nested.length ? { keys, kinds, nested } : { keys, kinds });
      }
      return shape;
    };
    for (let i = 0; i < items.length; i++) {
      const shape = shapeOf(items[i] as Record<string, unknown>, 0);
      if (shape === undefined) return undo();
      shapes[i] = shape;
    }
    return { count: items.length, newShapes, newStrings, shapes, numbers: numberArray(numbers), strings: Uint32Array.from(strings) };
  }
}

/** `numbers` as 32-bit integers when all are (offsets, indices), else as doubles. */
export function numberArray(numbers: readonly number[]): Int32Array | Float64Array {
  const isInt32 = numbers.every(v => (v | 0) === v && !Object.is(v, -0));
  return isInt32 ? Int32Array.from(numbers) : Float64Array.from(numbers);
}

/** Items made when asked for (`item(i)`, `0 <= i < count`); the caller never changes one (it may be given again). */
export interface ItemSource {
  readonly count: number;
  item(i: number): unknown;
  /**
   * Item `i`'s number `key` (its `start` or `end`) read without making the item, or undefined when this source
   * cannot (the item has no such number, or it stands after a list): a binary search over a large article's
   * mentions reads offsets only.
   */
  offset?(i: number, key: OffsetKey): number | undefined;
}

/** The numbers of an item a binary search over offsets reads. */
export type OffsetKey = 'start' | 'end';

interface Shape {
  readonly keys: readonly string[];
  readonly kinds: string;
  readonly template: object;
  /** The shapes of its objects, in key order. */
  readonly nested: readonly Shape[];
  /** How many of its values are numbers, and how many strings (its objects' included, its lists' not). */
  readonly numberCount: number;
  readonly stringCount: number;
  /** Whether it holds a list, whose values the numbers say how many. */
  readonly hasLists: boolean;
  /** Where its `start` and `end` stand among its numbers, or -1 (none, or after a list). */
  readonly startAt: number;
  readonly endAt: number;
}

/** Where an item's values start among the numbers and strings. */
interface Cursor {
  n: number;
  s: number;
}

/** The receiving side of one analysis: decodes its pieces in the order they were encoded. */
export class ColumnDecoder {
  readonly #shapes: Shape[] = [];
  readonly #strings: string[] = [];

  /** The items of `columns`, equal to those encoded (same keys in the same order, same values). */
  decode(columns: Columns): object[] {
    const source = this.source(columns);
    return Array.from({ length: source.count }, (_, i) => source.item(i) as object);
  }

  /**
   * The items of `columns` as `decode` gives them, each made only when asked for: a large article's theme evidence
   * (~290,000 items at 10 MB) then costs the extension host no object until a reader looks at one. Checked now as
   * `decode` checks it.
   */
  source(columns: Columns): ItemSource {
    this.#take(columns);
    const { count, numbers, strings } = columns;
    // Typed arrays, outside the garbage collector's heap: no array of a pointer per item (~480,000 at 10 MB).
    const numberAt = new Int32Array(count);
    const stringAt = new Int32Array(count);
    const at: Cursor = { n: 0, s: 0 };
    for (let i = 0; i < count; i++) {
      const shape = this.#shapeOf(columns, i);
      numberAt[i] = at.n;
      stringAt[i] = at.s;
      if (shape.hasLists) this.#skip(shape, numbers, at);
      else {
        at.n += shape.numberCount;
        at.s += shape.stringCount;
      }
    }
    if (at.n !== numbers.length || at.s !== strings.length) throw new Error('an analysis piece holds values its shapes do not account for');
    return {
      count,
      item: i => this.#make(this.#shapeOf(columns, i), numbers, strings, { n: numberAt[i], s: stringAt[i] }),
      offset: (i, key) => {
        const shape = this.#shapeOf(columns, i);
        const at = key === 'start' ? shape.startAt : shape.endAt;
        return at < 0 ? undefined : numbers[numberAt[i] + at];
      },
    };
  }

  /** Adds the piece's new shapes and strings to the tables, and checks its strings are in them. */
  #take(columns: Columns): void {
    for (const { keys, kinds, nested: at = [] } of columns.newShapes) {
      const nested = at.map(i => {
        const shape = this.#shapes[i];
        if (!shape) throw new Error('an analysis piece uses a shape this side was not given');
        return shape;
      });
      if (nested.length !== kinds.split('o').length - 1) throw new Error('an analysis piece holds a shape whose objects have no shape');
      const template: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) template[keys[k]] = kinds[k] === 'n' ? 0 : kinds[k] === 's' ? '' : null;
      const own = (kind: string) => kinds.split('').filter(k => k === kind).length;
      if (nested.some(sub => sub.hasLists)) throw new Error('an analysis piece holds a list inside an object');
      this.#shapes.push({
        keys, kinds, template, nested,
        numberCount: own('n') + nested.reduce((n, sub) => n + sub.numberCount, 0),
        stringCount: own('s') + nested.reduce((n, sub) => n + sub.stringCount, 0),
        hasLists: own('a') > 0,
        startAt: numberIndex(keys, kinds, nested, 'start'),
        endAt: numberIndex(keys, kinds, nested, 'end'),
      });
    }
    for (const s of columns.newStrings) this.#strings.push(s);
    const { strings } = columns;
    const size = this.#strings.length;
    for (let i = 0; i < strings.length; i++) {
      if (strings[i] >= size) throw new Error('an analysis piece uses a string this side was not given');
    }
  }

  #shapeOf(columns: Columns, i: number): Shape {
    const shape = this.#shapes[columns.shapes[i]];
    if (!shape) throw new Error('an analysis piece uses a shape this side was not given');
    return shape;
  }

  /** The shape of a list's element at `n`: one without lists. */
  #elementShape(numbers: Int32Array | Float64Array, n: number): Shape {
    const shape = this.#shapes[numbers[n]];
    if (!shape || shape.hasLists) throw new Error('an analysis piece holds a list element of a shape this side was not given');
    return shape;
  }

  /** Moves `at` past the values of an item of `shape` (one with lists, whose lengths the numbers hold). */
  #skip(shape: Shape, numbers: Int32Array | Float64Array, at: Cursor): void {
    const { kinds, nested } = shape;
    let o = 0;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds.charCodeAt(k);
      if (kind === 110 /* n */) at.n++;
      else if (kind === 115 /* s */) at.s++;
      else if (kind === 111 /* o */) {
        at.n += nested[o].numberCount;
        at.s += nested[o++].stringCount;
      } else if (kind === 97 /* a */) {
        const length = numbers[at.n++];
        if (!(length >= 0 && at.n + length <= numbers.length)) throw new Error('an analysis piece holds a list longer than its numbers');
        for (let e = 0; e < length; e++) {
          const element = this.#elementShape(numbers, at.n++);
          at.n += element.numberCount;
          at.s += element.stringCount;
        }
      }
    }
  }

  /** The item of `shape` whose values start at `at` (moved past them). */
  #make(shape: Shape, numbers: Int32Array | Float64Array, strings: Uint32Array, at: Cursor): object {
    const { keys, kinds, template, nested } = shape;
    const table = this.#strings;
    // A copy of the shape's template has all its keys in place: filling them in allocates nothing more.
    const item: Record<string, unknown> = { ...template };
    let o = 0;
    for (let k = 0; k < keys.length; k++) {
      const kind = kinds.charCodeAt(k);
      if (kind === 110 /* n */) item[keys[k]] = numbers[at.n++];
      else if (kind === 115 /* s */) item[keys[k]] = table[strings[at.s++]];
      else if (kind === 111 /* o */) item[keys[k]] = this.#make(nested[o++], numbers, strings, at);
      else if (kind === 97 /* a */) {
        const list = new Array<object>(numbers[at.n++]);
        for (let e = 0; e < list.length; e++) list[e] = this.#make(this.#elementShape(numbers, at.n++), numbers, strings, at);
        item[keys[k]] = list;
      }
    }
    return item;
  }
}

/** Where the number `key` of an item of this shape stands among its numbers, or -1 (no such number, or after a list). */
function numberIndex(keys: readonly string[], kinds: string, nested: readonly Shape[], key: string): number {
  let n = 0;
  let o = 0;
  for (let k = 0; k < keys.length; k++) {
    const kind = kinds[k];
    if (keys[k] === key) return kind === 'n' ? n : -1;
    if (kind === 'n') n++;
    else if (kind === 'o') n += nested[o++].numberCount;
    else if (kind === 'a') return -1;
  }
  return -1;
}
