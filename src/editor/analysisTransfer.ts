import type { Analysis, Mention, Theme } from '../core/model';
import { ColumnDecoder, ColumnEncoder, numberArray, type Columns } from './analysisColumns';
import { indicesOf, jsonSource, LazyAssembly, lazyIndexed, lazyItems, movedIndices } from './lazyArray';
import { sharedRuns, type Shift } from './analysisDelta';
import { deltaEncoders, indexedJson, isScoresDelta, receivedScores, themeJson, type ItemEncoder, type MentionMove } from './itemDelta';

/**
 * An `Analysis` sent between threads in pieces, so that the receiving thread never reads a large analysis in one
 * go (a structured clone of a 1 MB article's analysis takes ~0.3-1 s to read back). Every array goes as JSON
 * chunks of about `CHUNK_CHARS`, a theme's evidence in chunks of its own (a 10 MB article's themes have tens of
 * thousands of words of evidence). What refers to mentions (entities, countries) sends their indices into
 * `mentions`, and the receiver puts the mentions back, so it gets the same object in every place, as the core
 * gives it. No piece needs a JSON reviver: parsing stays at the speed of plain `JSON.parse`.
 * Given the analysis the receiver already has (`base`, an earlier version's), the mentions, quotes, paragraphs and
 * theme evidence it shares (before and after an edit, see analysisDelta.ts) go as `keep` pieces instead: the runs of
 * the base's items before the edit and after it, moved by the edit. The receiver reads them from the base when asked
 * for (lazyArray.ts), and never changes the base.
 * Mentions, quotations, paragraphs and theme evidence, the bulk of a large article's analysis, go as columns (analysisColumns.ts)
 * in `COLUMN_CHUNK` items at most, and stay columns on the receiving side until a reader asks for an item
 * (lazyArray.ts: at 10 MB, ~160,000 mentions and ~290,000 pieces of evidence, two thirds of the analysis's objects,
 * and ~30,000 quotations, a third of its bytes); an entity's or a country's mentions read the same objects through
 * their indices (numbers beside the JSON of the entities and countries, as the themes' scores per paragraph are:
 * itemDelta.ts). An item that does not fit columns goes as JSON, parsed a piece at a time when first read.
 */
export type AnalysisPiece =
  | { readonly part: ArrayPart; readonly json: string; readonly count: number; readonly numbers?: Numbers; readonly move?: MentionMove }
  | { readonly part: ArrayPart; readonly columns: Columns }
  | { readonly part: 'evidence'; readonly theme: number; readonly json: string; readonly count: number }
  | { readonly part: 'evidence'; readonly theme: number; readonly columns: Columns }
  | { readonly part: 'keep'; readonly of: SpanPart; readonly theme?: number; readonly baseTheme?: number; readonly from: number; readonly to: number; readonly shift: Shift }
  | { readonly part: 'rest'; readonly json: string };

type SpanPart = 'mentions' | 'quotes' | 'paragraphs' | 'evidence';

type ArrayPart = 'mentions' | 'entities' | 'countries' | 'themes' | 'quotes' | 'paragraphs';
const ARRAY_PARTS: readonly ArrayPart[] = ['mentions', 'entities', 'countries', 'themes', 'quotes', 'paragraphs'];
/** About 1 ms of `JSON.parse` on an idle machine. */
const CHUNK_CHARS = 64 * 1024;
/** Items per piece sent as columns: well under 1 ms of reading on an idle machine. */
const COLUMN_CHUNK = 1024;
/** What goes as columns. */
const COLUMN_PARTS: ReadonlySet<ArrayPart | 'evidence'> = new Set(['mentions', 'quotes', 'paragraphs', 'evidence']);

/** A chunk of items as the receiver gets it: JSON (with the numbers its items' JSON counts, see itemDelta.ts), or columns. */
type Payload = { readonly json: string; readonly count: number; readonly numbers?: Numbers } | { readonly columns: Columns };
type Numbers = Int32Array | Float64Array;
type Encoder = (item: unknown, numbers: number[]) => string;

/**
 * Cuts `analysis` into pieces (sender side); `AnalysisReceiver` puts them back together. With `base`, the analysis
 * the receiver has (given to its receiver too), what the two share is sent as references to it.
 */
