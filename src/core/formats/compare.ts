/**
 * Compares News Lens's mentions with a gold layer, span by span: exact matches (same boundaries, same label)
 * count as true positives; everything else is a disagreement of one of four kinds:
 * - `missed`: a gold span no mention overlaps;
 * - `extra`: a mention no gold span overlaps;
 * - `wrong-type`: the same boundaries with another label;
 * - `wrong-boundary`: a mention and a gold span that overlap without the same boundaries (label either way).
 * Precision, recall and F1 are strict (exact boundaries and label): tp / mentions, tp / gold spans. When the gold
 * layer never labels COUNTRY, News Lens's countries compare as PLACE (most NER sets have no country type).
 */
import type { GoldSpan } from './gold';

/** A predicted span: a News Lens mention. */
export interface PredictedSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly text: string;
}

/** The kinds of disagreement. */
export type DisagreementKind = 'missed' | 'extra' | 'wrong-type' | 'wrong-boundary';

/** One place where News Lens and the gold layer disagree; UTF-16 offsets, sorted by `start`. */
export interface Disagreement {
  readonly kind: DisagreementKind;
  /** The extent of both spans together. */
  readonly start: number;
  readonly end: number;
  readonly predicted?: PredictedSpan;
  readonly gold?: GoldSpan;
}

/** Counts and scores of one comparison (or of several added up). */
export interface Scores {
  readonly truePositives: number;
  readonly predicted: number;
  readonly gold: number;
  /** 0..1; 1 when nothing was predicted (no wrong claim), likewise recall when the gold is empty. */
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The result of comparing one article. */
export interface Comparison {
  readonly scores: Scores;
  readonly disagreements: readonly Disagreement[];
}

/** Precision, recall and F1 from counts. */
export function scores(truePositives: number, predicted: number, gold: number): Scores {
  const precision = predicted ? truePositives / predicted : 1;
  const recall = gold ? truePositives / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives, predicted, gold, precision, recall, f1 };
}

/** Adds up the counts of several comparisons (micro average). */
export function addScores(all: readonly Scores[]): Scores {
  const sum = (f: (s: Scores) => number): number => all.reduce((n, s) => n + f(s), 0);
  return scores(sum(s => s.truePositives), sum(s => s.predicted), sum(s => s.gold));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Compares the mentions (`predicted`) with the gold spans of the same text. */
export function compareWithGold(predicted: readonly PredictedSpan[], gold: readonly GoldSpan[]): Comparison {
  const hasCountry = gold.some(g => g.label === 'COUNTRY');
  const label = (p: PredictedSpan): string => (!hasCountry && p.label === 'COUNTRY' ? 'PLACE' : p.label);
  const goldUsed = new Set<GoldSpan>();
  const out: Disagreement[] = [];
  let tp = 0;
  const rest: PredictedSpan[] = [];
  for (const p of predicted) {
    const same = gold.find(g => !goldUsed.has(g) && g.start === p.start && g.end === p.end);
    if (!same) {
      rest.push(p);
      continue;
    }
    goldUsed.add(same);
    if (same.label === label(p)) tp++;
    else out.push({ kind: 'wrong-type', start: p.start, end: p.end, predicted: p, gold: same });
  }
  for (const p of rest) {
    const near = gold.find(g => !goldUsed.has(g) && overlaps(g, p));
    if (near) {
      goldUsed.add(near);
      out.push({ kind: 'wrong-boundary', start: Math.min(p.start, near.start), end: Math.max(p.end, near.end), predicted: p, gold: near });
    } else if (!gold.some(g => overlaps(g, p))) {
      out.push({ kind: 'extra', start: p.start, end: p.end, predicted: p });
    } else {
      // overlaps gold spans already paired with other mentions ("Prime Minister Modi" vs "Modi" and a title)
      out.push({ kind: 'wrong-boundary', start: p.start, end: p.end, predicted: p });
    }
  }
  for (const g of gold) {
    if (goldUsed.has(g)) continue;
    const touched = predicted.some(p => overlaps(p, g));
    out.push({ kind: touched ? 'wrong-boundary' : 'missed', start: g.start, end: g.end, gold: g });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { scores: scores(tp, predicted.length, gold.length), disagreements: out };
}
