import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isCompanyContext } from './companyRules';
import { isBreakAfter } from './features';
import { NOT_ENTITIES } from './knownOrgs';
import { isGivenNameTag, isOpeningPlural, type Token } from './tokens';
import type { UnitState } from './unitState';

/**
 * Companies listed with a company: "Microsoft, Veltrano and Amazon were among the biggest fallers", "Nvidia and
 * Quorbex", "Halvorn and Quisby were among the top gainers". A one-word name joined by a comma, "and" or "or" to a
 * company the article knows as one (a known company, an organisation the words around it call a company,
 * compromise's organisation) is a company too, where the tagger read a person or nothing.
 * Given names, countries and nationalities are never taken, and a list of people or places is left alone.
 */

/** A one-word name that may be a company's: capitalised, no given name, country, nationality or word that is no name. */
const isNameWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}[\p{L}\d]+$/u.test(t.text)
  && !isGivenNameTag(t.lexTag) && !isCountryWord(t.text) && !isDemonymWord(t.text) && !NOT_ENTITIES.has(t.lower)
  && (t.lexTag === undefined || /Place|ProperNoun|Organization|LastName|Noun/.test(t.lexTag));

/** Whether token `i` stands alone: no capitalised word joined to it on either side. */
function isLone(tokens: readonly Token[], i: number): boolean {
  // "Rivals Meta and Samsung": a plural opening the sentence joins no name
  const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && !isBreakAfter(a, b) && /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text)
    && !isOpeningPlural(a);
  return (tokens[i].isFirst || !joined(tokens[i - 1], tokens[i])) && !joined(tokens[i], tokens[i + 1]);
}

/** The next item of a list after the one-word item at `i` ("A, B", "A and B", "A, and B"), or -1. */
function nextItem(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  let j = i + 1;
  if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') j++;
  else if (!t.post.startsWith(',')) return -1;
  return tokens[j]?.sentence === t.sentence && isNameWord(tokens[j]) && isLone(tokens, j) && !tokens[i].isPossessive ? j : -1;
}

/** Pass step (`missedNames.ts`): the one-word names listed with a company become companies (see the file's note). */
export function addListedCompanies(state: UnitState): void {
  const { tokens } = state;
  const at = (i: number) => state.mentions.find(m => m.start < tokens[i].end && tokens[i].start < m.end);
  const isCompany = (i: number): boolean => {
    const m = at(i);
    if (m === undefined) return /^(?:Organization)(?:,ProperNoun)?$/.test(tokens[i].lexTag ?? '');
    return m.type === 'ORG' && m.start === tokens[i].start && m.end === tokens[i].end
      && (/company|bank|firm|maker|airline|retailer/.test(m.reason) || m.reason === 'company-context' || isCompanyContext(tokens, i, i));
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]) || !isLone(tokens, i) || nextItem(tokens, i) < 0) continue;
    const items = [i];
    for (let j = nextItem(tokens, i); j >= 0 && items.length < 8; j = nextItem(tokens, j)) items.push(j);
    i = items[items.length - 1];
    // "Elsewhere, Vodafone rose": a sentence-first word before a comma opens the sentence, no list of two
    const isOpener = items.length === 2 && tokens[items[0]].isFirst && items[1] === items[0] + 1;
    if (isOpener || !items.some(isCompany)) continue;
    for (const k of items) {
      const m = at(k);
      const whole = m !== undefined && m.start === tokens[k].start && m.end === tokens[k].end;
      if (m !== undefined && !(whole && m.type === 'PERSON' && m.source === 'tagger')) continue;
      if (m !== undefined) state.mentions.splice(state.mentions.indexOf(m), 1);
      state.mentions.push({ start: tokens[k].start, end: tokens[k].end, type: 'ORG', source: 'context', reason: 'company-list' });
    }
  }
  state.mentions.sort((a, b) => a.start - b.start);
}