export function* analysisPieces(analysis: Analysis, base?: Analysis): Generator<AnalysisPiece> {
  const index = new Map<Mention, number>(analysis.mentions.map((m, i) => [m, i]));
  const withIndices = (item: { readonly mentions: readonly Mention[] }, numbers: number[]) => indexedJson(item, index, numbers);
  const json = (item: unknown) => JSON.stringify(item);
  const encode: Record<ArrayPart, ItemEncoder> = {
    mentions: json, quotes: json, paragraphs: json,
    entities: withIndices, countries: withIndices,
    // Evidence follows in pieces of its own.
    themes: (theme: Theme, numbers: number[]) => themeJson(theme, numbers),
  };
  const arrays: Record<ArrayPart, readonly unknown[]> = {
    mentions: analysis.mentions, entities: analysis.entities, countries: analysis.countries,
    themes: analysis.themes, quotes: analysis.quotes, paragraphs: analysis.article.paragraphs,
  };
  const baseArrays: Partial<Record<ArrayPart, readonly unknown[]>> = base
    ? { mentions: base.mentions, quotes: base.quotes, paragraphs: base.article.paragraphs } : {};
  const shift: Shift = base
    ? { ds: analysis.textLength - base.textLength, dp: analysis.article.paragraphs.length - base.article.paragraphs.length } : { ds: 0, dp: 0 };
  // After an edit, entities, countries and themes the edit left alone go as references to the earlier ones (itemDelta.ts).
  const mentionRuns = base && sharedRuns(analysis.mentions, base.mentions, shift);
  const move: MentionMove | undefined = base && mentionRuns
    && { ...mentionRuns, baseLength: base.mentions.length, length: analysis.mentions.length };
  if (base && move) Object.assign(encode, deltaEncoders(analysis, base, index, move, shift));
  const columns = new ColumnEncoder();
  const payloads = (part: ArrayPart | 'evidence', items: readonly unknown[]): Iterable<Payload> =>
    COLUMN_PARTS.has(part) ? columnChunks(items, columns) : jsonChunks(items, part === 'evidence' ? json : encode[part] as Encoder);
  for (const part of ARRAY_PARTS) {
    const before = baseArrays[part];
    const encoded = (items: readonly unknown[]) => payloads(part, items);
    if (before) yield* sharing(part as SpanPart, arrays[part], before, shift, encoded, {}, part === 'mentions' ? mentionRuns : undefined);
    else for (const payload of encoded(arrays[part])) yield { part, ...payload, ...(move && !COLUMN_PARTS.has(part) ? { move } : {}) };
  }
  for (const [theme, t] of analysis.themes.entries()) {
    const baseTheme = base ? base.themes.findIndex(b => b.code === t.code) : -1;
    const encoded = (items: readonly unknown[]) => payloads('evidence', items);
    if (base && baseTheme >= 0) {
      yield* sharing('evidence', t.evidence, base.themes[baseTheme].evidence, shift, encoded, { theme, baseTheme });
    } else {
      for (const payload of encoded(t.evidence)) yield { part: 'evidence', theme, ...payload };
    }
  }
  const { mentions: _m, entities: _e, countries: _c, themes: _t, quotes: _q, article, ...rest } = analysis;
  const { paragraphs: _p, ...articleRest } = article;
  yield { part: 'rest', json: JSON.stringify({ keys: Object.keys(analysis), articleKeys: Object.keys(article), rest, article: articleRest }) };
}

/** The pieces of `items`: what they share with `before` as `keep` pieces, the rest as JSON. */
function* sharing(
  of: SpanPart, items: readonly unknown[], before: readonly unknown[], shift: Shift,
  encoded: (items: readonly unknown[]) => Iterable<Payload>, theme: { theme?: number; baseTheme?: number },
  runs = sharedRuns(items, before, shift),
): Generator<AnalysisPiece> {
  const { prefix, suffix } = runs;
  // A run kept costs the receiver the same whatever its length (lazyArray.ts): one piece each.
  const keep = function* (from: number, to: number, by: Shift): Generator<AnalysisPiece> {
    if (to > from) yield { part: 'keep', of, ...theme, from, to, shift: by };
  };
  yield* keep(0, prefix, { ds: 0, dp: 0 });
  for (const payload of encoded(items.slice(prefix, items.length - suffix))) {
    yield of === 'evidence' ? { part: 'evidence', theme: theme.theme as number, ...payload } : { part: of, ...payload };
  }
  yield* keep(before.length - suffix, before.length, shift);
}

