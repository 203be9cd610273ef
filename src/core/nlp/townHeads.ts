import { placeKind } from '../places/knownPlaces';
import { isBreakAfter } from './features';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * A town or region whose first word the tagger left out of its span ("Des Moines", "Los Angeles", "Le Mans": the
 * tagger read "Moines" alone, or "Moines Register") is made whole: a span whose first words, with the capitalised
 * word right before them that no span holds, make a name the place lists know as a town of several words or a region
 * takes that word in. A span that is the place and no more becomes a place ("the mayor of Des Moines"); a longer
 * one keeps its class ("the Des Moines Register"). Spans stay sorted and disjoint.
 */
export function joinTownHeads(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    const head = tokens[s.first - 1];
    const isFree = k === 0 || spans[k - 1].last < s.first - 1;
    if (!isFree || head === undefined || !/^\p{Lu}\p{Ll}/u.test(head.text) || isBreakAfter(head, tokens[s.first])
      || tokens[s.first].start - head.end !== 1 || head.isPossessive) return s;
    let name = head.text;
    for (let j = s.first; j <= Math.min(s.last, s.first + 2); j++) {
      name += ' ' + tokens[j].text;
      const kind = placeKind(name);
      if (kind === 'multi-word town' || kind === 'region') return { first: s.first - 1, last: s.last, type: j === s.last ? 'LOC' : s.type };
    }
    return s;
  });
}
