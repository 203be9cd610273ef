/**
 * Context checks for country forms that are also person names, US places or ordinary capitals.
 * Rules are data (`CONTEXT_RULES`); the checks are small pure functions over the text around a
 * candidate match, looking at most one word to each side. Offsets are UTF-16, end exclusive.
 */
import { isAsciiCapsWord } from '../text/caps';

/** The name of a context check; each blocks a match when its pattern is seen. */
export type ContextCheck =
  /** "Michael Jordan", "George Washington": a capitalised word right before. */
  | 'givenNameBefore'
  /** "Jordan Peterson", "Chad Smith", "Georgia Governor", "Washington Post": a capitalised word right after. */
  | 'surnameAfter'
  /** "Atlanta, Georgia", "the state of Georgia": the US state. */
  | 'usPlaceBefore'
  /** "LET US GO": an all-caps neighbour makes an all-caps abbreviation ambiguous. */
  | 'shoutingAround';

/** Checks attached to particular surface forms. */
export interface ContextRule {
  readonly text: string;
  readonly checks: readonly ContextCheck[];
  readonly reason: string;
}

/** Forms that need context before they count as a country. */
export const CONTEXT_RULES: readonly ContextRule[] = [
  { text: 'Jordan', checks: ['givenNameBefore', 'surnameAfter'], reason: 'also a given name and a surname' },
  { text: 'Chad', checks: ['givenNameBefore', 'surnameAfter'], reason: 'also a given name' },
  { text: 'Georgia', checks: ['givenNameBefore', 'surnameAfter', 'usPlaceBefore'], reason: 'also a US state and a given name' },
  { text: 'Holland', checks: ['givenNameBefore', 'surnameAfter'], reason: 'also a surname' },
  { text: 'US', checks: ['shoutingAround'], reason: 'the pronoun in all-caps text' },
  { text: 'UK', checks: ['shoutingAround'], reason: 'ambiguous inside all-caps text' },
];

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Checks applied to every capital: "Paris Hilton", "Jack London", "Tokyo Stock Exchange". */
export const CAPITAL_CHECKS: readonly ContextCheck[] = ['givenNameBefore', 'surnameAfter'];

const CALENDAR = `Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
  June July August September October November December`;

/** Capitalised words that may stand right before a country without being a given name. */
export const SAFE_BEFORE: ReadonlySet<string> = words(`${CALENDAR}
  North South East West Northern Southern Eastern Western Central Greater Upper Lower Inner Outer
  The A An And But Or Nor So Yet For In On At By To From With Without Into Onto Of Over Under Across
  Against Between Among Including Like Unlike Besides Beyond Near Through Throughout Toward Towards
  After Before During Since Until While When Whereas Where Whether If As Although Though Because
  Once Then Now Today Tonight Yesterday Tomorrow Earlier Later Meanwhile Also Only Even Both Either
  Neither Last Next This That These Those Here There What Why How Which Who Whom Whose
  Is Was Are Were Has Had Have Does Did Do Will Would Can Could Should Shall May Might Must
  Said Says Say Told Tells Asked Visit Visiting Neighboring Neighbouring Neighbor Neighbour
  Officials Leaders President Prime Minister King Queen Kingdom Republic State Government
  Independent Modern Ancient Post Pre Free Mainland Hashemite Mr Mrs Ms Dr Ambassador Downtown Metropolitan`);

/**
 * Capitalised words that may follow a country or capital without making it part of a name:
 * "Chad President Idriss Deby", "Jordan Monday". US-state markers ("Governor", "Senate") are absent.
 */
export const SAFE_AFTER: ReadonlySet<string> = words(`${CALENDAR}
  And Or But The A An In On At By To For From With Of As Is Was Are Were Has Had Have Will Would
  Can Could Should May Might Must Said Says I
  President Prime Premier Foreign Defense Defence Interior Finance Government Army Military Police
  Parliament King Queen Crown Embassy Ambassador Opposition Border Officials Authorities`);

