import { firstNameGender, type Gender } from '../nlp/gender';
import { partitionPoint } from '../text/search';

// Which person a shorter mention of a name joins, for `groupMentions` (group.ts): the people named in full whose
// name ends with its words, the one named last before it winning.

/** A person's group as the lookups read it: its canonical name and its members' starts, ascending. */
export interface PersonGroup {
  readonly canonical: string;
  readonly starts?: readonly number[];
}

/**
 * The person `name` at offset `at` joins: "Motegi" joins "Toshimitsu Motegi", "Jaishankar" joins "S Jaishankar".
 * An initial and the surname join the full name they abbreviate: "J Root" in a scoreboard joins "Joe Root".
 * With two candidates ("George Bush", "Laura Bush"), the one named last before the mention wins. `groups` are the
 * people whose canonical name ends with the last word of `name`, in creation order. A title's gender must not
 * contradict the given name's: "Lord Smith" does not join "Jane Smith".
 */
export function findPerson<G extends PersonGroup>(groups: readonly G[], name: string, at: number, gender?: Gender): G | undefined {
  const words = name.split(' ');
  let best: G | undefined;
  let bestStart = -1;
  for (const g of groups) {
    const full = g.canonical.split(' ');
    if (!(words.length < full.length && endsWith(full, words)) && !isInitialOf(words, full)) continue;
    const given = gender && firstNameGender(full[0]);
    if (given && given !== gender) continue;
    const before = lastBefore(g.starts ?? [], at);
    if (!best || before > bestStart) {
      best = g;
      bestStart = before;
    }
  }
  return best;
}

/**
 * The person a one-word mention at `at` joins by the family name written first: "Xi" joins "Xi Jinping" when no one
 * named in full ends with "Xi". `groups` are the people whose name starts with the word; with two, the one named
 * last before the mention wins.
 */
export function findByFamilyName<G extends PersonGroup>(groups: readonly G[], at: number): G | undefined {
  let best: G | undefined;
  let bestStart = -1;
  for (const g of groups) {
    const before = lastBefore(g.starts ?? [], at);
    if (!best || before > bestStart) {
      best = g;
      bestStart = before;
    }
  }
  return best;
}

/** The largest of `sorted` (ascending) below `at`, or -0.5 when none is. */
function lastBefore(sorted: readonly number[], at: number): number {
  const lo = partitionPoint(0, sorted.length, i => sorted[i] < at);
  return lo > 0 ? sorted[lo - 1] : -0.5;
}

/** Inserts `x` into ascending `sorted`, keeping it ascending. */
export function insertSorted(sorted: number[], x: number): void {
  const lo = partitionPoint(0, sorted.length, i => sorted[i] <= x);
  if (lo === sorted.length) sorted.push(x);
  else sorted.splice(lo, 0, x);
}

/** Whether `words` is `full` with its given name cut to an initial ("J Root", "J. Root" of "Joe Root"). */
function isInitialOf(words: readonly string[], full: readonly string[]): boolean {
  return words.length === full.length && words.length > 1 && /^\p{Lu}\.?$/u.test(words[0]) && full[0].length > 2
    && full[0][0] === words[0][0] && endsWith(full, words.slice(1));
}

/** Whether `name` starts with an initial and a space ("J Root", "J. Root"). */
export const isInitialled = (name: string): boolean => /^\p{Lu}\.? /u.test(name);

function endsWith(full: readonly string[], tail: readonly string[]): boolean {
  for (let i = 1; i <= tail.length; i++) if (full[full.length - i] !== tail[tail.length - i]) return false;
  return true;
}
