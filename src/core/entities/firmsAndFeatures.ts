import type { PlacedMention } from '../model';
import { isCompanyNounWord } from '../nlp/companyRules';
import { lexiconTag } from '../nlp/engine';
import { isGivenNameWord } from '../nlp/listedGivenNames';
import { ORG_HEADS, PLACE_HEADS } from '../nlp/lexicons';
import { PLACE_ENDS } from '../nlp/placeEnds';
import { isGivenNameTag } from '../nlp/tokens';
import { placeKind } from '../places/knownPlaces';

// What the article's own names say of a name's kind (harmonise.ts): the firms it names in two ways ("Harbourline" and
// "Harbourline Renewables") and the natural features it names in full ("River Severn", then "the Severn").

/** The words `firmWordsOf` found: one-word organisations, and the first words of two-word firms. */
export interface FirmWords {
  readonly orgs: ReadonlySet<string>;
  readonly firstOfFirms: ReadonlySet<string>;
}

/**
 * The article's one-word organisations ("Harbourline said"; read as one at least as often as a person) and the first
 * words of its two-word companies ("Stellbrook Energy") and of its parties of three words or more, less any word a
 * person named in full bears (`isPersonal`) or the lexicon knows as a given name.
 */
export function firmWordsOf(raw: readonly PlacedMention[], surface: (m: PlacedMention) => string, isPersonal: (w: string) => boolean): FirmWords {
  // a one-word name counts as an organisation where at least as many of its mentions read it so as read a person
  const orgs = new Map<string, number>();
  const firstOfFirms = new Set<string>();
  for (const m of raw) {
    // (only these two types count: the split below is the cost of this reading)
    if (m.type !== 'ORG' && m.type !== 'PERSON') continue;
    const words = surface(m).split(' ');
    if (words.length === 1 && (m.type === 'ORG' || m.type === 'PERSON')) orgs.set(words[0], (orgs.get(words[0]) ?? 0) + (m.type === 'ORG' ? 1 : -1));
    else if (m.type === 'ORG' && ((words.length === 2 && isCompanyNounWord(words[1])) || isMovementName(words))) firstOfFirms.add(words[0]);
  }
  const isFirmWord = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && !isPersonal(w) && !isGivenNameTag(lexiconTag(w.toLowerCase()));
  return { orgs: new Set([...orgs].filter(([w, n]) => n >= 0 && isFirmWord(w)).map(([w]) => w)), firstOfFirms: new Set([...firstOfFirms].filter(isFirmWord)) };
}

// Head nouns of a party's or a movement's name of three words or more, which the party goes by its first word of
// ("Wiper Democratic Movement": "who leads Wiper").
const MOVEMENT_HEADS = new Set(['movement', 'party', 'alliance', 'front']);

const isMovementName = (words: readonly string[]): boolean => words.length >= 3 && MOVEMENT_HEADS.has(words[words.length - 1].toLowerCase());

/**
 * Whether a name read as a person is a firm of the article: a longer name whose first word is one of its organisations
 * and whose last is a company's or a body's noun ("Harbourline Renewables" where "Harbourline" is the company; not
 * "Saddam Hussein" where the tagger read "Saddam" as a body), or one word that opens the name of one of its
 * companies or movements ("Stellbrook shares jumped" after "Stellbrook Energy"; "who leads Wiper" after "the Wiper
 * Democratic Movement").
 */
export function isFirmName(s: string, firms: FirmWords): boolean {
  const words = s.split(' ');
  if (words.length === 1) return firms.firstOfFirms.has(s);
  const last = words[words.length - 1];
  return firms.orgs.has(words[0]) && (isCompanyNounWord(last) || ORG_HEADS.has(last.toLowerCase()));
}

// Head nouns of a natural feature's name ("River Severn", "Lake Orla", "Mount Kessel", "Kessel Mountain").
const FEATURE_HEADS = new Set(['river', 'lake', 'loch', 'mount', 'mountain', 'mt']);

/** The names the article gives natural features in full, less their head noun: "Severn" of "River Severn". */
export function featureNames(raw: readonly PlacedMention[], surface: (m: PlacedMention) => string): Set<string> {
  const out = new Set<string>();
  for (const m of raw) {
    if (m.type !== 'PLACE') continue;
    const words = surface(m).split(' ');
    if (words.length !== 2) continue;
    if (FEATURE_HEADS.has(words[0].toLowerCase())) out.add(words[1]);
    else if (FEATURE_HEADS.has(words[1].toLowerCase())) out.add(words[0]);
  }
  return out;
}

