import { isCountryWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { isKnownPlace } from './connectorSplits';
import { isGiven } from './givenNames';
import { ORG_HEADS, PLACE_HEADS } from './lexicons';
import { isSharedHead } from './namePairs';
import { isGivenNameToken } from './listedGivenNames';
import { retypeSpan, sentenceCues } from './spanTypes';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// A span step (`spanSteps.ts`) that cuts "X and Y" in two where the words around it say it names two
// things: a "between" before it, a plural noun of places and "of" before it, or a person's full name after the "and".

// Plural nouns of places before "of": "the villages of Orrin Dale and Kesk", "the towns of Brackley and Fenmoor".
const PLACES_OF = new Set(['villages', 'towns', 'cities', 'districts', 'regions', 'provinces', 'counties', 'islands',
  'communities', 'suburbs', 'municipalities', 'settlements', 'hamlets', 'parishes', 'boroughs', 'neighbourhoods', 'neighborhoods']);

// Nouns of a way or a trip before "between": what lies between two places ("the road between Orrin Dale and Kesk").
const ROUTE_NOUNS = new Set(['road', 'lane', 'route', 'line', 'railway', 'motorway', 'highway', 'border', 'trains', 'services',
  'flights', 'stretch', 'section', 'journey', 'path', 'track', 'stops', 'bridge', 'ferry', 'buses', 'distance', 'corridor', 'drive']);

const isNameWord = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

// Classes of the lexicon that no given name or surname has here: "Georgia Power", "Victoria Ventures".
const NOT_PERSON_TAG = /Organization|Country|Region|City|Place|Demonym|Date|Month|WeekDay|Verb|Pronoun|Preposition|Determiner|Adjective/;

/**
 * Whether tokens `[first, last]` are a name of their own: a country's ("France", "North Korea") or an acronym of three
 * capitals or more ("CIBC", "HSBC"), with no word in lower case. A listed place is not enough: constituencies and
 * councils join two ("Shrewsbury and Atcham", "Ynys Môn and Gwynedd").
 */
function isOwnName(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1);
  if (words.some(t => !/^\p{Lu}/u.test(t.text))) return false;
  const name = words.map(t => t.text).join(' ');
  return isCountryWord(name) || (first === last && /^\p{Lu}{3,}$/u.test(name));
}

/**
 * Whether tokens `[first, last]` spell a person's full name: a given name (the lexicon's or the listed ones) and one
 * or two capitalised surnames, no word a body's or a place's head or a country ("Dominic Farrant"; not "Victoria
 * Station").
 */
function isFullName(tokens: readonly Token[], first: number, last: number): boolean {
  const given = tokens[first];
  if (last - first < 1 || last - first > 2 || !isGivenNameToken(given)) return false;
  return tokens.slice(first, last + 1).every((t, k) => /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower)
    && !isCountryWord(t.text) && (k === 0 ? !/Organization|Country|Region|City|Place/.test(t.lexTag ?? '') : !NOT_PERSON_TAG.test(t.lexTag ?? ''))
    && (t === tokens[last] || t.post === ''));
}

/**
 * "the road between Orrin Dale and Kesk", "a deal between Varnholt and Quellis", "the villages of Orrin Dale and Kesk",
 * "the Bank of Pellmark and Dominic Farrant should": a tagged span with one "and" between two capitalised names is two
 * names when "between" stands right before it, or a plural noun of places and "of" ("the villages of"), or when the
 * part after the "and" is a person's full name (`isFullName`) and the part before it
 * has two words or more ("Marks and Spencer", "Bill and Melinda Gates Foundation" stay whole). After "between" with
 * no "of" or "for" inside and no body's head at its end ("between the Ministry of Trade and Industry" stays); never a
 * country's or a listed place's own name ("between Trinidad and Tobago"). The parts after a noun of places, or after
 * a way's noun and "between", are places; after "between" alone each part takes the span model's class. Spans stay
 * sorted and disjoint.
 */
