import type { Analysis, Mention, Theme } from '../core/model';

/**
 * An `Analysis` sent between threads in pieces, so that the receiving thread never reads a large analysis in one
 * go (a structured clone of a 1 MB article's analysis takes ~0.3-1 s to read back). Every array goes as JSON
 * chunks of about `CHUNK_CHARS`, a theme's evidence in chunks of its own (a 10 MB article's themes have tens of
 * thousands of words of evidence). What refers to mentions (entities, countries) sends their indices into
 * `mentions`, and the receiver puts the mentions back, so it gets the same object in every place, as the core
 * gives it. No piece needs a JSON reviver: parsing stays at the speed of plain `JSON.parse`.
 */
export type AnalysisPiece =
  | { readonly part: ArrayPart; readonly json: string }
  | { readonly part: 'evidence'; readonly theme: number; readonly json: string }
  | { readonly part: 'rest'; readonly json: string };

type ArrayPart = 'mentions' | 'entities' | 'countries' | 'themes' | 'quotes' | 'paragraphs';
const ARRAY_PARTS: readonly ArrayPart[] = ['mentions', 'entities', 'countries', 'themes', 'quotes', 'paragraphs'];
/** About 1 ms of `JSON.parse` on an idle machine. */
const CHUNK_CHARS = 64 * 1024;

/** Cuts `analysis` into pieces (sender side); `AnalysisReceiver` puts them back together. */
export function* analysisPieces(analysis: Analysis): Generator<AnalysisPiece> {
  const index = new Map<Mention, number>(analysis.mentions.map((m, i) => [m, i]));
  const withIndices = (item: { readonly mentions: readonly Mention[] }) =>
    JSON.stringify({ ...item, mentions: item.mentions.map(m => index.get(m) ?? -1) });
  const encode: Record<ArrayPart, (item: never) => string> = {
    mentions: JSON.stringify, quotes: JSON.stringify, paragraphs: JSON.stringify,
    entities: withIndices, countries: withIndices,
    // Evidence follows in pieces of its own.
    themes: (theme: Theme) => JSON.stringify({ ...theme, evidence: [] }),
  };
  const arrays: Record<ArrayPart, readonly unknown[]> = {
    mentions: analysis.mentions, entities: analysis.entities, countries: analysis.countries,
    themes: analysis.themes, quotes: analysis.quotes, paragraphs: analysis.article.paragraphs,
  };
  for (const part of ARRAY_PARTS) {
    for (const json of chunks(arrays[part], encode[part] as (item: unknown) => string)) yield { part, json };
  }
  for (const [theme, t] of analysis.themes.entries()) {
    for (const json of chunks(t.evidence, JSON.stringify)) yield { part: 'evidence', theme, json };
  }
  const { mentions: _m, entities: _e, countries: _c, themes: _t, quotes: _q, article, ...rest } = analysis;
  const { paragraphs: _p, ...articleRest } = article;
  yield { part: 'rest', json: JSON.stringify({ keys: Object.keys(analysis), articleKeys: Object.keys(article), rest, article: articleRest }) };
}

/** `items` as JSON arrays of about `CHUNK_CHARS` each. */
function* chunks<T>(items: readonly T[], encode: (item: T) => string): Generator<string> {
  let chunk: string[] = [];
  let size = 0;
  for (const item of items) {
    const json = encode(item);
    chunk.push(json);
    size += json.length;
    if (size >= CHUNK_CHARS) {
      yield `[${chunk.join(',')}]`;
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length) yield `[${chunk.join(',')}]`;
}

/** Collects pieces (receiver side, one piece per message, so each parse is a short task of its own). */
export class AnalysisReceiver {
  readonly #arrays: Record<ArrayPart, unknown[]> = { mentions: [], entities: [], countries: [], themes: [], quotes: [], paragraphs: [] };

  /** Adds a piece; returns the whole analysis once the last piece ('rest') has arrived. */
  add(piece: AnalysisPiece): Analysis | undefined {
    if (piece.part === 'evidence') {
      const evidence = (this.#arrays.themes[piece.theme] as { evidence: unknown[] }).evidence;
      for (const e of JSON.parse(piece.json) as unknown[]) evidence.push(e);
      return undefined;
    }
    if (piece.part !== 'rest') {
      const items = JSON.parse(piece.json) as unknown[];
      if (piece.part === 'entities' || piece.part === 'countries') {
        const mentions = this.#arrays.mentions;
        for (const item of items as { mentions: unknown[] }[]) item.mentions = item.mentions.map(i => mentions[i as number]);
      }
      const into = this.#arrays[piece.part];
      for (const item of items) into.push(item);
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
}
