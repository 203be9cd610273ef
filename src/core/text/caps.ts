/**
 * Words and lines written in capitals, in one place. The variants differ on purpose and are named for what they
 * accept; all work on UTF-16 strings and treat a character without case (digit, punctuation) as neutral unless
 * said otherwise.
 */

/** Whether `s` has no lower-case letter: upper-casing leaves it unchanged ("JAPAN", "U.S.", "5G", "" and "42" too). */
export function hasNoLowerCase(s: string): boolean {
  return s === s.toUpperCase();
}

/**
 * Whether the word is written in capitals with at least `minLetters` cased letters ("NATO", "5G" with the default
 * of one; "U.S." has two). A title-case or lower-case letter anywhere makes it false.
 */
export function isAllCaps(surface: string, minLetters = 1): boolean {
  let letters = 0;
  for (let i = 0; i < surface.length; i++) {
    const ch = surface[i];
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    if (ch !== upper) return false;
    letters++;
  }
  return letters >= minLetters;
}

/** Whether a word is in capitals with two capital letters in a row ("NEW", "AFP", "UK2"; not "U.S.", "G7", "Mr", "X"). */
export function isCapsRun(word: string): boolean {
  return /\p{Lu}{2}/u.test(word) && hasNoLowerCase(word);
}

/**
 * Whether a word is an acronym-like token: only capitals, digits and full stops, two characters or more, with two
 * capitals in a row ("NATO", "UN", "FY2024"; not "U.N." or "G20", whose capitals stand apart).
 */
export function isCapsToken(word: string): boolean {
  return /^[\p{Lu}\p{N}.]{2,}$/u.test(word) && /\p{Lu}{2}/u.test(word);
}

/** Whether a word is two or more ASCII capitals A-Z and nothing else ("US", "UK", "WHO"; not "U.S.", "ÉTÉ"). */
export function isAsciiCapsWord(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Whether a line or sentence is shouted, given its words: three words or more, at least four in five of them with
 * no lower-case letter ("UKRAINE AND POLAND SIGN GRAIN DEAL"), or two words both so ("IMF TALKS"). Callers choose
 * what counts as a word.
 */
export function isShouted(words: readonly string[]): boolean {
  let caps = 0;
  for (const w of words) if (hasNoLowerCase(w)) caps++;
  return isShoutedCount(words.length, caps);
}

/** `isShouted` from counts: `words` words, `caps` of them with no lower-case letter. */
export function isShoutedCount(words: number, caps: number): boolean {
  // "IMF TALKS", "DEBT TALKS": a subheading of two words, both in capitals
  return (words >= 3 && caps >= 0.8 * words) || (words === 2 && caps === 2);
}
