import { findCountryMentions, isCountryWord } from '../countries/resolver';
import { HONORIFICS, ORG_HEADS, PLACE_HEADS, PLACE_NOUNS, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_WORDS, TIME_WORDS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Tagger spans that glue two names together: two bodies joined by "and" ("the Wikimedia Foundation and Creative
 * Commons"), and, where headline-like prose drops a comma, a body or a place, then a
 * person ("special envoy for Sudan Roger Winter", "Washington State University Simon Ličen", "the Arts
 * and Humanities Citation Index Professor Chomsky"), and a person running on into a place through a capitalised
 * preposition ("Regina Ip In the Hong Kong Island constituency").
 */

const GIVEN_TAGS = /^(?:FirstName|MaleName|FemaleName)$/;
// A body or a place ends here: its head noun ("Council", "University"), or a word the lexicon knows as one.
const isNameEnd = (t: Token): boolean => ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || isCountryWord(t.text)
  || (t.lexTag !== undefined && /Organization|City|Country|Region/.test(t.lexTag));
const isNameWord = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower)
  && !ROLE_WORDS.has(t.lower) && !isCountryWord(t.text) && !(t.lexTag !== undefined && /Organization|City|Country|Region|Demonym|Place/.test(t.lexTag));
const isGiven = (t: Token): boolean => t.lexTag !== undefined && GIVEN_TAGS.test(t.lexTag);
const CAPITAL_PREPOSITIONS = new Set(['In', 'At', 'On', 'From']);

/**
 * Splits glued spans: an organisation span at an "and" that joins two bodies named in full; an organisation or place span whose last two words are a personal name (a known given name,
 * then a name word) right after the head of a body or a place, or whose last one to
 * three name words follow a courtesy title ("Professor"); and any span at a capitalised preposition inside it, the part
 * after the preposition (less "the") being a place; a place span loses a lower-case last word that is no particle ("California following").
 * Spans stay sorted and disjoint.
 */
export function splitGluedNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const s = trimTrailingWord(tokens, span);
    const and = bodiesJoined(tokens, s);
    if (and > 0) {
      out.push({ ...s, last: and - 1 }, { ...s, first: and + 1 });
      continue;
    }
    const at = prepositionInside(tokens, s);
    if (at > 0) {
      out.push({ ...s, last: at - 1 });
      const from = tokens[at + 1].lower === 'the' ? at + 2 : at + 1;
      if (from <= s.last) out.push({ first: from, last: s.last, type: 'LOC' });
      continue;
    }
    if (s.type === 'PER' || s.type === 'GPE' || s.last - s.first < 2) {
      out.push(s);
      continue;
    }
    const cut = personTail(tokens, s.first, s.last);
    // (the portfolio of a post is the person's role, no body: "Minister of Mineral Resources Gwede Mantashe")
    const holder = cut < 0 ? postHolderTail(tokens, s.first, s.last) : -1;
    if (holder >= 0) {
      out.push({ first: holder, last: s.last, type: 'PER' });
      continue;
    }
    if (cut < 0) {
      out.push(s);
      continue;
    }
    let head = cut - 1;
    // the title between the body and the person is the person's role, not part of the body ("Undersecretary of State")
    while (head >= s.first && (ROLE_WORDS.has(tokens[head].lower) || HONORIFICS.has(tokens[head].lower)
      || PORTFOLIO_WORDS.has(tokens[head].lower) || tokens[head].lower === 'of' || tokens[head].lower === 'the')) head--;
    if (head >= s.first) out.push({ ...s, last: head });
    out.push({ first: cut, last: s.last, type: 'PER' });
  }
  return out;
}

/**
 * "Minister of" + "Mineral and Petroleum Resources Gwede Mantashe": after a post's title and "of" or "for", a portfolio
 * ending in a plural field ("Resources", "Affairs") and two name words; the first of them, or -1.
 */
function postHolderTail(tokens: readonly Token[], first: number, last: number): number {
  // (the tagger's span may start after "Mineral and")
  let k = first - 1;
  while (k >= 2 && tokens[k].text === 'and' && /^\p{Lu}\p{Ll}/u.test(tokens[k - 1].text)) k -= 2;
  const of = tokens[k];
  const title = tokens[k - 1];
  if (!of || !title || !['of', 'for'].includes(of.text) || !ROLE_HEADS.has(title.lower) || !/^\p{Lu}/u.test(title.text)) return -1;
  const c = last - 1;
  const field = tokens[c - 1];
  if (c - 1 < first || !/^\p{Lu}\p{Ll}+s$/u.test(field.text) || !(PORTFOLIO_WORDS.has(field.lower) || FIELD_PLURALS.has(field.lower))) return -1;
  return isNameWord(tokens[c]) && isNameWord(tokens[last]) && !PORTFOLIO_WORDS.has(tokens[c].lower) ? c : -1;
}

