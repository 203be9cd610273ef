import { allCountries } from '../countries/countryFacts';
import { findCountryMentions } from '../countries/resolver';
import { isBreakAfter } from './features';
import { ORG_HEADS, PLACE_HEADS, ROLE_WORDS, TIME_WORDS } from './lexicons';
import { CLUB_AFTER } from './context';
import { isClockWord, isCommonAbbreviation } from './commonWords';
import { electionLineNames } from './electionLines';
import { isJunkSpan } from './rules';
import type { NewsSpan } from './newsRules';
import { isNumberToken } from './newsRules';
import { isListedGivenName } from './listedGivenNames';
import { SURNAME_PARTICLES } from './names';
import { isPositionBeforeName } from './positionCodes';
import { isGivenNameTag, isNotNameWordTag, sentenceRanges, type Token } from './tokens';

/**
 * The lines of a sports page or a table read by their shape (a line is a token sentence: the tokenizer ends a
 * sentence at every line break): results ("Hartlepool 2 Bradford 2"), standings ("Lyon 18 9 5 4 30 21 32", "DETROIT 50 32 .610 -"), cricket
 * scoreboards ("G. Rennick c Palawatta b Vasan 12", "Bowling: Chamath Vasan 14-4-30-1"), golf leaderboards
 * ("136 Ernst Veld (South Africa) 68 68"), ranked lists ("1. Daniel Kiprono (Kenya) 13:02.62") and tennis results
 * ("Marc Rossier (Switzerland) beat Tomas Engdahl (Sweden) 6-4 6-2"). The names in them are typed by evidence: a
 * country is left to the gazetteer (a national side is its country), a team in a results or standings line is an
 * organisation, a player in a scoreboard, leaderboard or ranked line is a person.
 */

/** A run of name words in a line, between numbers, lower-case words and punctuation. */
export interface Segment {
  readonly first: number;
  readonly last: number;
  /** The segment stands inside brackets: "(Kenya)", "(Wright 34)". */
  readonly bracketed: boolean;
}

// "25-6-61-3", "14.2-4-30-1": a bowler's overs, maidens, runs and wickets.
const BOWLING_FIGURES = /^\d+(?:\.\d)?-\d+-\d+-\d+$/;
// "13:02.62", "2:05:11", "10.98", "1:59.4": a time.
const TIME = /^(?:\d{1,2}:\d{2}(?:[.:]\d{1,3})?|\d{1,2}\.\d{2})$/;
// ".610", "0.610": a winning percentage in a standings table.
const PERCENT = /^0?\.\d{3}$/;
// How a batsman got out, written in lower case between names: "c Palawatta b Vasan", "lbw b Vasan", "st Moeen b Saqib".
const DISMISSALS = new Set(['c', 'b', 'lbw', 'st', 'c&b']);
// Words that label a table's parts, capitalised at a line's start: no name ("Extras", "Total", "Bowling:").
const TABLE_LABELS = new Set(['extras', 'total', 'totals', 'bowling', 'batting', 'innings', 'fall', 'result', 'results',
  'standings', 'scorers', 'scorer', 'attendance', 'halftime', 'half-time', 'round', 'group', 'division', 'men', 'women',
  'final', 'semifinal', 'semifinals', 'quarterfinal', 'quarterfinals', 'leading', 'second', 'first', 'third', 'fourth',
  'stage', 'overall', 'toss', 'umpires', 'referee', 'close', 'stumps', 'lunch', 'tea', 'points', 'played', 'won', 'lost',
  'drawn', 'teams', 'team', 'pos', 'name', 'country', 'club', 'score', 'scores', 'time', 'par', 'note', 'notes', 'did',
  'not', 'bat', 'retired', 'hurt', 'rank', 'pts', 'player', 'players', 'match', 'matches', 'west', 'east', 'north',
  'south', 'central', 'eastern', 'western', 'northern', 'southern', 'conference', 'pacific', 'atlantic', 'midwest',
  'american', 'national', 'league', 'qualifying', 'heat', 'heats', 'race', 'series', 'day', 'week', 'prefix', 'seeding',
  // the parts of a box score and a scoring summary in American sport ("Penalties — ...", "Shots on Goal — ...")
  'penalties', 'penalty', 'overtime', 'shots', 'goalies', 'saves', 'rebounds', 'assists', 'fouls', 'fouled',
  'technicals', 'period', 'power-play', 'referees', 'linesmen', 'officials', 'quarter', 'blocks', 'steals', 'turnovers',
  'pitchers', 'batters', 'errors', 'hits', 'scoring', 'summary', 'starters', 'bench', 'minutes']);

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && !isNumberToken(t);
const isInitial = (t: Token): boolean => /^\p{Lu}\.?$/u.test(t.text);

