import { isCountryWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { isCapsRun } from '../text/caps';
import { isBreakAfter } from './features';
import { ORG_HEADS, ROLE_HEADS, TIME_WORDS } from './lexicons';
import type { Token } from './tokens';

/**
 * Rules for the parts of news that are not running prose: numbers and money, datelines (bylines are in bylines.ts), results
 * and tables, sport and company context. All work on the tokens of one analysis unit (see `tokenize`).
 */

// "7.3bn", "4.2m", "88.2bn", "652p", "2:05.11", "68", "4-0-21-2", "1996-12-06", "1990s": an amount, a score or a date;
// with a unit that follows a name in results glued to it ("1min 22.391sec", "398pts", "102kg", "25bp") a measure, and a
// racehorse's age ("Novice Stakes (2yo)")
// (not a distance: "Paris-Roubaix (Compiègne – Roubaix, 259.2km)" is a race's header, no table line).
// Ordinals stay: "501st Legion", "101st Airborne Division" are names.
const NUMBER = /^\p{N}[\p{N}.,:/-]*(?:bn|mn|m|k|tn|b|pct|s|p|mins?|secs?|pts?|kg|lbs?|bps?|yo)?$/iu;

/** Whether a token is a number, an amount, a score or a date: never part of a name ("Leeds 2", "the Nikkei 225"). */
export const isNumberToken = (t: Token): boolean => NUMBER.test(t.text) || /[$£€¥]/u.test(t.text)
  // "Shearwood (23rd, 70th)": an ordinal in brackets is a minute or a place, never a name
  || (/^\d+(?:st|nd|rd|th)$/u.test(t.text) && (/\(/.test(t.pre) || /^\)/.test(t.post)));

const DATE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)$/;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const isUpperWord = (t: Token): boolean => isCapsRun(t.text);

/** A span of tokens `[first, last]` inclusive that a news rule found, with its type and reason. */
export interface NewsSpan {
  readonly first: number;
  readonly last: number;
  readonly type: 'PERSON' | 'ORG' | 'PLACE';
  readonly reason: string;
}

/**
 * The dateline that opens a unit, as places: "ROME 1996-12-06", "NEW YORK, March 3 (Reuters) -",
 * "ORLANDO, Florida 1996-08-30", "BRUSSELS (Reuters) -". A run of words in capitals at the very start, then a
 * date, a news agency in brackets or a dash (optionally after ", Region"). Empty when the unit has none.
 */
