import { isDemonymWord } from '../countries/resolver';
import { COMPASS_WORDS } from './compass';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * A compass word before a people's adjective is part of an adjective of a region, no place of its own: "East Asian
 * investors", "South Asian women", "West African states" (the tagger reads "East" as a place). A demonym of two words
 * the gazetteers know ("South African") is theirs; this only drops the tagger's one-word span of the compass word. So
 * is an adjective of the compass before a lower-case word ("a Western military alliance", "Northern towns").
 */
export function dropCompassAdjectives(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter(s => {
    if (s.first !== s.last || !COMPASS_WORDS.has(tokens[s.first].text)) return true;
    const next = tokens[s.first + 1];
    // "a Western military alliance": an adjective of the compass before a lower-case word qualifies it
    if (next !== undefined && tokens[s.first].post === '' && /ern$/.test(tokens[s.first].text) && /^\p{Ll}/u.test(next.text)) return false;
    return next === undefined || tokens[s.first].post !== '' || !(isDemonymWord(next.text) || /Demonym/.test(next.lexTag ?? ''));
  });
}
