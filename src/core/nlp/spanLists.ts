import type { TaggedSpan } from './tagger';

/**
 * `spans` with `added` put in: the spans that meet an added one give way to it, and all are in token order. Spans a
 * step found on its own ("the Cumbrian Coast line", "Co Wicklow") replace the tagger's pieces of them this way.
 */
export function giveWay(spans: readonly TaggedSpan[], added: readonly TaggedSpan[]): TaggedSpan[] {
  if (added.length === 0) return [...spans];
  const kept = spans.filter(s => !added.some(a => a.first <= s.last && s.first <= a.last));
  return [...kept, ...added].sort((a, b) => a.first - b.first);
}