export function findDateline(tokens: readonly Token[]): NewsSpan[] {
  let i = 0;
  // (the agency in brackets after the place is no word of it: "CLEVELAND (AP) —")
  const isPlaceWord = (t: Token): boolean => isUpperWord(t) && !/\(/.test(t.pre);
  while (i < tokens.length && i < 4 && isPlaceWord(tokens[i]) && !/[,(]/.test(tokens[i].post) && !isBreakAfterWord(tokens[i])) i++;
  if (i < tokens.length && i < 4 && isPlaceWord(tokens[i])) i++;
  else if (i === 0) return [];
  const place: NewsSpan = { first: 0, last: i - 1, type: 'PLACE', reason: 'dateline' };
  const out: NewsSpan[] = [place];
  let j = i;
  // ", Florida" / ", England": the region or country after the city
  if (/^,/.test(tokens[i - 1].post) && tokens[j] && /^\p{Lu}\p{Ll}/u.test(tokens[j].text) && !MONTH.test(tokens[j].text)) {
    let k = j;
    while (tokens[k + 1] && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1].text) && !isBreakAfter(tokens[k], tokens[k + 1])) k++;
    out.push({ first: j, last: k, type: 'PLACE', reason: 'dateline' });
    j = k + 1;
  }
  const next = tokens[j];
  // (a date in brackets is a heading's note: "MARKET SNAPSHOT (Feb. 12, 4:30 p.m. Cairo)")
  const isDate = next !== undefined && !/\(/.test(next.pre) && (DATE.test(next.text) || (MONTH.test(next.text) && /^\d/.test(tokens[j + 1]?.text ?? '')));
  // (an agency's name in brackets is one to three words: not a heading's note, "KEY FIGURES (Q4 2025, in trillion won)")
  const close = tokens.slice(j, j + 3).findIndex(t => /^\)/.test(t.post));
  const isAgency = next !== undefined && /\(/.test(next.pre) && /^\p{Lu}/u.test(next.text) && close >= 0
    && tokens.slice(j, j + close + 1).every((t, k) => !/\d/.test(t.text) && (k === close || t.post === ''));
  // (a hyphen glued to the next word ends a wire desk's slug, no dateline: "GLOBAL MARKETS-Stocks slide")
  const isDash = /^\s?[-–—]/.test(tokens[j - 1].post) && !(tokens[j - 1].post === '-' && next?.start === tokens[j - 1].end + 1);
  // ("RUSHING—Baltimore, Henry 21-118", "MISSED FIELD GOALS—": a statistic's label in capitals before a dash opens with
  // an ordinary word and names no place the lists know; "READING, England —" and "NICE —" are places)
  if (!isDate && !isAgency && isDashOnlyLabel(tokens, i)) return [];
  // ("UDF - 78", "NDA — 12": a row of a table of seats, only figures after its dash)
  if (isDash && !isDate && !isAgency && next !== undefined && isNumberToken(next) && tokens.slice(j).every(t => t.sentence !== next.sentence || isNumberToken(t))) return [];
  return isDate || isAgency || isDash ? out : [];
}

// Tags of the lexicon's ordinary words (a gerund, a participle, an adjective, a noun), which open no place's name.
const ORDINARY_WORD = /^(?:Gerund|PastTense|Participle|Adjective|Comparative|Superlative|Verb|Infinitive|PresentTense|Singular|Plural|Uncountable|Adverb)$/;

/** Whether the `n` words in capitals that open the unit are a label, not a place: the first an ordinary word, the whole no known place or country. */
function isDashOnlyLabel(tokens: readonly Token[], n: number): boolean {
  if (!ORDINARY_WORD.test(tokens[0].lexTag ?? '')) return false;
  const title = tokens.slice(0, n).map(t => t.text[0] + t.text.slice(1).toLowerCase()).join(' ');
  return placeKind(title) === undefined && !isCountryWord(title);
}

const isBreakAfterWord = (t: Token): boolean => /[.;:!?]/.test(t.post);

// The work a wire story's credit line names before "by": "(Reporting by Jane Smith in Lagos; Additional reporting by
// Ann Lee; Editing by John Doe)".
export const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'research', 'production', 'graphics', 'compiled', 'compiling',
  'translated', 'translation']);

// Words of a sports report: a sentence with one of these, or a score, is about a match.
const SPORT_WORDS = new Set([
  'match', 'matches', 'game', 'games', 'goal', 'goals', 'scored', 'scorer', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'keeper', 'league', 'cup', 'season', 'coach', 'manager', 'side', 'squad', 'club', 'fixture',
  'draw', 'drew', 'beat', 'beats', 'beaten', 'defeated', 'defeat', 'win', 'won', 'victory', 'lost', 'loss',
  'innings', 'wicket', 'wickets', 'runs', 'batting', 'bowling', 'inning', 'touchdown', 'quarterback', 'pitcher',
  'playoff', 'playoffs', 'championship', 'tournament', 'semifinal', 'semi-final', 'final', 'round', 'title',
  'standings', 'points', 'played', 'home', 'away', 'penalty', 'half-time', 'halftime', 'overtime', 'seeded',
  'race', 'lap', 'podium', 'medal', 'stage', 'set', 'sets', 'tiebreak', 'tie-break', 'referee', 'kickoff',
]);
const SCORE = /^\d{1,3}-\d{1,3}$/;

// One sentence's tokens read as sport (see `isSportSentence`).
function sportSentence(line: readonly Token[]): boolean {
  let words = 0;
  let numbers = 0;
  for (const t of line) {
    if (SCORE.test(t.text)) return true;
    if (SPORT_WORDS.has(t.lower)) words++;
    if (/^\d{1,3}$/.test(t.text)) numbers++;
  }
  return words >= 2 || (words >= 1 && numbers >= 2);
}

// One sentence's tokens are a table line (see `isTableSentence`).
function tableSentence(line: readonly Token[]): boolean {
  let all = 0;
  let numbers = 0;
  for (const t of line) {
    all++;
    if (isNumberToken(t)) numbers++;
  }
  return numbers >= 2 && numbers * 3 >= all;
}

/**
 * Whether a place-named mention at tokens `[first, last]` is a club playing, in a sentence about sport: it
 * stands in a results line or beside a score or a result verb ("Everton beat Fulham 2-1", "Leeds 1 Arsenal 1",
 * "a 3-0 win over Everton"), and not after a locative preposition ("in Leeds", "at Elland Road").
 */
