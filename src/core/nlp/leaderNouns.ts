import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Nouns after a leader's surname that name what the leader leads or the time of it: "the Trump administration",
 * "the Blair era". A government and a camp are also a place's ("the Ankara government", "the Zaatari camp"): neither
 * is one.
 */
export const LEADER_NOUNS: ReadonlySet<string> = new Set(['administration', 'administrations', 'presidency', 'premiership',
  'campaign', 'era', 'years', 'aides', 'allies', 'loyalists', 'supporters', 'doctrine', 'dynasty']);
// The lexicon knows the word as a place's or a people's ("the Kremlin years", "the Tory campaign").
const PLACE_TAG = /Place|City|Region|Country|Demonym|Organization/;

/**
 * A leader's surname before a noun of what the leader leads ("pressure from the Trump administration", "the Bush
 * years", "the Farage campaign"), which the tagger, without a given name or a title, reads as a place or a body: a
 * person. Only one capitalised word after "the", that no place list, country, people or lexicon knows as a place's
 * or a body's. Spans keep their bounds and order.
 */
export function typeLeaderNouns(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => {
    if (s.first !== s.last || (s.type !== 'LOC' && s.type !== 'ORG')) return s;
    const t = tokens[s.first];
    const before = tokens[s.first - 1];
    const after = tokens[s.first + 1];
    if (before?.lower !== 'the' || after === undefined || !LEADER_NOUNS.has(after.text) || t.post !== '' || t.isPossessive) return s;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || isCountryWord(t.text) || isDemonymWord(t.text) || placeKind(t.text) !== undefined) return s;
    return t.lexTag !== undefined && PLACE_TAG.test(t.lexTag) ? s : { ...s, type: 'PER' };
  });
}
