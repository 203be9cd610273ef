import { lexiconTag } from './engine';

// Names read by what follows them in the text: a product's version number, a species' epithet, a player's code in a
// results line (used by notNames.ts).

// A Latin species epithet after a genus: lower case, a Latin ending, unknown to the English lexicon ("fusca",
// "bassiana", "andrillae", "coli", "sapiens").
const EPITHET = /^\p{Ll}{2,}(?:ae|ii|ensis|oides|ata|ica|ana|sca|icus|ium)$/u;

/**
 * Whether a version or model number follows a name ending at `end`: "Explorer 6", "Windows 10", "iPhone 4S"
 * (a product). Not a score or a results line ("Leeds 2 Arsenal 1", "Woods 68 70"), a year ("Beijing 2008"), an
 * amount or a count ("Mosul 3 km", "Bush 52 percent").
 */
export function hasVersionNumber(text: string, start: number, end: number): boolean {
  // a results line: a number before the name on its line ("Wigan 0 Plymouth Argyle 1")
  const lineStart = text.lastIndexOf('\n', start) + 1;
  if (/\d/.test(text.slice(lineStart, start))) return false;
  const after = /^ (\d{1,2}(?:\.\d)?[A-Z]?)(?=([\s\S]{0,24}))/.exec(text.slice(end, end + 32));
  if (!after) return false;
  const rest = after[2];
  // a score or a table: another number or a name with a number soon after
  if (/^[.,:]?\d|^\s*[-–]\s*\d|^\s+\d|^\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*\s\d/u.test(rest)) return false;
  // an amount or a count
  if (/^\s*(?:%|per\b|percent|pct|km|miles?|kg|tons?|tonnes?|points?|votes?|seats?|years?|months?|days?|hours?|minutes?|people|of\b|-)/i.test(rest)) return false;
  return true;
}

/**
 * Whether the name at `[start, end)` is a genus before a Latin species epithet ("Formica fusca", "Beauveria
 * bassiana", "E. andrillae"): one capitalised word, then a lower-case word with a Latin ending that the English
 * lexicon does not know.
 */
export function isGenus(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}*\.?$/u.test(name)) return false;
  const next = /^\.?\s(\p{Ll}+)\b/u.exec(text.slice(end, end + 30));
  return next !== null && EPITHET.test(next[1]) && lexiconTag(next[1]) === undefined;
}

// A country's or a team's code in brackets after a player in a results line: "Timo Baer (Sui) 20.18", "Ana Lima (Bra) bt ...".
const PLAYER_CODE = /\p{Lu}\p{Ll}+ \($/u;

/**
 * Whether the mention `[start, end)` of `text` is such a code: a capital and two small letters in brackets after a
 * name, on a short line that holds a number (a line of a list, not prose: "the Independent Television (ITV) said").
 */
export function isPlayerCode(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}\p{Ll}{2}$/u.test(text.slice(start, end)) || text[end] !== ')' || !PLAYER_CODE.test(text.slice(Math.max(0, start - 30), start))) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  return lineEnd - lineStart <= 80 && /\d/.test(text.slice(end, lineEnd));
}
