import { ORG_HEADS } from './lexicons';

/**
 * Capitalised words that are no names, known by their form: academic disciplines ("a degree in Linguistics and
 * Philosophy", "Professor of Educational Leadership"), a sentence's opening adverb ("Finally, Atlantis will
 * ..."), which the tagger, with a lexicon that knows neither, can take for a person or a place, and a common word
 * capitalised only by its place at a sentence's start ("University exhibits can reach ...").
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
// Fields a prize is given for, beside the disciplines: "the Nobel Prize for Peace", "the Costa Award for Poetry".
const PRIZE_FIELDS = new Set(['Peace', 'Fiction', 'Non-Fiction', 'Poetry', 'Excellence', 'Innovation', 'Design', 'Bravery',
  'Gallantry', 'Courage', 'Services', 'Achievement', 'Drama', 'Comedy', 'Photography', 'Film', 'Theatre', 'Dance']);

/** Whether the capitalised `words` name only what a prize is given for ("Architecture", "Peace", "Art and Design"). */
export const isPrizeField = (words: readonly string[]): boolean => words.length > 0
  && words.every(w => CONNECTORS.has(w) || DISCIPLINES.has(w) || PRIZE_FIELDS.has(w)) && !CONNECTORS.has(words[0]);
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

// Bodies of which a country has many, so that the noun alone at a sentence's start names none: "University exhibits".
const KINDS_OF_PLACE = new Set(['university', 'college', 'school', 'academy', 'club', 'team', 'company', 'church', 'society']);

// What stands before a sentence's or a line's first word: the text's start, a line break, or a sentence's end (and a
// quotation mark or a bracket).
const OPENING = /(?:^|\n|[.!?:]["'”’)\]]?[ \t]+)["'“‘([]?$/;

/**
 * Whether the one word at `[start, end)` is a common word that only its place capitalises: it opens a sentence or a
 * line before a lower-case word ("University exhibits can reach ...", "Knowledge is power"), the article writes it in
 * lower case elsewhere ("university art galleries"), and never capitalised alone inside a sentence: only as part of a
 * longer name ("the University of Southern Indiana"). "Reading beat Leeds ... against Reading" stays a name, and so
 * does a body a country has one of ("Parliament approved the budget"). `memo`, kept by the caller for one text, holds
 * the article-wide answer per word, so that many mentions of a word cost its scans once.
 */
export function isOpeningCommonWord(text: string, start: number, end: number, memo?: Map<string, boolean>): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/^ \p{Ll}/u.test(text.slice(end, end + 2))) return false;
  if (!OPENING.test(text.slice(Math.max(0, start - 4), start))) return false;
  const isHeading = isHeadingAt(text, start);
  const key = isHeading ? `${word}\n` : word;
  let answer = memo?.get(key);
  if (answer === undefined) {
    answer = isCommonWordOf(text, word, isHeading);
    memo?.set(key, answer);
  }
  return answer;
}

/**
 * Whether a line that starts at `start` is a subheading: a few words, no sentence's end or clause mark after the last
 * ("Committee warning"), where even a body's noun is capitalised only by its place.
 */
function isHeadingAt(text: string, start: number): boolean {
  if (start > 0 && text[start - 1] !== '\n') return false;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  return line.split(/\s+/).length <= 5 && !/[.!?:;,"”’)]$/.test(line);
}

/** The article-wide half of `isOpeningCommonWord`, the same for every place of `word` (and kind of line): two scans of the text. */
function isCommonWordOf(text: string, word: string, isHeading: boolean): boolean {
  const lower = word.toLowerCase();
  // "Parliament approved the bill", "Police said": a country's one body, named by its noun (not in a subheading)
  if (!isHeading && ORG_HEADS.has(lower) && !KINDS_OF_PLACE.has(lower)) return false;
  if (wordsAt(text, lower).length === 0) return false;
  for (const at of wordsAt(text, word)) {
    if (OPENING.test(text.slice(Math.max(0, at - 4), at))) continue;
    // inside a sentence: part of a longer name when a capitalised word (or "of") stands right before or after it
    const isPartOfName = /\p{Lu}[\p{L}.]*[ \t]$/u.test(text.slice(Math.max(0, at - 20), at))
      || /^[ \t](?:\p{Lu}|of\b)/u.test(text.slice(at + word.length, at + word.length + 4));
    if (!isPartOfName) return false;
  }
  return true;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);

/** Where `word` stands in `text` as a whole word or with a possessive (not inside "alt.word" or "word-led"), in text order. */
function wordsAt(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // a possessive ends the word: "the committee's chair"
    const isEnd = !isWordChar(text[at + word.length]) || /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(at + word.length, at + word.length + 3));
    if (!isWordChar(text[at - 1]) && text[at - 1] !== '.' && isEnd) out.push(at);
  }
  return out;
}

