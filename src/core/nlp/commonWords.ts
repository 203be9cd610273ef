/**
 * Capitalised words that are no names, known by their form: academic disciplines ("a degree in Linguistics and
 * Philosophy", "Professor of Educational Leadership") and a sentence's opening adverb ("Finally, Atlantis will
 * ..."), which the tagger, with a lexicon that knows neither, can take for a person or a place.
 */

// Disciplines written capitalised after "in" or "of" in a scholar's title or a degree. Words that also name things of
// their own ("Science" the journal, "Law", "History", "Media" alone) count only beside another discipline word.
const DISCIPLINES = new Set(['Linguistics', 'Philosophy', 'Psychology', 'Sociology', 'Anthropology', 'Economics',
  'Physics', 'Chemistry', 'Biology', 'Mathematics', 'Statistics', 'Engineering', 'Journalism', 'Communications',
  'Communication', 'Media', 'Studies', 'Literature', 'Science', 'Sciences', 'Humanities', 'Medicine', 'Nursing',
  'Education', 'Educational', 'Leadership', 'Counseling', 'Counselling', 'Management', 'Administration', 'Policy',
  'Political', 'Computer', 'Social', 'Sport', 'Sports', 'Art', 'Arts', 'Visual', 'Fine', 'History', 'Law',
  'Theology', 'Architecture', 'Geography', 'Geology', 'Astronomy', 'Neuroscience', 'Ecology', 'Musicology', 'Music',
  'Business', 'Finance', 'Accounting', 'Marketing', 'Public', 'Health', 'Environmental', 'Cognitive', 'Clinical']);
const CONNECTORS = new Set(['and', '&', '/', 'of']);
// A one-word discipline by its ending: "Linguistics", "Philosophy", "Sociology" (not "Media" or "Law" alone).
const DISCIPLINE_ENDING = /^\p{Lu}\p{Ll}+(?:ology|ics|osophy|istry|onomy|ography)$/u;

/**
 * Whether `surface`, a mention's exact text, is an academic discipline: one word with a discipline's ending, or two
 * or more words all discipline words or connectors ("Educational / Counseling Psychology", "Media and Communications").
 */
export function isDiscipline(surface: string): boolean {
  const words = surface.split(/\s+/);
  if (words.length === 1) return DISCIPLINE_ENDING.test(surface) && DISCIPLINES.has(surface);
  let disciplines = 0;
  for (const w of words) {
    if (CONNECTORS.has(w)) continue;
    if (!DISCIPLINES.has(w)) return false;
    disciplines++;
  }
  return disciplines >= 2;
}

// Endings of adverbs: "Finally", "Additionally", "Consequently", "Reportedly" (not "Kelly", "Connolly", "Beverly").
const ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ally|ously|ively|ately|edly|ingly|fully|lessly|ently|antly|ibly|ably|ually)$/u;

/** Whether the one word at `[start, end)` is an adverb opening its sentence before a comma ("Finally, Atlantis"). */
export function isOpeningAdverb(text: string, start: number, end: number): boolean {
  if (text[end] !== ',' || !ADVERB.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 3), start);
  return start === 0 || /(?:^|[.!?:;"”\n])\s*$/.test(before);
}
