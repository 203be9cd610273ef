/**
 * Binary search over the indices `[start, end)`: the first index at which `isBefore` fails, or `end` when it
 * holds for all. `isBefore` must hold on a prefix of the range and fail on the rest (a sorted array read through a
 * comparison: `i => spans[i].start < offset`). Calls `isBefore` O(log(end - start)) times; an empty range gives
 * `start`.
 */
export function partitionPoint(start: number, end: number, isBefore: (i: number) => boolean): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of `spans` (sorted by start) that starts at or after `offset`; `spans.length` if none. */
export function firstStartingAt(spans: readonly { readonly start: number }[], offset: number): number {
  return partitionPoint(0, spans.length, i => spans[i].start < offset);
}

/**
 * The index of the first of `spans` (sorted by start, disjoint, so their ends are sorted too) that ends after
 * `offset`; `spans.length` if none.
 */
export function firstEndingAfter(spans: readonly { readonly end: number }[], offset: number): number {
  return partitionPoint(0, spans.length, i => spans[i].end <= offset);
}

/** The index of the last of `spans` (sorted by start) that starts at or before `offset`; -1 if none. */
export function lastStartingAtOrBefore(spans: readonly { readonly start: number }[], offset: number): number {
  return partitionPoint(0, spans.length, i => spans[i].start <= offset) - 1;
}
