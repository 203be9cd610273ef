import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isRoadEnd } from './context';
import { isBreakAfter } from './features';
import { COMBINING_FORMS } from './givenNames';
import { HONORIFICS, ROLE_WORDS, TIME_WORDS } from './lexicons';
import { MEMBER_WORDS } from './partyMembers';
import { DETERMINERS, RANK_TITLES } from './rules';
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

// A word that may go on an organisation's name: capitalised, inside the sentence, no title, time word, country or demonym.
const isNameGoingOn = (t: Token | undefined): t is Token => t !== undefined && !t.isFirst && /^\p{Lu}[\p{L}&]*$/u.test(t.text)
  && !ROLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !TIME_WORDS.has(t.lower) && !isCountryWord(t.text) && !isDemonymWord(t.text);

/** Whether a sentence is written in title case ("Court Backs City Plan"): four in five of its longer words capitalised (a match
 * report names so many teams and players that three in five can be). */
function isTitleCased(tokens: readonly Token[], sentence: number): boolean {
  const words = tokens.filter(t => t.sentence === sentence && /^\p{L}{4,}/u.test(t.text));
  return words.length >= 3 && words.filter(t => /^\p{Lu}/u.test(t.text)).length >= 0.8 * words.length;
}

/**
 * "analysts at Capital Economics", "IG Metall, the union,", "shares of Rolls-Royce": an organisation the tagger ended
 * one word early takes in the capitalised word right after it, and a name it began after a hyphen (of any class but
 * a state's) takes in the word hyphened to it, when that word belongs to no other span. Spans stay sorted and disjoint.
 */
export function extendOrgsRight(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const titled = new Map<number, boolean>();
  return spans.map((s, k) => {
    const sentence = tokens[s.last].sentence;
    if (!titled.has(sentence)) titled.set(sentence, isTitleCased(tokens, sentence));
    // a headline in title case capitalises every word ("Court Backs City Plan")
    if (s.type === 'GPE' || titled.get(sentence)) return s;
    let { first, last } = s;
    const prev = tokens[first - 1];
    if (isNameGoingOn(prev) && !COMBINING_FORMS.has(prev.text) && prev.post === '-' && prev.end === tokens[first].start - 1 && (k === 0 || spans[k - 1].last < first - 1)) first--;
    const next = tokens[last + 1];
    // not "Taliban militants In", "NASA Administrator", "Bank of England", "a Texas Republican": no function word,
    // person's noun, party member or verb; not after an initial or a rank ("R Saravanan", "PC Dan Reeves")
    // ("at Harrowfield Lane": a place the tagger ended before its road's noun takes it in as well)
    const isGoingOn = (s.type === 'ORG' || (s.type === 'LOC' && next !== undefined && isRoadEnd(next))) && isNameGoingOn(next) && !MEMBER_WORDS.has(next.text) && /^\p{Lu}\p{L}/u.test(tokens[last].text) && !RANK_TITLES.has(tokens[first].text)
      && !isBreakAfter(tokens[last], next)
      && !/Preposition|Conjunction|Determiner|Pronoun|Copula|Adverb|Actor|Value|Verb|Tense|Infinitive|Gerund|Modal/.test(next.lexTag ?? '')
      && tokens[last + 2]?.text !== 'of' && spans[k + 1]?.first !== last + 1
      // not "England Under-21": a word hyphened to a number qualifies a team
      && !(next.post === '-' && /^\d/.test(tokens[last + 2]?.text ?? ''));
    if (isGoingOn) last++;
    // "the Wales Under-19 side": an age group hyphened to its number is no word of the side's name
    if (last > first && /^(?:Under|U)$/.test(tokens[last].text) && tokens[last].post === '-' && /^\d/.test(tokens[last + 1]?.text ?? '')) last--;
    return first === s.first && last === s.last ? s : { first, last, type: s.type };
  });
}