// The plural fields a ministry's portfolio ends in: "Mineral Resources", "Foreign Affairs", "Home Affairs".
const FIELD_PLURALS = new Set(['resources', 'affairs', 'relations', 'services', 'communities', 'sciences', 'arts', 'sports',
  'fisheries', 'mines', 'works', 'lands', 'forests', 'railways', 'ports', 'islands', 'territories', 'veterans']);

/** The first token of the person's name that ends the span `[first, last]`, or -1 when it ends with none. */
function personTail(tokens: readonly Token[], first: number, last: number): number {
  // "Index Professor Chomsky", "Institute Dr Jane Smith": a courtesy title, then one to three name words
  for (let c = last; c > first + 1 && c > last - 3; c--) {
    const title = tokens[c - 1];
    // a title that heads a post ("Ambassador", "Leader") is left to the tagger's mending of roles
    if (!HONORIFICS.has(title.lower) || ROLE_HEADS.has(title.lower)) continue;
    if (tokens.slice(c, last + 1).every(isNameWord)) return c;
  }
  // "Refugee Council Enver Solomon": the head of a body, then a given name and a name word; a post's title inside
  // ("U.S. Undersecretary of State Nicholas Burns") is left to the mending of roles
  const c = last - 1;
  if (tokens.slice(first, c).some(t => ROLE_HEADS.has(t.lower))) return -1;
  if (c - 1 < first || !(isNameEnd(tokens[c - 1]) || endsWithCountry(tokens, Math.max(first, c - 3), c - 1))) return -1;
  if (!isNameWord(tokens[c]) || !isNameWord(tokens[last]) || tokens[c - 1].isPossessive) return -1;
  // a known given name: the lexicon knows too few ordinary words for an unknown one to tell "Hamdullah Mohib"
  // from "Space Station"
  return isGiven(tokens[c]) ? c : -1;
}

/** A capitalised preposition inside span `s` after a name word and before a capitalised word ("Ip In the Hong"), or -1. */
function prepositionInside(tokens: readonly Token[], s: TaggedSpan): number {
  for (let i = s.first + 1; i < s.last; i++) {
    if (!CAPITAL_PREPOSITIONS.has(tokens[i].text)) continue;
    const next = tokens[i + 1].lower === 'the' ? tokens[i + 2] : tokens[i + 1];
    if (next && /^\p{Lu}/u.test(next.text) && /^\p{Lu}/u.test(tokens[i - 1].text)) return i;
  }
  return -1;
}

/** Whether the words `[first, last]` end with a country's name of several words ("to the United States"). */
function endsWithCountry(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).map(t => t.text).join(' ');
  return findCountryMentions(words).some(h => h.end === words.length);
}

// Name particles that may end a place's name in lower case ("Rio de Janeiro" ends otherwise, but "Vitry-sur-Seine" and
// transliterations such as "Bandar-e" may not).
const PARTICLE_END = /^(?:de|del|da|do|di|du|la|le|el|al|e|sur|upon|on|am|an|im)$/;