/** The name words of one line, `[from, to]` inclusive, cut at numbers, lower-case words and punctuation. */
export function segmentsOf(tokens: readonly Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let start = -1;
  let startDepth = 0;
  for (let i = from; i <= to + 1; i++) {
    const t = i <= to ? tokens[i] : undefined;
    if (t && /\(/.test(t.pre)) depth++;
    // ("Duhan van der Merwe": two particles before the surname)
    const particle = t !== undefined && start >= 0 && SURNAME_PARTICLES.has(t.text) && i < to && (isCapitalised(tokens[i + 1])
      || (i + 1 < to && SURNAME_PARTICLES.has(tokens[i + 1].text) && isCapitalised(tokens[i + 2])));
    const joins = t !== undefined && (isCapitalised(t) || particle) && (start < 0 || !isBreakAfter(tokens[i - 1], t) || isInitial(tokens[i - 1]) && /^\.$/.test(tokens[i - 1].post + ''));
    if (start >= 0 && !joins) {
      out.push({ first: start, last: i - 1, bracketed: startDepth > 0 });
      start = -1;
    }
    if (t && start < 0 && isCapitalised(t)) {
      start = i;
      startDepth = depth;
    }
    if (t && /\)/.test(t.post)) depth = Math.max(0, depth - 1);
  }
  return out;
}

/**
 * Whether the words of a segment are a country's name, alone ("Kenya", "South Africa", "U.S."); with `orPart`, also
 * a part of one or a capital the gazetteer knows ("Scotland").
 */
function isCountry(tokens: readonly Token[], s: Segment, text: string, orPart = false): boolean {
  const name = text.slice(tokens[s.first].start, tokens[s.last].end);
  const hits = findCountryMentions(name);
  return hits.length === 1 && hits[0].start === 0 && hits[0].end === name.length && (orPart || hits[0].type === 'COUNTRY');
}

/**
 * Whether a segment reads as a person's name: an initial and a surname, or a given name the lexicon knows (or, with
 * `byListedGivenName`, one the list of given names holds) and a surname.
 */
function isPersonShaped(tokens: readonly Token[], s: Segment, byListedGivenName = false): boolean {
  if (s.last === s.first) return false;
  const t = tokens[s.first];
  if (isInitial(t)) return true;
  if (!isGivenNameTag(t.lexTag) && !(byListedGivenName && t.lexTag === undefined && isListedGivenName(t.text))) return false;
  for (let i = s.first + 1; i <= s.last; i++) if (ORG_HEADS.has(tokens[i].lower) || CLUB_AFTER.has(tokens[i].text)) return false;
  return true;
}

