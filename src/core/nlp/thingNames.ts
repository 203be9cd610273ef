/**
 * Names of things that are no person, organisation or place, known by their form: events and competitions
 * ("Magic Month", "Google Science Fair", "World Cup", "Paralympics"), laws ("Patriot Act"), holidays and pilgrimages ("Hajj"), faiths
 * ("Islam"), languages ("Hebrew"), and the common acronyms of technology, science and medicine ("IQ", "DNA", "ROV"). Gazetteers of
 * general classes, written for News Lens.
 */

// The last word of an event's or a prize's name: "National Magic Month", "Nobel Peace Prize", "Robot Olympics",
// "Davis Cup", "Edinburgh Festival". "Programme" and "Week" are left out: "World Food Programme" is an agency.
const EVENT_HEADS = new Set(['month', 'fair', 'festival', 'expo', 'challenge', 'olympics', 'paralympics', 'olympiad',
  'games', 'cup', 'prize', 'prizes', 'award', 'awards', 'marathon', 'championship', 'championships', 'jubilee', 'tournament',
  'carnival', 'derby', 'grand prix', 'oscars', 'emmys', 'grammys',
  // laws are documents, not bodies: "Digital Markets Act", "Byrd Amendment" (treaties are left as the tagger
  // reads them: GMB, the dev set, tags "Kyoto Protocol" an organisation)
  'act', 'amendment', 'directive',
  // craft and instruments: "James Webb Space Telescope", "Perseverance Mars Rover"
  'telescope', 'spacecraft', 'rover', 'lander', 'orbiter',
  // tests and trials: "Double Asteroid Redirection Test", "the Lord's Test" (a match)
  'test',
  // tournaments and races: "Halle Open", "Kooyong Classic", "Monte Carlo Rally", "Henley Regatta"
  'open', 'classic', 'rally', 'regatta', 'invitational', 'masters', 'trophy',
  // a singer's or a band's tour: "the Eras Tour" (the golf tours that are bodies are known organisations: "PGA Tour")
  'tour']);

// The last words of competitions' and prizes' names that a name before them may be cut from: "the Dubai Desert" +
// "Classic", "the Davis" + "Cup". Not "Games": "the Beijing Games" were held in the place.
const COMPETITION_HEADS = new Set(['cup', 'open', 'classic', 'masters', 'invitational', 'trophy', 'championship', 'championships',
  'marathon', 'rally', 'regatta', 'tournament', 'prize', 'award', 'awards', 'festival', 'olympiad']);

/**
 * Whether `lower`, a lower-case word, ends the name of a competition, a tournament, a prize or a festival, or a state's
 * benefit ("Carer's" + "Allowance").
 */
export const isThingHead = (lower: string): boolean => COMPETITION_HEADS.has(lower) || BENEFIT_HEADS.includes(lower);

// One-word events, holidays and rites, faiths and languages: never one of our entities ("the Hajj", "Islam's holiest site", "in Hebrew").
const EVENT_WORDS = new Set(['olympics', 'paralympics', 'olympic', 'paralympic', 'hajj', 'umrah', 'ramadan', 'eid',
  'diwali', 'hanukkah', 'passover', 'easter', 'christmas', 'thanksgiving', 'halloween', 'lent', 'advent', 'oscars',
  'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'sikhism', 'catholicism', 'protestantism', 'atheism',
  // languages that are no demonym (the gazetteer reads "German" and "Japanese")
  'hebrew', 'latin', 'esperanto', 'swahili', 'sanskrit', 'yiddish', 'mandarin', 'cantonese', 'tagalog', 'urdu', 'hindi',
  'bengali', 'farsi', 'pashto', 'dari', 'gaelic', 'catalan', 'basque', 'flemish', 'quechua', 'hausa', 'yoruba', 'igbo',
  // bodies in the plural are no one body ("the State and Homeland Security Departments")
  'departments', 'ministries', 'committees', 'agencies', 'councils', 'commissions', 'universities', 'companies',
  // a state's founding text, alone: "guided by the Constitution" ("Constitution Hall" is a place, "the Constitution
  // Drafting Council" a body)
  'constitution']);

// Competitions named like a place, by their whole name: "the Tour de France", "the Six Nations".
const EVENT_NAMES = new Set(['tour de france', "giro d'italia", 'vuelta a españa', 'tour of britain', 'tour de suisse', 'six nations']);

// One-word doctrines, movements and prejudices, by their ending: "Islamophobia", "Zionism", "Thatcherism".
const IDEOLOGY = /^\p{Lu}\p{Ll}{2,}(?:ism|isms|phobia)$/u;

// Acronyms of things, not bodies: technology, science, medicine, media formats and measures.
const THING_ACRONYMS = new Set(['IQ', 'DNA', 'RNA', 'CD', 'CDs', 'DVD', 'DVDs', 'TV', 'HDTV', 'PC', 'PCs', 'GPS',
  'USB', 'LED', 'LCD', 'ROV', 'ROVs', 'UAV', 'UAVs', 'GDP', 'GNP', 'CPI', 'VAT', 'CEO', 'CFO', 'COO', 'VR', 'AI',
  'SMS', 'MP3', 'PDF', 'HTML', 'URL', 'IP', 'IVF', 'MRI', 'CT', 'ICU', 'PTSD', 'ADHD', 'OCD', 'BMI', 'CPR',
  'DIY', 'FAQ', 'POV', 'RPG', 'VM', 'OS', 'CPU', 'GPU', 'RAM', 'ROM', 'IRC', 'LGBT', 'LGBTQ', 'BDSM', 'HQ', 'PR',
  'QC', 'ID', 'IDs', 'PIN', 'ATM', 'ATMs', 'SUV', 'SUVs', 'EV', 'EVs', 'CO2', 'PhD', 'MBA', 'BSc',
  'MSc', 'UHF', 'VHF', 'WiFi', 'Wi-Fi', '3D', '4G', '5G', 'LTE', 'RSS', 'API', 'APIs', 'HVAC',
  // diseases: "people living with ALS", "MND research"
  'HIV', 'AIDS', 'ALS', 'MND', 'COPD', 'SARS', 'MERS', 'TB', 'CFS', 'IBS']);

