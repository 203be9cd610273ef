import { isCountryWord, isDemonymWord } from '../countries/resolver';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// Plural nouns for the members of a house, a party's or a council's: "MPs", "TDs", "senators", "councillors".
const MEMBER_NOUNS = new Set(['mps', 'msps', 'mss', 'mlas', 'meps', 'tds', 'senators', 'councillors', 'councilors',
  'lawmakers', 'legislators', 'congressmen', 'congresswomen', 'assemblymen', 'assemblywomen', 'peers']);

/**
 * "Fine Gael TDs", "Conservative MPs", "Democratic senators": a span of two words or more that ends in a plural noun
 * for members is the party or the body they belong to, without the noun: an organisation ("Fine Gael"), or the
 * tagger's class when what is left is a country or a people ("Scottish MPs"). Spans stay sorted and disjoint.
 */
export function dropMemberNouns(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => {
    if (s.last === s.first || !MEMBER_NOUNS.has(tokens[s.last].lower) || tokens[s.last - 1].isPossessive) return s;
    const rest = tokens.slice(s.first, s.last).map(t => t.text).join(' ');
    return { first: s.first, last: s.last - 1, type: isCountryWord(rest) || isDemonymWord(rest) ? s.type : 'ORG' };
  });
}
