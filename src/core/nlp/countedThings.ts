/**
 * Capitalised words an article counts as things, and currency prefixes. "Warhol's Polaroids ... an exhibit of
 * Polaroids ... the Polaroid camera": a name the article also writes in the plural after a word that counts or owns
 * things is a kind of thing (a product, an object), not a person or a body. "US$ 10 billion", "NZ$26 million": a
 * country's code glued to a currency sign is part of an amount, never an entity.
 */

// Words news writes in the plural for members of parties, faiths and peoples, and for teams: their plural is no
// counted thing ("many Democrats", "two Republicans", "the Yankees").
const GROUP_WORDS = new Set(['Democrat', 'Republican', 'Conservative', 'Liberal', 'Socialist', 'Communist', 'Tory',
  'Green', 'Independent', 'Libertarian', 'Nationalist', 'Unionist', 'Loyalist', 'Islamist', 'Maoist', 'Marxist',
  'Muslim', 'Christian', 'Catholic', 'Protestant', 'Jew', 'Hindu', 'Sikh', 'Buddhist', 'Mormon', 'Scientologist',
  'Yankee', 'Marine', 'Ranger', 'Giant', 'Packer', 'Laker', 'Celtic', 'Beatle', 'Senator', 'Minister', 'Member']);

// Before a plural that is counted, owned or described as things: "of Polaroids", "Warhol's Polaroids", "includes Polaroids".
const COUNTING = /(?:\b(?:of|his|her|their|its|our|my|your|some|many|few|several|two|three|four|five|these|those|includes?|included|features?|featured|received|donated|took|takes|own|owns|sold|bought)|['’]s|\d)\s$/;

/**
 * The one-word names that `text` counts as things: a capitalised word whose plural (+"s") the article also writes
 * after a word that counts or owns things ("of Polaroids", "Warhol's Polaroids"), both forms; a word of
 * `personWords` (the words of people named in full: "the Sams" after "Manju Sam") only when it is counted twice, and
 * never a word of `GROUP_WORDS`.
 * `names` are the candidate surfaces; `capitalised` gives `capitalisedWords(text)` (a caller may have it by paragraph).
 */
export function countedThings(
  text: string,
  names: Iterable<string>,
  personWords: ReadonlySet<string>,
  capitalised: () => ReadonlySet<string> = () => capitalisedWords(text),
): Set<string> {
  const out = new Set<string>();
  const candidates = new Set(names);
  if (candidates.size === 0) return out;
  // the capitalised words of the text, read once: most candidates have no plural in it and cost nothing more
  const words = capitalised();
  for (const surface of candidates) {
    // "Polaroids" found alone stands for "Polaroid" too
    const name = surface.endsWith('s') && !candidates.has(surface.slice(0, -1)) ? surface.slice(0, -1) : surface;
    if (out.has(name) || !/^\p{Lu}\p{Ll}+$/u.test(name) || name.endsWith('s') || GROUP_WORDS.has(name)) continue;
    // the singular must be written too, or "Nablus" would be the plural of "Nablu"
    const plural = name + 's';
    if (!words.has(plural) || (name !== surface && !words.has(name))) continue;
    // a word of a person named in full takes two counts: "the Sams" are a family, "Warhol Polaroid exhibits ... an
    // exhibit of Polaroids ... 100 Polaroids" a thing the tagger once joined to a surname
    const needed = personWords.has(name) ? 2 : 1;
    let counted = 0;
    for (let at = text.indexOf(plural); at >= 0 && counted < needed; at = text.indexOf(plural, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(text[at + plural.length] ?? '') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
      if (COUNTING.test(text.slice(Math.max(0, at - 12), at))) counted++;
    }
    if (counted >= needed) {
      out.add(name);
      out.add(plural);
    }
  }
  return out;
}

/**
 * The capitalised words of `text` (a capital, then lower-case letters, as a whole word: "Polaroids"), as
 * `countedThings` reads them. Whole words stand on one line, so the words of a text are those of its lines.
 */
export function capitalisedWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []);
}

/** Whether the mention ending at `end` is a country's code glued to a currency sign ("US$ 10 billion", "NZ $26m"). */
export const isCurrencyCode = (text: string, end: number): boolean => /^ ?\$ ?\d/.test(text.slice(end, end + 4));

/**
 * Whether the article writes the one word `name` as a common noun at `at`: after "a" or "an" and before a
 * preposition, a comma or the sentence's end ("took an Oath to our Constitution", "profess an Oath."), never
 * before a noun it names ("a Toyota spokesman") or another capitalised word ("an Airbus A380").
 */
export function isCountedNoun(text: string, at: number, name: string): boolean {
  if (!/\b[Aa]n? $/.test(text.slice(Math.max(0, at - 4), at))) return false;
  return /^(?:[.,;:!?)]|\s+(?:to|of|for|in|on|at|with|by|from)\b)/.test(text.slice(at + name.length, at + name.length + 8));
}