/** Whether a segment is a label or a column header, not a name ("Extras", "Men's 5,000 metres", "P W D L F A Pts"). */
function isLabel(tokens: readonly Token[], s: Segment): boolean {
  const words = tokens.slice(s.first, s.last + 1);
  if (words.every(t => /^\p{Lu}\p{L}{0,2}$/u.test(t.text)) && words.length >= 3) return true;
  if (words.some(t => ROLE_WORDS.has(t.lower)) || (words.length === 1 && TIME_WORDS.has(words[0].lower))) return true;
  if (TABLE_LABELS.has(words[0].lower.replace(/['’]s$/u, ''))) return true;
  // "Bowling:", "Scorers:": a label before a colon whose words the lexicon knows as ordinary words
  return /^:/.test(tokens[s.last].post) && words.every(t => t.lexTag !== undefined && !/Name|Place|City|Country|Organization|Region/.test(t.lexTag));
}

/**
 * Whether a segment could be a name: four words at most, none of them a word of grammar ("Despite", "TO"): "U.S.
 * JOBLESS RATE INCREASES TO 5.6%" is a headline, not a results line.
 */
export function isNameLike(tokens: readonly Token[], s: Segment): boolean {
  if (s.last - s.first > 3) return false;
  // "Chloe Whitfield (US) bt ...": a code in brackets, whatever word it spells
  if (s.bracketed && s.last === s.first) return true;
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i];
    if (t.text.length > 1 && isNotNameWordTag(t.lexTag)) return false;
  }
  return true;
}

/** Whether a segment names a team or a body by its own words ("Norwich City", "Sporting Lisbon"). */
const hasOrgWord = (tokens: readonly Token[], s: Segment): boolean =>
  tokens.slice(s.first, s.last + 1).some(t => ORG_HEADS.has(t.lower) || CLUB_AFTER.has(t.text) || PLACE_HEADS.has(t.lower));

type LineKind = 'results' | 'standings' | 'players' | 'none';

/** What one line is, from the sequence of its segments (S), numbers (n) and other words (x), brackets left out. */
function lineKind(text: string, tokens: readonly Token[], from: number, to: number, segments: readonly Segment[]): LineKind {
  const open = segments.filter(s => !s.bracketed && !isLabel(tokens, s));
  if (open.length === 0) return 'none';
  let shape = '';
  let depth = 0;
  const numbers: string[] = [];
  let i = from;
  let seg = 0;
  let signedDecimals = 0;
  // "Henry 21-118, L.Jackson 8-61, Hill 2-5": every figure hyphened ("carries-yards") and closing its part of the list
  let isStatList = true;
  while (i <= to) {
    const t = tokens[i];
    if (/\(/.test(t.pre)) depth++;
    const s = segments[seg];
    if (s && s.first === i) {
      if (depth === 0 && !isLabel(tokens, s)) shape += 'S';
      i = s.last + 1;
      seg++;
    } else {
      if (depth === 0) {
        if (isNumberToken(t)) {
          shape += 'n';
          if (!/^\d+(?:-\d+)+$/.test(t.text) || (i < to && !/^[,;]/.test(t.post))) isStatList = false;
          if (/[-+\u2212]$/.test(t.pre) && t.text.includes('.')) signedDecimals++;
          // ".581": the tokenizer keeps the leading point apart
          numbers.push(t.pre.endsWith('.') || text[t.start - 1] === '.' ? '.' + t.text : t.text);
        } else shape += 'x';
      }
      i++;
    }
    if (/\)/.test(tokens[i - 1].post)) depth = Math.max(0, depth - 1);
  }
  const core = shape.replace(/^x+/, '');
  // "Brent crude ($/bbl) 61.84 -0.71 -1.1": a price with its signed change is no sprinter's time ("9.58"); a clock's
  // time ("2:05.11", "1:22.391 +0.234") still makes a players' line
  const isPriceLine = signedDecimals > 0 && !numbers.some(n => n.includes(':'));
  if (numbers.some(n => BOWLING_FIGURES.test(n) || (TIME.test(n) && !isPriceLine))) return 'players';
  if (isStatList && numbers.length >= 2 && /^S{0,2}(?:Sn){2,}$/.test(core)) return 'players';
  if (/^(?:n?S)n(?:S)n(?:x{0,3}|S?)$/.test(core) || /^SnSn/.test(core)) return 'results';
  const ints = numbers.map(n => Number(n.replace(/^[+]/, '')));
  if (/^n?Sn{2,}x?$/.test(core)) {
    // golf rounds: every score between 59 and 89, save a leading total ("136 Ernst Veld 68 68")
    const rounds = /^nS/.test(core) ? ints.slice(1) : ints;
    if (rounds.length >= 2 && rounds.length <= 5 && rounds.every((r, k) => (r >= 59 && r <= 89) || (k === rounds.length - 1 && r >= 200 && r <= 300))) return 'players';
    if (numbers.length >= 5 || (numbers.length >= 3 && numbers.some(n => PERCENT.test(n)))) return 'standings';
  }
  return 'none';
}

/**
 * The typed names of the table lines among `tokens` (people and teams; countries are left to the gazetteer), in
 * token order, never overlapping. `text` is the text the tokens index. Lines that are prose give nothing.
 */
export function findTableNames(text: string, tokens: readonly Token[]): NewsSpan[] {
  const out: NewsSpan[] = [];
  // under a header whose first column names places ("Constituency | Plaid | Reform"), each row opens with a place
  let isPlaceColumn = false;
  for (const [from, to] of sentenceRanges(tokens)) {
    const names = lineNames(text, tokens, from, to);
    if (!tokens.slice(from, to + 1).some(isNumberToken)) isPlaceColumn = PLACE_COLUMNS.has(tokens[from].lower) && to > from;
    out.push(...(isPlaceColumn ? names.map(n => (n.first === from && n.type === 'ORG' ? { ...n, type: 'PLACE' as const, reason: `${n.reason}+place-column` } : n)) : names));
  }
  return out;
}

// The first column's header of a table whose rows are places: election returns by seat, figures by region.
const PLACE_COLUMNS = new Set(['constituency', 'seat', 'ward', 'region', 'county', 'district', 'state', 'city', 'area',
  'borough', 'province', 'town', 'council', 'country', 'location', 'riding']);

// Lower-case words a table line may carry: "beat", "c Palawatta b Vasan", "not out", "(for 3 wickets)".
const TABLE_WORDS = new Set([...DISMISSALS, 'beat', 'bt', 'v', 'vs', 'and', 'not', 'out', 'run', 'retired', 'hurt', 'for',
  'wickets', 'wkts', 'overs', 'innings', 'pen', 'og', 'aet', 'halftime', 'ht', 'walkover', 'retd', 'w/o', 'lb', 'nb', 'w']);

/** Whether the line `[from, to]` is prose: more than two lower-case words that no table carries. */
function isProse(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    // a particle joined by hyphens inside a name ("Inzamam-ul-Haq") is no word of prose
    if (i > from && tokens[i - 1].post === '-' && SURNAME_PARTICLES.has(t.lower)) continue;
    if (/^\p{Ll}/u.test(t.text) && !TABLE_WORDS.has(t.lower) && !isNumberToken(t) && ++words > 2) return true;
  }
  return false;
}

function lineNames(text: string, tokens: readonly Token[], from: number, to: number): NewsSpan[] {
  if (!tokens.slice(from, to + 1).some(isNumberToken) || isProse(tokens, from, to)) return [];
  // "Skegness South (Lincolnshire): Reform 1,204; Con 712": a line of election returns (electionLines.ts)
  const returns = electionLineNames(tokens, from, to);
  if (returns) return returns;
  let segments = segmentsOf(tokens, from, to);
  const out: NewsSpan[] = [];
  // "At Chelmsford: Essex 320 (...)": the ground a line of scores is played at
  const venue = segments[0];
  if (venue && venue.first === from && venue.last > from && tokens[from].text === 'At' && /^:/.test(tokens[venue.last].post)) {
    out.push({ first: from + 1, last: venue.last, type: 'PLACE', reason: 'table:venue' });
    segments = segments.slice(1);
  }
  // "Cin—FG McPherson 41", "GK Razia Quashie": a position's code or a field goal before the player is no word of the name
  segments = segments.map(seg => (seg.last > seg.first && isPositionBeforeName(tokens, seg.first) ? { ...seg, first: seg.first + 1 } : seg));
  // "14:52 GMT" above a live page's post, "Sun 29 Mar 2026 07.00 BST" under a byline: a date, a time and its zone, no player
  segments = segments.filter(seg => !isJunkSpan(tokens, seg.first, seg.last)
    && (seg.first !== seg.last || !isCommonAbbreviation(text, tokens[seg.first].text)));
  if (segments.length === 0 || segments.some(seg => !isNameLike(tokens, seg))) return [];
  const lineWide = lineKind(text, tokens, from, to, segments);
  let isScoreboard = false;
  for (let i = from; i <= to; i++) if (isDismissalAt(tokens, i)) isScoreboard = true;
  // "135 Scott Hoch 68 67, Fred Funk 70 65": each part between commas outside brackets is read on its own
  for (const [a, b] of chunksOf(tokens, from, to)) {
    const own = segments.filter(s => s.first >= a && s.last <= b);
    const chunkKind = a === from && b === to ? lineWide : lineKind(text, tokens, a, b, own);
    const kind = chunkKind === 'none' ? lineWide : chunkKind;
    const types: (NewsSpan['type'] | undefined)[] = [];
    for (let k = 0; k < own.length; k++) {
      const type = segmentType(text, tokens, own, k, kind, isScoreboard && ((own[k].first === from && !/^:/.test(tokens[own[k].last].post)) || isBeforeDismissal(tokens, own[k])), types);
      types.push(type?.[0]);
      if (type) out.push({ first: own[k].first, last: own[k].last, type: type[0], reason: 'table:' + (isScoreboard ? 'scoreboard' : type[1]) });
    }
  }
  return out;
}

/**
 * Whether a segment of a scoreboard stands right before how its batsman got out: "Aamir Sohail c Cork b Croft 46",
 * "Ijaz Ahmed b Mullally 61", "Moin Khan not out 12", each batsman of a line that lists several.
 */
function isBeforeDismissal(tokens: readonly Token[], s: Segment): boolean {
  return tokens[s.last + 1]?.sentence === tokens[s.last].sentence && isDismissalAt(tokens, s.last + 1);
}

/** Whether how a batsman got out is written at token `i`: "c", "b", "lbw", "st", or "not out", "run out" from "not"/"run" on. */
function isDismissalAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // ("Malakai Fekitoa-Vaipulu (c)": a captain's mark in brackets is no catch)
  if (DISMISSALS.has(t.text)) return !(/\($/.test(t.pre) && /^\)/.test(t.post));
  const next = tokens[i + 1];
  return (t.lower === 'not' || t.lower === 'run') && next?.lower === 'out' && next.sentence === t.sentence;
}

