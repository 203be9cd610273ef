import type { Analysis } from '../core/model';

/**
 * An `Analysis` sent between threads in pieces, so that the receiving thread never parses a large analysis in one
 * go (a structured clone of a 1 MB article's analysis takes ~0.3-1 s to read back). The big arrays go as JSON
 * chunks of about `CHUNK_CHARS`; a mention that other parts (entities, countries) share is sent once and referred
 * to by its index (`{"$m": i}`), so the receiver gets the same object in every place, as the core gives it.
 */
export type AnalysisPiece =
  | { readonly part: ArrayPart; readonly json: string }
  | { readonly part: 'rest'; readonly json: string };

type ArrayPart = 'mentions' | 'entities' | 'countries' | 'themes' | 'quotes' | 'paragraphs';
const ARRAY_PARTS: readonly ArrayPart[] = ['mentions', 'entities', 'countries', 'themes', 'quotes', 'paragraphs'];
const CHUNK_CHARS = 256 * 1024;

/** Cuts `analysis` into pieces (sender side); `receive` puts them back together. */
export function* analysisPieces(analysis: Analysis): Generator<AnalysisPiece> {
  const index = new Map<object, number>(analysis.mentions.map((m, i) => [m, i]));
  const refer = (key: string, value: unknown) =>
    typeof value === 'object' && value !== null && key !== '' && index.has(value) ? { $m: index.get(value) } : value;
  const arrays: Record<ArrayPart, readonly unknown[]> = {
    mentions: analysis.mentions, entities: analysis.entities, countries: analysis.countries,
    themes: analysis.themes, quotes: analysis.quotes, paragraphs: analysis.article.paragraphs,
  };
  for (const part of ARRAY_PARTS) {
    let chunk: string[] = [];
    let size = 0;
    for (const item of arrays[part]) {
      // A mention itself is sent whole; what refers to mentions sends their indices.
      const json = part === 'mentions' ? JSON.stringify(item) : JSON.stringify(item, refer);
      chunk.push(json);
      size += json.length;
      if (size >= CHUNK_CHARS) {
        yield { part, json: `[${chunk.join(',')}]` };
        chunk = [];
        size = 0;
      }
    }
    if (chunk.length) yield { part, json: `[${chunk.join(',')}]` };
  }
  const { mentions: _m, entities: _e, countries: _c, themes: _t, quotes: _q, article, ...rest } = analysis;
  const { paragraphs: _p, ...articleRest } = article;
  yield { part: 'rest', json: JSON.stringify({ keys: Object.keys(analysis), articleKeys: Object.keys(article), rest, article: articleRest }) };
}

/** Collects pieces (receiver side, one piece per message, so each parse is a short task of its own). */
export class AnalysisReceiver {
  readonly #arrays: Record<ArrayPart, unknown[]> = { mentions: [], entities: [], countries: [], themes: [], quotes: [], paragraphs: [] };

  /** Adds a piece; returns the whole analysis once the last piece ('rest') has arrived. */
  add(piece: AnalysisPiece): Analysis | undefined {
    const mentions = this.#arrays.mentions;
    const revive = (_key: string, value: unknown) =>
      typeof value === 'object' && value !== null && typeof (value as { $m?: unknown }).$m === 'number' ? mentions[(value as { $m: number }).$m] : value;
    if (piece.part !== 'rest') {
      const items = JSON.parse(piece.json, piece.part === 'mentions' ? undefined : revive) as unknown[];
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
