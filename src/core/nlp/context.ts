import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { lexiconTag } from './engine';
import { isBreakAfter } from './features';
import { NOT_ENTITIES } from './knownOrgs';
import { ROLE_WORDS } from './lexicons';
import { isPersonalName } from './names';
import { isClubInPlay, isCompanyContext, isCompanyWord, isLexiconOrg, isNumberToken, isSportSentence, isTableSentence } from './newsRules';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/** The tagger's classes of a name (demonyms, GPE, are left to the gazetteer). */
export type NameClass = Exclude<TaggedSpan['type'], 'GPE'>;

const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * The class of a tagged name read in its context: a company by the words around it ("shares in Vodafone",
 * "Toyota spokesman"), a club when a place's name plays in a sports sentence ("Everton beat Fulham 2-1").
 */
export function typeInContext(tokens: readonly Token[], first: number, last: number, type: NameClass): NameClass {
  if (type === 'ORG') return isPersonalName(tokens, first, last) && !isLexiconOrg(tokens, first, last, lexiconTag) && !isCompanyContext(tokens, first, last) ? 'PER' : type;
  const hasFirstName = tokens[first].lexTag !== undefined && FIRST_NAME_TAGS.has(tokens[first].lexTag) && last > first;
  if (!hasFirstName && (isCompanyContext(tokens, first, last) || isLexiconOrg(tokens, first, last, lexiconTag))) return 'ORG';
  if (type !== 'PER' && first === last && isCompanyWord(tokens[first].text)) return 'ORG';
  const sentence = tokens[first].sentence;
  if (type === 'LOC' && (isSportSentence(tokens, sentence) || isTableSentence(tokens, sentence)) && isClubInPlay(tokens, first, last)) return 'ORG';
  return type;
}

/** Capitalised names, outside any other span, that read as companies from the words around them (`isCompanyContext`). */
export function findCompanies(tokens: readonly Token[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!/^\p{Lu}|^e\p{Lu}/u.test(t.text) || isCountryWord(t.text) || isDemonymWord(t.text) || NOT_ENTITIES.has(t.lower)) continue;
    // "Toyota said", "shares in Vodafone"; not "A spokesman", "Government spokesman"
    if (t.lexTag !== undefined && !/Organization|SportsTeam|ProperNoun/.test(t.lexTag)) continue;
    if (isLexiconOrg(tokens, i, i, lexiconTag) && t.text.length > 3 && !t.isFirst) {
      out.push({ first: i, last: i });
      continue;
    }
    let last = i;
    while (last - i < 3 && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '') && !isBreakAfter(tokens[last], tokens[last + 1])) last++;
    if (tokens.slice(i, last + 1).some(t => ROLE_WORDS.has(t.lower) || isNumberToken(t))) {
      i = last;
      continue;
    }
    if (isCompanyContext(tokens, i, last) || (i === last && isCompanyWord(t.text))) out.push({ first: i, last });
    i = last;
  }
  return out;
}