/** The parts of a line `[from, to]` between commas and semicolons that stand outside brackets, as token ranges. */
function chunksOf(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (/\(/.test(t.pre)) depth++;
    if (/\)/.test(t.post)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /^\)?[,;]/.test(t.post) && i < to) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

// The three-letter codes a results table gives countries by ("KEN", "ETH"): ISO 3166-1 alpha-3, and the IOC's where
// they differ from it.
const IOC_CODES = ['ALG', 'ANG', 'BAH', 'BAN', 'BAR', 'BER', 'BHU', 'BIZ', 'BOT', 'BRU', 'BUL', 'BUR', 'CAM', 'CHA', 'CHI',
  'CRC', 'CRO', 'DEN', 'ESA', 'FIJ', 'GAM', 'GER', 'GRE', 'GRN', 'GUA', 'GUI', 'HAI', 'HON', 'INA', 'IRI', 'KSA', 'KUW',
  'LAT', 'LBA', 'LES', 'LIB', 'MAD', 'MAS', 'MAW', 'MGL', 'MRI', 'MTN', 'MYA', 'NCA', 'NED', 'NEP', 'NGR', 'NIG', 'OMA',
  'PAR', 'PHI', 'PLE', 'POR', 'PUR', 'RSA', 'SAM', 'SEY', 'SIN', 'SLO', 'SRI', 'SUD', 'SUI', 'TAN', 'TGA', 'TOG', 'TPE',
  'UAE', 'URU', 'VAN', 'VIE', 'ZAM', 'ZIM'];