/** A place span that ends in a lower-case word not of its name loses it ("California following its retirement"). */
function trimTrailingWord(tokens: readonly Token[], s: TaggedSpan): TaggedSpan {
  const t = tokens[s.last];
  // "Patrizia d'Ettorre", "L'Aquila": a particle glued to a capitalised word stays
  if (s.type !== 'LOC' || s.last === s.first || !/^\p{Ll}/u.test(t.text) || PARTICLE_END.test(t.text) || /['’]\p{Lu}/u.test(t.text)) return s;
  return { ...s, last: s.last - 1 };
}

/**
 * The "and" inside an organisation span that joins two bodies, each named in full: the part before it ends with the
 * head of a body ("Wikimedia Foundation and Creative Commons"), or both parts hold one and the part after it ends
 * with it ("Massachusetts Institute of Technology and Colorado State University"), or two short names end with the
 * same word ("Yorkshire Water and Southern Water"); -1 otherwise ("Ministry of Trade
 * and Industry", "Food and Drug Administration" are one body).
 */
function bodiesJoined(tokens: readonly Token[], s: TaggedSpan): number {
  if (s.type !== 'ORG') return -1;
  for (let i = s.first + 1; i < s.last; i++) {
    if (tokens[i].text !== 'and' || !/^\p{Lu}/u.test(tokens[i + 1].text)) continue;
    const isHead = (t: Token): boolean => ORG_HEADS.has(t.lower) && /^\p{Lu}/u.test(t.text);
    // "Foundation and": a head ending the first body, not the object of its "of" ("Administration of Press and Publication")
    if (isHead(tokens[i - 1]) && i - 1 > s.first && tokens[i - 2].lower !== 'of') return i;
    // "Yorkshire Water and Southern Water": two short names with the same last word
    if (tokens[i - 1].text === tokens[s.last].text && i - 1 > s.first && i + 1 < s.last && i - s.first <= 3 && s.last - i <= 3) return i;
    // "Institute of Technology and Colorado State University": a body "X of Y", then one opening with a place's name
    const isOfName = (k: number): boolean => isHead(tokens[k]) && tokens[k + 1]?.lower === 'of';
    const next = tokens[i + 1];
    const opensWithPlace = isCountryWord(next.text) || (next.lexTag !== undefined && /City|Region|Country/.test(next.lexTag));
    if (isHead(tokens[s.last]) && opensWithPlace && tokens.slice(s.first, i).some((_, k) => isOfName(s.first + k))) return i;
  }
  return -1;
}

// Abbreviations that open places' names and keep their period ("St. Louis", "Mt. Everest", "Ft. Worth").
const PLACE_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
const isPlaceAbbreviation = (t: Token | undefined): boolean => t !== undefined && PLACE_ABBREVIATIONS.has(t.text) && t.post === '.';

/**
 * Joins a name that the period of an abbreviation cut in two ("St" + "Louis", "St" + "Petersburg"): a span that
 * ends with the abbreviation takes in the capitalised words after it (and the span they start), and a span right
 * after the abbreviation takes it in. The joined span keeps the class of the span after the abbreviation, if any.
 * Spans stay sorted and disjoint.
 */
export function joinAbbreviatedNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let s = spans[k];
    const prev = tokens[s.first - 1];
    if (isPlaceAbbreviation(prev) && prev.sentence === tokens[s.first].sentence && (out.length === 0 || out[out.length - 1].last < s.first - 1)) {
      s = { ...s, first: s.first - 1 };
    }
    const next = tokens[s.last + 1];
    if (isPlaceAbbreviation(tokens[s.last]) && next && next.sentence === tokens[s.last].sentence && /^\p{Lu}\p{Ll}/u.test(next.text)) {
      const following = spans[k + 1];
      if (following && following.first === s.last + 1) {
        s = { first: s.first, last: following.last, type: following.type };
        k++;
      } else {
        let last = s.last + 1;
        // "St. Petersburg Friday morning": a day or a month ends the name
        const isNameWord = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !TIME_WORDS.has(t.lower);
        if (!isNameWord(next)) {
          out.push(s);
          continue;
        }
        while (isNameWord(tokens[last + 1]) && tokens[last].post === '' && tokens[last + 1].sentence === next.sentence) last++;
        s = { ...s, last };
      }
    }
    out.push(s);
  }
  return out;
}

// Last words of the names of structures and thoroughfares: a place, whatever body runs it ("Fisht Stadium", "Jamarat
// Bridge", "Castlefrank Road", "McMurdo Station", "Dulles International Airport"). Institutions housed in a building
// ("Center", "Museum", "Hospital", "Church") stay bodies.
// Places of a town's map and of a circuit are named so too: "Ludlow Castle", "Highbury Grove", "Scotch Corner", "Windy
// Hill", "Maskuta Creek", "the Lower Buckeye Jail", "the Hangar Straight".
const STRUCTURES = new Set(['Stadium', 'Bridge', 'Road', 'Street', 'Avenue', 'Boulevard', 'Highway', 'Motorway', 'Square',
  'Station', 'Airport', 'Airfield', 'Base', 'Harbour', 'Harbor', 'Port', 'Dam', 'Canal', 'Tunnel', 'Pier', 'Wharf',
  'Castle', 'Grove', 'Lane', 'Crescent', 'Terrace', 'Corner', 'Hill', 'Creek', 'Jail', 'Prison', 'Crossing', 'Junction',
  'Roundabout', 'Straight', 'Chicane', 'Hairpin',
  // and the land's: "Rectory Field", "the Yorkshire Dales", "the Brecon Beacons", "Carding Mill Valley"
  'Field', 'Fields', 'Dales', 'Beacons', 'Moors', 'Downs', 'Fells', 'Valley', 'Glen', 'Common',
  // a building in Indian English ("Raj Bhavan", "Rashtrapati Bhavan")
  'Bhavan']);