// Abbreviations of common things, written in capitals like a body's initials: time zones ("15:00 GMT"), honours
// ("appointed MBE"), a family doctor ("your GP"), the terms of company results and markets ("Ebitda rose", "its IPO",
// "capex of $2bn", "the TTF gas price") and of hospitals ("A&E waits", "in ICU"). None is a person, an organisation or a place.
const TIME_ZONES = new Set(['GMT', 'BST', 'UTC', 'CET', 'CEST', 'EET', 'EEST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT',
  'PST', 'PDT', 'JST', 'KST', 'AEST', 'AEDT', 'AWST', 'NZST', 'NZDT', 'IST', 'PHT', 'PKT', 'HKT', 'SGT', 'WIB', 'MSK', 'SAST', 'ET', 'PT']);
const COMMON_ABBREVIATIONS = new Set([...TIME_ZONES, 'MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'GP', 'GPs',
  'EBITDA', 'Ebitda', 'EBIT', 'IPO', 'IPOs', 'Capex', 'CAPEX', 'Opex', 'EPS', 'ROI', 'ROE', 'M&A', 'YoY', 'QoQ', 'ESG', 'TTF',
  'A&E', 'ICU', 'PPE', 'MRI', 'CEO', 'CFO', 'COO', 'CTO',
  // a trading desk's market ("senior FX strategist", "head of FX"), its instruments ("5-year CDS") and memory chips
  'FX', 'CDS', 'DRAM', 'NAND', 'HBM',
  // a wire story's last line ("(END)", "ENDS")
  'END', 'ENDS']);

// A credit rating ("affirms Türkiye at 'BB-'") and a fight's verdict with its rounds ("bt Sofía Benítez UD10", "KO2").
const RATING_OR_VERDICT = /^(?:AAA|BBB|BB|CCC|Baa\d|Ba\d|Caa\d|(?:UD|SD|MD|KO|TKO|RTD)\d{1,2})[+-]?$/;

// A time of day written as one word ("8.15pm", "10:30am", "7pm"), or its half of the day after the number ("PM").
const CLOCK = /^(?:\d{1,2}(?:[.:]\d{2})?)?(?:am|pm|a\.m\.?|p\.m\.?)$/i;

/** Whether `word` tells the time and nothing else: a time of day, "am"/"pm", or a time zone ("8.15pm", "PM", "PDT", "GMT+8"). */
export const isClockWord = (word: string): boolean => CLOCK.test(word) || TIME_ZONES.has(word)
  // "GMT+8", "UTC-05:00": a zone by its offset
  || (/[+\-−]\d/.test(word) && TIME_ZONES.has(word.replace(/[+\-−]\d{1,2}(?::?\d{2})?$/, '')));

/**
 * Whether the one word `word` is a common thing's abbreviation (`COMMON_ABBREVIATIONS`), an acronym in the plural,
 * or one the article `text` also writes in the plural: the common noun it is ("ARB users ... patients taking
 * ARBs", "the SUV ... two SUVs"). A body's initials take no plural ("the BBC", never "BBCs").
 */
export function isCommonAbbreviation(text: string, word: string): boolean {
  if (COMMON_ABBREVIATIONS.has(word) || RATING_OR_VERDICT.test(word) || /^\p{Lu}{2,6}s$/u.test(word)) return true;
  if (!/^\p{Lu}{2,6}$/u.test(word)) return false;
  const plural = word + 's';
  for (let at = text.indexOf(plural); at >= 0; at = text.indexOf(plural, at + 1)) {
    if (!isWordCharAt(text, at - 1) && !isWordCharAt(text, at + plural.length)) return true;
  }
  return false;
}

/** Whether a letter or a digit stands at `at` of `text`. */
const isWordCharAt = (text: string, at: number): boolean => /[\p{L}\p{N}]/u.test(text[at] ?? '');
