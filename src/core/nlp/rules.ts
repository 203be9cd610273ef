import { reachBack } from './bodyEdges';
import { isClockWord } from './commonWords';
import { lexiconTag } from './engine';
import { isBreakAfter } from './features';
import { COMPANY_TAILS, KNOWN_COMPANIES } from './knownCompanies';
import { KNOWN_ORGS, KNOWN_PLACES, NOT_ENTITIES, SHARE_INDICES, type KnownOrg } from './knownOrgs';
import { HONORIFICS, ORG_HEADS, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_WORDS, TIME_WORDS } from './lexicons';
import { isGivenNameTag, isGrammarTag, type Token } from './tokens';
import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isCapsToken } from '../text/caps';

/**
 * Rules applied around the statistical tagger: titles and roles, known organisations, junk filters.
 * All work on token indices of one text (see `tokenize`).
 */

/** A span of tokens `[first, last]` inclusive found by a rule, with the rule's reason. */
export interface RuleSpan {
  readonly first: number;
  readonly last: number;
  readonly reason: string;
  /** The full name the span stands for, when it is an acronym or short form ("UN" -> "United Nations"). */
  readonly name?: string;
  readonly type: 'ORG' | 'PLACE';
  /** A company's name (`KNOWN_COMPANIES`), which a longer name may hold ("American Express Stadium", "Allianz Arena"). */
  readonly isCompany?: boolean;
}

interface FormEntry {
  readonly words: readonly string[];
  readonly name: string;
  readonly reason: string;
  readonly tails: ReadonlySet<string>;
  readonly type: 'ORG' | 'PLACE';
  /** A title-case form made from an all-caps acronym ("Unicef"), not taken where it is an English word. */
  readonly isTitleCase?: boolean;
  /** A company's form (`KNOWN_COMPANIES`): one word of it after a capitalised word is a family's name ("Ratan Tata"). */
  readonly isCompany?: boolean;
}