const COUNTRY_CODES = new Set([...allCountries().map(c => c.alpha3), ...IOC_CODES]);
// The marks beside a result: records ("NR", "PB", "WL"), and a finish that is none ("DNF", "DQ").
const RESULT_MARKS = new Set(['WR', 'OR', 'CR', 'AR', 'ER', 'NR', 'PB', 'SB', 'WL', 'MR', 'DNF', 'DNS', 'DQ', 'DSQ', 'NM', 'NH']);

/**
 * Whether the one word at `i` is a results list's code in capitals: a country's in brackets after a name ("Oblique
 * Seville (JAM) 9.94") or a record's mark after a figure ("46.52 WL, MR").
 */
export function isResultCode(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (before === undefined || before.sentence !== t.sentence) return false;
  if (COUNTRY_CODES.has(t.text) && t.pre.endsWith('(') && t.post.startsWith(')') && /^\p{Lu}/u.test(before.text)) return true;
  return RESULT_MARKS.has(t.text) && (isNumberToken(before) || RESULT_MARKS.has(before.text));
}

/**
 * A segment of one word in capitals: a country's code, a result's mark or a time zone ("KEN", "GER", "NR", "IST") is
 * no name; anything else (a team's or a firm's code: "USC", "LSEG") is no person.
 */
