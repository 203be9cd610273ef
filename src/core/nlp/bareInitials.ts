import type { TaggedSpan } from './tagger';
import { ORG_HEADS, PLACE_HEADS } from './lexicons';
import { isNumberToken } from './newsRules';
import { PLACE_ENDS } from './placeEnds';
import { isNotNameWordTag, type Token } from './tokens';

/**
 * Whether `t` can be a surname after an initial: a capitalised word that is no word of grammar and no head of a
 * place's or a body's name ("K Street", "B Team"); with `plain`, only one the lexicon does not know as a common word
 * ("Okafor", "Brennan", not "Root" or "Gill", which need a list's shape around them).
 */
const isSurname = (t: Token | undefined, plain: boolean): boolean =>
  t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !isNotNameWordTag(t.lexTag)
  && !PLACE_ENDS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !ORG_HEADS.has(t.lower)
  && (!plain || t.lexTag === undefined || /LastName|FirstName|MaleName|FemaleName/.test(t.lexTag));

/** Whether token `i` stands where a list puts its next item: after a comma, a semicolon, "and" or an opening bracket. */
function isListSlot(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.sentence !== tokens[i].sentence) return false;
  return /[,;]$/.test(prev.post) || /\($/.test(tokens[i].pre) || prev.text === 'and' || prev.text === '&';
}

/** Whether the surname at `i` is followed by what a list of players puts after a name: a comma, a bracket, a score. */
function isListItemEnd(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (/^[,;]/.test(tokens[i].post)) return true;
  if (next === undefined || next.sentence !== tokens[i].sentence) return false;
  // "T Okafor and S Gill": another initial after "and"
  if ((next.text === 'and' || next.text === '&') && /^\p{Lu}$/u.test(tokens[i + 2]?.text ?? '')) return true;
  return isNumberToken(next) || /^\(/.test(next.pre);
}

/**
 * People named by a bare initial and a surname in lists of players, scorers and officials, as British sports pages
 * write them: "the scorers were A Brennan (34), T Okafor and S Gill", "D Malan 45, J Root 12". The tagger reads such
 * runs as one body or misses them. A capital letter alone (not "I" or the vocative "O"), with no period, right
 * before a capitalised word that can be a surname, is a person's initial when the pair has a list item's shape: in
 * a list's slot (after a comma, a semicolon, "and" or a bracket) and ending as an item does (before a comma, a
 * bracket, a score, or "and" and another initial); or joined by "and" to such a name just found. A surname the
 * lexicon does not know as a common word may also stand outside a slot, if no capitalised word comes right before
 * the letter and the letter is not "A", which is also the article ("A Brennan spokesman"). Not "Group B Saturday",
 * "K Street", "the B Team", "L Magazine.". Tagger spans that meet such a name give way. Spans stay sorted and disjoint.
 */
export function joinBareInitials(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const people: TaggedSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // (not "I", nor "O", the vocative: "O Lord", "O Canada")
    if (!/^\p{Lu}$/u.test(t.text) || t.text === 'I' || t.text === 'O' || t.post !== '' || t.isPossessive) continue;
    const surname = tokens[i + 1];
    if (surname.sentence !== t.sentence || !isSurname(surname, false) || surname.start - t.end !== 1) continue;
    const inSlot = isListSlot(tokens, i);
    const isItem = isListItemEnd(tokens, i + 1);
    // "T Okafor and S Gill": the second of two joined by "and"
    const isPaired = (tokens[i - 1]?.text === 'and' || tokens[i - 1]?.text === '&') && people.at(-1)?.last === i - 2;
    const isShaped = isPaired || (inSlot && isItem) || (isSurname(surname, true) && t.text !== 'A' && isItem && !isCapitalisedBefore(tokens, i));
    if (!isShaped) continue;
    people.push({ first: i, last: i + 1, type: 'PER' });
    i++;
  }
  if (people.length === 0) return [...spans];
  const out = spans.filter(s => !people.some(p => p.first <= s.last && s.first <= p.last));
  return [...out, ...people].sort((a, b) => a.first - b.first);
}

/** Whether a capitalised word stands right before token `i` in its sentence ("Group B", "Plan B"). */
function isCapitalisedBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.sentence === tokens[i].sentence && prev.post === '' && /^\p{Lu}/u.test(prev.text);
}
