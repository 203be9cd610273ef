import { findHeadedOrgs } from './rules';
import type { UnitState } from './unitState';

/** Pass (`pipeline.ts`): organisations named by a head noun that the tagger missed or saw only in part. */
export function addHeadedOrgs(state: UnitState): void {
  const { tokens, mentions: out } = state;
  // "the ruling Labor Party": a capitalised name ending in an organisation noun that the tagger missed.
  for (const h of findHeadedOrgs(tokens)) {
    const start = tokens[h.first].start;
    const end = tokens[h.last].end;
    const inside = out.filter(m => m.start < end && start < m.end);
    // "Bank of Japan" where the tagger saw only "Bank": the whole name, when it holds "of" and every tagger span it meets
    const isWhole = inside.length > 0 && inside.every(m => m.source === 'tagger' && m.start >= start && m.end <= end && m.end - m.start < end - start)
      && tokens.slice(h.first, h.last + 1).some(t => t.text === 'of');
    if (inside.length > 0 && !isWhole) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ start, end, type: 'ORG', source: 'head', reason: h.reason });
  }
}
