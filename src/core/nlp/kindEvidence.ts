import { ORG_KIND_CUES } from './companyRules';

/**
 * What the article says a capitalised name is, when it says it is a thing: a craft, a work, a drink, a piece of
 * software or a disease. "Stardust is a NASA space capsule", "the ballet Swan Lake", "the book Pride and
 * Prejudice", "Space Shuttle Discovery", "the Freewinds ship", "Huntington's disease". Such names are no person,
 * organisation or place, wherever else the article writes them.
 */

// Kinds of things a definition can give a name ("X is a NASA space capsule", "X was a popular browser").
const THING_KINDS = new Set(['spacecraft', 'capsule', 'probe', 'satellite', 'rover', 'orbiter', 'shuttle', 'rocket',
  'ship', 'vessel', 'yacht', 'ferry', 'submarine', 'aircraft', 'airliner', 'drone', 'robot', 'browser', 'software',
  'app', 'console', 'gadget', 'smartphone', 'drink', 'cocktail', 'beverage', 'dish', 'drug', 'vaccine', 'chemical',
  'compound', 'species', 'genus', 'fungus', 'bacterium', 'virus', 'disease', 'disorder', 'syndrome', 'album', 'song',
  'film', 'movie', 'novel', 'book', 'play', 'musical', 'opera', 'ballet', 'symphony', 'painting', 'sculpture', 'poem',
  'sitcom', 'documentary', 'webcomic', 'comic', 'podcast', 'mission', 'videogame', 'game', 'typeface', 'font',
  'cubesat', 'lander', 'telescope', 'tanker', 'freighter', 'trawler', 'warship', 'frigate', 'thriller', 'drama',
  'comedy', 'series', 'miniseries', 'single', 'track', 'trilogy', 'franchise', 'cheese', 'scheme', 'index', 'camera']);

const FUNCTION_WORDS = new Set(['of', 'who', 'that', 'which', 'from', 'in', 'at', 'for', 'with', 'to', 'and', 'or', 'by', 'on', 'where', 'whose']);

// Nouns written before the name of a work or a craft ("the ballet Swan Lake", "his novel Atonement", "the ship
// Freewinds"), and after a craft's or a drink's name ("the Freewinds ship", "the Santorum cocktail").
// "Game", "play" and "single" are left out: "the game Arsenal lost" is about a club.
const BEFORE_NAME = new Set(['book', 'novel', 'film', 'movie', 'album', 'song', 'opera', 'ballet', 'musical',
  'symphony', 'painting', 'poem', 'sitcom', 'documentary', 'webcomic', 'comic', 'podcast', 'videogame', 'spacecraft', 'probe', 'ship', 'vessel', 'yacht', 'shuttle', 'rover', 'orbiter', 'capsule',
  'drama', 'thriller', 'comedy', 'tanker', 'freighter', 'trawler', 'warship', 'frigate', 'cubesat', 'lander',
  // "her memoir Quiet Harbour" (not "series": "to level the series England need 200")
  'miniseries', 'memoir', 'novella', 'biopic']);
const AFTER_NAME = new Set(['spacecraft', 'probe', 'ship', 'vessel', 'yacht', 'ferry', 'shuttle', 'rover', 'orbiter',
  'capsule', 'satellite', 'rocket', 'cocktail', 'drink', 'beverage', 'browser', 'cubesat', 'lander', 'tanker', 'freighter',
  'cheese']);
// Craft whose noun after a bare name makes a headline's first word a craft ("Hera spacecraft sends ...").
const SPACE_CRAFT = new Set(['spacecraft', 'probe', 'cubesat', 'lander', 'orbiter', 'rover', 'satellite', 'telescope', 'mission']);
// Kinds in the plural before a list of their names: "two cubesats, Milani and Juventas", "her albums Blue and Gold".
const PLURAL_BEFORE = new Set(['cubesats', 'satellites', 'probes', 'spacecraft', 'ships', 'vessels', 'tankers',
  'albums', 'films', 'movies', 'songs', 'singles', 'novels', 'books', 'plays', 'operas', 'musicals']);