export function splitCuedPairs(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  let cues: string[] | undefined;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const words = tokens.slice(s.first, s.last + 1);
    const and = s.first + words.findIndex(t => t.lower === 'and');
    const isPair = s.type !== 'GPE' && words.filter(t => t.lower === 'and').length === 1 && and > s.first && and < s.last
      && isNameWord(tokens[and - 1]) && isNameWord(tokens[and + 1]) && !isCountryWord(words.map(t => t.text).join(' '))
      && !isKnownPlace(tokens, s.first, s.last);
    if (!isPair) {
      out.push(s);
      continue;
    }
    const before = tokens[s.first - 1];
    const inSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === tokens[s.first].sentence;
    const isBetween = inSentence(before) && before.lower === 'between' && !words.some(t => t.lower === 'of' || t.lower === 'for')
      && !ORG_HEADS.has(tokens[s.last].lower);
    const isPlacesOf = inSentence(before) && before.lower === 'of' && inSentence(tokens[s.first - 2]) && PLACES_OF.has(tokens[s.first - 2].lower);
    const isPerson = and - s.first >= 2 && isFullName(tokens, and + 1, s.last);
    // "Tony and Calvin McEvoy": a given name alone, "and", a person's full name: two people of one family
    const isKin = and - s.first === 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[s.first].text) && isGiven(tokens[s.first]) && isFullName(tokens, and + 1, s.last);
    // "the Bank of Montreal and CIBC", "Japan Airlines and Qantas": a side that is a name of its own (a country, an
    // acronym of three letters or more) makes two names
    // ("Brighton and Hove Albion", "Sandwell and West Birmingham Hospitals": a head both sides share keeps one name)
    const isKnownSide = s.type !== 'PER' && s.last - s.first >= 2 && !isSharedHead(tokens[s.last])
      && (isOwnName(tokens, s.first, and - 1) || isOwnName(tokens, and + 1, s.last));
    if (isKin) {
      out.push({ first: s.first, last: s.first, type: 'PER' }, { first: and + 1, last: s.last, type: 'PER' });
    } else if (isKnownSide) {
      const typeOf = (first: number, last: number): TaggedSpan['type'] => (isKnownPlace(tokens, first, last) ? 'LOC' : s.type);
      out.push({ first: s.first, last: and - 1, type: typeOf(s.first, and - 1) }, { first: and + 1, last: s.last, type: typeOf(and + 1, s.last) });
    } else if (isPerson) {
      out.push({ first: s.first, last: and - 1, type: s.type }, { first: and + 1, last: s.last, type: 'PER' });
    } else if (isPlacesOf || (isBetween && [2, 3].some(k => inSentence(tokens[s.first - k]) && ROUTE_NOUNS.has(tokens[s.first - k].lower)))) {
      out.push({ first: s.first, last: and - 1, type: 'LOC' }, { first: and + 1, last: s.last, type: 'LOC' });
    } else if (isBetween) {
      cues ??= sentenceCues(tokens);
      out.push({ first: s.first, last: and - 1, type: retypeSpan(tokens, s.first, and - 1, s.type, cues) },
        { first: and + 1, last: s.last, type: retypeSpan(tokens, and + 1, s.last, s.type, cues) });
    } else {
      out.push(s);
    }
  }
  return out;
}

/**
 * "flood alerts for Kelmarsh and Dunwold", where the lists know "Kelmarsh and Dunwold" as one region: a tagged span
 * that meets one to three capitalised words either side of an "and" that together spell a listed place's name is
 * that place, whole, when it is the one span there (two places the tagger found apart stay two). Spans stay sorted and disjoint.
 */
export function joinListedPairs(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  let out = [...spans];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].text !== 'and' || !out.some(s => s.last === i - 1 || s.first === i + 1)) continue;
    const place = pairAround(tokens, i);
    if (place === undefined) continue;
    const inside = out.filter(s => s.first <= place.last && place.first <= s.last);
    // ("in Jammu and Kashmir": two places the tagger found apart stay two)
    if (inside.length !== 1 || inside.some(s => s.first < place.first || s.last > place.last)) continue;
    out = [...out.filter(s => !inside.includes(s)), { ...place, type: 'LOC' as const }].sort((a, b) => a.first - b.first);
  }
  return out;
}

/** The longest run of capitalised words around the "and" at token `i` that the place lists know, or undefined. */
function pairAround(tokens: readonly Token[], i: number): { first: number; last: number } | undefined {
  const isWord = (j: number): boolean => j >= 0 && j < tokens.length && tokens[j].sentence === tokens[i].sentence && /^\p{Lu}\p{Ll}/u.test(tokens[j].text);
  if (tokens[i].post !== '') return undefined;
  for (let l = 3; l >= 1; l--) {
    for (let r = 3; r >= 1; r--) {
      const [first, last] = [i - l, i + r];
      if (![...Array(l + r + 1).keys()].every(k => first + k === i || (isWord(first + k) && (first + k === last || tokens[first + k].post === '')))) continue;
      if (placeKind(tokens.slice(first, last + 1).map(t => t.text).join(' ')) !== undefined) return { first, last };
    }
  }
  return undefined;
}