// The last words of a state's benefits: "Universal Credit", "Personal Independence Payment", "Carer's Allowance".
const BENEFIT_HEADS = ['credit', 'payment', 'payments', 'allowance', 'benefit', 'benefits'];

// The last word of the name of a scheme, a study, a document or an instrument: "Space Shuttle Program", "National
// Nutrition Study", "Citation Index", "Free Documentation License", "Tax System", "the Virtual Microscope", "Boiler
// Upgrade Scheme", "Asteroid Framing Camera"; and a state's benefits.
const SCHEME_HEADS = new Set(['program', 'programme', 'study', 'index', 'license', 'licence', 'definition', 'system',
  'microscope', 'database', 'curriculum', 'syllabus', 'scheme', 'camera', 'imager', 'spectrometer', 'altimeter',
  ...BENEFIT_HEADS]);

// Heads that agencies and bodies share with schemes: "World Food Programme", "Federal Reserve System". An index, a
// scheme or an instrument is never a body ("World Container Index").
const BODY_SCHEME_HEADS = new Set(['program', 'programme', 'system', 'study', 'database']);

// A word that makes a scheme's name a body's: the agencies of the United Nations ("World Food Programme", "U.N.
// Development Program") and the bodies called a system ("Federal Reserve System", "State University System").
const BODY_WORDS = /\b(?:united nations|un|u\.n\.|world|development|environment|food|reserve|broadcasting|university|universities|school|schools|hospital|health)\b/;

// The opening words of a military operation's name and a ship's: "Operation Mountain Lion", "HMS Belfast", "MV Aegean Dawn".
const OPENING = /^(?:Operation|HMS|USS|USNS|RMS|HMAS|HMCS|HMNZS|MV|RV) \p{Lu}/u;

/** Whether `surface`, the exact text of a mention, names an event, a prize, a faith or a thing by its form. */
export function isThingName(surface: string): boolean {
  // "dollar-denominated Eurobonds": a kind of bond
  if (THING_ACRONYMS.has(surface) || OPENING.test(surface) || /^\p{Lu}\p{Ll}+bonds?$/u.test(surface)) return true;
  const lower = surface.toLowerCase();
  if (EVENT_WORDS.has(lower) || EVENT_NAMES.has(lower) || IDEOLOGY.test(surface)) return true;
  const words = lower.split(/\s+/);
  return words.length > 1 && (EVENT_HEADS.has(words[words.length - 1]) || EVENT_HEADS.has(words.slice(-2).join(' ')));
}

/**
 * Whether `surface`, the exact text of a mention of two words or more, names a scheme, a study, a document or an
 * instrument by its last word ("Space Shuttle Program", "Tax System", "Virtual Microscope"), and no body: the
 * agencies called a programme ("World Food Programme") and the bodies called a system ("Federal Reserve System")
 * are left to the other rules.
 */
export function isSchemeName(surface: string): boolean {
  // one word names no scheme (the cheap test first: most names are one word)
  if (!/\s/.test(surface)) return false;
  const lower = surface.toLowerCase();
  const words = lower.split(/\s+/);
  const head = words[words.length - 1];
  return words.length > 1 && SCHEME_HEADS.has(head) && !(BODY_SCHEME_HEADS.has(head) && BODY_WORDS.test(lower));
}

// What a body does and has after its name: "the Scheme said", "the Scheme's board", "the Programme's chief executive".
const BODY_AFTER = /^(?:['’]s (?:board|chief|chair|chairman|chairwoman|director|directors|head|staff|trustees|spokesman|spokeswoman|spokesperson)| (?:said|says|announced|warned|told|employs))\b/;

/** Whether the article writes the scheme `name` as a body somewhere: "the Scheme's board said", "the Programme said". */
function actsAsBody(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (BODY_AFTER.test(text.slice(at + name.length, at + name.length + 24))) return true;
  }
  return false;
}

/**
 * `mentions` without the names of schemes (`isSchemeName`) and the names inside them ("Andy Warhol" of the "Andy
 * Warhol Photographic Legacy Program"), whichever rule found them, except the user's own. Sorted input stays sorted.
 */
export function dropSchemes<M extends { readonly start: number; readonly end: number; readonly source: string }>(text: string, mentions: readonly M[]): M[] {
  const schemes = mentions.filter(m => m.source !== 'user' && isSchemeName(text.slice(m.start, m.end)) && !actsAsBody(text, text.slice(m.start, m.end)));
  if (schemes.length === 0) return [...mentions];
  return mentions.filter(m => m.source === 'user' || !schemes.some(s => m.start >= s.start && m.end <= s.end));
}
