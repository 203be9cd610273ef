/**
 * Acronyms the article itself spells out as things: "ROS [Reactive Oxygen Species, the group of chemicals ...]",
 * "reactive oxygen species (ROS)", "the Minnesota Multiphasic Personality Inventory (MMPI)". An acronym whose
 * expansion ends in a noun of a class of things (species, disorders, an index, a test) names no organisation; nor
 * does its expansion; nor does an acronym the article writes right before such a noun ("the ICI system").
 */

// Last words of expansions that name things: substances, living things, conditions, measures, formats.
const THING_HEADS = new Set(['species', 'particle', 'particles', 'compound', 'compounds', 'acid', 'acids', 'molecule',
  'molecules', 'protein', 'proteins', 'gene', 'genes', 'cell', 'cells', 'hormone', 'hormones', 'enzyme', 'enzymes',
  'virus', 'viruses', 'bacteria', 'vaccine', 'drug', 'drugs', 'disorder', 'disorders', 'disease', 'diseases',
  'syndrome', 'deficiency', 'infection', 'therapy', 'imaging', 'index', 'inventory', 'scale', 'test', 'score',
  'protocol', 'format', 'language', 'standard', 'license', 'licence', 'algorithm', 'technique', 'method',
  // instruments and craft: "a thermal infrared imager (TIRI)"
  'imager', 'camera', 'spectrometer', 'altimeter', 'radar', 'sensor', 'detector', 'telescope', 'instrument', 'probe',
  'spacecraft', 'satellite', 'lander', 'rover', 'spectrograph']);

// Last words of a lower-case expansion that name a group of countries, bodies or people, which the acronym may stand for.
const GROUP_HEADS = new Set(['countries', 'nations', 'states', 'organisations', 'organizations', 'groups', 'people',
  'members', 'parties', 'unions', 'forces', 'agencies', 'bodies', 'companies', 'firms', 'banks', 'economies']);

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', '&']);

/** A span of the article's text, `[start, end)`. */
interface Range {
  readonly start: number;
  readonly end: number;
}

// "the ICI system", "NCLAN studies": an acronym right before a noun that names a kind of thing, not a body's staff or
// offices ("the FBI agents", "NATO headquarters" are left alone)
const BEFORE_THING = /(?<![\p{L}\p{N}.-])(\p{Lu}{2,8}) (?:system|systems|database|databases|software|format|protocol|standard|index|test|tests|scale|license|licence|algorithm|studies|study|questionnaire|tax)\b/gu;

