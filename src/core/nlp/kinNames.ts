import { isCountryWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { ORG_HEADS, PLACE_HEADS, ROLE_HEADS } from './lexicons';
import type { NewsSpan } from './newsRules';
import type { Token } from './tokens';

// Nouns of a family tie, written before a relative's name: "their daughter Adaeze", "his widow Margit".
const KIN_NOUNS = new Set(['daughter', 'son', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'partner',
  'fiancee', 'fiancée', 'fiance', 'fiancé', 'widow', 'widower', 'granddaughter', 'grandson', 'grandmother', 'grandfather',
  'niece', 'nephew', 'cousin', 'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'aunt', 'uncle', 'twin', 'mum', 'dad']);
// Words that make the noun a family tie of someone's: "her husband", "the widow", "their twin".
const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'the']);

const isNameWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !ROLE_HEADS.has(t.lower)
  && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !isCountryWord(t.text);

/**
 * Relatives named right after a family tie in obituaries and profiles, which the tagger often leaves out when the
 * name is short or rare: "She is survived by their daughter Adaeze", "his wife Cherie", "her late husband Tomasz
 * Wrona". A noun of a family tie in lower case after a possessive or "the", then one to three capitalised words with
 * nothing between them: a person. Not when punctuation comes between ("her husband, the conductor ...").
 */
export function findKinNames(tokens: readonly Token[]): NewsSpan[] {
  const out: NewsSpan[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!KIN_NOUNS.has(t.text)) continue;
    // "her late husband": one adjective may stand between the owner and the noun
    const owner = tokens[i - 1].lower === 'late' || tokens[i - 1].lower === 'younger' || tokens[i - 1].lower === 'elder' ? tokens[i - 2] : tokens[i - 1];
    if (owner === undefined || !OWNERS.has(owner.lower) || owner.sentence !== t.sentence) continue;
    if (!isNameWord(tokens[i + 1]) || isBreakAfter(t, tokens[i + 1])) continue;
    let last = i + 1;
    while (last - i < 3 && isNameWord(tokens[last + 1]) && !isBreakAfter(tokens[last], tokens[last + 1])) last++;
    out.push({ first: i + 1, last, type: 'PERSON', reason: 'kin:' + t.text });
    i = last;
  }
  return out;
}