/** `items` as columns of `COLUMN_CHUNK` items each; a chunk holding an item that is not flat goes as JSON. */
function* columnChunks(items: readonly unknown[], encoder: ColumnEncoder): Generator<Payload> {
  for (let at = 0; at < items.length; at += COLUMN_CHUNK) {
    const chunk = items.slice(at, at + COLUMN_CHUNK) as object[];
    const columns = encoder.encode(chunk);
    if (columns) yield { columns };
    else yield* jsonChunks(chunk, item => JSON.stringify(item));
  }
}

/** `items` as JSON arrays of about `CHUNK_CHARS` each (a number beside them counted as a character). */
function* jsonChunks(items: readonly unknown[], encode: Encoder): Generator<Payload> {
  let chunk: string[] = [];
  let numbers: number[] = [];
  let size = 0;
  const payload = (): Payload => ({ json: `[${chunk.join(',')}]`, count: chunk.length, ...(numbers.length ? { numbers: numberArray(numbers) } : {}) });
  for (const item of items) {
    const json = encode(item, numbers);
    chunk.push(json);
    size += json.length;
    if (size + numbers.length >= CHUNK_CHARS) {
      yield payload();
      chunk = [];
      numbers = [];
      size = 0;
    }
  }
  if (chunk.length) yield payload();
}

/** Collects pieces (receiver side, one piece per message, so each parse is a short task of its own). */
export class AnalysisReceiver {
  readonly #arrays: Record<ArrayPart, unknown[]> = { mentions: [], entities: [], countries: [], themes: [], quotes: [], paragraphs: [] };
  readonly #base: Analysis | undefined;
  readonly #columns = new ColumnDecoder();
  /** The array whose pieces are arriving (mentions, quotes, paragraphs or one theme's evidence), and where it goes. */
  #open: { readonly key: string; readonly assembly: LazyAssembly; readonly done: (items: unknown[]) => void } | undefined;

  /**
   * `base`: the analysis the sender was told this side has (what `keep` pieces refer to). The new analysis reads what
   * it shares with it from it (lazyArray.ts): `base` stays as it is.
   */
  constructor(base?: Analysis) {
    this.#base = base;
  }