const FORMS_BY_FIRST_WORD: ReadonlyMap<string, readonly FormEntry[]> = (() => {
  const map = new Map<string, FormEntry[]>();
  const add = (entries: readonly KnownOrg[], type: 'ORG' | 'PLACE', isCompany = false): void => {
    for (const org of entries) {
      for (const form of org.forms) {
        const words = form.split(/[\s-]+/);
        const entry = { words, name: org.name, reason: org.reason, tails: new Set(org.tails ?? (isCompany ? COMPANY_TAILS : [])), type, ...(isCompany ? { isCompany } : {}) };
        map.set(words[0], [...map.get(words[0]) ?? [], entry]);
        // British house style writes the acronym of a body in title case: "UNRWA" is also "Unrwa", "OPEC" "Opec"
        const title = /^\p{Lu}{4,}$/u.test(form) ? form[0] + form.slice(1).toLowerCase() : '';
        if (title && !org.forms.includes(title)) map.set(title, [...map.get(title) ?? [], { ...entry, words: [title], isTitleCase: true }]);
      }
    }
  };
  add(KNOWN_ORGS, 'ORG');
  add(KNOWN_COMPANIES, 'ORG', true);
  add(KNOWN_PLACES, 'PLACE');
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

// An English word in its own right ("who", "us"), as compromise's lexicon knows it.
const isOrdinaryWord = (lower: string): boolean => {
  const tag = lexiconTag(lower);
  return tag !== undefined && !/Organization|Acronym|Country|Place/.test(tag);
};
const isAllCaps = (t: Token | undefined): boolean => t !== undefined && isCapsToken(t.text);
// A capitalised word right before token `i` in its sentence, only a space between, and no country's or people's word
// ("Ratan Tata"; not "Swiss Roche" or "US Nike").
const isNameBefore = (tokens: readonly Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  return prev !== undefined && /^\p{Lu}\p{Ll}/u.test(prev.text) && prev.post === '' && !prev.isPossessive && !isBreakAfter(prev, tokens[i])
    && !isCountryWord(prev.text) && !isDemonymWord(prev.text);
};

/**
 * Known organisations and places (`KNOWN_ORGS`, `KNOWN_PLACES`): "UN", "the Quad", "Quadrilateral coalition",
 * "al-Qaida", "Indo-Pacific". Matching is
 * case-sensitive and never crosses a hard break; an all-caps form inside an all-caps line ("WHO SAID") does
 * not count. Sorted by first token, non-overlapping (longest form first).
 */
// Nouns after which a known name that is also an English word names a day or a portfolio: "Labor Day", "Labour Secretary".
const PORTFOLIO_TAILS = new Set(['Day', 'Secretary', 'Department', 'Minister', 'Ministry', 'Statistics', 'Relations', 'Code', 'Law', 'Laws', 'Market', 'Markets', 'Force']);

export function findKnownOrgs(tokens: readonly Token[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const entries = FORMS_BY_FIRST_WORD.get(tokens[i].text);
    if (!entries) continue;
    for (const e of entries) {
      let last = i;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) {
        const t = tokens[i + k];
        ok = t !== undefined && t.text === e.words[k] && !isBreakAfter(tokens[i + k - 1], t);
        last = i + k;
      }
      if (!ok || (e.isTitleCase && isOrdinaryWord(tokens[i].lower))) continue;
      // "Ratan Tata", "Stephen Roche": a company's one-word form after a capitalised word is a family's name
      if (e.isCompany && e.words.length === 1 && isNameBefore(tokens, i)) continue;
      // "Labour costs rose": an English word opening a sentence before a lower-case noun is that word
      const after = tokens[i + 1];
      if (e.words.length === 1 && tokens[i].isFirst && isOrdinaryWord(tokens[i].lower) && after !== undefined && /^\p{Ll}/u.test(after.text)
        && /Noun|Plural|Singular|Uncountable|^$/.test(after.lexTag ?? '')) continue;
      // "WHO SAID" in a line of capitals is no organisation; "EU" in "MERKEL URGES EU UNITY" is one
      if (e.words.length === 1 && isAllCaps(tokens[i]) && (isAllCaps(tokens[i - 1]) || isAllCaps(tokens[i + 1])) && isOrdinaryWord(tokens[i].lower)) continue;
      const next = tokens[last + 1];
      // "Labor Day", "the Labor Secretary": an English word before a noun that makes it a day's or a portfolio's name
      if (e.words.length === 1 && isOrdinaryWord(tokens[i].lower) && next !== undefined && PORTFOLIO_TAILS.has(next.text) && !isBreakAfter(tokens[i], next)) continue;
      if (next && e.tails.has(next.text) && !isBreakAfter(tokens[last], next)) last++;
      out.push({ first: i, last, type: e.type, reason: `known-${e.type === 'ORG' ? 'org' : 'place'}:${e.reason}`, ...(e.name ? { name: e.name } : {}),
        ...(e.isCompany ? { isCompany: true } : {}) });
      i = last;
      break;
    }
  }
  return out;
}

/**
 * Ranks and titles of British police and councils written before a name, abbreviated as house style has them ("Det
 * Insp Sarah Gould", "PC Dan Reeves", "Cllr Huw Thomas"). Matched as written; kept apart from `ROLE_WORDS`, whose
 * classes are features of the trained tagger.
 */
export const RANK_TITLES: ReadonlySet<string> = new Set(['Det', 'Det.', 'Insp', 'Insp.', 'Supt', 'Supt.', 'Ch', 'Sgt',
  'PC', 'WPC', 'PCSO', 'DC', 'DS', 'DI', 'DCI', 'DSupt', 'Cllr', 'Cllr.', 'Cmdr', 'Cdr', 'Constable', 'Inspector',
  'Superintendent', 'Councillor', 'Detective',
  // military ranks that no list of roles holds: "Brigadier Nabil Osman", "Cpl Dara Quinn"
  'Brigadier', 'Brig', 'Brig.', 'Marshal', 'Corporal', 'Cpl', 'Cpl.', 'Pte', 'Pte.', 'Lt-Col', 'Lt-Gen', 'Maj-Gen']);

// Courtesy titles of other languages that English copy keeps: "Senhor Duarte Alvim", "Dona Fernanda", "Herr Müller" (kept
// out of HONORIFICS, whose words are features of the trained tagger).
const COURTESY_TITLES = new Set(['senhor', 'senhora', 'dona', 'señor', 'señora', 'doña', 'monsieur', 'madame', 'herr', 'frau', 'signor', 'sayyid', 'sayyida',
  'signora']);
const isRoleWord = (t: Token): boolean => ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower) || COURTESY_TITLES.has(t.lower) || RANK_TITLES.has(t.text);

/**
 * Removes leading titles from a person span the tagger found ("President Bush" -> "Bush", "Transport Secretary Ada
 * Brook" -> "Ada Brook"). Returns the new
 * first token, or -1 when nothing but titles is left ("Minister").
 */
