import { isBreakAfter } from './features';
import { HONORIFICS, ORG_HEADS, PLACE_HEADS, ROLE_WORDS } from './lexicons';
import type { Token } from './tokens';

// Where a body's name found from its head (`findHeadedOrgs` in rules.ts) starts, past the words its walk back over
// capitalised words stops at: a comma, "of", "for the".

const isWord = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !t.isFirst
  && !ROLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !ORG_HEADS.has(t.lower);
const isField = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !t.isFirst
  && !HONORIFICS.has(t.lower) && !ORG_HEADS.has(t.lower);
const isThe = (t: Token | undefined): boolean => t !== undefined && t.lower === 'the';
// No break between tokens `from` and `to` (a comma, a dash, a sentence's end).
const isUnbroken = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (isBreakAfter(tokens[k], tokens[k + 1])) return false;
  return true;
};

/**
 * The first token of a body's name that opens at `first` and ends in the head at `head`, taken further back:
 * - a committee named after a list of fields, after "the": "the Housing, Communities and Local Government Committee"
 *   (`isFieldList`: the name already holds an "and");
 * - an area's service whose area is named with "of": "Forest of Dean District Council", "Vale of Glamorgan Council"
 *   (`isAreaService`; one word before "of", no title: not "Chief Constable of Kent Police");
 * - a name linked by "for (the)" after "the": "the Democracy for the Citizens Party" (not "the vote for the Labour Party").
 */
export function reachBack(tokens: readonly Token[], first: number, head: number, isFieldList: boolean, isAreaService: boolean): number {
  if (isFieldList && tokens.slice(first, head).some(t => t.text === 'and')) {
    let k = first;
    // (a field may be a portfolio's word: "the Environment, Food and Rural Affairs Committee")
    while (isField(tokens[k - 1]) && /^,\s*$/.test(tokens[k - 1].post)) k--;
    if (k < first && isThe(tokens[k - 1])) return k;
  }
  const of = tokens[first - 1];
  const area = tokens[first - 2];
  // (a sentence's first word only when the lexicon does not know it as a common word: "Forest of Dean", not "Members of")
  const isArea = area !== undefined && (isWord(area) || (area.isFirst && isWord({ ...area, isFirst: false })
    && (area.lexTag === undefined || PLACE_HEADS.has(area.lower)) && !/s$/.test(area.text)));
  if (isAreaService && of?.text === 'of' && isArea && !/^\p{Lu}/u.test(tokens[first - 3]?.text ?? '')
    && isUnbroken(tokens, first - 2, first)) return first - 2;
  const link = isThe(tokens[first - 1]) ? first - 2 : first - 1;
  const name = link - 1;
  if (tokens[link]?.text === 'for' && isWord(tokens[name]) && isThe(tokens[name - 1]) && isUnbroken(tokens, name, first)) return name;
  return first;
}