// A carrier of goods, not an airline ("the bulk carrier Aegean Dawn"; "the carrier Ryanair" is a body).
const GOODS_CARRIER = /\b(?:bulk|container|cargo|ore|oil|gas|LNG|car|aircraft) $/;

// Devices and missions written after their name, without "the" ("Vision Air headset", "the Osiris-Rex mission").
const CRAFT_AFTER = new Set(['headset', 'headsets', 'smartphone', 'smartphones', 'handset', 'handsets', 'console',
  'consoles', 'tablet', 'laptop', 'smartwatch', 'chip', 'chips', 'processor', 'mission', 'missions', 'telescope']);

// Kind nouns that are verbs in a headline too: "Police probe Smith death", "Firms ship Vantor goods".
const VERB_NOUNS = new Set(['probe', 'ship', 'book', 'film', 'comic', 'drama']);

// A list of capitalised names: "Milani and Juventas", "Blue, Gold and Green".
const LIST = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?:(?:,? and |, )\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)*/u;

/** The nouns `thingSpans` keeps a name after. */
// Nouns of a work that name one only after a possessive ("her single Harbour Lights", "their debut EP Northern Line";
// not "a single Arsenal goal").
const AFTER_POSSESSIVE = new Set(['single', 'singles', 'EP', 'LP']);
const THING_NOUNS = new Set([...BEFORE_NAME, ...AFTER_POSSESSIVE, ...PLURAL_BEFORE, 'carrier', 'Shuttle', 'Spacecraft']);
const LONGEST_THING_NOUN = Math.max(...[...THING_NOUNS].map(n => n.length));

/** Whether the code unit is an ASCII word character (`\w`: letters, digits, underscore). */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether one of `THING_NOUNS` stands where the scan of `thingSpans` could take it: after no ASCII word character
 * (its `\b`), then a space or ', '. When none does, that scan finds nothing. The nouns are ASCII letters, so such
 * a noun is a whole run of ASCII word characters: one pass over the runs (this runs on every analysis).
 */
function mayNameThing(text: string): boolean {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiWordCode(c)) continue;
    const length = i - start;
    if (length > 0 && length <= LONGEST_THING_NOUN && (c === 32 || (c === 44 && text.charCodeAt(i + 1) === 32))
      && THING_NOUNS.has(text.slice(start, i))) return true;
    start = i + 1;
  }
  return false;
}

// Family names that name diseases in the possessive, with or without "disease" after them ("patients with Alzheimer's").
const EPONYMOUS_DISEASES = new Set(['Alzheimer', 'Parkinson', 'Huntington', 'Crohn', 'Asperger', 'Hodgkin',
  'Tourette', 'Gehrig', 'Cushing', 'Addison', 'Raynaud', 'Meniere', 'Ménière', 'Kaposi', 'Graves']);

// Words that make software of an assistant ("a voice assistant", "an AI assistant"; not "a personal assistant").
const SOFTWARE_ASSISTANT = new Set(['voice', 'ai', 'digital', 'virtual', 'smart', 'coding', 'chatbot']);

