import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { HONORIFICS, ROLE_WORDS, TIME_WORDS } from './lexicons';
import { DETERMINERS } from './rules';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * "Campaign group Surfers Against Sewage": an organisation the tagger began one word late, leaving out a capitalised
 * word right before it, takes that word in, when it stands alone inside the sentence (a lower-case word or
 * punctuation before it), is no determiner, title, time word, country or demonym, and belongs to no other span. Spans stay
 * sorted and disjoint.
 */
export function extendOrgsLeft(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    const prev = tokens[s.first - 1];
    if (s.type !== 'ORG' || prev === undefined || prev.isFirst || prev.isPossessive || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) return s;
    if (isBreakAfter(prev, tokens[s.first]) || (k > 0 && spans[k - 1].last >= s.first - 1)) return s;
    const before = tokens[s.first - 2];
    if (before !== undefined && /^\p{Lu}/u.test(before.text) && !isBreakAfter(before, prev)) return s;
    const lower = prev.lower;
    if (DETERMINERS.has(lower) || TIME_WORDS.has(lower) || ROLE_WORDS.has(lower) || HONORIFICS.has(lower) || isCountryWord(prev.text) || isDemonymWord(prev.text)) return s;
    return { first: s.first - 1, last: s.last, type: s.type };
  });
}