  /** Adds a piece; returns the whole analysis once the last piece ('rest') has arrived. */
  add(piece: AnalysisPiece): Analysis | undefined {
    if (piece.part === 'keep') {
      const base = this.#base;
      if (!base) throw new Error('an analysis piece refers to an earlier analysis this side does not have');
      const from = piece.of === 'evidence' ? base.themes[piece.baseTheme as number].evidence
        : piece.of === 'paragraphs' ? base.article.paragraphs : base[piece.of];
      const assembly = piece.of === 'evidence' ? this.#evidence(piece.theme as number) : this.#lazy(piece.of);
      assembly.keep(from, piece.from, piece.to, piece.shift);
      return undefined;
    }
    if (piece.part === 'evidence' || piece.part === 'mentions' || piece.part === 'quotes' || piece.part === 'paragraphs') {
      const lazy = piece.part === 'evidence' ? this.#evidence(piece.theme) : this.#lazy(piece.part);
      lazy.addSource('columns' in piece ? this.#columns.source(piece.columns) : jsonSource(piece.json, piece.count));
      return undefined;
    }
    this.#finishOpen();
    if (piece.part !== 'rest') {
      const into = this.#arrays[piece.part];
      const numbers = 'numbers' in piece ? piece.numbers : undefined;
      let at = 0;
      const take = (count: unknown): ArrayLike<number> => {
        if (typeof count !== 'number' || !numbers || at + count > numbers.length) throw new Error('an analysis piece lacks the numbers its items count');
        return numbers.subarray(at, (at += count));
      };
      for (const item of this.#items(piece)) into.push(this.#item(piece.part, item, 'move' in piece ? piece.move : undefined, take));
      if (at !== (numbers?.length ?? 0)) throw new Error('an analysis piece holds numbers its items do not count');
      return undefined;
    }
    const { keys, articleKeys, rest, article } = JSON.parse(piece.json) as {
      keys: string[]; articleKeys: string[]; rest: Record<string, unknown>; article: Record<string, unknown>;
    };
    const arrays = this.#arrays as Record<string, unknown[]>;
    const whole: Record<string, unknown> = {};
    const articleWhole: Record<string, unknown> = {};
    for (const k of articleKeys) articleWhole[k] = k === 'paragraphs' ? arrays.paragraphs : article[k];
    for (const k of keys) whole[k] = k === 'article' ? articleWhole : k in arrays && k !== 'paragraphs' ? arrays[k] : rest[k];
    return whole as unknown as Analysis;
  }

  /**
   * An entity, country or theme as received: a number is the earlier analysis's item (itemDelta.ts), with its
   * mentions moved by `move`; an entity's or a country's mentions are read from this analysis's through their indices,
   * which `take` gives (as a theme's scores per paragraph) from the numbers beside the JSON.
   */
  #item(part: ArrayPart, item: unknown, move: MentionMove | undefined, take: (count: unknown) => ArrayLike<number>): unknown {
    if (part !== 'entities' && part !== 'countries' && part !== 'themes') return item;
    const base = this.#base;
    if (typeof item === 'number' || Array.isArray(item)) {
      const [at, changes, from] = typeof item === 'number' ? [item, {}, -1] : item as [number, object, number];
      const was = base?.[part][at] as Record<string, unknown> | undefined;
      if (!was || !move) throw new Error('an analysis piece refers to an earlier analysis this side does not have');
      if (part === 'themes') return { ...was, evidence: [] };
      const indices = indicesOf(was.mentions as readonly unknown[]);
      if (!indices || !(from >= 0 && from <= indices.base.length)) throw new Error('an analysis piece refers to mentions this side did not receive');
      const moved = movedIndices(indices, from, move.length - move.baseLength);
      return { ...was, ...changes, mentions: lazyIndexed(this.#arrays.mentions, moved) };
    }
    const fields = item as Record<string, unknown>;
    if (part === 'themes') {
      if (isScoresDelta(fields.paragraphScores)) {
        if (!base) throw new Error('an analysis piece refers to an earlier analysis this side does not have');
        fields.paragraphScores = receivedScores(fields.paragraphScores, base.themes);
      } else fields.paragraphScores = lazyItems(take(fields.paragraphScores));
    } else fields.mentions = lazyIndexed(this.#arrays.mentions, { base: take(fields.mentions), steps: [] });
    return fields;
  }

  /** The mentions, quotations or paragraphs, each made when a reader first asks for it (lazyArray.ts). */
  #lazy(part: SpanPart & ArrayPart): LazyAssembly {
    return this.#opened(part, () => new LazyAssembly(), this.#into(part));
  }

  #into(part: SpanPart & ArrayPart): (items: unknown[]) => void {
    return items => {
      const had = this.#arrays[part];
      this.#arrays[part] = had.length ? had.concat(items) : items;
    };
  }

  /** A theme's evidence, its items made when a reader first asks for them (lazyArray.ts). */
  #evidence(theme: number): LazyAssembly {
    return this.#opened(`evidence ${theme}`, () => new LazyAssembly(), items => {
      const t = this.#arrays.themes[theme] as { evidence: unknown[] };
      t.evidence = t.evidence.length ? t.evidence.concat(items) : items;
    });
  }

  /** The assembly of the array `key` (made by `make`), begun now when the pieces of another array were arriving. */
  #opened(key: string, make: () => LazyAssembly, done: (items: unknown[]) => void): LazyAssembly {
    if (this.#open?.key !== key) {
      this.#finishOpen();
      this.#open = { key, done, assembly: make() };
    }
    return this.#open.assembly;
  }

  #finishOpen(): void {
    const open = this.#open;
    this.#open = undefined;
    open?.done(open.assembly.finish());
  }

  #items(payload: Payload): unknown[] {
    return 'columns' in payload ? this.#columns.decode(payload.columns) : JSON.parse(payload.json) as unknown[];
  }
}
