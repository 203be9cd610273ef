import type { Paragraph, PlacedMention } from '../model';
import { lastStartingAtOrBefore } from '../text/search';

/**
 * `mentions` (sorted by start, offsets into `text`) where a firm named "X and Y" (`findFirmPairs` in companyNames.ts:
 * "shipbuilder Corran and Pike") is written again in the article without the words that made it a firm ("contracts
 * with Corran and Pike"): the tagger's names inside each repeat ("Corran", "Pike") give way to the firm. Sorted by start.
 */
export function repeatFirmPairs(text: string, mentions: readonly PlacedMention[], paragraphs: readonly Paragraph[]): PlacedMention[] {
  const firms = new Set(mentions.filter(m => m.reason === 'firm-pair').map(m => text.slice(m.start, m.end)));
  if (firms.size === 0) return [...mentions];
  let out = [...mentions];
  for (const firm of firms) {
    for (let at = text.indexOf(firm); at >= 0; at = text.indexOf(firm, at + firm.length)) {
      const end = at + firm.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      const inside = out.filter(m => m.start < end && at < m.end);
      // only the tagger's and the repeats' names lying inside it give way
      if (inside.some(m => m.reason === 'firm-pair' || m.start < at || m.end > end || !['tagger', 'repeat'].includes(m.source))) continue;
      const p = lastStartingAtOrBefore(paragraphs, at);
      if (p < 0 || paragraphs[p].end < end) continue;
      out = out.filter(m => !inside.includes(m));
      out.push({ start: at, end, type: 'ORG', source: 'repeat', reason: 'firm-pair-repeat', paragraph: paragraphs[p].index });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