export function stripTitles(tokens: readonly Token[], first: number, last: number): number {
  let i = first;
  for (;;) {
    // "King's Cross": a title's possessive is no title of a person
    while (i <= last && isRoleWord(tokens[i]) && !tokens[i].isPossessive) i++;
    // "Transport Secretary Ada Brook": a portfolio's words before a title belong to it
    let j = i;
    while (j < last && PORTFOLIO_WORDS.has(tokens[j].lower) && /^\p{Lu}/u.test(tokens[j].text) && tokens[j].post === '') j++;
    if (j === i || !isRoleWord(tokens[j]) || tokens[j].isPossessive) break;
    i = j;
  }
  return i > last ? -1 : i;
}

/**
 * The title or role written directly before a person's name, as token indices, or undefined:
 * "External Affairs Minister S Jaishankar", "Secretary of State Condoleezza Rice", "Prime Minister Abe".
 * A courtesy title alone ("Mr.") is not a role. Never crosses a hard break or a possessive.
 */
export function roleBefore(tokens: readonly Token[], nameFirst: number): { first: number; last: number } | undefined {
  let j = nameFirst - 1;
  let first = nameFirst;
  let hasHead = false;
  while (j >= 0 && !isBreakAfter(tokens[j], tokens[j + 1])) {
    const t = tokens[j];
    if (HONORIFICS.has(t.lower)) {
      j--;
      continue;
    }
    // "Secretary of State": "of" joins two role words; "Chancellor of the Exchequer": "of the" does
    const isOf = (t.lower === 'of' && j > 0 && first <= nameFirst - 1 && ROLE_WORDS.has(tokens[j - 1].lower))
      || (t.lower === 'the' && tokens[j - 1]?.lower === 'of' && j > 1 && first <= nameFirst - 1 && ROLE_WORDS.has(tokens[j - 2].lower));
    if (!ROLE_WORDS.has(t.lower) && !PORTFOLIO_WORDS.has(t.lower) && !isOf) break;
    if (ROLE_HEADS.has(t.lower)) hasHead = true;
    first = j;
    j--;
  }
  let last = nameFirst - 1;
  while (last >= first && HONORIFICS.has(tokens[last].lower)) last--;
  if (!hasHead || last < first) return undefined;
  // A role starts with a content word, not "of" ("of Foreign Affairs Minister" keeps only what follows).
  while (first <= last && (tokens[first].lower === 'of' || tokens[first].lower === 'the')) first++;
  if (first > last) return undefined;
  // "his Japanese counterpart Toshimitsu Motegi": a counterpart is only a role with the nationality before it
  const before = tokens[first - 1];
  if (tokens[first].lower === 'counterpart' && before && isDemonymWord(before.text) && !isBreakAfter(before, tokens[first])) first--;
  return { first, last };
}

const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/**
 * The role written in apposition right after a person's name, as token indices, or undefined:
 * "Toshimitsu Motegi, Japan's foreign minister, said", "Kofi Annan, the U.N. secretary-general." The apposition
 * must be only a role (an opener, a country word or possessive, role words joined by "of") and end at a comma,
 * a sentence end or a bracket; "Rice, who met the president" is not one.
 */
export function roleAfter(tokens: readonly Token[], nameLast: number): { first: number; last: number } | undefined {
  const name = tokens[nameLast];
  if (!/^,/.test(name.post) || name.isPossessive) return undefined;
  let i = nameLast + 1;
  if (tokens[i]?.sentence !== name.sentence) return undefined;
  if (APPOSITION_OPENERS.has(tokens[i]?.lower ?? '')) i++;
  // "Japan's", "the U.N.", "Japanese": the country or body the role belongs to, part of the role as written
  let first = i;
  const isOwner = (t: Token): boolean => isCountryWord(t.text) || /^\p{Lu}[\p{Lu}.]+$/u.test(t.text);
  while (tokens[i] && isOwner(tokens[i]) && (tokens[i].isPossessive || !isBreakAfter(tokens[i], tokens[i + 1]))) i++;
  // "the fund's managing director": a body named by a common noun, in the possessive, is left out of the role
  if (i === first && tokens[i]?.isPossessive && /^\p{Ll}+$/u.test(tokens[i].text) && first > nameLast + 1) first = ++i;
  let last = -1;
  let hasHead = false;
  for (; tokens[i] && tokens[i].sentence === name.sentence; i++) {
    const t = tokens[i];
    const isOf = t.lower === 'of' && last === i - 1 && ROLE_WORDS.has(tokens[i + 1]?.lower ?? '');
    if (!ROLE_WORDS.has(t.lower) && !PORTFOLIO_WORDS.has(t.lower) && !isOf) break;
    if (ROLE_HEADS.has(t.lower)) hasHead = true;
    last = i;
    if (isBreakAfter(t, tokens[i + 1])) break;
  }
  if (!hasHead || last < 0) return undefined;
  const end = tokens[last];
  const next = tokens[last + 1];
  return isBreakAfter(end, next) && !end.isPossessive ? { first, last } : undefined;
}