// "ROS [Reactive Oxygen Species", "ROS (reactive oxygen species": the acronym, then its expansion in brackets
const AFTER = /\b(\p{Lu}{2,6})s? ?[([] ?((?:[\p{L}-]+[ ]){1,6}[\p{L}-]+)/gu;
// "reactive oxygen species (ROS)": the expansion, then the acronym in brackets
const BEFORE = /((?:[\p{L}-]+[ ]){1,6}[\p{L}-]+) ?[([] ?(\p{Lu}{2,6})s?[)\]]/gu;

// "the Mid-Infrared Instrument, MIRI, which", "Near-Infrared Spectrograph, or NIRSpec,": the expansion, then the acronym
// set off by commas (capitals first, a few small letters after: "NIRSpec")
const APPOSED = /((?:[\p{L}-]+[ ]){0,6}[\p{L}-]+), (?:or )?(\p{Lu}{2,}\p{Ll}{0,4}\p{Lu}?\p{Ll}{0,4})(?=[,.;:)]| (?:which|that|is|was)\b)/gu;

/**
 * The acronyms the article spells out as things, and their expansions, as ranges of `text`: for each, the
 * acronym's range and the expansion's (its words that spell the acronym, from the first), in brackets or, for an
 * expansion in capitals, set off by commas ("the Mid-Infrared Instrument, MIRI,"); and the acronyms written
 * right before the noun of a kind of thing ("the IMU system"), alone. Not in text order; empty when none.
 */
export function thingAcronyms(text: string): Range[] {
  const out: Range[] = [];
  // "the ICI system", "the NEMISIS database", "NCLAN studies": an acronym before the noun of a kind of thing
  for (const m of text.matchAll(BEFORE_THING)) out.push({ start: m.index, end: m.index + m[1].length });
  if (/, (?:or )?\p{Lu}{2}/u.test(text)) {
    for (const m of text.matchAll(APPOSED)) {
      const expansion = spelled(m[1], m[2], true);
      if (!expansion || !/\p{Lu}/u.test(expansion)) continue;
      const start = m.index + m[1].length - expansion.length;
      const at = m.index + m[0].lastIndexOf(m[2]);
      out.push({ start, end: start + expansion.length }, { start: at, end: at + m[2].length });
    }
  }
  if (!/[([]/.test(text)) return out;
  for (const m of text.matchAll(AFTER)) {
    const expansion = spelled(m[2], m[1], false);
    if (!expansion) continue;
    const at = m.index + m[0].length - m[2].length;
    out.push({ start: m.index, end: m.index + m[1].length }, { start: at, end: at + expansion.length });
  }
  for (const m of text.matchAll(BEFORE)) {
    const expansion = spelled(m[1], m[2], true);
    if (!expansion) continue;
    const start = m.index + m[1].length - expansion.length;
    const at = m.index + m[0].lastIndexOf(m[2]);
    out.push({ start, end: start + expansion.length }, { start: at, end: at + m[2].length });
  }
  return out;
}

/**
 * Whether `words` spell `letters` in order: each word gives its first letter and may give more of its own letters
 * after it ("thermal infrared imager" spells "tiri").
 */
function spellsFrom(words: readonly string[], letters: string): boolean {
  if (words.length === 0) return letters === '';
  const [word, ...rest] = words;
  if (letters[0] !== word[0]) return false;
  // the word's first letter, then each longer run of its own letters taken in order
  for (let used = 1, at = 1; used <= letters.length; used++) {
    if (spellsFrom(rest, letters.slice(used))) return true;
    at = word.indexOf(letters[used], at) + 1;
    if (at === 0) return false;
  }
  return false;
}

/**
 * The words of `phrase` that spell `acronym` (from its start, or ending at its end when `fromEnd`), when they
 * name a thing: written in lower case, or ending in one of `THING_HEADS`. Undefined otherwise.
 */
function spelled(phrase: string, acronym: string, fromEnd: boolean): string | undefined {
  const words = phrase.split(' ');
  const letters = acronym.toLowerCase();
  const initials = (ws: readonly string[]): string => ws.filter(w => !CONNECTORS.has(w.toLowerCase())).map(w => w[0].toLowerCase()).join('');
  // one word for each letter; failing that, words that give more of their own letters ("thermal infrared imager
  // (TIRI)"), two at least and one for every two letters
  const wordsOf = (n: number): string[] => (fromEnd ? words.slice(words.length - n) : words.slice(0, n));
  let ws: string[] | undefined;
  for (let n = letters.length; !ws && n <= Math.min(words.length, letters.length + 3); n++) if (initials(wordsOf(n)) === letters) ws = wordsOf(n);
  for (let n = Math.max(2, Math.ceil(letters.length / 2)); !ws && n < Math.min(words.length + 1, letters.length); n++) {
    if (spellsFrom(wordsOf(n).filter(w => !CONNECTORS.has(w.toLowerCase())).map(w => w.toLowerCase()), letters)) ws = wordsOf(n);
  }
  if (!ws) return undefined;
  // "automatic number plate recognition (ANPR)", "gross domestic product (GDP)": a common noun's words, not a group's
  // ("heavily indebted poor countries (HIPC)", "non-governmental organisations (NGOs)")
  const isLowerCase = ws.every(w => !/\p{Lu}/u.test(w)) && !GROUP_HEADS.has(ws[ws.length - 1]);
  return isLowerCase || THING_HEADS.has(ws[ws.length - 1].toLowerCase()) ? ws.join(' ') : undefined;
}
