import type { RawMention } from '../model';
import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { TIME_WORDS } from './lexicons';
import type { Token } from './tokens';
import type { UnitState } from './unitState';

// Words that put a place after them: "the 22-year-old from Kenmore", "closed near Ashcombe", "a clinic at Tolworth".
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'around', 'across', 'towards', 'toward', 'via', 'off']);
// What the lexicon may know the word as and still be a place's name: nothing, or a place's or a proper noun's tag.
const PLACE_TAG = /^(?:(?:Place|City|Region|Country|ProperNoun)(?:,|$))+$/;
// A people's or a tongue's word the country lists leave out: "in English", "from Cornish"
const TONGUE = /(?:ish|ese)$/;
// A person's name tag ("Kent", "Preston"): a county's name may carry it, a town's may not ("from Preston's brother").
const PERSON_TAG = /Name|Person/;

/**
 * Part of the coordination pass (`pipeline.ts`): a capitalised word that no pass read, which the place lists know as
 * a town or a county, is a place after a word that says where ("the 22-year-old from Kenmore", "roadworks near
 * Ashcombe", "the clinic at Tolworth went"), or after "of" set off by a comma from a person ("Ada Voss (31), of
 * Brimley - 4 years"), or listed right after a place ("between Shrewsbury and Ludlow", "Seafield Road, Arklow,"). Not a word glued by a space to another capitalised word ("at Kenmore Lodge"), one the lexicon
 * knows as a common word ("from Reading the report", "from Earth"), a month ("in March"), a country's, a people's or
 * a tongue's word ("in English"), a possessive ("suffering from Parkinson's"), nor a town that is a person's name (a
 * county may be: "from Kent"). Adds mentions (`coordination`, reason `cued-town`); keeps `mentions` sorted.
 */
export function addCuedTowns(state: UnitState): void {
  const { tokens, mentions } = state;
  const added: RawMention[] = [];
  let m = 0;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    while (m < mentions.length && mentions[m].end <= t.start) m++;
    if (m < mentions.length && mentions[m].start < t.end) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.isPossessive || TIME_WORDS.has(t.lower) || TONGUE.test(t.text)) continue;
    if (!isCued(tokens, k) && !isListedAfterPlace(state.text, mentions[m - 1], t.start)) continue;
    const next = tokens[k + 1];
    // (nor one a number follows: "Junction 24")
    if (next !== undefined && isGlued(t, next) && /^[\p{Lu}\d]/u.test(next.text)) continue;
    const kind = placeKind(t.text);
    if (kind === undefined || kind === 'multi-word town' || isCountryWord(t.text) || isDemonymWord(t.text)) continue;
    const tag = t.lexTag ?? '';
    if (tag !== '' && !PLACE_TAG.test(tag) && !(kind === 'region' && PERSON_TAG.test(tag))) continue;
    added.push({ start: t.start, end: t.end, type: 'PLACE', source: 'coordination', reason: 'cued-town' });
  }
  if (added.length === 0) return;
  state.mentions = [...mentions, ...added].sort((a, b) => a.start - b.start);
}

// What lists a town after a place: "between Shrewsbury and Ludlow", "Seafield Road, Arklow, Co Wicklow".
const LIST_GAP = /^(?:, | and | or |, and )$/;

/** Whether `previous`, the mention before `start`, is a place listed right before it. */
const isListedAfterPlace = (text: string, previous: RawMention | undefined, start: number): boolean => previous !== undefined
  && (previous.type === 'PLACE' || previous.type === 'COUNTRY') && LIST_GAP.test(text.slice(previous.end, start));

/** Whether the word before token `k` says a place follows: a locative word, or "of" after a comma. */
function isCued(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!isGlued(prev, tokens[k])) return false;
  if (LOCATIVE.has(prev.text)) return true;
  return prev.text === 'of' && k > 1 && tokens[k - 2].post.endsWith(',');
}

const isGlued = (a: Token, b: Token): boolean => a.post === '' && b.pre === '' && a.sentence === b.sentence && b.start === a.end + 1;
