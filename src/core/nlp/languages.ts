import type { UnitState } from './unitState';

// Words after which a capitalised word names a language: "speaks Mirpuri", "fluent in Somali", "translated into Tigrinya".
const LANGUAGE_BEFORE = /\b(?:speaks?|spoke|spoken|speaking|fluent in|translated (?:into|from)|dubbed into|subtitled in)\s+$/i;
// What joins the languages of a list: "Mirpuri or Somali", "Urdu, Punjabi and Bengali".
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

/**
 * Languages that are neither a nation's word the gazetteer reads ("Somali", "Nepali") nor a given name or a surname
 * ("Maya", "Sami", "Lao", "Chamorro"): alone, always a language or its people's word, never a person, a body or a
 * place of ours ("apps in Tamil and Marathi", "Hindi films", "villagers speak Zapotec").
 */
const LANGUAGES = new Set(['Hindi', 'Urdu', 'Bengali', 'Punjabi', 'Tamil', 'Telugu', 'Marathi', 'Gujarati', 'Kannada',
  'Malayalam', 'Odia', 'Oriya', 'Assamese', 'Sindhi', 'Konkani', 'Tulu', 'Bhojpuri', 'Maithili', 'Sylheti', 'Mirpuri',
  'Sinhala', 'Sinhalese', 'Dhivehi', 'Pashto', 'Dari', 'Farsi', 'Kurdish', 'Kurmanji', 'Sorani', 'Balochi', 'Swahili',
  'Kiswahili', 'Amharic', 'Tigrinya', 'Oromo', 'Hausa', 'Yoruba', 'Igbo', 'Zulu', 'isiZulu', 'Xhosa', 'isiXhosa',
  'Afrikaans', 'Sesotho', 'Setswana', 'Shona', 'Wolof', 'Lingala', 'Kinyarwanda', 'Kirundi', 'Luganda', 'Twi', 'Fula',
  'Fulfulde', 'Krio', 'Tamazight', 'Amazigh', 'Tagalog', 'Cebuano', 'Ilocano', 'Javanese', 'Sundanese', 'Mandarin',
  'Cantonese', 'Hokkien', 'Hakka', 'Teochew', 'Uyghur', 'Uighur', 'Tatar', 'Bashkir', 'Yiddish', 'Hebrew', 'Latin',
  'Sanskrit', 'Pali', 'Gaelic', 'Cornish', 'Manx', 'Basque', 'Catalan', 'Galician', 'Breton', 'Occitan', 'Romani',
  'Esperanto', 'Quechua', 'Aymara', 'Nahuatl', 'Zapotec', 'Mixtec', 'Inuktitut', 'Hmong', 'Khmer', 'Tetum', 'Creole',
  'Patois',
  // the gazetteer reads no nation in "English" (a language far more often, countries/blockRules.ts): alone it is no
  // body either ("Results of English league matches", "ENGLISH LEAGUE RESULTS")
  'English']);

// A word in capitals as the list writes it: "ENGLISH" -> "English".
const titled = (w: string): string => (/^\p{Lu}+$/u.test(w) && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

const isLanguageList = (name: string): boolean =>
  name.split(/(?:-?\s*,\s*|-?\s+(?:and|or|AND|OR)\s+|\/)/).every(w => LANGUAGES.has(titled(w)));

/**
 * Part of the coordination pass (`pipeline.ts`): a language is no name of ours, though the tagger reads it as a place
 * and the gazetteer as a nation's word: a one-word mention right after a verb of speech ("the nurse who speaks Mirpuri
 * or Somali", "fluent in Tigrinya"), and those listed after it. A list's or a rule's organisation stays. And a
 * mention made of the names of `LANGUAGES` alone, wherever it stands. Drops mentions; order kept.
 */
export function dropLanguages(state: UnitState): void {
  const { text, mentions } = state;
  const drop = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const isWord = (k: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(text.slice(mentions[k].start, mentions[k].end))
      && (mentions[k].source === 'tagger' || mentions[k].source === 'gazetteer' || mentions[k].source === 'coordination');
    // "Tamil and Marathi and Urdu", "Kannada- and Marathi": a name made of languages alone, whoever read it (a
    // gazetteer's nation word stays: "Somali" is not in the list)
    if (m.source !== 'gazetteer' && isLanguageList(text.slice(m.start, m.end))) drop.add(i);
    if (!isWord(i) || !LANGUAGE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    drop.add(i);
    for (let k = i + 1; k < mentions.length && isWord(k) && LIST_GAP.test(text.slice(mentions[k - 1].end, mentions[k].start)); k++) drop.add(k);
  }
  if (drop.size > 0) state.mentions = mentions.filter((_, k) => !drop.has(k));
}
