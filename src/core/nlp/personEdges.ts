import { findCountryMentions, isCountryWord, isDemonymWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { isGivenNameWord } from './listedGivenNames';
import { ORG_HEADS, PLACE_HEADS, PROFESSIONS, ROLE_WORDS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// A span step (`spanSteps.ts`): the words a person's name carries at its edges that are no part of it,
// an occupation or a town's dweller before it and letters after it.

// Occupations written before a name, capitalised at a sentence's start or in a caption ("Headteacher Ada Brook said"),
// beyond the arts' professions of the lexicon. No word here is a common surname ("Baker", "Mason", "Cook" are left out).
const OCCUPATIONS = new Set(['headteacher', 'headmaster', 'headmistress', 'teacher', 'nurse', 'midwife', 'paramedic',
  'firefighter', 'farmer', 'landlord', 'landlady', 'shopkeeper', 'publican', 'campaigner', 'activist', 'pensioner',
  'student', 'resident', 'grandmother', 'grandfather', 'businessman', 'businesswoman', 'entrepreneur', 'chef',
  'solicitor', 'barrister', 'surgeon', 'scientist', 'researcher', 'economist', 'analyst', 'historian', 'journalist',
  'presenter', 'broadcaster', 'fisherman', 'skipper', 'volunteer', 'organiser', 'organizer', 'founder', 'owner',
  'widow', 'widower', 'mum', 'dad', 'survivor', 'veteran', 'councillor', 'vicar', 'rapper', 'singer', 'songwriter', 'producer',
  // a player's part in a match report, a band's or a film crew's ("Substitute Tobi Okafor scored", "Cinematographer Ada Brook")
  'substitute', 'debutant', 'frontwoman', 'frontman', 'cinematographer', 'vocalist', 'harpist', 'fiddler', 'organist',
  'percussionist', 'keyboardist',
  // a match's officials and a race's riders ("Referee Howard Foster stopped it", "Jockey Ryan Moore")
  'referee', 'umpire', 'linesman', 'jockey']);

// Letters after a person's name: honours, degrees and ranks at the bar or in a parliament ("Ada Brook KC").
const POSTNOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MSP', 'MS', 'MEP', 'MLA', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'FRS',
  'FRSE', 'FBA', 'PhD', 'JP', 'VC', 'GC']);
// Of those, the ones only a person holds, whatever class the tagger gave the name ("Tom Hale QC", "Fiona Meagher SC"):
// not a member's letters, which follow a party's name too ("Labour MP").
const PERSONAL_POSTNOMINALS = new Set(['KC', 'QC', 'SC', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'FRS', 'FRSE', 'FBA', 'PhD']);

// A desk's word between a byline's name and its role in lower case: "Ada Brook Science correspondent", "Ada Brook
// Political editor".
const DESKS = new Set(['science', 'health', 'political', 'politics', 'business', 'economics', 'sports', 'sport', 'arts',
  'music', 'technology', 'environment', 'education', 'home', 'foreign', 'culture', 'media', 'legal', 'security',
  'defence', 'defense', 'transport', 'energy', 'climate', 'consumer', 'social', 'diplomatic', 'crime', 'film', 'food']);
/** A byline's role after the desk's word ('correspondent', 'editor'). */
export const BYLINE_ROLES: ReadonlySet<string> = new Set(['correspondent', 'editor', 'reporter', 'writer', 'critic', 'commentator']);

const isNameWord = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower);

// A town's dweller: a listed place and "er" ("Londoner", "Dubliner", "Berliner").
// (not a given name or a word of the lexicon: "Heather" of Heath, "Hunter", "Walter")
const isDweller = (t: Token): boolean => /^\p{Lu}\p{Ll}+er$/u.test(t.text) && placeKind(t.text.slice(0, -2)) !== undefined
  && t.lexTag === undefined && !isGivenNameWord(t.text);

// A post's title in the plural before the first of several holders: "joined by Justices Clarence Thomas, Neil Gorsuch".
const isPluralTitle = (t: Token): boolean => /^\p{Lu}\p{Ll}+s$/u.test(t.text) && ROLE_WORDS.has(t.lower.slice(0, -1));

// Nouns of a nationality the country lists leave out: "the big-hitting Scot Mike Torrance", "Kiwi Finn Allen".
const NATIONALITY_NOUNS = new Set(['Scot', 'Brit', 'Kiwi', 'Aussie', 'Ulsterman', 'Ulsterwoman', 'Cornishman', 'Yorkshireman']);

