import type { PlacedMention } from '../model';
import { isCompanyNounWord } from '../nlp/companyRules';
import { ORG_HEADS, PLACE_HEADS, PROFESSIONS, ROLE_HEADS, SPORT_ROLES } from '../nlp/lexicons';
import { isOccupationBefore, isOccupationWord } from '../nlp/occupations';
import { placeKind } from '../places/knownPlaces';
import { isListGap } from './listTypes';

// What the article's words say of a name that only a person is (harmonise.ts): kin after a possessive ("his sister
// Nuala", "their children, Kayode and Ruth") or after the name's own ("Donal Keane's protégé"), and an apposition that gives the name a post ("Carys Pugh-Williams, a
// former Labour councillor,").

// Kin after a possessive, with a comma or not: "his sister Nuala", "her husband, Tomas", "their children, Kayode and Ruth".
const KIN_BEFORE = /\b(?:his|her|their|my|our|your)\s+(?:(?:late|elder|older|younger|eldest|youngest|twin|baby|two|three|four|adopted)\s+)?(?:sister|sisters|brother|brothers|wife|husband|son|sons|daughter|daughters|children|mother|father|partner|widow|widower|grandson|grandsons|granddaughter|granddaughters|grandchildren|niece|nephew|cousin|fiancé|fiancée|stepson|stepdaughter|parents)(?:,)?\s+$/i;

// Kin or a protégé after the name's possessive: "Donal Keane's protégé", "Ruth Adair's late husband", "Okafor's widow"
// (not "partner" nor "parent": a firm has them too).
const KIN_AFTER = /^['’]s\s+(?:(?:late|elder|older|younger|eldest|youngest|twin|former|estranged)\s+)?(?:sister|sisters|brother|brothers|wife|husband|son|sons|daughter|daughters|children|mother|father|widow|widower|grandson|granddaughter|grandchildren|niece|nephew|fiancé|fiancée|stepson|stepdaughter|parents|protégé|protégée|protege)(?!\p{L})/iu;

// A person's noun, then "named" or "called", before the name: "a former police officer named Arun Basak", "a woman called
// Nessa" (not "a village named Ardlow", "a firm called Tarvik").
const NAMED_BEFORE = /\b(\p{Ll}+)\s+(?:named|called)\s+$/u;
// How `NAMED_BEFORE` ends: a text without it has no match.
const NAMING_VERB_BEFORE = /(?:named|called)\s+$/u;
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'teenager', 'officer', 'nurse', 'doctor', 'soldier', 'priest', 'student',
  'pupil', 'farmer', 'worker', 'driver', 'pilot', 'fisherman', 'lawyer', 'teacher', 'son', 'daughter', 'brother', 'sister']);

