import { placeKind } from '../places/knownPlaces';
import { PLACE_HEADS } from './lexicons';
import { PLACE_ENDS } from './strayGpe';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * A step over the tagger's spans (spanSteps.ts): "firefighters from British Columbia", "a boat hire business by the
 * Ostrian Bridge": a nation's-word span (GPE, left to the gazetteer, which would show the nation alone) of two words or
 * more that the place lists know whole, or that ends with a place's last word (the lexicon's place heads and
 * strayGpe.ts's `PLACE_ENDS`), is a place named with the nation's word ("Iranian Foreign Ministry" is no such span).
 * Same order and bounds; no spans give [].
 */
export function typeDemonymPlaces(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => {
    if (s.type !== 'GPE' || s.last === s.first || !/^\p{Lu}/u.test(tokens[s.last].text)) return s;
    const name = tokens.slice(s.first, s.last + 1).map(t => t.text).join(' ');
    const end = tokens[s.last].lower;
    return placeKind(name) !== undefined || PLACE_HEADS.has(end) || PLACE_ENDS.has(end) ? { ...s, type: 'LOC' as const } : s;
  });
}