/**
 * How many words of a nationality open the span `[first, last]` before a person's name of two or three words: a
 * demonym of one word or two ("Frenchman", "Kenyan", "New Zealander"), then a given name or a word a country's name
 * shares with given names ("Jordan Whitaker", "Finn McAllister"), then surnames. 0 when there is none.
 */
function nationalityBefore(tokens: readonly Token[], first: number, last: number): number {
  const lead = tokens[first];
  if (lead.isPossessive || lead.post !== '') return 0;
  let n = 0;
  if (isDemonymWord(lead.text) || NATIONALITY_NOUNS.has(lead.text)) n = 1;
  else if (last - first >= 3 && /^\p{Lu}\p{Ll}+$/u.test(lead.text) && tokens[first + 1].post === '') {
    const pair = `${lead.text} ${tokens[first + 1].text}`;
    const hits = findCountryMentions(pair);
    if (hits.length === 1 && hits[0].start === 0 && hits[0].end === pair.length && hits[0].via === 'demonym') n = 2;
  }
  return n > 0 && isNameAfterNationality(tokens, first + n, last) ? n : 0;
}

/** Whether `[first, last]` is a name of two or three words that opens with a given name or a country's ("Jordan"). */
function isNameAfterNationality(tokens: readonly Token[], first: number, last: number): boolean {
  const rest = tokens.slice(first, last + 1);
  if (rest.length < 2 || rest.length > 3 || !rest.every(isNameWord) || rest.slice(0, -1).some(t => t.post !== '')) return false;
  return isGivenNameWord(rest[0].text) || isCountryWord(rest[0].text);
}

/**
 * "Headteacher Ada Brook had written", "the Londoner Ada Brook", "Asked by Ada Brook KC": a name of three words or
 * more that opens with an occupation (`OCCUPATIONS`, the lexicon's arts professions) or a town's dweller ("Londoner")
 * and goes on with two or three capitalised words that are no body's or place's head is that person without it; a
 * person's name loses the letters after it (`POSTNOMINALS`) and, in a byline, the desk before its role in lower case
 * ("Ada Brook Science correspondent"). Spans stay sorted and disjoint.
 */
export function trimPersonEdges(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    let { first, last, type } = s;
    // (the same after a nationality the tagger's span left out: "Frenchman" + "Baptiste Leclerc")
    const before = spans[k - 1];
    if (type === 'ORG' && before?.type === 'GPE' && before.last === first - 1 && tokens[before.last].post === ''
      && isDemonymWord(tokens[before.last].text) && isNameAfterNationality(tokens, first, last)) type = 'PER';
    const lead = tokens[first];
    const rest = tokens.slice(first + 1, last + 1);
    if (last - first >= 2 && last - first <= 3 && s.type !== 'GPE' && /^\p{Lu}/u.test(lead.text) && !lead.isPossessive && lead.post === ''
      && (OCCUPATIONS.has(lead.lower) || PROFESSIONS.has(lead.lower) || isDweller(lead) || isPluralTitle(lead)) && rest.every(isNameWord)) {
      first++;
      type = 'PER';
    }
    // "Frenchman Baptiste Leclerc", "New Zealander Finn McAllister", "over American Jordan Whitaker"
    const nationality = nationalityBefore(tokens, first, last);
    if (nationality > 0 && type !== 'GPE') {
      first += nationality;
      type = 'PER';
    }
    if (type !== 'GPE' && type !== 'PER' && last - first >= 2 && last - first <= 3 && PERSONAL_POSTNOMINALS.has(tokens[last].text)
      && tokens.slice(first, last).every(t => isNameWord(t) && t.post === '')) type = 'PER';
    while (type === 'PER' && last - first >= 2 && POSTNOMINALS.has(tokens[last].text) && tokens[last - 1].post === '') last--;
    // "Ada Brook Science correspondent": a byline's desk
    const desk = BYLINE_ROLES.has(tokens[last].text) ? last - 1 : last;
    const role = tokens[desk + 1];
    if (type === 'PER' && desk - first >= 2 && DESKS.has(tokens[desk].lower) && /^\p{Lu}/u.test(tokens[desk].text) && role !== undefined
      && role.sentence === tokens[desk].sentence && BYLINE_ROLES.has(role.text)) last = desk - 1;
    return first === s.first && last === s.last && type === s.type ? s : { first, last, type };
  });
}
