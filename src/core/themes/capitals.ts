/**
 * Whether capital letters around a span say anything: in running prose a capitalised word among
 * lower-case ones is a name; in a title-case headline or a line in capitals every word is capitalised,
 * so capitals mark nothing there.
 */

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

/** Whether a lexicon term is written as a name ("NATO", "Pentagon", "World Cup"), not a common word ("cable"). */
export function isNameTerm(term: string): boolean {
  const ch = term[0] ?? '';
  return isLetter(ch) && ch === ch.toUpperCase();
}