// Month and weekday abbreviations of datelines ("Oct 7", "Tue"): never a name. Kept out of TIME_WORDS, whose
// classes are tagger features the shipped weights were trained with.
const DATE_WORDS = new Set(['jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.',
  'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.', 'mon', 'tue', 'tues',
  'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

// Every word of the share indices' names ("Dow", "Jones"): a token that is none of them is in no index.
const SHARE_INDEX_WORDS: ReadonlySet<string> = new Set([...SHARE_INDICES].flatMap(name => name.split(' ')));

/** Whether token `i` is a word of a share index's name ("Hang Seng", "Dow Jones Industrial Average"), never a name. */
export function isInShareIndex(tokens: readonly Token[], i: number): boolean {
  // a window that spells an index holds the token as one of the index's words (the token holds no space)
  if (!SHARE_INDEX_WORDS.has(tokens[i].text) && !tokens[i].text.includes(' ')) return false;
  for (let first = Math.max(0, i - 3); first <= i; first++) {
    for (let last = i; last < Math.min(tokens.length, first + 4); last++) {
      if (SHARE_INDICES.has(tokens.slice(first, last + 1).map(t => t.text).join(' '))) return true;
    }
  }
  return false;
}

// Adverbs of place the lexicon files as nouns, capitalised after a quotation mark ('in London: "There is little
// appetite"'): never a place's name alone.
const PLACE_ADVERBS = new Set(['There', 'Here', 'Elsewhere', 'Nowhere', 'Somewhere', 'Everywhere']);

// The words of a page's time stamp ("4:37 PM GMT+8 Updated 2 hours ago", "Published 09:12 BST").
const STAMP_WORDS = new Set(['Updated', 'Published', 'Posted', 'Modified', 'Edited', 'UPDATED', 'PUBLISHED']);

/**
 * Whether a span cannot be an entity whatever the tagger says: no capitalised word, or only time words,
 * titles, honorifics or disease names ("Minister", "Wednesday", "COVID"), or a share index ("Nikkei 225").
 */
export function isJunkSpan(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).map(t => t.text);
  while (words.length > 1 && /^[\d.,]+$/.test(words[words.length - 1])) words.pop();
  // "a Series D round", "(Series B)": a funding round; a letter alone ("D") names nothing
  if (SHARE_INDICES.has(words.join(' ')) || /^(?:Series [A-Z]|\p{Lu})$/u.test(words.join(' '))) return true;
  // '"Which is fair."', "Whose fault?": a word of grammar alone names nothing (not one in capitals: "US", "IT")
  if (first === last && /^\p{Lu}\p{Ll}/u.test(tokens[first].text) && (isGrammarTag(tokens[first].lexTag) || PLACE_ADVERBS.has(tokens[first].text))) return true;
  let hasName = false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    // (nor a time of day: "at 8.15pm", "4:00 PM PDT")
    if (TIME_WORDS.has(t.lower) || DATE_WORDS.has(t.lower) || isRoleWord(t) || NOT_ENTITIES.has(t.lower) || isClockWord(t.text) || STAMP_WORDS.has(t.text)) continue;
    // a number alone is not a name ("Oct 7"); one with letters may be ("G20")
    if (/^\p{Lu}/u.test(t.text) || (/^\p{N}/u.test(t.text) && /\p{L}/u.test(t.text))) hasName = true;
  }
  return !hasName;
}


// "The Palestinian Authority said": an article is not part of the name, wherever the clause starts.
/** Words that open a phrase rather than a name: articles, demonstratives, possessives ("the", "His Royal Highness"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
// "Meantime", "An", "The" at a sentence start are capitalised only because they start it.
const isOrdinaryFirstWord = (t: Token): boolean => t.isFirst && t.lexTag !== undefined && !/Name|Place|Country|City|Region|Organization|Demonym/.test(t.lexTag);
const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** Heads of the public services of an area, which two areas joined by "and" can share ("Avon and Somerset Police"). */
export const AREA_SERVICE_HEADS: ReadonlySet<string> = new Set(['police', 'constabulary', 'council', 'fire', 'ambulance', 'trust', 'board']);

// Heads of bodies named after two fields joined by "and": "the Homeland Security and Governmental Affairs Committee".
const JOINED_FIELD_HEADS: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'commission']);

/**
 * The capitalised word after "of", "for", "on" (with or without "the") right after token `last`, or -1; and, after
 * a run already linked so, after "and" ("Department for Energy Security and Net Zero", "Commission on Human Rights").
 */
