import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { HONORIFICS, ORG_HEADS, PLACE_HEADS, ROLE_HEADS, ROLE_WORDS, SPORT_ROLES, TIME_WORDS } from './lexicons';
import { isMatchFormat, type NewsSpan } from './newsRules';
import type { Token } from './tokens';

/**
 * The body a person's role belongs to, written before the role in lower case: "Newcastle striker Alan Shearwood",
 * "Sunderland manager Peter Reid", "Labour leader Tony Blair", "Microsoft chairman Bill Gates". The tagger often
 * reads the person and drops the body with the role; the body is an organisation (a country or a demonym there is
 * left to the gazetteer: "England captain", "Russian security chief").
 */

// Capitalised words that are no body's name before a role ("Government spokesman", "Opposition leader").
const GENERIC = new Set(['government', 'opposition', 'rebel', 'rebels', 'army', 'military', 'police', 'state', 'party',
  'union', 'company', 'club', 'team', 'former', 'new', 'then', 'acting', 'interim', 'the', 'a', 'an', 'his', 'her', 'their',
  'its', 'our', 'veteran', 'fellow', 'top', 'senior', 'junior', 'young', 'old', 'world', 'national', 'international']);

// Roles held beside a person as often as in a body: "Abbas aide", "Yeltsin spokesman", "Kohl adviser".
const PERSONAL_ROLES = new Set(['aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'counterpart',
  'lawyer', 'ally', 'rival', 'successor', 'predecessor', 'deputy', 'official', 'candidate', 'speaker', 'teammate', 'team-mate']);
const isRoleNoun = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && !PERSONAL_ROLES.has(t.lower) && (ROLE_HEADS.has(t.lower) || SPORT_ROLES.has(t.lower));
// "Labour" is a portfolio ("Labour Minister") and, before a role in lower case, the party ("Labour leader")
const isBodyWord = (t: Token, inName = false): boolean => /^\p{Lu}\p{L}/u.test(t.text) && (!ROLE_WORDS.has(t.lower) || t.lower === 'labour') && !HONORIFICS.has(t.lower)
  && !TIME_WORDS.has(t.lower) && !GENERIC.has(t.lower) && !isCountryWord(t.text) && !isDemonymWord(t.text)
  // (an adjective may open a body's name before another of its words: "Plaid Cymru", "Royal Mail")
  && !(inName ? /Demonym|Pronoun|Determiner|Preposition|Conjunction|Adverb|Verb|Gerund/ : /Adjective|Demonym|Pronoun|Determiner|Preposition|Conjunction|Adverb|Verb|Gerund/).test(t.lexTag ?? '')
  // "Maoist", "Shi'ite", "Islamic", "English": words of a faith, a creed or a people, no body's name
  && !/(?:ist|ite|ic|ish|ese|ian)$/u.test(t.text)
  // "But", "Opening": a common word that opens the sentence ("Labour" is a party before a role); before another word
  // of the body it is the name's first word ("Plaid Cymru leader", `inName`)
  && !(t.isFirst && !inName && /(?:^|,)(?:Singular|Plural|Uncountable|Noun)(?:,|$)/.test(t.lexTag ?? '') && t.lower !== 'labour');

/**
 * Bodies of one to three capitalised words right before a role in lower case (one lower-case word may come between:
 * "Senate majority leader") that is right before a capitalised name: organisations, in token order.
 */
export function findBodiesBeforeRoles(tokens: readonly Token[]): NewsSpan[] {
  const out: NewsSpan[] = [];
  for (let r = 1; r + 1 < tokens.length; r++) {
    const role = tokens[r];
    const name = tokens[r + 1];
    if (!isRoleNoun(role) || !/^\p{Lu}\p{Ll}/u.test(name.text) || isBreakAfter(role, name) || ROLE_WORDS.has(name.lower)) continue;
    // "Senate majority leader Bob Dole": one lower-case word between the body and the role
    let last = r - 1;
    if (/^\p{Ll}/u.test(tokens[last].text) && last > 0 && !isBreakAfter(tokens[last], role) && !ROLE_WORDS.has(tokens[last].lower)) last--;
    if (!isBodyWord(tokens[last]) || isBreakAfter(tokens[last], tokens[last + 1])) continue;
    let first = last;
    while (first > 0 && last - first < 2 && isBodyWord(tokens[first - 1], true) && !isBreakAfter(tokens[first - 1], tokens[first])) first--;
    // one word that heads organisations or places is no name by itself ("Party", "City")
    // nor a kind of cricket match ("the former Test spinner")
    if (first === last && (ORG_HEADS.has(tokens[first].lower) || PLACE_HEADS.has(tokens[first].lower) || isMatchFormat(tokens[first]))) continue;
    if (out.length > 0 && out[out.length - 1].last >= first) continue;
    out.push({ first, last, type: 'ORG', reason: 'body-before-role' });
  }
  return out;
}
