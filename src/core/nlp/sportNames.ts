import { CLUB_AFTER, CLUB_BEFORE } from './context';
import { isBreakAfter } from './features';
import type { NewsSpan } from './newsRules';
import { isSportSentence, isTableSentence } from './newsRules';
import type { Token } from './tokens';
import type { Paragraph } from '../model';
import { outsideParagraphs, type ParagraphMemo } from '../pipeline/paragraphMemo';
import { placeKind } from '../places/knownPlaces';

/**
 * Clubs in sports copy that the tagger may miss: a place's name with a club's word before or after it ("Real
 * Madrid play Valencia", "Sporting Lisbon", "Leeds United"), and whether an article is a sports report, where a
 * place's name that plays once is the club wherever it plays (entities/harmonise.ts).
 */

const isPlaceWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text)
  && (t.lexTag === undefined || /City|Place|Country|Region|ProperNoun/.test(t.lexTag));

/**
 * Clubs named by a club's word and a place's name ("Real Madrid", "Leeds United"), in a unit about sport: the
 * sentence reads as sport or a table, or two sentences of the unit do. Spans in token order, non-overlapping.
 */
export function findClubNames(tokens: readonly Token[]): NewsSpan[] {
  const sport = new Set<number>();
  for (const t of tokens) if (!sport.has(t.sentence) && (isSportSentence(tokens, t.sentence) || isTableSentence(tokens, t.sentence))) sport.add(t.sentence);
  if (sport.size === 0) return [];
  const isSport = (i: number): boolean => sport.has(tokens[i].sentence) || sport.size >= 2;
  const out: NewsSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (isBreakAfter(a, b) || /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && !isBreakAfter(tokens[i - 1], a)) continue;
    const isBefore = CLUB_BEFORE.has(a.text) && isPlaceWord(b);
    const isAfter = isPlaceWord(a) && CLUB_AFTER.has(b.text);
    if (!(isBefore || isAfter) || !isSport(i)) continue;
    // "Mexico City", "Quezon City": a city the place lists know by both words is no club
    if (isAfter && placeKind(`${a.text} ${b.text}`) !== undefined) continue;
    // "Real Madrid", not "Real Madrid Castilla"; "Leeds United", not "Leeds United Football Club"
    const c = tokens[i + 2];
    if (c && /^\p{Lu}/u.test(c.text) && !isBreakAfter(b, c)) continue;
    out.push({ first: i, last: i + 1, type: 'ORG', reason: 'club' });
    i++;
  }
  return out;
}

// The article format's header line naming the sports section (" date 2026-10-26 Sport", "... Sky Sports").
const SPORT_HEADER = /^\s*date \d{4}-\d{2}-\d{2}\b[^\n]*\bSports?\b/;
// Sports sections ("SOCCER - ...", "RUGBY UNION - ...") and words of a match report.
const SPORT_SECTION = /\b(?:SOCCER|FOOTBALL|RUGBY|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|HOCKEY|ATHLETICS|CYCLING|RACING|MOTORCYCLING|BOXING|SKIING|SWIMMING|SQUASH|BADMINTON|VOLLEYBALL|HANDBALL|NFL|NBA|NHL)\b/;
const SPORT_WORD = /\b(?:goals?|scored|striker|midfielder|defender|goalkeeper|coach|match|league|season|championship|tournament|innings|wickets?|touchdowns?|quarterback|semi-?finals?|halftime|half-time|penalty|[Rr]eferee|header|equali[sz]er|hat-trick|stoppage time|free[- ]kick|kick-off|relegation|(?:straight|five|four) sets|(?:first|second|third|fourth|fifth|final) set|tie-?breaks?|runner-up|[Gg]rand [Ss]lam|quarter-?finals?|pole position|podium|laps?|pit ?stop|on the grid|[Gg]rand [Pp]rix|team principal|birdies?|bogeys?|under par|leaderboard|rebounds|play-?offs?|hurdles|sprint(?:er|ers)?|peloton|(?:yellow|green|polka-dot|white|pink) jersey|general classification|time[- ]trials?|stage (?:wins?|victory|victories|race)|summit finish|mountain stage|team-?mates?|velodromes?|jockeys?|furlongs?|racecourses?|racehorses?|stayers?|handicaps?|birdied|bogeyed|holed|putts?|fairways?|try|tries|scrum-half|fly-half)\b/g;
// A result: "beat Fulham 2-1", "won 1-0", "a 2-2 draw", "Nottingham Forest 2-1 Tottenham Hotspur".
const SPORT_RESULT = /\b(?:(?:beat|beats|won|drew|lost|defeated|thrashed|edged) (?:\p{Lu}\p{L}+ ){0,3}\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2} (?:win|draw|defeat|victory|loss)|(?:\p{Lu}\p{L}+ ){1,3}\d{1,2}-\d{1,2} \p{Lu}\p{Ll})\b/gu;

// The last article asked about: one analysis asks four times (capitals, table repeats, types, themes), and an article
// with no sports words is read to its end each time.
let lastText: string | undefined;
let lastAnswer = false;

/**
 * Whether `text` reads as a sports report: a sports section in capitals at its start or in the format's header line
 * (" date 2026-10-26 Sport"), or four words or results of a
 * match report or more. Given the article's `paragraphs` and a `memo`, each paragraph's words of a match report are
 * counted once while its text stays (`sportWordsIn`); the answer is the same.
 */
export function isSportArticle(text: string, paragraphs?: readonly Paragraph[], memo?: ParagraphMemo): boolean {
  if (text !== lastText) {
    const opening = text.slice(0, 120);
    lastAnswer = SPORT_SECTION.test(opening) || SPORT_HEADER.test(opening)
      || (paragraphs && memo ? sportWordsByParagraph(text, paragraphs, memo) : sportWordsIn(text)) >= 4;
    lastText = text;
  }
  return lastAnswer;
}

/** The words and results of a match report in `text`, counted up to 4 (all that `isSportArticle` needs). */
function sportWordsIn(text: string): number {
  let n = 0;
  for (const re of [SPORT_WORD, SPORT_RESULT]) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) if (++n >= 4) return n;
  }
  return n;
}

/**
 * `sportWordsIn(text)` counted paragraph by paragraph (kept in `memo`), and in the text between them (a header
 * line): the words and results stand on one line each, so each is counted once either way.
 */
function sportWordsByParagraph(text: string, paragraphs: readonly Paragraph[], memo: ParagraphMemo): number {
  let n = 0;
  for (const gap of outsideParagraphs(text, paragraphs)) {
    n += sportWordsIn(text.slice(gap.start, gap.end));
    if (n >= 4) return n;
  }
  for (const p of paragraphs) {
    n += memo.of(sportWordsIn, text, p);
    if (n >= 4) return n;
  }
  return n;
}

/** The places in the clubs' names the article gives ("Madrid" of "Real Madrid", "Leeds" of "Leeds United"). */
export function clubPlaceNames(orgNames: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of orgNames) {
    const words = name.split(/\s+/);
    if (words.length !== 2) continue;
    if (CLUB_BEFORE.has(words[0]) && /^\p{Lu}\p{Ll}+$/u.test(words[1])) out.add(words[1]);
    if (CLUB_AFTER.has(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(words[0])) out.add(words[0]);
  }
  return out;
}
