import type { Span } from '../model';
import { firstEndingAfter } from './search';

/**
 * The span of `spans` that contains offset `at`, by binary search; `spans` must be sorted by start and disjoint.
 * Both ends count (`start <= at <= end`), so a cursor just after a mention still finds it; where one span ends at
 * `at` and the next starts there, the one starting there wins. Undefined when none does.
 */
export function spanAt<T extends Span>(spans: readonly T[], at: number): T | undefined {
  const i = firstEndingAfter(spans, at);
  if (i < spans.length && spans[i].start <= at) return spans[i];
  return i > 0 && spans[i - 1].end === at ? spans[i - 1] : undefined;
}

/**
 * The span of `spans` (sorted by start, disjoint) that contains offset `at` with its end excluded
 * (`start <= at < end`), by binary search; undefined when none does (a gap, or past the last).
 */
export function spanContaining<T extends Span>(spans: readonly T[], at: number): T | undefined {
  const i = firstEndingAfter(spans, at);
  return i < spans.length && spans[i].start <= at ? spans[i] : undefined;
}