// A person's noun in lower case right before a name of two or three words: "Japanese defender Kota Nishimura", "the
// jazz drummer Yussef Dayes", "team principal Graeme Lowdon" (a firm's noun is none: "the developer Linden Homes" is
// caught by its head; "rival Tata" has one word).
const NOUN_BEFORE = /(?:^|[^\p{L}'’])(\p{Ll}+) $/u;
const MORE_PERSON_NOUNS = new Set(['principal', 'executive', 'cinematographer', 'jockey', 'teammate', 'batter', 'spinner', 'paceman', 'seamer',
  'keeper', 'full-back', 'centre-back', 'centre-half', 'fly-half', 'scrum-half', 'hooker', 'prop', 'lock', 'flanker', 'fullback']);
const isPersonNoun = (w: string): boolean => PERSON_NOUNS.has(w) || ROLE_HEADS.has(w) || PROFESSIONS.has(w) || SPORT_ROLES.has(w)
  || POSTS.has(w) || MORE_PERSON_NOUNS.has(w);

/** Whether a person's noun stands right before `start`, and the name `s` has two or three words (`NOUN_BEFORE`). */
function isNounedPerson(text: string, start: number, s: string): boolean {
  const words = s.split(' ').length;
  if (words < 2 || words > 3) return false;
  const m = NOUN_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && (isPersonNoun(m[1]) || isOccupationBefore(m[1]));
}

/** Whether a person's noun and "named" or "called" stand right before `start` (`NAMED_BEFORE`). */
function isNamedPerson(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // most names have neither verb before them: `NAMED_BEFORE`, tried at each of 40 positions, runs only after one
  if (!NAMING_VERB_BEFORE.test(before)) return false;
  const m = NAMED_BEFORE.exec(before);
  return m !== null && isPersonNoun(m[1]);
}

// An apposition after the name that gives it a post, a profession or a trade: ", a former Labour councillor", ", the
// party's treasurer", ", an architect from Leeds", ", a groundsman who" (the post among its first four words, before any
// function word).
const APPOSITION = /^,\s+(?:a|an|the)\s+([^,.;:()"“”]{1,60})/u;
const STOP = new Set(['of', 'from', 'who', 'whose', 'whom', 'they', 'he', 'she', 'we', 'it', 'in', 'at', 'for', 'with', 'and', 'to', 'on', 'which', 'that', 'by']);
const POSTS = new Set(['councillor', 'mother', 'father', 'grandmother', 'grandfather', 'widow', 'pensioner', 'resident', 'veteran']);

/**
 * Whether the apposition after `end` gives the name a post or a profession (`APPOSITION`): the head of its noun phrase,
 * the last of its first four words before any function word ("a former Labour councillor in", "a coach operator in",
 * "a groundsman who"), is a person's noun, and no noun firms are called by too ("Brackwell, the chemist,").
 */
function hasPostAfter(text: string, end: number): boolean {
  const m = APPOSITION.exec(text.slice(end, end + 80));
  if (m === null) return false;
  const words = m[1].split(/\s+/);
  const stop = words.findIndex(w => STOP.has(w));
  const phrase = words.slice(0, stop < 0 ? words.length : stop);
  if (phrase.length === 0 || phrase.length > 4) return false;
  const head = phrase[phrase.length - 1].toLowerCase().replace(/['’]s$/u, '');
  if (FIRMS_TOO.has(head)) return false;
  return ROLE_HEADS.has(head) || PROFESSIONS.has(head) || SPORT_ROLES.has(head) || POSTS.has(head) || isOccupationWord(head);
}

// Nouns of a trade that shops and firms are called by as well: "Brackwell, the chemist,", "Renwick, the specialist insurer".
const FIRMS_TOO = new Set(['chemist', 'specialist', 'optician', 'butcher', 'baker', 'jeweller', 'jeweler', 'florist', 'estate']);

/**
 * The surfaces the article's words give a person: a mention after kin and a possessive ("his sister Nuala"), and the
 * names listed after it ("their children, Kayode and Ruth"), or one with a post in apposition ("Carys Pugh-Williams, a
 * former Labour councillor,"); no name the place lists hold, nor one with a body's or a place's noun or in capitals.
 * `raw` sorted by start.
 */
export function peopleByCue(text: string, raw: readonly PlacedMention[], surface: (m: PlacedMention) => string): Set<string> {
  const out = new Set<string>();
  let prev: PlacedMention | undefined;
  for (const m of raw) {
    const isKin = KIN_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start))
      || (prev !== undefined && isListGap(text.slice(prev.end, m.start)));
    prev = isKin ? m : undefined;
    const s = surface(m);
    if ((isKin || KIN_AFTER.test(text.slice(m.end, m.end + 32)) || isNamedPerson(text, m.start) || hasPostAfter(text, m.end)
      || (m.source === 'tagger' && isNounedPerson(text, m.start, s))) && isPersonShaped(s)) out.add(s);
  }
  return out;
}

/** Whether `s` may be a person's name by its words: no listed place, no body's, firm's or place's noun, no word in capitals. */
function isPersonShaped(s: string): boolean {
  return placeKind(s) === undefined && s.split(/[ -]/).every(w => /^\p{Lu}[\p{Ll}'’]/u.test(w) || /^\p{Ll}+$/u.test(w))
    && !s.split(' ').some(w => ORG_HEADS.has(w.toLowerCase()) || PLACE_HEADS.has(w.toLowerCase()) || isCompanyNounWord(w));
}