export function isClubInPlay(tokens: readonly Token[], first: number, last: number): boolean {
  const p1 = tokens[first - 1];
  // "drew 1-1 with Valencia", "lost 2-0 to Everton": a score before the preposition
  const p2 = tokens[first - 2];
  if (p1 && p2 && ['with', 'to'].includes(p1.lower) && isNumberToken(p2) && p2.sentence === tokens[first].sentence) return true;
  if (p1 && ['in', 'at', 'from', 'to', 'near', 'of', 'into', 'outside'].includes(p1.lower) && p1.sentence === tokens[first].sentence) return false;
  const n1 = tokens[last + 1];
  const sameNext = n1 !== undefined && n1.sentence === tokens[last].sentence;
  if (sameNext && (isNumberToken(n1) || RESULT_VERBS.has(n1.lower))) return true;
  if (p1 && p1.sentence === tokens[first].sentence && (isNumberToken(p1) || RESULT_VERBS.has(p1.lower) || ['over', 'against', 'v', 'vs', 'v.', 'vs.', 'versus'].includes(p1.lower))) return true;
  return false;
}

const RESULT_VERBS = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'drew', 'draw', 'held', 'hold', 'lost', 'lose', 'loses', 'thrashed',
  'routed', 'edged', 'overcame', 'hammered', 'crushed', 'trounced', 'stunned', 'upset', 'eliminated', 'knocked',
  'v', 'vs', 'v.', 'vs.', 'versus', 'won', 'win', 'wins', 'lead', 'leads', 'led', 'trail', 'trailed', 'host', 'hosts', 'hosted',
]);

// Labels of captions, credits and sections: "Image: Jane Smith", "Analysis:", "Update:".
const LABEL_WORDS = new Set(['image', 'images', 'photo', 'photos', 'picture', 'pictures', 'video', 'source', 'sources',
  'credit', 'credits', 'caption', 'editor', 'note', 'update', 'updated', 'analysis', 'comment', 'opinion', 'review',
  'reporting', 'read', 'watch', 'listen', 'pictured', 'related', 'correction', 'file', 'graphic', 'map', 'audio']);

// Plural nouns for groups of people, written capitalised at times ("Senators", "MSPs", "Ministers"): no entity.
const GROUP_NOUNS = new Set(['mps', 'msps', 'meps', 'mlas', 'tds', 'peers', 'lords', 'senators', 'ministers', 'governors',
  'congressmen', 'lawmakers', 'officials', 'delegates', 'councillors', 'councilors', 'judges', 'bishops', 'generals',
  'presidents', 'premiers', 'leaders', 'members', 'fans', 'supporters', 'voters', 'residents', 'citizens']);

// Cricket's kinds of match, capitalised wherever they stand ("his sixth Test", "Second Test, day four", "the ODI series").
const MATCH_FORMATS = new Set(['Test', 'Tests', 'ODI', 'ODIs', 'T20', 'T20s', 'T20I', 'T20Is']);
export const isMatchFormat = (t: Token): boolean => MATCH_FORMATS.has(t.text);

/**
 * Whether a one-word mention at token `i` is a capitalised common word and not a name: a plural noun for a
 * group of people ("Senators", "MSPs"), a kind of cricket match ("Test"), or a word the lexicon knows as an ordinary word that is capitalised
 * only because it starts the sentence or a label ("Analysis:", "Several", "Image:") or a credit ("Additional reporting
 * by"); "Disease" and "Syndrome"
 * names ("Crohn's Disease") are conditions, not people.
 */