function linkedName(tokens: readonly Token[], last: number, isLinked = false): number {
  const link = tokens[last + 1];
  const name = tokens[last + 2]?.text === 'the' ? last + 3 : last + 2;
  const next = tokens[name];
  // "Commission on Human Rights"; not "the Committee on Wednesday", "the agency on Ukrainian ...", "the Center on STS-120"
  const isOn = link?.text === 'on' && next !== undefined && !TIME_WORDS.has(next.lower) && !isCountryWord(next.text)
    && !isDemonymWord(next.text) && !isCapsToken(next.text);
  // "Energy Security and Net Zero": after "and", two words at most, no second body ("Institute of Technology and
  // Colorado State University") and no person ("Drugs and Crime Antonio Maria Costa")
  const isAnd = isLinked && link?.text === 'and' && name === last + 2 && next !== undefined && !isCountryWord(next.text)
    && !isGivenNameTag(next.lexTag) && !tokens.slice(name, name + 3).some(t => ORG_HEADS.has(t.lower));
  const isLink = link?.text === 'of' || link?.text === 'for' || isOn || isAnd;
  if (!isLink || !isCapitalised(next)) return -1;
  if (name === last + 3 && isCountryWord(tokens[name].text) && !(isCapitalised(tokens[name + 1]) && !isBreakAfter(tokens[name], tokens[name + 1]))) return -1;
  return tokens.slice(last, name).every((w, k) => !isBreakAfter(w, tokens[last + k + 1])) ? name : -1;
}

// Last words of venues' names.
const VENUE_HEADS = new Set(['Stadium', 'Arena', 'Circuit', 'Airport', 'Ground', 'Speedway', 'Raceway', 'Velodrome']);

/**
 * Capitalised names headed by an organisation noun: "Labor Party", "Ministry of Defense", "Bharatiya Janata
 * Party". At least two words; a sentence-initial "The" and time words are not part of it. Sorted, non-overlapping.
 */
export function findHeadedOrgs(tokens: readonly Token[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapitalised(t) || !ORG_HEADS.has(t.lower)) continue;
    // "Galle International Stadium": a body's head before a venue's is part of the venue's name
    if (isCapitalised(tokens[i + 1]) && VENUE_HEADS.has(tokens[i + 1].text) && !isBreakAfter(t, tokens[i + 1])) continue;
    let first = i;
    const isNameWordBefore = (k: number): boolean => k > 0 && isCapitalised(tokens[k - 1]) && !isBreakAfter(tokens[k - 1], tokens[k])
      && !TIME_WORDS.has(tokens[k - 1].lower) && !isOrdinaryFirstWord(tokens[k - 1]) && !DETERMINERS.has(tokens[k - 1].lower);
    while (isNameWordBefore(first)) first--;
    // "Avon and Somerset Police", "Kensington and Chelsea Council": the services of two areas joined by "and"
    if ((AREA_SERVICE_HEADS.has(t.lower) || (JOINED_FIELD_HEADS.has(t.lower) && !ROLE_HEADS.has(tokens[first - 2]?.lower ?? '')))
      && first < i && tokens[first - 1]?.text === 'and' && isNameWordBefore(first - 1)
      && !isBreakAfter(tokens[first - 1], tokens[first])
      // not "Cheshire Constabulary and Greater Manchester Police": a body's own head before "and" ends another body
      && !ORG_HEADS.has(tokens[first - 2].lower) && !AREA_SERVICE_HEADS.has(tokens[first - 2].lower)) {
      first -= 2;
      while (isNameWordBefore(first)) first--;
    }
    first = reachBack(tokens, first, i, JOINED_FIELD_HEADS.has(t.lower), AREA_SERVICE_HEADS.has(t.lower));
    let last = i;
    // "Ministry of Defense", "Bank of Japan", "Ministry of the Interior", "Democratic Party for the People",
    // "Movement for the Emancipation of the Niger Delta"; not "University of the US"
    for (let name = linkedName(tokens, last); name > 0; name = linkedName(tokens, last, true)) {
      const isAfterAnd = tokens[name - 1].text === 'and';
      last = name;
      while (isCapitalised(tokens[last + 1]) && !isBreakAfter(tokens[last], tokens[last + 1]) && (!isAfterAnd || last < name + 1)) last++;
    }
    if (last === first || (out.length > 0 && out[out.length - 1].last >= first)) continue;
    out.push({ first, last, type: 'ORG', reason: 'org-head:' + t.lower });
    i = last;
  }
  return out;
}
