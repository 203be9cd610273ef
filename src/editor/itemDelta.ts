import type { Analysis, Mention, Theme } from '../core/model';
import { sameShifted, sharedRuns, type Shift } from './analysisDelta';
import { LazyAssembly } from './lazyArray';

/**
 * Entities, countries and themes after an edit, sent against the analysis before it (analysisTransfer.ts): an edit
 * in one paragraph of a 10 MB article leaves almost all of them as they were, but each one's list of mentions (tens
 * of thousands of indices for a country named throughout) and each theme's scores per paragraph (one per paragraph)
 * made them megabytes of JSON to send and read after every keystroke. An entity or country the edit left alone goes
 * as `[index, changes, from]`: the index of the earlier item, the fields that changed (such as its rank, `{ rank }`)
 * and the position of its first mention after the edit (the receiver moves the indices of those by as many mentions as
 * the edit added or dropped, lazyArray.ts `movedIndices`); a theme the edit left alone as its index; a theme sends its
 * scores per paragraph as the run that changed.
 * An item sent whole sends its mention indices (an entity, a country) or its scores per paragraph (a theme) as
 * numbers beside the JSON (analysisTransfer.ts), the JSON holding only their count: no parse, no array on the
 * receiver's heap.
 */

/** Encodes an item as JSON, its long lists of numbers pushed onto `numbers`. */
export type ItemEncoder = (item: never, numbers: number[]) => string;

/** Where the mentions of the analysis after an edit stand in the one before: the first `prefix` at the same index, the last `suffix` after the edit. */
export interface MentionMove {
  readonly prefix: number;
  readonly suffix: number;
  readonly baseLength: number;
  readonly length: number;
}

/** The index after the edit of the earlier analysis's mention `j`, or -1 when the edit changed it. */
export function movedIndex(j: number, move: MentionMove): number {
  if (j < 0) return -1;
  if (j < move.prefix) return j;
  return j >= move.baseLength - move.suffix && j < move.baseLength ? j + move.length - move.baseLength : -1;
}

/** A theme's scores per paragraph as sent against the earlier theme `base`: its first `prefix` and last `suffix` kept, `mid` between. */
export interface ScoresDelta {
  readonly base: number;
  readonly prefix: number;
  readonly suffix: number;
  readonly mid: readonly number[];
}

type WithMentions = { readonly mentions: readonly Mention[] };

/**
 * Sender side: the JSON of each entity, country and theme of `analysis` for a receiver that has `base`. `index` gives
 * each mention of `analysis` its index, `move` says where the mentions of `base` went. An item with the same mentions,
 * moved, as the earlier one of the same id (or code) is that item's index in `base`, and the fields that changed.
 */
export function deltaEncoders(analysis: Analysis, base: Analysis, index: ReadonlyMap<Mention, number>, move: MentionMove, shift: Shift): {
  entities: ItemEncoder; countries: ItemEncoder; themes: ItemEncoder;
} {
  const baseIndex = new Map<Mention, number>(base.mentions.map((m, i) => [m, i]));
  /** The position of the first of `before` after the edit when `now` is `before` moved, the rest before the edit; else -1. */
  const movedFrom = (now: readonly Mention[], before: readonly Mention[]): number => {
    if (now.length !== before.length) return -1;
    let from = now.length;
    for (let k = 0; k < now.length; k++) {
      const j = baseIndex.get(before[k]) ?? -1;
      const moved = movedIndex(j, move);
      if (moved < 0 || index.get(now[k]) !== moved) return -1;
      if (j >= move.prefix) from = Math.min(from, k);
      else if (from < now.length) return -1;
    }
    return from;
  };
  const against = <T extends WithMentions>(before: readonly T[], keyOf: (item: T) => string) => {
    const at = new Map(before.map((b, i) => [keyOf(b), i]));
    return (item: T, numbers: number[]): string => {
      const b = at.get(keyOf(item));
      const was = b === undefined ? undefined : before[b];
      const from = was ? movedFrom(item.mentions, was.mentions) : -1;
      const changes = was && from >= 0 ? changedFields(item, was, shift) : undefined;
      if (!changes) return indexedJson(item, index, numbers);
      // Another entity's new mention moves the ranks of those below it ("rank": 12 -> 13): only that goes.
      return JSON.stringify([b, changes, from]);
    };
  };
  const still: Shift = { ds: 0, dp: 0 };
  const themeAt = new Map(base.themes.map((t, i) => [t.code, i]));
  const theme = (t: Theme, numbers: number[]): string => {
    const b = themeAt.get(t.code);
    if (b === undefined) return themeJson(t, numbers);
    const was = base.themes[b];
    const scores = t.paragraphScores;
    const { prefix, suffix } = sharedRuns(scores, was.paragraphScores, still);
    const sameScores = prefix === scores.length && scores.length === was.paragraphScores.length;
    if (sameScores && sameShifted({ ...t, evidence: 0 }, { ...was, evidence: 0 }, still)) return String(b);
    // Its score moved a little ("score": 0.576 -> 0.578): the small fields go whole, the scores per paragraph as changes.
    const delta: ScoresDelta = { base: b, prefix, suffix, mid: scores.slice(prefix, scores.length - suffix) };
    return JSON.stringify({ ...t, evidence: [], paragraphScores: delta });
  };
  return {
    entities: against(base.entities, e => e.id) as ItemEncoder,
    countries: against(base.countries, c => c.code) as ItemEncoder,
    themes: theme as ItemEncoder,
  };
}

/** The fields of `item` other than its mentions that differ from those of `was` moved by `shift`; undefined when one was added or dropped. */
function changedFields(item: object, was: object, shift: Shift): Record<string, unknown> | undefined {
  const now = item as Record<string, unknown>;
  const before = was as Record<string, unknown>;
  const keys = Object.keys(now);
  if (keys.length !== Object.keys(before).length || keys.some(k => !(k in before))) return undefined;
  const changes: Record<string, unknown> = {};
  for (const k of keys) if (k !== 'mentions' && !sameShifted({ [k]: now[k] }, { [k]: before[k] }, shift)) changes[k] = now[k];
  return changes;
}

/** An entity or country as JSON, its mentions as their count, their indices in `index` (-1 for one it lacks) pushed onto `numbers`. */
export function indexedJson(item: WithMentions, index: ReadonlyMap<Mention, number>, numbers: number[]): string {
  for (const m of item.mentions) numbers.push(index.get(m) ?? -1);
  return JSON.stringify({ ...item, mentions: item.mentions.length });
}

/** A theme as JSON without its evidence (sent in pieces of its own), its scores per paragraph as their count, pushed onto `numbers`. */
export function themeJson(theme: Theme, numbers: number[]): string {
  for (const score of theme.paragraphScores) numbers.push(score);
  return JSON.stringify({ ...theme, evidence: [], paragraphScores: theme.paragraphScores.length });
}

/** Receiver side: a theme's scores per paragraph from their delta against the earlier themes `before`, the earlier ones read where they are. */
export function receivedScores(delta: ScoresDelta, before: readonly Theme[]): number[] {
  const was = before[delta.base].paragraphScores;
  const still: Shift = { ds: 0, dp: 0 };
  const scores = new LazyAssembly();
  scores.keep(was, 0, delta.prefix, still);
  scores.add(delta.mid);
  scores.keep(was, was.length - delta.suffix, was.length, still);
  return scores.finish() as number[];
}

/** Whether a received scores field is a delta. */
export const isScoresDelta = (v: unknown): v is ScoresDelta => typeof v === 'object' && v !== null && !Array.isArray(v);