const capsCodeType = (tokens: readonly Token[], s: Segment): 'none' | 'ORG' | undefined =>
  s.first !== s.last || !/^\p{Lu}{2,5}$/u.test(tokens[s.first].text) ? undefined
    : COUNTRY_CODES.has(tokens[s.first].text) || RESULT_MARKS.has(tokens[s.first].text) || isClockWord(tokens[s.first].text) ? 'none' : 'ORG';

// "Cro", "GB", "NI", "Slo/UAE", "Den/Visma": the short code of a country or a team beside a player in a results list.
const isCode = (t: Token): boolean => /^(?:\p{Lu}\p{L}{1,2})(?:\/|$)/u.test(t.text);

const isInitialled = (tokens: readonly Token[], s: Segment): boolean => s.last > s.first && isInitial(tokens[s.first]);
const isPlayerName = (tokens: readonly Token[], s: Segment): boolean => !hasOrgWord(tokens, s) && (s.last > s.first || isPersonShaped(tokens, s));

/** Whether a figure follows the name at token `i` within its part of the line ("Henry 21-118,"): up to three words on. */
function isFigureAhead(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < i + 4 && j < tokens.length && tokens[j].sentence === tokens[i].sentence; j++) {
    if (isNumberToken(tokens[j])) return j > i;
    if (/[,;]/.test(tokens[j].post)) return false;
  }
  return false;
}

/**
 * The type of segment `k` of a part of a table line (`chunk`, its segments in order) in a line of kind `kind`, with
 * the rule that gave it; undefined for no name. `typed` holds the types given to the segments before it.
 */