// Nations and regions a broadcaster's service is named after: "BBC Scotland", "ITV Wales".
const SERVICE_AREAS = new Set(['Scotland', 'Wales', 'England', 'Cymru', 'London']);
// Last words of a city's venue or company named after it: "the Moscow Art Theatre", "the Berlin Tennis Open".
const CITY_VENUE_HEADS = new Set(['Theatre', 'Theater', 'Opera', 'Ballet', 'Orchestra', 'Philharmonic', 'Symphony', 'Museum', 'Gallery',
  'Playhouse', 'Conservatoire', 'Conservatory', 'Open']);

/** Whether a capitalised word is a venue's, an ensemble's or a tournament's last word ("Theatre", "Orchestra", "Open"). */
export const isVenueHead = (t: Token): boolean => CITY_VENUE_HEADS.has(t.text);

/**
 * "BBC Scotland's coverage", "first staged at the Moscow Art Theatre", "the final of the Berlin Tennis Open": a body read
 * apart from the place in its name is one organisation: a broadcaster's acronym the lexicon knows and the nation of its
 * service (the acronym in a span of its own or in none: "By Gregor Lennie, BBC Scotland"), or a city's one-word name and the
 * venue, company or tournament after it (its last word a venue's head).
 * Spans stay sorted and disjoint.
 */
export function joinPlaceBodies(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const owner = prev === undefined || prev.first !== prev.last ? undefined : tokens[prev.first];
    const isNext = owner !== undefined && prev.last + 1 === s.first && owner.post === '' && owner.sentence === tokens[s.first].sentence;
    const isService = isNext && prev.type === 'ORG' && /^\p{Lu}{2,4}$/u.test(owner.text) && /Organization/.test(owner.lexTag ?? '')
      && s.first === s.last && SERVICE_AREAS.has(tokens[s.first].text);
    const isVenue = isNext && prev.type === 'LOC' && /^\p{Lu}\p{Ll}+$/u.test(owner.text) && !isCountryWord(owner.text) && !isDemonymWord(owner.text)
      && s.type !== 'LOC' && s.type !== 'GPE' && CITY_VENUE_HEADS.has(tokens[s.last].text) && s.last > s.first;
    // "By Gregor Lennie, BBC Scotland at Pittodrie": the acronym the tagger left out of every span
    const acronym = tokens[s.first - 1];
    const isLoneService = s.first === s.last && SERVICE_AREAS.has(tokens[s.first].text) && acronym !== undefined
      && (prev === undefined || prev.last < s.first - 1) && /^\p{Lu}{2,4}$/u.test(acronym.text) && /Organization/.test(acronym.lexTag ?? '')
      && acronym.post === '' && acronym.sentence === tokens[s.first].sentence;
    if (isService || isVenue) out[out.length - 1] = { first: prev.first, last: s.last, type: 'ORG' };
    else out.push(isLoneService ? { first: s.first - 1, last: s.last, type: 'ORG' } : s);
  }
  return out;
}

// First words of an emergency service's name, which the area it serves opens: "London Ambulance Service".
const SERVICE_WORDS = new Set(['police', 'fire', 'ambulance', 'coastguard', 'constabulary']);

/**
 * "the London Ambulance Service", "the Welsh Ambulance Service", "Dunmore Fire and Rescue Service": a place or a
 * nation's word the tagger read apart from the emergency service right after it (one space, no break) is the
 * service's area, part of its name. The service's name opens with a service's word and has two words or more, or is
 * a "Constabulary". Spans stay sorted and disjoint.
 */
export function joinAreaServices(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const isService = prev !== undefined && s.type === 'ORG' && (prev.type === 'LOC' || prev.type === 'GPE') && prev.last + 1 === s.first
      && !isBreakAfter(tokens[prev.last], tokens[s.first]) && SERVICE_WORDS.has(tokens[s.first].lower)
      && (s.last > s.first || tokens[s.first].lower === 'constabulary');
    if (isService) out[out.length - 1] = { first: prev.first, last: s.last, type: 'ORG' };
    else out.push(s);
  }
  return out;
}