export function isCapitalisedCommonWord(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first];
  if (first === last && (GROUP_NOUNS.has(t.lower) || isMatchFormat(t))) return true;
  if (['disease', 'syndrome', 'disorder'].includes(tokens[last + 1]?.lower ?? '') || ['disease', 'syndrome'].includes(tokens[last].lower)) return true;
  if (first !== last) return false;
  // the pronoun "I"; a caption's credit label wherever it stands ("Playstation VR demo Image: Nick Moreau")
  if (first === last && (t.text === 'I' || (LABEL_WORDS.has(t.lower) && /^[:;]/.test(t.post)))) return true;
  // a wire story's credit line: "(Reporting by Ana Lima; Additional reporting by Rui Costa; Editing by Joe Bloggs)"
  if (CREDIT_WORDS.has(tokens[first + 1]?.text ?? '') && tokens[first + 2]?.text === 'by' && t.post === '') return true;
  const isLabel = /^:/.test(t.post) && (first === 0 || isBreakAfter(tokens[first - 1], t));
  // a sentence inside a quotation opens after a full stop that the sentence splitter kept in the quoted one ("reset
  // Ghana. Instead, they ...")
  const opens = t.isFirst || (first > 0 && /[.!?]["'”’]*$/u.test(tokens[first - 1].post));
  if (!opens && !isLabel) return false;
  const tag = t.lexTag;
  if (tag === undefined || /Name|Person|Place|Country|City|Region|Organization|Demonym|Acronym|Honorific/.test(tag)) return false;
  if (ORG_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower) || TIME_WORDS.has(t.lower) || isCountryWord(t.text)) return false;
  // a label ("Analysis:", "Image:") whatever its class; at a sentence start only a word that is never a noun
  // ("Meanwhile", "Although"): "Rice said" and "Gates told" are people; an adjective only before a noun
  // ("Several critics", "Young people"), not before a verb ("Brown later told reporters")
  if (isLabel) return true;
  if (/Noun|Singular|Plural|Uncountable/.test(tag)) return false;
  if (!/Adjective/.test(tag)) return true;
  const next = tokens[first + 1];
  return next !== undefined && /^\p{Ll}/u.test(next.text) && /Noun|Singular|Plural|Adjective/.test(next.lexTag ?? 'Noun') && !/Verb|Tense|Adverb/.test(next.lexTag ?? '');
}

// Courtesy titles, peerages and knighthoods written before a name: "Lord Smith", "Baroness Jones", "Mr Cable".
const ABBREVIATED_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof']);
const NAME_TITLES = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady',
  'Baroness', 'Baron', 'Earl', 'Duke', 'Duchess', 'Countess', 'Viscount', 'Prof', 'Prof.', 'Professor']);

/**
 * People named after a courtesy title, a peerage or a knighthood ("Lord Smith", "Baroness Jones", "Sir Ian
 * Botham", "Mr Cable"): the one to three capitalised words after the title, the title left out. Not when a
 * role, an organisation noun or a country follows ("Lord Mayor", "Lord Chancellor", "Lady Liberty Island").
 */
