/**
 * Finds mentions of countries in text: names, aliases, demonyms and capitals, each tied to an
 * ISO 3166-1 alpha-2 code. One linear scan over word starts against an index built once at module
 * load; no regular expressions per call.
 */
import type { CountryVia } from '../model';
import { buildCountryIndex, firstWordEnd, isLetter, type IndexEntry } from './countryIndex';
import { isBlocked, isDateline, isInCapsText } from './contextRules';
import { hasNoLowerCase } from '../text/caps';

/** One country mention. */
export interface CountryHit {
  /** UTF-16 offset into the text given to `findCountryMentions`. */
  readonly start: number;
  /** End offset, exclusive: `text.slice(start, end)` is the mention ("China" in "China's"). */
  readonly end: number;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly code: string;
  readonly via: CountryVia;
  /** COUNTRY for names, aliases and demonyms; PLACE for capitals and parts ("Tokyo", "Gaza"). */
  readonly type: 'COUNTRY' | 'PLACE';
  /** The rule that matched: "name", "alias:Britain", "demonym:Japanese", "capital:Tokyo". */
  readonly reason: string;
  /** The place a PLACE hit names, when the text writes it otherwise: a part's demonym ("Tibet" for "Tibetan"),
   * a capital in capitals or across a line break ("Tokyo" for "TOKYO"). */
  readonly place?: string;
}

const INDEX = buildCountryIndex();
/** Whether `w`, as written, is a one-word country name, alias or demonym ("Japan", "U.S.", "Japanese"). */
export const isCountryWord = (w: string): boolean => INDEX.countryWords.has(w);
/** Whether `w`, as written, is a one-word demonym ("Japanese", "Americans"). */
export const isDemonymWord = (w: string): boolean => INDEX.demonymWords.has(w);

/**
 * Every country mention in `text`, sorted by start, never overlapping. At each word start the
 * longest matching form wins ("Papua New Guinea" over "Guinea"); stop phrases ("New Mexico",
 * "Latin America") hide the country word inside them. Empty text gives an empty array.
 */
export function findCountryMentions(text: string): CountryHit[] {
  const hits: CountryHit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const wordEnd = firstWordEnd(text, i);
    // every form starts with an upper-case letter; a word glued to a digit is not a word start
    const bucket = isUpper(c) && !isDigitBefore(text, i) ? INDEX.buckets.get(text.slice(i, wordEnd).toLowerCase()) : undefined;
    if (bucket === undefined) {
      i = wordEnd;
      continue;
    }
    let next = wordEnd;
    for (const entry of bucket) {
      const end = matchForm(text, i, entry);
      if (end < 0) continue;
      next = end;
      if (entry.code !== null && !entry.checks.some((k) => isBlocked(k, text, i, end, isCountryWord))
        && !(isCapsRendering(text, i, end, entry) && !isCapsAccepted(text, i, end))) {
        hits.push({
          start: i, end, code: entry.code, via: entry.via, type: entry.type, reason: entry.reason,
          ...(entry.place || (entry.type === 'PLACE' && text.slice(i, end) !== entry.form) ? { place: entry.place ?? entry.form } : {}),
        });
      }
      break;
    }
    i = next;
  }
  return hits;
}

/**
 * Whether an all-caps rendering is the name: inside all-caps text, in a dateline ("TOKYO, Oct 7"), or five
 * letters and more ("INDIA would respond"). A shorter one in running text may be an acronym ("GUAM", "CHAD").
 */
function isCapsAccepted(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end; k++) if (isLetter(text.charCodeAt(k))) letters++;
  return letters >= 5 || isInCapsText(text, start, end) || isDateline(text, start, end);
}

/** "JAPAN" for "Japan" (an all-caps rendering of a form that has lower-case letters). */
function isCapsRendering(text: string, start: number, end: number, entry: IndexEntry): boolean {
  if (entry.exactCase) return false;
  const surface = text.slice(start, end);
  return surface !== entry.form && hasNoLowerCase(surface);
}

function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isDigitBefore(text: string, i: number): boolean {
  const p = i > 0 ? text.charCodeAt(i - 1) : 0;
  return p >= 48 && p <= 57;
}

function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/**
 * Matches `entry.form` at `pos`; returns the end offset or -1. Letters compare case-insensitively,
 * then the case policy decides: exact forms need the same case; others need their capitals kept,
 * allow a capital on any word's first letter (title-case headlines) and an all-caps rendering.
 * A space in the form matches blanks with at most one line break.
 */
function matchForm(text: string, pos: number, entry: IndexEntry): number {
  const form = entry.form;
  const n = text.length;
  let p = pos;
  let upperForLower = false;
  let sawLower = false;
  let atWordStart = true;
  for (let k = 0; k < form.length; k++) {
    const f = form.charCodeAt(k);
    if (f === 32) {
      const from = p;
      while (p < n && isBlank(text.charCodeAt(p))) p++;
      if (p < n && text.charCodeAt(p) === 13) p++;
      if (p < n && text.charCodeAt(p) === 10) p++;
      while (p < n && isBlank(text.charCodeAt(p))) p++;
      if (p === from) return -1;
      atWordStart = true;
      continue;
    }
    if (p >= n) return -1;
    const t = text.charCodeAt(p);
    if (isLetter(f)) {
      if (t !== f) {
        if (entry.exactCase || lower(t) !== lower(f)) return -1;
        if (lower(f) === f) {
          // lower-case form letter written in capitals: fine at a word start ("Republic Of")
          if (!atWordStart) upperForLower = true;
        } else {
          return -1; // a capital of the form written in lower case ("china")
        }
      }
      if (lower(t) === t && t !== upperOf(t)) sawLower = true;
      atWordStart = false;
    } else {
      const same = t === f || (isApostrophe(f) && isApostrophe(t)) || (isHyphen(f) && isHyphen(t));
      if (!same) return -1;
      atWordStart = true;
    }
    p++;
  }
  if (upperForLower && (sawLower || !entry.allowCaps)) return -1;
  // word boundary after the form ("Indiana" is not "India"); "China's", "India-Japan" are fine
  if (p < n) {
    const t = text.charCodeAt(p);
    if (isLetter(t) || (t >= 48 && t <= 57)) return -1;
  }
  return p;
}

function upperOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toUpperCase().charCodeAt(0);
}