function segmentType(text: string, tokens: readonly Token[], chunk: readonly Segment[], k: number, kind: LineKind, isBatsman: boolean,
  typed: readonly (NewsSpan['type'] | undefined)[]): [NewsSpan['type'], string] | undefined {
  const s = chunk[k];
  if (isLabel(tokens, s) || isCountry(tokens, s, text) || capsCodeType(tokens, s) === 'none') return undefined;
  const before = tokens[s.first - 1];
  const after = tokens[s.last + 1];
  const afterNumber = after !== undefined && after.sentence === tokens[s.last].sentence && isNumberToken(after);
  // "Chamath Vasan 14-4-30-1", "c Palawatta b Vasan": a bowler, a fielder
  if ((afterNumber && BOWLING_FIGURES.test(after.text)) || (before !== undefined && DISMISSALS.has(before.text) && before.sentence === tokens[s.first].sentence)) return ['PERSON', 'scoreboard'];
  if (isBatsman && !hasOrgWord(tokens, s)) return ['PERSON', 'scoreboard'];
  // "(N. Hussain 112, R. Irani 55)", "(Saeed Anwar 176)": a player in brackets, by an initial or by a score beside the name
  if (s.bracketed && isInitialled(tokens, s)) return ['PERSON', 'players'];
  // "D Malan 45, J Root 12": an initial and a surname before a score
  if (isInitialled(tokens, s) && afterNumber && !hasOrgWord(tokens, s)) return ['PERSON', 'players'];
  if (s.bracketed && s.last > s.first && afterNumber && !/\)/.test(tokens[s.last].post) && !hasOrgWord(tokens, s)) return ['PERSON', 'players'];
  if (kind === 'results' || kind === 'standings') {
    // "(Wright 34, McIntyre 70)": the scorers of a results line
    if (s.bracketed) return afterNumber ? ['PERSON', kind] : undefined;
    return [isPersonShaped(tokens, s) ? 'PERSON' : 'ORG', kind];
  }
  const prev = chunk[k - 1];
  const next = chunk[k + 1];
  if (s.bracketed) {
    // "Dean Dalby (Coventry)": a player's club ("(Kenya)", a country, is left to the gazetteer above; "(Cro)",
    // "(GB)", "(Slo/UAE)", a country's or a team's code, is no club's name)
    const isClub = prev && prev.last + 1 === s.first && typed[k - 1] === 'PERSON' && !isInitial(tokens[s.first]) && !isCountry(tokens, s, text, true)
      && !isCode(tokens[s.first]);
    // "1st Kunanyi (Jye McNeil)", "Harbour Lights (Hollie Doyle)": a person's name in brackets is a rider's, no club's
    if (isClub && isPersonShaped(tokens, s, true)) return ['PERSON', 'players'];
    return isClub ? ['ORG', 'players'] : undefined;
  }
  // "Essex 320 (N. Hussain 112, ...)": a team with its score and its players in brackets; "v Surrey", its opponent
  if (!isPersonShaped(tokens, s) && afterNumber && chunk.slice(k + 1).some(x => x.bracketed && isInitialled(tokens, x))) return ['ORG', 'scores'];
  if (before && ['v', 'vs'].includes(before.lower) && typed.includes('ORG')) return ['ORG', 'scores'];
  // "First Period — 1, Seattle, Kettleson 14 (Aho, Marchetti), 6:12. 2, Seattle, ...": a hockey summary's goal, its
  // count opening a clause, the scoring team, the scorer
  const opener = tokens[s.first - 2];
  if (before && isNumberToken(before) && /^,/.test(before.post) && before.sentence === tokens[s.first].sentence
    && (opener === undefined || opener.sentence !== before.sentence || /[.—–]\s*$/.test(opener.post))
    && /^, ?$/.test(tokens[s.last].post) && /^\p{Lu}/u.test(after?.text ?? '') && !isPersonShaped(tokens, s)) return ['ORG', 'scores'];
  // "Jacques Villeneuve (Canada) Williams 1:17:04.609": the team after the driver and the driver's country
  // ("J. O'Brien (Ire) - M. Zahra": an initialled name is the next person's)
  // ("Corrie Glen (Derek Fox) Lucinda Russell 33-1": after a rider in brackets, a person's name is the trainer's)
  if (prev && prev.bracketed && prev.last + 1 === s.first && typed[k - 2] === 'PERSON' && chunk[k - 2].last + 1 === prev.first && !isInitialled(tokens, s)) {
    return typed[k - 1] === 'PERSON' && s.last > s.first && !hasOrgWord(tokens, s) ? ['PERSON', 'players'] : ['ORG', 'players'];
  }
  // "Ernst Veld (South Africa)", "Dean Dalby (Coventry)": a player followed by a country or a club in brackets
  const isFollowedByBracket = next !== undefined && next.bracketed && next.first === s.last + 1;
  if (isFollowedByBracket && isPlayerName(tokens, s)) return ['PERSON', 'players'];
  // "Passing — Portland: Okafor 21-30-0-244": a side that heads its players' figures
  if (kind === 'players' && /^: ?$/.test(tokens[s.last].post) && !isPersonShaped(tokens, s) && /^\p{Lu}/u.test(after?.text ?? '')) return ['ORG', 'scores'];
  const opensPart = before === undefined || before.sentence !== tokens[s.first].sentence || /[—–]\s*$/.test(before.post);
  // "Cin—FG McPherson 41, 10:02.", "Bal—Flowers 34 pass from L.Jackson": a scoring summary's side before a dash
  if (kind === 'players' && opensPart && s.first === s.last && /^ ?[—–] ?$/.test(tokens[s.last].post) && /^\p{Lu}/u.test(after?.text ?? '')
    && after?.sentence === tokens[s.last].sentence) return ['ORG', 'scores'];
  // "RUSHING—Baltimore, Henry 21-118, ... Cincinnati, C.Brown 17-74": so does one that opens its part of the line
  // (after a label's dash or a full stop) with a comma, its first player and figure after it
  if (kind === 'players' && opensPart && /^, ?$/.test(tokens[s.last].post) && !isPersonShaped(tokens, s) && /^\p{Lu}/u.test(after?.text ?? '')
    && isFigureAhead(tokens, s.last + 1)) return ['ORG', 'scores'];
  if (kind === 'players') return [hasOrgWord(tokens, s) || capsCodeType(tokens, s) === 'ORG' ? 'ORG' : 'PERSON', 'players'];
  return undefined;
}
