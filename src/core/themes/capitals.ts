/**
 * Whether capital letters around a span say anything: in running prose a capitalised word among
 * lower-case ones is a name; in a title-case headline or a line in capitals every word is capitalised,
 * so capitals mark nothing there.
 */

import { ORG_HEADS, ROLE_WORDS, TIME_WORDS } from '../nlp/lexicons';

/** Short words that title-case headlines often leave in lower case ("Fed Lowers Rates of ..."). */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'but', 'nor', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'into', 'onto', 'over', 'up', 'off', 'per', 'via', 'vs', 'v',
]);

/** Words looked at on each side of the span. */
const NEIGHBOURS = 3;

const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();
// A sentence or clause end, or a line break: the neighbours of a name stop there.
const isStop = (ch: string): boolean => ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === ';' || ch === '\n' || ch === '\r';

/**
 * True when at least one of the (up to three) words on either side of `text.slice(start, end)`, within
 * its sentence and leaving out short function words, starts with a lower-case letter: "Mr Cable said"
 * (capitals mark the name), not "Cable Warns Banks" or "CABLE WARNS" (capitals mark nothing). A span
 * with no such neighbour, or a single word opening its sentence, gives false.
 */
export function capitalsMarkNames(text: string, start: number, end: number): boolean {
  // "Blackout continues": one capitalised word opening a sentence is capitalised for the sentence.
  if (opensSentence(text, start) && !text.slice(start, end).includes(' ')) return false;
  return sideHasLowerWord(text, start, -1) || sideHasLowerWord(text, end, 1);
}

function opensSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i];
    if (isStop(ch)) return ch !== '.' || !isAbbreviationDot(text, i);
    if (isLetter(ch) || (ch >= '0' && ch <= '9') || ch === ',') return false;
  }
  return true;
}

function sideHasLowerWord(text: string, from: number, step: 1 | -1): boolean {
  let seen = 0;
  let i = step === 1 ? from : from - 1;
  while (seen < NEIGHBOURS && i >= 0 && i < text.length) {
    const ch = text[i];
    if (isStop(ch)) {
      // "Mr. Cable", "U.S. troops": a dot after one or two letters is an abbreviation, not a sentence end.
      if (ch !== '.' || !isAbbreviationDot(text, i)) return false;
    }
    if (!isLetter(ch)) {
      i += step;
      continue;
    }
    let a = i;
    let b = i;
    while (a > 0 && isLetter(text[a - 1])) a--;
    while (b + 1 < text.length && isLetter(text[b + 1])) b++;
    const word = text.slice(a, b + 1);
    i = step === 1 ? b + 1 : a - 1;
    // "PC's": the possessive is no word of its own.
    if (FUNCTION_WORDS.has(word.toLowerCase()) || (a > 0 && (text[a - 1] === "'" || text[a - 1] === '\u2019'))) continue;
    seen++;
    if (word[0] !== word[0].toUpperCase()) return true;
  }
  return false;
}

function isAbbreviationDot(text: string, dot: number): boolean {
  let a = dot;
  while (a > 0 && isLetter(text[a - 1])) a--;
  const len = dot - a;
  return len >= 1 && len <= 2 && text[a] === text[a].toUpperCase();
}

/**
 * Words that make a capitalised run a body, a post, a law or a named storm rather than a title or a competition
 * ("Health Minister", "Clean Air Act", "Hurricane Katrina"): such a run says what it is about.
 */
const SAYS_ITS_FIELD = new Set([...ROLE_WORDS, ...ORG_HEADS, 'act', 'acts', 'bill', 'law', 'laws', 'treaty', 'accord',
  'agreement', 'convention', 'protocol', 'charter', 'directive', 'plan', 'scheme', 'strategy', 'reform', 'reforms', 'trust',
  'hurricane', 'storm', 'typhoon', 'cyclone', 'tropical']);

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * Whether `text.slice(start, end)` is a capitalised word of a run of capitalised words in a sentence of running prose
 * ("Six Nations", "her novel The Salt Roads", "Harbour Lights"): the run is a name (a work, a competition, a brand)
 * whatever the tagger made of it, and none of its words names a field, a body or a post (`SAYS_ITS_FIELD`). A day or a
 * month, a word opening the sentence before the span's own word, and a word `isOutside` rejects (a nationality:
 * "Ethnic Uzbeks") make no run.
 */
export function isInCapitalisedRun(text: string, start: number, end: number, isOutside?: (offset: number) => boolean): boolean {
  const words = text.slice(start, end).split(/[\s-]+/);
  // "Directed by Simon Godwin": a phrase with a word in lower case is no part of a run
  if (!words.every((w) => CAPITALISED.test(w)) || !sentenceIsProse(text, start)) return false;
  const neighbours: string[] = [];
  const before = /(\p{Lu}\p{Ll}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  const beforeAt = before ? start - before[0].length : -1;
  if (before && !(opensSentence(text, beforeAt) && FUNCTION_WORDS.has(before[1].toLowerCase()))) neighbours.push(before[1]);
  const after = /^ (\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
  if (after && !isOutside?.(end + 1)) neighbours.push(after[1]);
  const partners = neighbours.filter((w) => !TIME_WORDS.has(w.toLowerCase()));
  return partners.length > 0 && ![...words, ...partners].some((w) => SAYS_ITS_FIELD.has(w.toLowerCase()));
}

/**
 * Whether the sentence around `offset` (to a full stop, question or exclamation mark or line break) is running prose:
 * two or more of its words besides function words start with a lower-case letter. A title-case headline is not.
 */
function sentenceIsProse(text: string, offset: number): boolean {
  let from = offset;
  while (from > 0 && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = offset;
  while (to < text.length && !isSentenceEnd(text.charCodeAt(to))) to++;
  let lower = 0;
  for (const m of text.slice(from, to).matchAll(/(?<![\p{L}'’])\p{Ll}[\p{L}-]*/gu)) if (!FUNCTION_WORDS.has(m[0]) && ++lower >= 2) return true;
  return false;
}

/** '.', '!', '?' or a line break, by code unit: read for every character of the sentence around a hit, without a string per character. */
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/** Whether a lexicon term is written as a name ("NATO", "Pentagon", "World Cup"), not a common word ("cable"). */
export function isNameTerm(term: string): boolean {
  const ch = term[0] ?? '';
  return isLetter(ch) && ch === ch.toUpperCase();
}