export function findTitledNames(tokens: readonly Token[]): NewsSpan[] {
  const out: NewsSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // "Prof. Jane Doe": the period of an abbreviated title is no break
    const isAbbreviated = tokens[i].post === '.' && ABBREVIATED_TITLES.has(tokens[i].text) && tokens[i + 1].sentence === tokens[i].sentence && tokens[i + 1].pre === '';
    if (!NAME_TITLES.has(tokens[i].text) || (!isAbbreviated && isBreakAfter(tokens[i], tokens[i + 1]))) continue;
    let last = i + 1;
    // "Prof. Patrizia d'Ettorre", "Dr Sean O'Brien": a surname may open with a particle and an apostrophe
    const isName = (t: Token): boolean => /^(?:\p{Lu}\p{Ll}|[dlDLO]['’]\p{Lu})/u.test(t.text) && !ROLE_HEADS.has(t.lower) && !ORG_HEADS.has(t.lower) && !isCountryWord(t.text);
    if (!isName(tokens[last])) continue;
    while (last - i < 3 && tokens[last + 1] && isName(tokens[last + 1]) && !isBreakAfter(tokens[last], tokens[last + 1])) last++;
    out.push({ first: i + 1, last, type: 'PERSON', reason: 'title:' + tokens[i].text });
    i = last;
  }
  return out;
}

// One sentence's tokens are a results or standings line (see `isResultsLine`); the names in such lines are teams.
function resultsLine(line: readonly Token[]): boolean {
  const shape = line.map(t => (isNumberToken(t) ? (/^\d{1,3}[-–]\d{1,3}$/.test(t.text) ? 's' : 'n') : /^\p{Lu}/u.test(t.text) ? 'N' : 'x')).join('');
  // "Leeds 2 Arsenal 1", "Lyon 18 9 5 4 30 21 32", and a score between two sides on a line of their own ("Harbury Town
  // 2-1 Kestrel Vale"; not "Si Jiahui (Chn) 9-6 Mark Williams (Wal)", players with their countries' codes)
  return /^N{1,3}[ns]N{1,3}[ns](?:[xN]{0,3})$/.test(shape) || /^N{1,3}[ns]{5,}$/.test(shape)
    || (/^N{1,3}sN{1,3}$/.test(shape) && !line.some(t => /[()]/.test(t.pre + t.post)));
}

/**
 * A run of three or more short words in capitals, the header of a table ("P W D L F A Pts"), or a word of a line that
 * is such a header with its columns set apart ("Pos | Team | P | W | D | L | Pts"): no entity.
 */
export function isTableHeader(tokens: readonly Token[], first: number, last: number): boolean {
  if (isHeaderLine(tokens, first)) return true;
  if (last - first < 2) return false;
  for (let i = first; i <= last; i++) if (!/^\p{Lu}\p{L}{0,2}$/u.test(tokens[i].text)) return false;
  // "Kim Min-Woo", "Park Joo-Ho": short words in lower case joined by a hyphen are a name, not column headers ("CC
  // BY-SA", all in capitals, stays a header's kind of run)
  for (let i = first; i < last; i++) if (tokens[i].post === '-' && /\p{Ll}/u.test(tokens[i].text + tokens[i + 1].text)) return false;
  return true;
}

/** Whether the line of token `i` is four or more short capitalised words, two of them single letters ("Pos | P | W"). */
function isHeaderLine(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  let from = i;
  while (from > 0 && tokens[from - 1].sentence === sentence) from--;
  // (a table set out with bars has a bar within its first cell's few words: no other line is read to its end here)
  if (tokens.slice(from, from + 4).some(t => t.post.includes('|')) && isPipeHeader(tokens, from)) return true;
  let words = 0;
  let letters = 0;
  for (let j = from; j < tokens.length && tokens[j].sentence === sentence; j++) {
    if (!/^\p{Lu}\p{L}{0,3}$/u.test(tokens[j].text)) return false;
    words++;
    if (tokens[j].text.length === 1) letters++;
  }
  return words >= 4 && letters >= 2;
}

/** The cells of the line that opens at token `from` in a table set out with bars ("A | B | C"), and whether a figure is in it. */
function pipeCells(tokens: readonly Token[], from: number): { cells: number; figures: boolean; end: number } {
  let cells = 1;
  let figures = false;
  let j = from;
  for (; j < tokens.length && tokens[j].sentence === tokens[from].sentence; j++) {
    if (tokens[j].post.includes('|')) cells++;
    if (/\d/.test(tokens[j].text)) figures = true;
  }
  return { cells, figures, end: j };
}

/**
 * "Constituency | Winner | Party | Runner-up | Margin" above "Jalukbari | Himanta Sarma | BJP | ... | 12,955": a line of a
 * table set out with bars, three cells or more and no figure, above a line of as many cells with figures, is the
 * table's header, whose words name no one.
 */
function isPipeHeader(tokens: readonly Token[], from: number): boolean {
  const head = pipeCells(tokens, from);
  if (head.cells < 3 || head.figures || head.end >= tokens.length) return false;
  const row = pipeCells(tokens, head.end);
  return row.figures && row.cells === head.cells;
}

interface SentenceFacts {
  readonly sport: boolean;
  readonly table: boolean;
  readonly results: boolean;
}

// What each sentence of a token list is, computed once per list: the rules ask for every name in it.
const FACTS = new WeakMap<readonly Token[], Map<number, SentenceFacts>>();

function factsOf(tokens: readonly Token[], sentence: number): SentenceFacts {
  let bySentence = FACTS.get(tokens);
  if (!bySentence) {
    bySentence = new Map();
    const lines = new Map<number, Token[]>();
    for (const t of tokens) {
      const line = lines.get(t.sentence);
      if (line) line.push(t);
      else lines.set(t.sentence, [t]);
    }
    for (const [n, line] of lines) bySentence.set(n, { sport: sportSentence(line), table: tableSentence(line), results: resultsLine(line) });
    FACTS.set(tokens, bySentence);
  }
  return bySentence.get(sentence) ?? { sport: false, table: false, results: false };
}

/** Whether sentence `sentence` of `tokens` reads as sport: a score ("2-1") or two words of a match report. */
export const isSportSentence = (tokens: readonly Token[], sentence: number): boolean => factsOf(tokens, sentence).sport;

/**
 * Whether sentence `sentence` is a line of a table: results, standings, scores ("Leeds 1 Arsenal 1", "Lyon 18 9
 * 5 4 30 21 32", "136 Tiger Woods 68 68"): at least two numbers, and numbers at least a third of its words.
 */
export const isTableSentence = (tokens: readonly Token[], sentence: number): boolean => factsOf(tokens, sentence).table;

/**
 * Whether sentence `sentence` is a line of match results or standings: names each followed by one score
 * ("Hartlepool 2 Bradford 2"), or one name and five numbers or more ("Norwich City 28 17 6 5 51 25 57").
 */
export const isResultsLine = (tokens: readonly Token[], sentence: number): boolean => factsOf(tokens, sentence).results;
