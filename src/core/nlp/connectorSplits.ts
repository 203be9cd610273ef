import { isCountryWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { isPrizeField } from './commonWords';
import { ORG_HEADS, ROLE_WORDS } from './lexicons';
import type { TaggedSpan } from './tagger';
import { isGivenNameTag, type Token } from './tokens';

// Span steps (`spanSteps.ts`) that cut a tagged span at a connector ("for", "and") where the text names
// two things, not one, and join a body's name that lists its fields with commas.

// Words before "for" in names that hold it, beside bodies' heads and titles ("Campaign for Nuclear Disarmament",
// "Secretary of State for Health", "Centers for Disease Control").
const FOR_HEADS = new Set(['campaign', 'initiative', 'partnership', 'trust', 'centers', 'centres', 'institutes', 'state', 'general',
  'citizens', 'scientists', 'doctors', 'lawyers', 'women', 'people', 'friends', 'fellowship', 'prize', 'hospital', 'home', 'mission']);

// The heads of prizes' names: "Award for Architecture".
const PRIZE_HEADS = new Set(['award', 'awards', 'medal', 'prizes', 'trophy']);

/**
 * "won the British Grand Prix for Mercedes", "a Bafta for Morrow's Kitchen", "an Academy Award for The Banshees of
 * Inisherin": a tagged span with "for" after a word that heads no name holding "for" (a body's head, a title: not
 * "Department for Transport", "Minister for Europe", "Campaign for Nuclear Disarmament") is two names, the thing won or
 * made and the one it was for; a part that opens with "The" is a work's title and no name of ours. Spans stay sorted
 * and disjoint.
 */
export function splitForLinks(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let at = -1;
    for (let i = s.first + 1; i < s.last; i++) if (tokens[i].text === 'for') at = at < 0 ? i : -2;
    const head = tokens[at - 1];
    const isSplit = at > 0 && s.type !== 'PER' && /^\p{Lu}/u.test(head.text) && /^\p{Lu}/u.test(tokens[at + 1].text)
      && !ORG_HEADS.has(head.lower) && !ROLE_WORDS.has(head.lower) && !FOR_HEADS.has(head.lower);
    if (!isSplit) {
      out.push(s);
      continue;
    }
    out.push({ first: s.first, last: at - 1, type: s.type });
    // ("the Aga Khan Award for Architecture": what a prize is given for is no name either)
    const isField = PRIZE_HEADS.has(head.lower) && isPrizeField(tokens.slice(at + 1, s.last + 1).map(t => t.text));
    if (tokens[at + 1].text !== 'The' && !isField) out.push({ first: at + 1, last: s.last, type: s.type });
  }
  return out;
}

/** A word the lexicon knows as nothing, or as a place: not a person's name ("Spencer"), a verb ("Marks") or a common noun. */
export const isPlaceWord = (t: Token): boolean => t.lexTag === undefined || (/City|Place|Region|Country/.test(t.lexTag) && !/Person|Name/.test(t.lexTag));

/**
 * Whether tokens `[first, last]` spell a place the place lists or the country gazetteer know ("Edmonton", "Sheffield"),
 * each word of it known as nothing else ("Marks and Spencer" is no pair of towns) unless it is a town of several words.
 */
export function isKnownPlace(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1);
  const name = words.map((t, k) => t.text + (k === last - first ? '' : t.post === '-' ? '-' : ' ')).join('');
  const kind = placeKind(name);
  // (a town of several words is one whatever its words are alone: "Craven Arms", "Church Stretton")
  return (kind !== undefined || isCountryWord(name)) && (words.every(isPlaceWord) || kind === 'multi-word town');
}

// Heads of bodies named after the fields they cover, listed with commas: "Ministry of Housing, Communities and Local Government".
const FIELD_BODIES = new Set(['ministry', 'department', 'office', 'secretary', 'minister', 'committee', 'commission', 'agency']);

// A word of a field's name: capitalised, no body's head, no given name, no country ("Communities", "Local Government").
const isFieldWord = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.lower) && !isGivenNameTag(t.lexTag)
  && !isCountryWord(t.text);

/**
 * "The Ministry of Housing, Communities and Local Government said", "the Arizona Department of Corrections,
 * Rehabilitation and Reentry": a body named by a head and "of" whose tagged span stops at the first comma of the list
 * of fields it covers runs on through that list when every item is one to three capitalised words with no body's head,
 * no given name and no known place, and "and" closes it ("the Ministry of Defence, the Foreign Office and Treasury"
 * is a list of bodies). The spans inside the list join it. Spans stay sorted and disjoint.
 */
export function joinFieldLists(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const of = tokens.slice(s.first, s.last + 1).findIndex(t => t.text === 'of') + s.first;
    const end = s.type === 'ORG' && of > s.first && FIELD_BODIES.has(tokens[of - 1].lower) && tokens[s.last].post === ',' ? fieldListEnd(tokens, s.last + 1) : -1;
    if (end < 0) {
      out.push(s);
      continue;
    }
    while (k + 1 < spans.length && spans[k + 1].first <= end) k++;
    out.push({ first: s.first, last: end, type: 'ORG' });
  }
  return out;
}