/** A span of the article's text, `[start, end)`. */
interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The spans of the article that its own words call a thing: the name after a work's or a craft's noun ("the
 * ballet Swan Lake", "Space Shuttle Discovery"), a run of capitalised words with the connectors of titles
 * ("Pride and Prejudice", "Blown for Good").
 */
export function thingSpans(text: string): Range[] {
  const out: Range[] = [];
  // most articles name no work or craft: a cheap look for one of the nouns, as a word the scan below could take
  if (!mayNameThing(text)) return out;
  for (const m of text.matchAll(/\b(\p{L}+)(,? )(?=((?:\p{Lu}[\p{L}'’-]*)(?: (?:(?:and|of|for|the|or|in|on|a) )*\p{Lu}[\p{L}'’-]*)*))/gu)) {
    const noun = m[1];
    // "the ballet Swan Lake", "his novel Atonement", "whose 1968 album Blue Over Belfast": a determiner before the noun (up to two
    // words between); "Space Shuttle Discovery" as written
    // or a possessive, with up to two words before the noun ("the Church's cruise ship Freewinds")
    const before = (m.index <= 40 ? '\n' : '') + text.slice(Math.max(0, m.index - 40), m.index);
    // or at a headline's start with one word before the noun ("Cannes 2026: Irish drama The Salt Road earns ...")
    const hasDeterminer = /(?:\b(?:the|a|an|his|her|their|its|whose|this|new|latest|first)|\p{L}['’]s)(?: [\p{L}\p{N}-]+){0,2} $/iu.test(before)
      || (!VERB_NOUNS.has(noun) && /(?:\n|: )(?:\p{Lu}[\p{L}-]* )?$/u.test(before));
    const hasPossessive = /\b(?:his|her|their|its|whose)(?: [\p{L}\p{N}-]+){0,2} $/iu.test(before);
    const start = m.index + noun.length + m[2].length;
    const isKind = BEFORE_NAME.has(noun) || (noun === 'carrier' && GOODS_CARRIER.test(before));
    if ((isKind && hasDeterminer) || (AFTER_POSSESSIVE.has(noun) && hasPossessive)) out.push({ start, end: start + m[3].length });
    else if (noun === 'Shuttle' || noun === 'Spacecraft') out.push({ start: m.index, end: start + m[3].length });
    // "two shoebox-sized cubesats, Milani and Juventas": each name of the list
    else if (PLURAL_BEFORE.has(noun) && (hasDeterminer || /\b(?:two|three|four|five|both|\d+)(?: [\p{L}\p{N}-]+){0,2} $/iu.test(before))) {
      const list = LIST.exec(text.slice(start, start + 120))?.[0] ?? '';
      for (const item of list.matchAll(/\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu)) out.push({ start: start + item.index, end: start + item.index + item[0].length });
    }
  }
  return out;
}

/**
 * Whether the article says the name at `[start, end)` is a thing: a definition or a description follows it
 * ("Stardust is a NASA space capsule", "Scribe, a voice assistant") or a craft's or a drink's noun does ("the Freewinds ship"), or it is a disease's eponym in the
 * possessive ("Huntington's disease", "Alzheimer's"), or an oil benchmark ("Brent crude"), or a maker's line of goods ("its Trent engines").
 */
export function isCalledThing(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const after = text.slice(end, end + 60);
  const possessive = /^['’]s\b/.exec(after);
  if (possessive && (EPONYMOUS_DISEASES.has(name) || /^['’]s (?:disease|syndrome|disorder|palsy)\b/i.test(after))) return true;
  // the head of the definition: its last word before punctuation or a function word, among its first four
  // or a description set off after it ("has launched Scribe, a voice assistant that ...")
  const definition = /^(?: (?:is|was)(?: not)?|,) (?:a|an|the) ([\p{L} -]+)/u.exec(after);
  if (definition) {
    const words = definition[1].trim().split(' ');
    const stop = words.findIndex(w => FUNCTION_WORDS.has(w));
    const head = words[(stop < 0 ? words.length : stop) - 1]?.toLowerCase();
    // "a voice assistant" is software, "a personal assistant" a person
    const isThing = head !== undefined && (THING_KINDS.has(head) || (head === 'assistant' && SOFTWARE_ASSISTANT.has(words[(stop < 0 ? words.length : stop) - 2]?.toLowerCase() ?? '')));
    if (isThing && (stop < 0 ? words.length : stop) <= 4) return true;
  }
  const next = /^ (\p{Ll}+)\b/u.exec(after);
  // "Brent crude": a benchmark's name, not a person
  if (next !== null && next[1] === 'crude') return true;
  // "Apple unveils Vision Air headset", "Nasa's Osiris-Rex mission": a device or a mission named before its noun, when
  // the name is no maker's or agency's word alone ("the Nasa mission", "an Apple headset")
  // or one word after an owner's possessive or at a headline's start ("ESA's Hera mission", "Hera spacecraft sends ...")
  const lead = text.slice(Math.max(0, start - 12), start);
  const isOwned = /\p{L}['’]s $/u.test(lead);
  const isCraft = next !== null && ((CRAFT_AFTER.has(next[1]) && (/\s/.test(name) || /[-\d]/.test(name)))
    || ((CRAFT_AFTER.has(next[1]) || AFTER_NAME.has(next[1])) && isOwned)
    || (SPACE_CRAFT.has(next[1]) && (start === 0 || /\n$/.test(lead))));
  if (isCraft && !/^\p{Lu}+$/u.test(name)) return true;
  // "a wheel of Shropshire Blue", "a bottle of Vantor Gold": goods by the measure they are sold in
  // (the whole name: "Shropshire" of "a wheel of Shropshire Blue" is the county)
  if (GOODS_MEASURE.test(text.slice(Math.max(0, start - 24), start)) && !/^ \p{Lu}/u.test(after)) return true;
  // "strong demand for its Trent engines": a maker's line of goods, named between "its" or "their" and the goods
  if (next !== null && LINE_GOODS.has(next[1]) && /\b(?:its|their) $/.test(text.slice(Math.max(0, start - 6), start))) return true;
  return next !== null && AFTER_NAME.has(next[1]) && /\b(?:the|its|their|his|her) $/i.test(lead);
}

// A measure goods are sold in, before their name: "a wheel of", "two bottles of", "a pint of".
const GOODS_MEASURE = /\b(?:a|an|the|one|two|three|\d+) (?:wheels?|wedges?|slices?|bottles?|glass|glasses|pints?|jars?|packets?|tins?|cans?|cartons?|tubs?|crates?|drams?|cups?|mugs?) of $/i;

// Goods a maker names a line of ("its Trent engines", "their Falcon jets", "its Vega chips").
const LINE_GOODS = new Set(['engines', 'engine', 'jets', 'turbines', 'chips', 'processors', 'phones', 'handsets', 'models',
  'cars', 'trucks', 'tablets', 'laptops', 'drones', 'trainers', 'tyres', 'tires', 'vaccines', 'pills', 'batteries']);

// A company's kind in two words: "drug maker Merck", "oil giant Shell", "software group Zentravix" (not "film maker"),
// "asset manager Vinci Compass", "investment bank Harlow Reid" (not "team manager").
const INDUSTRY_KIND = /\b(?:(?:drug|car|chip|phone|toy|steel|aircraft|plane|software|computer|oil|energy|tech|technology|mining|media|retail|food|tobacco|insurance|banking|chemicals?|engineering|defen[cs]e|telecoms?|pharmaceutical|shipping|fashion|sportswear) (?:maker|giant|group|firm|company|producer|manufacturer)|(?:asset|fund|wealth|investment) manager|(?:investment|merchant) bank|private equity (?:firm|group|house)|hedge fund) $/i;

// Kinds of one word that may stand before a name of several words: none names a person's role ("the group Kwame
// Asante" may be a band's member; "the developer Jane Ode" a programmer).
const MULTI_WORD_KINDS = new Set(['regulator', 'watchdog', 'broadcaster', 'retailer', 'carmaker', 'lender', 'insurer', 'airline',
  'supermarket', 'charity', 'brewer', 'conglomerate', 'publisher', 'newspaper', 'bookmaker', 'brokerage', 'consultancy',
  'housebuilder', 'gazette', 'trio', 'duo', 'quartet', 'quintet', 'band']);

// What only a firm has or does after its name: its officers and its owners after a possessive ("Harbour Dale's planning
// director", "Corran Vale's chief executive", "... shareholders"), a business's verbs after ", which" ("Corran Vale,
// which operates a pulp mill").
const FIRM_TALK = /^(?:['’]s (?:chief (?:executive|financial officer|operating officer)|(?:finance|planning|managing|operations|commercial|sales|marketing) director|board|shareholders|share price|shares|customers|headquarters)\b|, which (?:operates|owns|runs|employs|makes|manufactures|sells|supplies|produces|builds|trades)\b)/;

/**
 * The names that the article calls a body somewhere by a kind written before them ("the regulator Ofgem",
 * "carmaker Nissan", "drug maker Merck", "asset manager Vinci Compass"; a name of several words after a kind of two
 * words, or after "the" and a kind no person's role shares: "the Mumbai brokerage Dhanraj Mehta,"), or by what only a
 * firm has or does ("Harbour Dale's finance director", "Harbour Dale, which operates a mill"): wherever else the
 * tagger reads the same name, it is that organisation ("Ofgem said").
 */
export function bodiesByKind(text: string, names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    // a name of several words only after a kind of two ("asset manager Vinci Compass"; "the group Kwame Asante" may be a person)
    const isOneWord = !/\s/.test(name);
    for (let at = text.indexOf(name); at >= 0 && !out.has(name); at = text.indexOf(name, at + 1)) {
      const kind = /(\p{L}[\p{Ll}-]*) $/u.exec(text.slice(Math.max(0, at - 24), at));
      const kindStart = kind === null ? 0 : at - kind[0].length;
      // the kind in lower case, or capitalised as a sentence's first word ("Regulator Ofwat said")
      const isKind = isOneWord && kind !== null && ORG_KIND_CUES.has(kind[1].toLowerCase())
        && (/^\p{Ll}/u.test(kind[1]) || /(?:^|[.!?]["'’”]?\s|\n)$/u.test(text.slice(Math.max(0, kindStart - 3), kindStart)));
      // a name of several words after "the" and a kind of one word ("the Mumbai brokerage Dhanraj Mehta,", "the official
      // gazette El Diario"), not where a clause follows ("the firm Kwame Asante founded")
      const isKindOfSeveral = !isOneWord && kind !== null && ORG_KIND_CUES.has(kind[1]) && MULTI_WORD_KINDS.has(kind[1])
        && /\bthe (?:\p{L}[\p{L}-]* ){0,2}$/u.test(text.slice(Math.max(0, kindStart - 32), kindStart)) && !/^ \p{Ll}/u.test(text.slice(at + name.length, at + name.length + 2));
      // "Harbour Dale's planning director", "Harbour Dale, which operates a mill": a firm's officers, a business's verbs
      const isFirmTalk = FIRM_TALK.test(text.slice(at + name.length, at + name.length + 40));
      if ((isKind || isKindOfSeveral || isFirmTalk || INDUSTRY_KIND.test(text.slice(Math.max(0, at - 32), at))) && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) out.add(name);
    }
  }
  return out;
}

// Lower-case nouns of companies and ensembles named after a person ("the Balanchine company", "the Basie band").
const ENSEMBLE_NOUNS = new Set(['company', 'troupe', 'ballet', 'orchestra', 'band', 'ensemble', 'choir', 'label', 'foundation', 'estate', 'empire', 'dynasty']);

/** Whether `word` is a lower-case noun of a company or an ensemble that a person's name can name ("company", "troupe"). */
export const isEnsembleNoun = (word: string): boolean => ENSEMBLE_NOUNS.has(word);

/** Whether the name at `[start, end)` names an ensemble after a person: "the Balanchine company", "the Basie band". */
export function isEnsembleName(text: string, start: number, end: number): boolean {
  const noun = /^ (\p{Ll}+)/u.exec(text.slice(end, end + 14));
  return noun !== null && isEnsembleNoun(noun[1]) && /\bthe $/.test(text.slice(Math.max(0, start - 4), start));
}
