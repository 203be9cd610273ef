import type { Span } from '../model';

/**
 * The span of `spans` that contains offset `at`, by binary search; `spans` must be sorted by start and disjoint.
 * Both ends count (`start <= at <= end`), so a cursor just after a mention still finds it. Undefined when none does.
 */
export function spanAt<T extends Span>(spans: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < at) lo = mid + 1;
    else if (spans[mid].start > at) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}