/** Given the text and a match [start, end), is the match blocked by `check`? */
export function isBlocked(
  check: ContextCheck,
  text: string,
  start: number,
  end: number,
  isCountryWord: (word: string) => boolean,
): boolean {
  switch (check) {
    case 'givenNameBefore': {
      const prev = wordBefore(text, start, false)?.word;
      return prev !== undefined && looksLikeName(prev) && !SAFE_BEFORE.has(prev) && !isCountryWord(prev);
    }
    case 'surnameAfter': {
      const next = wordAfter(text, end);
      return next !== undefined && looksLikeName(next) && !SAFE_AFTER.has(next) && !isCountryWord(next);
    }
    case 'usPlaceBefore': {
      // "Atlanta, Georgia" (but not the list "Armenia, Georgia and Azerbaijan"); "state of Georgia"
      const listed = wordBefore(text, start, true)?.word;
      if (listed !== undefined && looksLikeName(listed) && !isCountryWord(listed)) return true;
      const of = wordBefore(text, start, false);
      if (of?.word !== 'of') return false;
      const state = wordBefore(text, of.start, false)?.word;
      return state === 'state' || state === 'State';
    }
    case 'shoutingAround': {
      return isShouting(wordBefore(text, start, false)?.word) || isShouting(wordAfter(text, end));
    }
  }
}

/** Number of spaces right before `pos`. */
function gapBefore(text: string, pos: number): number {
  let n = 0;
  while (pos - n > 0 && text.charCodeAt(pos - n - 1) === 32) n++;
  return n;
}

/**
 * The word ending right before `pos`, separated only by spaces (or by ", " when `afterComma`);
 * undefined at a line start, after other punctuation, or when there is no word.
 */
function wordBefore(text: string, pos: number, afterComma: boolean): { word: string; start: number } | undefined {
  let i = pos - gapBefore(text, pos);
  if (i === pos) return undefined;
  if (afterComma) {
    if (i === 0 || text.charCodeAt(i - 1) !== 44) return undefined; // ','
    i--;
  }
  let j = i;
  while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
  return j < i ? { word: text.slice(j, i), start: j } : undefined;
}

/** The word starting right after `pos`, separated by exactly spaces; undefined otherwise. */
function wordAfter(text: string, pos: number): string | undefined {
  let i = pos;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i === pos) return undefined;
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return j > i ? text.slice(i, j) : undefined;
}

/** ASCII letters and non-ASCII letters; digits are not words here. */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** "Michael", "McDonald": an upper-case letter followed by at least one lower-case letter. */
function looksLikeName(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return w.length > 1 && a >= 65 && a <= 90 && !(b >= 65 && b <= 90);
}

const KNOWN_CAPS = words('UK US EU UN NATO UAE USA IMF WHO G7 G20 ASEAN OPEC');

/**
 * Is an all-caps rendering of a name at [start, end) part of all-caps text ("INDIA AND JAPAN SIGN")
 * rather than an acronym in running text ("GUAM, a group of four states")?
 */
export function isInCapsText(text: string, start: number, end: number): boolean {
  return isShouting(wordBefore(text, start, false)?.word) || isShouting(wordAfter(text, end));
}

/**
 * Is [start, end) the dateline of a paragraph: at the start of a line, followed by a comma, a colon, an opening
 * bracket or a dash ("TOKYO, Oct 7 (Reuters) -", "NEW DELHI:", "BEIJING (AP) —"); a comma must lead to a date
 * ("GUAM, a group of four states" is an acronym).
 */
export function isDateline(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) return false;
  return /^(?:, ?[\p{Lu}\d]|:| ?\(| [-–—])/u.test(text.slice(end, end + 3));
}

/** An all-caps word of two or more letters A-Z that is not a known abbreviation. */
function isShouting(w: string | undefined): boolean {
  return w !== undefined && !KNOWN_CAPS.has(w) && isAsciiCapsWord(w);
}
