import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { PLACE_HEADS } from './lexicons';
import { PLACE_ENDS } from './placeEnds';
import { isListedGivenNameSpan } from './listedGivenNames';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

export { PLACE_ENDS };

// A word that may come before a stray name's last word as part of it: capitalised, glued by one space, no country's
// or nation's word ("Jordan", "Welsh").
const isNameWord = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && !isCountryWord(t.text) && !isDemonymWord(t.text)
  && !/Country|Demonym|Pronoun|Determiner|Preposition|Conjunction/.test(t.lexTag ?? '');

/**
 * A step over the tagger's spans (spanSteps.ts): the tagger reads some names as a country's or a nation's word
 * (its GPE class, left to the gazetteer), often their last word alone ("said Priyanka Desai" as "Desai"; "Abbey
 * Stadium" as "Stadium"). A GPE span with no country's or nation's word in it, with the capitalised words glued
 * before it (two at most, none in another span), is a person when it opens with a listed given name
 * (`isListedGivenNameSpan`: "Heather Shepherd", "Arjun Malhotra"), and a place when it has two words or more and ends
 * with a place's last word ("Roundhay Road", "Small Heath", "Edinburgh Airport"); otherwise it is left as it is.
 * Same order; no spans give [].
 */
export function typeStrayGpe(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    if (s.type !== 'GPE') return s;
    for (let i = s.first; i <= s.last; i++) if (!isNameWord(tokens[i])) return s;
    const floor = k > 0 ? spans[k - 1].last + 1 : 0;
    let first = s.first;
    while (first > floor && s.first - first < 2 && isGlued(tokens[first - 1], tokens[first]) && isNameWord(tokens[first - 1])
      && !(tokens[first - 1].isFirst && tokens[first - 1].lexTag !== undefined && !/Name|Person/.test(tokens[first - 1].lexTag!))) first--;
    if (isListedGivenNameSpan(tokens, first, s.last)) return { first, last: s.last, type: 'PER' };
    const end = tokens[s.last].lower;
    if (first < s.last && (PLACE_ENDS.has(end) || PLACE_HEADS.has(end))) return { first, last: s.last, type: 'LOC' };
    return s;
  });
}

const isGlued = (a: Token, b: Token): boolean => a.post === '' && b.pre === '' && !a.isPossessive && a.sentence === b.sentence && b.start === a.end + 1;
