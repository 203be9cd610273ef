import type { PlacedMention } from '../model';
import { isCompanyNounWord } from '../nlp/companyRules';
import { lexiconTag } from '../nlp/engine';
import { ORG_HEADS, PLACE_NOUNS } from '../nlp/lexicons';
import { isGivenNameTag } from '../nlp/tokens';

/**
 * Micro-toponyms (harmonise.ts): the junctions, villages and districts no place list holds, which the tagger reads as
 * a person or a body ("between Scotch Corner and Penrith", "In Khan Younis, the hospital", "near Tarrow Top", "north
 * of Kelby"). The article's own words are the evidence: a name is a place when every mention of it stands after a
 * word of place, listed beside one that does ("in Guildford and Tunbridge Wells"), or before a place's noun
 * ("Kelby station"), and nothing in the article makes it a person or a firm.
 */

// Words of place right before a name, capitalised only as a sentence's first word ("In Khan Younis, the"; not a
// headline's "Crisis In Public Housing"); a compass word may stand before the name or make the preposition ("in west
// Donegal", "north of Kelby"). "At", "from", "via" and "over the" are left out ("worked at Arup", "a letter from Dana",
// "AFP via Getty Images", "a win over the Jets"), and so is "in" after a holding or a job ("shares in Rightmove").
const LOCATIVE = /(?:\b(?:in|near|towards?|through|away from|across the)|(?:[.!?:]["'’”]?\s|\n)\s*(?:In|Near|Towards?|Through|Across the)|\b(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)? of)\s+(?:(?:(?:north|south)-?(?:east|west)|north|south|east|west|central)(?:ern)?\s+)?$/;
const BETWEEN = /\bbetween\s+$/;
// A member's seat: "MP for Mid Fife and Glenrothes", "the former MSP for Caithness", "MEPs for ..."; and "in parts of Powys".
const SEAT_FOR = /\b(?:(?:MP|MSP|MS|MLA|TD|MEP|AM)s?\s+for|parts\s+of)\s+$/;
// A kind of place in the plural before a list of its names: "villages such as Holmes Chapel, Goostrey and Smallwood",
// "northern counties, including Turkana and Marsabit", "the boroughs of Hackney and Tower Hamlets", "in places like
// Cornwall", "in parts of Birmingham, including Sparkbrook and Alum Rock".
const PLACE_KINDS = /\b(?:places|villages|towns|cities|counties|districts|boroughs|regions|provinces|states|suburbs|neighbou?rhoods|constituencies|parishes|communities|islands|areas|parts of \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)(?:,? (?:such as|like|including)| of)\s+$/u;
// The rest of a list, up to its "and" or "or": ", Hesse and Bavaria", " and Bavaria".
const LIST_GOES_ON = /^(?:, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)*,? (?:and|or) \p{Lu}/u;
// What joins the names of a list after such a kind: ", ", " and ", ", or ".
const KIND_LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+(?:the\s+)?)$/;
const LISTED = /^,?\s+(?:and|or)\s+$/;
const HOLDING_IN = /\b(?:shares?|stakes?|invest(?:s|ed|ing|ment|ments)?|interest|holding|holdings|job|jobs|role|career|work|worked|working)\s+in\s+$/i;
// A place's lower-case noun right after the name: "Kelby station", "the Tel Marouf crossing".
const NOUN_AFTER = /^\s+(\p{Ll}+)/u;

// A route in brackets, its start before a dash and its finish after it: "(Locarno – Andermatt, 168km)".
const ROUTE_ON = /^ [–—-] \p{Lu}/u;
const ROUTE_FROM = /\(\p{Lu}[\p{L}' -]* [–—-] $/u;

/** Whether the mention at `[start, end)` stands where only a place can: after a word of place, or before a place's noun. */
function isPlacedAt(text: string, start: number, end: number): boolean {
  const before = (start < 24 ? '\n' : '') + text.slice(Math.max(0, start - 24), start);
  if ((LOCATIVE.test(before) && !HOLDING_IN.test(before)) || SEAT_FOR.test(before)) return true;
  // "between Scotch Corner and Penrith" (not "fighting between Tamil Tiger rebels and troops")
  if (BETWEEN.test(before) && /^ and /.test(text.slice(end, end + 5))) return true;
  // "Stage 6 (Locarno – Andermatt, 168km)": a route's start and finish in brackets
  if ((/\($/.test(before) && ROUTE_ON.test(text.slice(end, end + 4))) || (ROUTE_FROM.test(before) && /^[,)]/.test(text.slice(end, end + 1)))) return true;
  const noun = NOUN_AFTER.exec(text.slice(end, end + 16));
  return noun !== null && (PLACE_NOUNS.has(noun[1]) || noun[1] === 'station');
}

// Sources of the readings this may change: the tagger's and the repeats of its names.
const GUESSES = new Set(['tagger', 'repeat']);

/**
 * The names (surfaces) the tagger or its repeats placed once at least (`isPlacedAt`, or listed with "and" or "or" right
 * after a placed one: "in Guildford and Tunbridge Wells") and never read as a person or a body elsewhere, that hold no
 * body's or company's noun and are not in capitals: of several words, opening with no given name; of one word, a word
 * the lexicon knows as nothing but a place or a given name ("north of Preston"), or not at all; `notPlaces` names those the article gives a person, a firm, a body or a club.
 * `raw` sorted by start.
 */
export function placedNames(text: string, raw: readonly PlacedMention[], surface: (m: PlacedMention) => string,
  notPlaces: (s: string) => boolean): Set<string> {
  const reads = new Map<string, { isPlaced: boolean; isAgainst: boolean }>();
  let prevPlaced: PlacedMention | undefined;
  // the last mention of a list a kind of place opens ("villages such as Holmes Chapel, Goostrey and Smallwood")
  let prevKind: PlacedMention | undefined;
  for (const m of raw) {
    const s = surface(m);
    const isKindListed = (prevKind !== undefined && KIND_LIST_GAP.test(text.slice(prevKind.end, m.start)))
      || PLACE_KINDS.test(text.slice(Math.max(0, m.start - 48), m.start));
    prevKind = isKindListed ? m : undefined;
    // "in Guildford and Tunbridge Wells" (not "the embassy in Washington, Ashraf Haidari, said")
    // and "in Lower Saxony, Hesse and Bavaria": a comma joins where the list goes on to "and" or "or"
    const listed = isKindListed || (prevPlaced !== undefined && (LISTED.test(text.slice(prevPlaced.end, m.start))
      || (/^,\s*$/.test(text.slice(prevPlaced.end, m.start)) && LIST_GOES_ON.test(text.slice(m.end, m.end + 80)))));
    // "in Trump's speech": a possessive names its owner
    const isPlaced = (listed || isPlacedAt(text, m.start, m.end)) && !/^['’]s?\b/u.test(text.slice(m.end, m.end + 2));
    prevPlaced = isPlaced ? m : undefined;
    // a guess placed is evidence for; a person or a body not placed, or one another pass read, is evidence against
    const read = reads.get(s) ?? { isPlaced: false, isAgainst: false };
    read.isPlaced ||= isPlaced && GUESSES.has(m.source);
    read.isAgainst ||= m.type !== 'PLACE' && (!isPlaced || !GUESSES.has(m.source));
    reads.set(s, read);
  }
  const out = new Set<string>();
  for (const [s, read] of reads) if (read.isPlaced && !read.isAgainst && !notPlaces(s) && isPlaceShaped(s)) out.add(s);
  return out;
}

const CONNECTORS = new Set(['and', 'of', 'upon', 'on', 'under', 'in', 'le', 'la', 'en', 'sur']);

/** Whether `s` may be a place's name by its words, as `placedNames` asks: no body's noun, no capitals, no given name opening two. */
function isPlaceShaped(s: string): boolean {
  // ("Mid Fife and Glenrothes", "Forest of Arenberg": a connector inside a name of several words)
  const words = s.split(/[ -]/).filter((w, i, all) => i === 0 || i === all.length - 1 || !CONNECTORS.has(w));
  if (!words.every(w => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  if (words.some(w => ORG_HEADS.has(w.toLowerCase()) || isCompanyNounWord(w))) return false;
  const tag = lexiconTag(words[0].toLowerCase());
  // "Charles Town" reads as the person; "north of Preston" as the town
  if (words.length > 1) return !isGivenNameTag(tag);
  return tag === undefined || isGivenNameTag(tag) || /Place|City|Region|Country/.test(tag);
}
