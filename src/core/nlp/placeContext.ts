import { placeKind } from '../places/knownPlaces';
import { isBreakAfter } from './features';
import { ORG_HEADS } from './lexicons';
import type { Token } from './tokens';

// Royal, noble and church titles followed by "of" and the place they are named after.
const PLACE_TITLES = new Set(['prince', 'princess', 'duke', 'duchess', 'earl', 'countess', 'marquess', 'viscount', 'baron',
  'baroness', 'archbishop', 'bishop', 'king', 'queen', 'emir', 'sultan']);

// Compass words in lower case ("west", "north-east", "southern"); capitalised, they open a place's own name.
const LOWER_COMPASS = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west|(?:north|south)?(?:east|west)ern|northern|southern)$/;

/**
 * Whether the words around the name at tokens `[first, last]` make it a place, whatever class the tagger gave it:
 * the name before "-based" is where a body is ("the Santa Clara-based firm"), and one word after a royal or church
 * title and "of" is the place of the title ("the Princess of Wales", "the Bishop of Durham"), and a name between a
 * sentence's opening "In" and a comma is where something happens ("In Tel Aviv, thousands gathered").
 */
export function isPlaceInContext(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last].post === '-' && tokens[last + 1]?.lower === 'based') return true;
  // "In Tel Aviv, thousands gathered": a name set off between a sentence's opening "In" and a comma is where things happen
  const opening = tokens[first - 1];
  if (opening?.text === 'In' && opening.isFirst && tokens[last].post === ',' && isProse(tokens, opening.sentence)
    && !tokens.slice(first, last + 1).some(t => ORG_HEADS.has(t.lower) || /^\p{Lu}{2,}$/u.test(t.text))) return true;
  if (isAfterLowerCompass(tokens, first)) return true;
  // "At Chelmsford, Essex reached 288-6": a town the lists hold, between a sentence's opening "At" and a comma, is where
  // things happen (not "At Google, engineers ...": no list holds a firm)
  if (opening?.text === 'At' && (opening.isFirst || opening.pre === '-') && tokens[last].post === ','
    && placeKind(tokens.slice(first, last + 1).map(t => t.text).join(' ')) !== undefined) return true;
  // "A Parma man was charged", "an Ipswich teenager": where someone is from, between "a" and the person
  const next = tokens[last + 1];
  if ((opening?.lower === 'a' || opening?.lower === 'an') && next !== undefined && ORIGIN_NOUNS.has(next.lower) && tokens[last].post === ''
    && !tokens.slice(first, last + 1).some(t => ORG_HEADS.has(t.lower))) return true;
  const of = tokens[first - 1];
  const title = tokens[first - 2];
  return first === last && of?.text === 'of' && title !== undefined && PLACE_TITLES.has(title.lower)
    && !isBreakAfter(title, of) && !isBreakAfter(of, tokens[first]);
}

// People named by where they are from: "a Parma man", "a Leeds teenager" ("family" is left out: "a Kennedy family").
const ORIGIN_NOUNS = new Set(['man', 'woman', 'men', 'women', 'boy', 'girl', 'teenager', 'teen', 'youth', 'pensioner',
  'mother', 'father', 'grandmother', 'grandfather', 'resident', 'native', 'couple', 'schoolboy', 'schoolgirl']);

/** Whether sentence `sentence` is running prose: three of its words or more start in lower case (not a title-case headline). */
function isProse(tokens: readonly Token[], sentence: number): boolean {
  let lower = 0;
  for (const t of tokens) if (t.sentence === sentence && /^\p{Ll}/u.test(t.text) && ++lower >= 3) return true;
  return false;
}

/**
 * Whether a compass word in lower case stands right before token `first`, a capitalised word: "in west Donegal", "across
 * north Bengal", "southern Lebanon" place the name, whatever class the tagger gave it (a person's name never follows one).
 */
export function isAfterLowerCompass(tokens: readonly Token[], first: number): boolean {
  const compass = tokens[first - 1];
  return compass !== undefined && LOWER_COMPASS.test(compass.text) && !isBreakAfter(compass, tokens[first]) && /^\p{Lu}\p{Ll}/u.test(tokens[first].text);
}