/**
 * The names the tagger read as places that the article writes after a country's possessive, which the place lists do
 * not hold and no mention places: "Norway's Orkla", "Germany's ZDF", "Singapore's Temasek" are that country's bodies
 * ("Italy's Lombardy", a region the lists hold, and "Chile's Atacama Desert" stay; "Britain's Andy Murray", read as a person, is not asked).
 * `isPlaced` says whether a mention stands after a preposition of place ("in Orkla").
 */
export function ownedByCountry(text: string, raw: readonly PlacedMention[], surface: (m: PlacedMention) => string,
  isPlaced: (m: PlacedMention) => boolean): Set<string> {
  const owned = new Set<string>();
  const placed = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i];
    if (m.type !== 'PLACE') continue;
    const s = surface(m);
    if (isPlaced(m)) placed.add(s);
    const prev = raw[i - 1];
    if (m.source === 'tagger' && prev?.type === 'COUNTRY' && /^['’]s $/.test(text.slice(prev.end, m.start)) && placeKind(s) === undefined
      // ("Chile's Atacama Desert", "Congo's Virunga National Park": a place's noun in it; "Russia's Kirov region", "Egypt's Sharm resort": a noun after it)
      && !s.split(/[ -]/).some(w => PLACE_HEADS.has(w.toLowerCase()) || FEATURE_HEADS.has(w.toLowerCase()) || PLACE_ENDS.has(w.toLowerCase()))
      && !isBeforeAreaNoun(text, m.end)
      // ("Iraq's Kurdish region", "Cuba's Communist revolution": a people's or a creed's adjective)
      && !/(?:ic|ish|ese|ian|ist|dox)$/.test(s) && lexiconTag(s.toLowerCase()) !== 'Adjective'
      // ("Spain's Pablo Ibarra": a person's name, a given name and a surname)
      && !isGivenAndSurname(s)) owned.add(s);
  }
  return new Set([...owned].filter(s => !placed.has(s)));
}

// Nouns of an area, one or two words after a name: "Russia's Kirov region", "Pakistan's Khyber tribal district", "Egypt's
// Sharm resort", "Peru's Amazon basin".
const AREA_NOUN = /^ (?:\p{Ll}+ )?(?:regions?|district|province|state|resort|city|town|village|area|territory|county|island|islands|coast|basin|peninsula|valley|desert|border|frontier|enclave|prison|population)\b/u;

/** Whether a noun of an area follows at `end`, one or two words on ("Kirov region", "Khyber tribal district"). */
const isBeforeAreaNoun = (text: string, end: number): boolean => AREA_NOUN.test(text.slice(end, end + 40));

/** Whether `s` reads as a given name the lists know and one or two surnames ("Pablo Ibarra", "Léa Fontaine-Morel"). */
const isGivenAndSurname = (s: string): boolean => {
  const words = s.split(' ');
  return words.length >= 2 && words.length <= 3 && isGivenNameWord(words[0]) && words.slice(1).every(w => /^\p{Lu}\p{Ll}/u.test(w));
};

// A preposition of place before a country's possessive: "at Iraq's", "in Syria's".
const PLACE_BEFORE = /\b(?:at|in|into|near|from|across|outside|inside)\s+$/i;

/**
 * The people a country's possessive names ("Spain's Pablo Ibarra", "Norway's Eirik Haugland"): a given name the lists
 * know and a surname right after "<country>'s", wherever the tagger read a place or a body.
 */
export function peopleOfCountries(text: string, raw: readonly PlacedMention[], surface: (m: PlacedMention) => string): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < raw.length; i++) {
    const [prev, m] = [raw[i - 1], raw[i]];
    // (not "at Iraq's Abu Ghraib", "Iraq's Abu Ghraib prison": a place, by a preposition before or a noun after)
    if (m.type !== 'PERSON' && prev.type === 'COUNTRY' && /^['’]s $/.test(text.slice(prev.end, m.start)) && isGivenAndSurname(surface(m))
      && !PLACE_BEFORE.test(text.slice(Math.max(0, prev.start - 8), prev.start)) && !isBeforeAreaNoun(text, m.end)) out.add(surface(m));
  }
  return out;
}