/** The last token of a list of fields opening at token `i` ("Communities and Local Government"), or -1. */
function fieldListEnd(tokens: readonly Token[], i: number): number {
  const sentence = tokens[i - 1].sentence;
  let start = i;
  for (let j = i; j < tokens.length && tokens[j].sentence === sentence; j++) {
    const t = tokens[j];
    if (t.text === 'and' && j > start) {
      start = j + 1;
      let last = start;
      while (last + 1 < tokens.length && tokens[last].post === '' && tokens[last + 1].sentence === sentence && isFieldWord(tokens[last + 1]) && last - start < 2) last++;
      return isFieldWord(tokens[start]) && isItem(tokens, start, last) ? last : -1;
    }
    if (!isFieldWord(t) || j - start > 2) return -1;
    if (t.post === ',') {
      if (!isItem(tokens, start, j)) return -1;
      start = j + 1;
    } else if (t.post !== '') return -1;
  }
  return -1;
}

// An item of a list of fields: no place the lists know ("Communities", not "Leeds").
const isItem = (tokens: readonly Token[], first: number, last: number): boolean => !isKnownPlace(tokens, first, last);

/** The last words of parties' names as they are written before their members: "Liberal Democrat", "Labour". */
export const PARTIES: ReadonlySet<string> = new Set(['conservative', 'conservatives', 'labour', 'democrat', 'democrats', 'democratic', 'republican', 'republicans',
  'tory', 'tories', 'green', 'greens', 'unionist', 'nationalist', 'libertarian', 'snp', 'dup', 'reform', 'socialist', 'communist']);

/**
 * "Environment and Climate Change Canada", "the Education and Skills Funding Agency": an organisation the tagger began
 * after "and" takes in the one capitalised word before the "and" when that word belongs to no span, stands alone (no
 * capitalised word before it but an owner's: "the African Union's Peace and Security Council") and is no given name, party, country or known place, and the organisation has two words or
 * more: a field of the body's name, not a name of its own ("Apple and Meta" stay two); not in a headline in title case
 * ("Wildlife and Derricks Coexist"); with the country's name before the field where the tagger read it alone ("the US"
 * + "Food and" + "Drug Administration"). Spans stay sorted and disjoint.
 */
export function joinLeadingFields(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const [k, s] of spans.entries()) {
    const and = tokens[s.first - 1];
    const field = tokens[s.first - 2];
    const before = tokens[s.first - 3];
    // "the US Food and Drug Administration": a country's name or its initials before the field, read as a body of its own
    const prev = out[out.length - 1];
    const isCountryBefore = before !== undefined && prev !== undefined && prev.first === s.first - 3 && prev.last === s.first - 3
      && before.post === '' && !before.isPossessive && isCountryWord(before.text);
    const isField = s.type === 'ORG' && s.last > s.first && and?.text === 'and' && field !== undefined && field.sentence === tokens[s.first].sentence
      && field.post === '' && isFieldWord(field) && (k === 0 || spans[k - 1].last < s.first - 2 || isCountryBefore) && !isKnownPlace(tokens, s.first - 2, s.first - 2)
      && (field.lexTag === undefined || /Noun|Singular|Uncountable|Plural/.test(field.lexTag)) && !PARTIES.has(field.lower)
      && (field.isFirst || before === undefined || !/^\p{Lu}/u.test(before.text) || before.text === 'The' || before.isPossessive || isCountryBefore)
      && !isHeadlineCase(tokens, field.sentence);
    if (isField && isCountryBefore) out[out.length - 1] = { first: s.first - 3, last: s.last, type: 'ORG' };
    else out.push(isField ? { first: s.first - 2, last: s.last, type: 'ORG' } : s);
  }
  return out;
}

/**
 * Whether sentence `sentence` is a headline written in title case, where capitals say nothing of names ("Wildlife and
 * Derricks Coexist But the Question Is the Cost", "On the Bunny's Trail"): a capitalised conjunction, preposition or
 * verb of being after its first word, or no lower-case word of four letters or more.
 */
export function isHeadlineCase(tokens: readonly Token[], sentence: number): boolean {
  const words = tokens.filter(t => t.sentence === sentence && /^\p{L}/u.test(t.text));
  const isFunctionWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && /Conjunction|Preposition|Copula|Modal/.test(t.lexTag ?? '');
  return words.slice(1).some(isFunctionWord) || !words.some(t => /^\p{Ll}{4,}/u.test(t.text));
}

/**
 * "Kelby Fire and Rescue Service", "the Ostria Astronomy and Space Science Institute": a tagged name of two words or
 * more ("Hamas and al-Aqsa Martyrs Brigades" stay two) that ends in a field word (`isFieldWord`: capitalised, the lexicon's common noun or a word it does not know, no party and no known
 * place) right before "and", and an organisation of two words or more that opens right after it and ends in a body's
 * head and has no word the place lists or the gazetteer know before it, are one body whose name joins two fields ("Kelby Constabulary and Greater
 * Manchester Police" stay two; "Apple and Meta Platforms" has no head). Not in a headline in title case. Spans stay sorted and disjoint.
 */
export function joinFieldPairs(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const field = tokens[s.first - 2];
    const isJoined = prev !== undefined && prev.last === s.first - 2 && prev.last > prev.first && tokens[s.first - 1].text === 'and' && s.type === 'ORG'
      && s.last > s.first && ORG_HEADS.has(tokens[s.last].lower) && field.post === '' && field.sentence === tokens[s.last].sentence
      && isFieldWord(field) && (field.lexTag === undefined || /Noun|Singular|Uncountable/.test(field.lexTag)) && !PARTIES.has(field.lower)
      && !isKnownPlace(tokens, s.first - 2, s.first - 2) && !isHeadlineCase(tokens, field.sentence)
      && !tokens.slice(s.first, s.last).some(t => placeKind(t.text) !== undefined || isCountryWord(t.text));
    if (isJoined) out[out.length - 1] = { first: prev.first, last: s.last, type: 'ORG' };
    else out.push(s);
  }
  return out;
}
