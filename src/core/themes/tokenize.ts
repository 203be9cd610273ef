/**
 * Word tokens for theme matching: offsets into the exact input, lower-cased keys and the inflection
 * variants the matcher may fall back to. No regular expression sees user input; characters are
 * classified one at a time.
 */

/** One word of the input. `start`/`end` are UTF-16 code units, end exclusive. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  /** The word as written, possessive "'s" removed ("Dole's" -> "Dole"). */
  readonly surface: string;
  /** `surface` lower-cased, curly apostrophes straightened. */
  readonly lower: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[A-Za-z0-9]/.test(ch) ? 1 : 0;
}

function isWordUnit(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  // Surrogates (emoji and other astral symbols) never join a word.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/**
 * Splits `text` into word tokens, in order. A word is a run of letters, digits and marks; an
 * apostrophe between letters stays inside ("don't"), hyphens and dots split ("post-COVID" -> post,
 * COVID). Empty input gives an empty array.
 */
export function tokenizeWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordUnit(text.charCodeAt(i))) i++;
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordUnit(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    let end = i;
    let surface = text.slice(start, end);
    // "Japan's" -> "Japan": the possessive is not part of the term.
    if (surface.length > 2 && isApostrophe(surface.charCodeAt(surface.length - 2))
      && (surface.endsWith('s') || surface.endsWith('S'))) {
      surface = surface.slice(0, -2);
      end -= 2;
    }
    out.push({ start, end, surface, lower: surface.toLowerCase().replace(/\u2019/g, "'") });
  }
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Base forms a lower-cased word may be an inflection of, most likely first: "policies" -> policy,
 * "taxes" -> tax, "raised" -> raise, "banning" -> ban. Words shorter than four letters have none.
 * The matcher tries the exact word before these, so a lexicon entry for the inflected form
 * ("securities", "arms") always wins over its base.
 */
export function inflectionVariants(lower: string): string[] {
  const n = lower.length;
  if (n < 4) return [];
  const out: string[] = [];
  const undouble = (stem: string): void => {
    const k = stem.length;
    if (k >= 3 && stem[k - 1] === stem[k - 2] && !VOWELS.has(stem[k - 1]) && !'lsz'.includes(stem[k - 1])) {
      out.push(stem.slice(0, -1));
    }
  };
  if (lower.endsWith('ies') && n > 4) out.push(lower.slice(0, -3) + 'y');
  else if (lower.endsWith('es')) {
    out.push(lower.slice(0, -1), lower.slice(0, -2));
  } else if (lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is')) {
    out.push(lower.slice(0, -1));
  }
  if (lower.endsWith('ied') && n > 4) out.push(lower.slice(0, -3) + 'y');
  else if (lower.endsWith('ed') && n > 4) {
    const stem = lower.slice(0, -2);
    out.push(stem, lower.slice(0, -1));
    undouble(stem);
  }
  if (lower.endsWith('ing') && n > 5) {
    const stem = lower.slice(0, -3);
    out.push(stem, stem + 'e');
    undouble(stem);
  }
  return out;
}

/**
 * A lexicon term's key for telling cues apart: lower case, a plural "-s"/"-ies" undone ("Networks" and
 * "network" are one cue, "media" and "medium" two). Empty input gives "".
 */
export function cueStem(term: string): string {
  const lower = term.toLowerCase();
  if (lower.length > 4 && lower.endsWith('ies')) return lower.slice(0, -3) + 'y';
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}