// Of those, the ones no person's surname is ("Wall Street", "Aviva Stadium", "Scotch Corner"; a "Jeff Bridge", a
// "Barbara Castle", a "Damon Hill" may be a person).
const THOROUGHFARES = new Set(['Stadium', 'Road', 'Street', 'Avenue', 'Boulevard', 'Highway', 'Motorway', 'Square', 'Airport',
  'Airfield', 'Tunnel', 'Wharf', 'Crescent', 'Terrace', 'Corner', 'Creek', 'Jail', 'Prison', 'Crossing', 'Junction', 'Roundabout',
  'Straight', 'Chicane', 'Hairpin', 'Bhavan',
  // and, of people's names only, a trading hub's ("Henry Hub"; a body's "Hub" is its own: "the World Stem Cell Hub")
  'Hub']);

// Of the others, those a person's name may end in, which make a place only after a word of place and a first word no
// given name is ("the grounds of Brackley Castle", "towards Windy Hill"; not "a son of Damon Hill").
const SURNAME_PLACE_HEADS = new Set(['Castle', 'Hill', 'Grove', 'Lane']);
const PLACE_BEFORE = new Set(['of', 'in', 'at', 'on', 'near', 'to', 'towards', 'toward', 'from', 'past', 'along']);

/** Whether the person span `[first, last]` ends in a place's word a surname may be, after a word of place. */
function isPlacedStructure(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  return SURNAME_PLACE_HEADS.has(tokens[last].text) && before !== undefined && before.sentence === tokens[first].sentence
    && PLACE_BEFORE.has(before.text) && before.post === '' && !isGiven(tokens[first]);
}

// A place's nouns of two words: "the Galdeford car park", "the Kestrel industrial estate".
const PLACE_NOUN_PAIRS = new Set(['car park', 'retail park', 'industrial estate', 'housing estate', 'business park', 'border crossing']);

/** Whether the span `[first, last]` stands between "the" and a place's lower-case noun ("the Kerem Shalom crossing"). */
function isNamingPlaceNoun(tokens: readonly Token[], first: number, last: number): boolean {
  const [the, noun, second] = [tokens[first - 1], tokens[last + 1], tokens[last + 2]];
  if (the?.lower !== 'the' || noun === undefined || noun.sentence !== tokens[last].sentence || tokens[last].post !== '' || tokens[last].isPossessive) return false;
  if (PLACE_NOUNS.has(noun.text)) return true;
  return second !== undefined && noun.post === '' && PLACE_NOUN_PAIRS.has(`${noun.text} ${second.text}`);
}

// Last words of the names of institutions often named after a person ("the Harold Pinter Theatre", "the John Radcliffe
// Hospital"): no surname of anyone.
const NAMED_INSTITUTIONS = new Set(['Theatre', 'Theater', 'Cinema', 'Gallery', 'Museum', 'Library', 'Centre', 'Center',
  'Hospital', 'Infirmary', 'Institute', 'Academy', 'University', 'College', 'School', 'Observatory']);

// Last words of the names of public bodies named after the place they serve ("the Northern Ireland Office", "Tower
// Hamlets Council", "the Scotland Office"): the body, not the place.
const PLACE_BODIES = new Set(['Office', 'Ministry', 'Department', 'Committee', 'Council', 'Commission', 'Agency',
  'Authority', 'Police', 'Constabulary', 'Executive', 'Government', 'Embassy', 'Consulate']);

/**
 * Organisation spans named by a structure's last word (`STRUCTURES`) are places ("the Nizhny Novgorod Stadium"), and
 * so are people's names ending in a thoroughfare's (`THOROUGHFARES`: "On Wall Street, shares fell"); a person's name
 * ending in an institution's word is that institution (`NAMED_INSTITUTIONS`: "the Harold Pinter Theatre"). A person's
 * or a body's name between "the" and a place's lower-case noun is that place ("the Kerem Shalom crossing").
 */
export function placeStructures(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => {
    if ((s.type === 'ORG' || s.type === 'PER') && isNamingPlaceNoun(tokens, s.first, s.last)) return { ...s, type: 'LOC' };
    if (s.last === s.first) return s;
    const head = tokens[s.last].text;
    if ((s.type === 'PER' && NAMED_INSTITUTIONS.has(head)) || (s.type === 'LOC' && PLACE_BODIES.has(head))) return { ...s, type: 'ORG' };
    return (s.type === 'ORG' && STRUCTURES.has(head)) || (s.type === 'PER' && (THOROUGHFARES.has(head) || isPlacedStructure(tokens, s.first, s.last)))
      ? { ...s, type: 'LOC' } : s;
  });
}
