import { isCountryWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { isGivenNameToken } from './listedGivenNames';
import type { NewsSpan } from './newsRules';
import { isNumberToken } from './newsRules';
import { isNameLike, segmentsOf } from './tableLines';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * The labels of a results block or a fact box: "Tries: Pryce 2, Okonedo. Cons: Ellery 4.", "Referee: Matteo
 * Bracchi (Italy)", "Player of the match: Tomas Ellery", "Venue: Penmarrow Park", "Attendance: 11,200". A label is
 * no name; the names after a label of people are people, those after a label of places are places.
 */

// Labels whose value lists people: scorers, officials, players and the credits of a work.
const PERSON_LABELS = new Set(['tries', 'try', 'cons', 'con', 'conversions', 'conversion', 'pens', 'pen', 'penalties',
  'penalty', 'drop goal', 'drop goals', 'drop-goal', 'drop-goals', 'dg', 'scorers', 'scorer', 'goalscorers', 'goals',
  'goal', 'assists', 'referee', 'referees', 'umpire', 'umpires', 'assistant referees', 'touch judges', 'fourth official',
  'player of the match', 'man of the match', 'woman of the match', 'star man', 'star player', 'captain', 'captains',
  'coach', 'head coach', 'manager', 'subs', 'sub', 'subs not used', 'substitutes', 'substitutes not used',
  'replacements', 'booked', 'bookings', 'yellow card', 'yellow cards', 'red card', 'red cards', 'sent off',
  'sin bin', 'sin-bin', 'sin binned', 'sin-binned', 'wickets', 'director', 'directed by', 'writer', 'written by',
  'cast', 'starring', 'producer', 'produced by', 'composer', 'music', 'conductor', 'choreographer',
  'choreography', 'designer', 'design', 'author', 'translator', 'presenter', 'host', 'narrator',
  // a side named for a match: "Team: Neil Jenkins (Pontypridd); Ieuan Evans (Llanelli)"
  'team', 'squad', 'side', 'line-up', 'lineup', 'starting line-up', 'bench', 'forwards', 'backs',
  // the officials and players of an agency's agate ("Linesmen — Tyler Greer, Sandeep Gill", "Rushing — USC: Carter 24-118")
  'linesmen', 'officials', 'technicals', 'passing', 'rushing', 'receiving', 'tackles', 'sacks', 'interceptions',
  'missed field goals', 'field goals', 'punting', 'punt returns', 'kick returns', 'fumbles']);
// Labels whose value names a place.
const PLACE_LABELS = new Set(['venue', 'ground', 'stadium', 'location', 'theatre']);
// Labels whose value is no name: a count, a date, a sum, a verdict.
const OTHER_LABELS = new Set(['attendance', 'crowd', 'kick-off', 'kick off', 'ko', 'date', 'time', 'weather',
  'capacity', 'half-time', 'half time', 'ht', 'full-time', 'full time', 'ft', 'score', 'result', 'next', 'next match',
  'next game', 'price', 'prices', 'tickets', 'running time', 'duration', 'length', 'released', 'release date',
  'out now', 'genre', 'rating', 'verdict', 'platform', 'platforms', 'format', 'age', 'born', 'died', 'founded',
  'runtime', 'certificate', 'booking', 'listings', 'cost', 'specs', 'battery', 'display', 'storage']);

const isCapsWord = (word: string): boolean => /^\p{Lu}[\p{Lu}-]+$/u.test(word);

const kindOf = (label: string): NewsSpan['type'] | 'none' | undefined => {
  const l = label.toLowerCase();
  return PERSON_LABELS.has(l) ? 'PERSON' : PLACE_LABELS.has(l) ? 'PLACE' : OTHER_LABELS.has(l) ? 'none' : undefined;
};

// A label: a capitalised word and up to three lower-case ones right before a colon or a dash (the agencies' agate:
// "Penalties — Fournier Wpg (interference)", "Referees—Roux"), at a line's start or after the end of the label before
// it ("Wales: Tries: Lewis. Cons: Edwards 2.").
const LABEL = /(?:^|\n|[.;:][ \t]+)[ \t]*(\p{Lu}[\p{Ll}-]*(?: [\p{Ll}-]+){0,3}|\p{Lu}[\p{Lu}-]+(?: [\p{Lu}-]+){0,3})(?::[ \t]| ?[–—])/gu;
// A label's end in a token's trailing text: a colon, or a dash after a word that only a known label may end in.
const endsLabel = (post: string): boolean => /^(?::| ?[–—] ?$)/.test(post);

/**
 * The labels of `text`'s fact boxes and results blocks as written ("Cons", "Referee", "Player of the match"), and
 * the first word of each longer one ("Player"): no name, wherever a repeat of a name might find them. Empty when the
 * text has none.
 */
export function factLabels(text: string): Set<string> {
  const out = new Set<string>();
  // every label ends with a colon or a dash: a text without either costs no scan of `LABEL` at every position
  if (!text.includes(':') && !text.includes('—') && !text.includes('–')) return out;
  for (const m of text.matchAll(LABEL)) {
    if (kindOf(m[1]) === undefined) continue;
    out.add(m[1]);
    out.add(m[1].split(' ')[0]);
  }
  return out;
}

/**
 * Where label `i` of a line starts: a capitalised word at a sentence's start or after a full stop, a semicolon or a
 * colon, or a label's word of one word right before its colon after a value written without a stop ("Tries: Ratu 2,
 * Steyn Cons: Brennan 3").
 */
const opensLabel = (tokens: readonly Token[], i: number): boolean =>
  /^\p{Lu}/u.test(tokens[i].text) && (tokens[i].isFirst || (i > 0 && /[.;:]$/.test(tokens[i - 1].post))
    || (i > 0 && /^: ?$/.test(tokens[i].post) && kindOf(tokens[i].text) !== undefined && tokens[i - 1].sentence === tokens[i].sentence));

/**
 * A step over the tagger's spans (spanSteps.ts): a span that ends with a label's word before its colon ends before it
 * ("Steyn Cons:" is "Steyn"); a span of the label alone goes. Spans stay sorted and disjoint.
 */
export function trimTrailingLabels(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const last = tokens[s.last];
    if (/^: ?$/.test(last.post) && kindOf(last.text) !== undefined && !last.isFirst) {
      if (s.last > s.first) out.push({ ...s, last: s.last - 1 });
    } else if (labelAt(tokens, s.first)?.last !== s.last) out.push(s);
  }
  return out;
}

/** The label that opens at token `i` (its last token and its kind), if any: up to four words, the last before a colon. */
function labelAt(tokens: readonly Token[], i: number): { last: number; kind: NewsSpan['type'] | 'none' } | undefined {
  if (!opensLabel(tokens, i)) return undefined;
  for (let j = i; j < i + 4 && j < tokens.length && tokens[j].sentence === tokens[i].sentence; j++) {
    // (the words after the first in lower case, or all in capitals: "RUSHING—", "MISSED FIELD GOALS—")
    if (j > i && !/^\p{Ll}/u.test(tokens[j].text) && !(isCapsWord(tokens[i].text) && isCapsWord(tokens[j].text))) return undefined;
    if (endsLabel(tokens[j].post)) {
      const kind = kindOf(tokens.slice(i, j + 1).map(t => t.text).join(' '));
      // after a dash the agate lists teams and players alike ("Assists—Chicago 24 (Price 8)"): the label is no
      // name, and its value is left to the other passes
      return kind ? { last: j, kind: tokens[j].post.includes(':') ? kind : 'none' } : undefined;
    }
    if (tokens[j].post !== '') return undefined;
  }
  return undefined;
}

/**
 * The names after the labels of people and places among `tokens` ("Referee: Matteo Bracchi (Italy)", "Cons:
 * Ellery 4", "Venue: Penmarrow Park"), typed by their label, in token order. A name in brackets is a player only with
 * a number beside it ("Ashdown (Varga 71)"); otherwise it is a country or a team, left to the other passes.
 */
export function findLabelledNames(tokens: readonly Token[]): NewsSpan[] {
  const out: NewsSpan[] = numberedPlayers(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const lineUp = lineUpAt(tokens, i) ?? numberedLineUpAt(tokens, i);
    if (lineUp) {
      out.push(...lineUp.players);
      i = lineUp.end;
      continue;
    }
    const label = labelAt(tokens, i);
    if (!label) continue;
    // the value runs to the end of its sentence or to the next label
    let to = label.last + 1;
    while (to < tokens.length && tokens[to].sentence === tokens[label.last].sentence && !labelAt(tokens, to)) to++;
    if (label.kind !== 'none' && to > label.last + 1) {
      for (const s of segmentsOf(tokens, label.last + 1, to - 1)) {
        const after = tokens[s.last + 1];
        const isNumbered = after !== undefined && s.last + 1 < to && isNumberToken(after);
        // "Tries: Leicester - Neil Back; Bath - Jeremy Guscott": a team that heads its scorers
        const isHeading = /^(?: ?[-–—]|:)/.test(tokens[s.last].post);
        if (!isNameLike(tokens, s) || isHeading || (s.bracketed && !isNumbered)) continue;
        out.push({ first: s.first, last: s.last, type: label.kind, reason: 'table:label' });
      }
    }
    i = to - 1;
  }
  return out;
}

// The fewest numbered players in a row that make a line-up ("1. Ryan Papenhuyzen 2. Will Warbrick 3. Nick Meaney ...").
const NUMBERED_MIN = 5;

/**
 * The players of a line-up that numbers them ("MELBOURNE STORM: 1. Ryan Papenhuyzen 2. Will Warbrick ... 13. Trent
 * Loiero. Interchange: 14. Tyran Wishart"): five numbers or more in a row, each one more than the one before and
 * followed by its full stop, each with a name of two to four capitalised words after it (a label's word before its
 * colon ends a name), most of them opening with a given name. The sentence splitter cuts such a line at every number, so the tagger reads "Eliesa Katoa 13" as
 * a results line's team; each such name is a person.
 */
function numberedPlayers(tokens: readonly Token[]): NewsSpan[] {
  const out: NewsSpan[] = [];
  let run: NewsSpan[] = [];
  let expected = -1;
  // (most of them opening with a given name: a numbered list of songs or stations is no line-up)
  const flush = (): void => {
    if (run.length >= NUMBERED_MIN && 2 * run.filter(r => isGivenNameToken(tokens[r.first])).length >= run.length) out.push(...run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!/^\d{1,2}$/.test(t.text) || !t.post.startsWith('.')) continue;
    const n = Number(t.text);
    if (n !== expected) flush();
    expected = n + 1;
    // the name's words: capitalised, none in brackets, the last before the next number, a label or a stop
    let last = i;
    while (last + 1 < tokens.length && last - i < 4 && /^\p{Lu}/u.test(tokens[last + 1].text) && tokens[last + 1].pre === '' && !/^\d/.test(tokens[last + 1].text)) {
      last++;
      if (tokens[last].post !== '') break;
    }
    // ("Loiero. Interchange: 14.": the label after the name is none of it)
    if (last > i && /:/.test(tokens[last].post)) last--;
    // (nothing but the next number after a name, or a label and then it: "1. Manchester City 45 2. Arsenal 43" is a
    // table of points, "1. Jonas Vingegaard (Den) Visma-Lease a Bike 4:51:07" a results list)
    const label = tokens[last + 1] !== undefined && /:/.test(tokens[last + 1].post) ? 1 : 0;
    const after = tokens[last + 1 + label];
    const isPure = /^[.,]?$/.test(tokens[last].post) && (after === undefined || after.sentence !== tokens[last].sentence || (after.text === String(n + 1) && after.post.startsWith('.'))
      || (label === 0 && !/^\d/.test(after.text) && tokens[last].post === '.'));
    const name = tokens.slice(i + 1, last + 1).map(x => x.text).join(' ');
    if (last - i >= 2 && last - i <= 4 && isPure && !isCountryWord(name) && placeKind(name) === undefined) run.push({ first: i + 1, last, type: 'PERSON', reason: 'table:label' });
    else flush();
  }
  flush();
  return out;
}

// The fewest players a side's line-up names (a five-a-side or a sevens side names fewer, and is left alone).
const LINE_UP_MIN = 8;

/**
 * "Forest: Sels; Aina, Milenkovic, Murillo, Williams; Anderson, Yates; ...; Wood.": a side's line-up, a team's name of
 * one to three capitalised words at a sentence's start (its formation in brackets after it: "Palmeiras (4-2-3-1):") and a colon, then its players by surname or full name, its
 * lines parted by semicolons (two at least) and its players by commas, and nothing else but remarks in brackets
 * ("(capt)", "(Ashdown 71)"). The players are people (the team's name is left to the other passes); the sentence's
 * last token comes back with them.
 */
function lineUpAt(tokens: readonly Token[], i: number): { players: NewsSpan[]; end: number } | undefined {
  if (!opensLabel(tokens, i) || !tokens[i].isFirst) return undefined;
  let colon = i;
  while (colon < i + 3 && tokens[colon].post === '' && /^\p{Lu}/u.test(tokens[colon + 1]?.text ?? '')) colon++;
  // ("Palmeiras (4-2-3-1): ...": the side's formation in brackets before the colon)
  const formation = tokens[colon + 1];
  if (tokens[colon].post === '' && formation?.pre === '(' && /^\d(?:-\d){2,4}$/.test(formation.text) && /^\): ?$/.test(formation.post)) colon++;
  if (!/^\)?: ?$/.test(tokens[colon].post) || tokens[colon].sentence !== tokens[i].sentence) return undefined;
  let end = colon + 1;
  while (end + 1 < tokens.length && tokens[end + 1].sentence === tokens[i].sentence) end++;
  if (end <= colon) return undefined;
  const segments = segmentsOf(tokens, colon + 1, end);
  const open = segments.filter(s => !s.bracketed);
  // every word outside brackets is in a player's name, and every player is followed by a comma, a semicolon, a bracket
  // or the end
  let covered = 0;
  for (const s of segments) covered += s.last - s.first + 1;
  const inBrackets = tokens.slice(colon + 1, end + 1).filter((t, k, all) => isInBrackets(all, k)).length;
  const semicolons = tokens.slice(colon + 1, end).filter(t => /;/.test(t.post)).length;
  if (open.length < LINE_UP_MIN || semicolons < 2 || covered + inBrackets < end - colon) return undefined;
  // each player ends at a comma, a semicolon, the full stop or a bracket ("Tuipulotu (capt),"); one word that is also a
  // common word ("Son") is let pass unread
  const isClosed = (s: { last: number }): boolean => /^[,;.]?\s*$/.test(tokens[s.last].post) || /\(/.test(tokens[s.last + 1]?.pre ?? '');
  const players = open.filter(s => isNameLike(tokens, s) && isClosed(s));
  if (players.length < LINE_UP_MIN || players.length < open.length - 1) return undefined;
  // and the substitutes in brackets with the minute they came on ("Tavinho (Biel 81)")
  const subs = segments.filter(s => s.bracketed && isNameLike(tokens, s) && isNumberToken(tokens[s.last + 1] ?? tokens[s.last]) && s.last + 1 <= end);
  return { players: [...players, ...subs].sort((a, b) => a.first - b.first).map(s => ({ first: s.first, last: s.last, type: 'PERSON' as const, reason: 'table:line-up' })), end };
}

/**
 * "Blues: 15 Caleb Tangitau, 14 Sione Latu, ..., 6 Malakai Fekitoa-Vaipulu (c), ...": a side's line-up by shirt number,
 * as rugby reports print it: a side's name of one to three capitalised words at a sentence's start and a colon, then
 * LINE_UP_MIN players at least, parted by commas, each a number and a name of up to four capitalised words with at
 * most a remark in brackets after it ("(c)", "(capt)"), and nothing else. Most names open with a given name (a
 * numbered list of roads or songs is no line-up). The players are people; the side's name is left to the other passes.
 */
function numberedLineUpAt(tokens: readonly Token[], i: number): { players: NewsSpan[]; end: number } | undefined {
  if (!opensLabel(tokens, i) || !tokens[i].isFirst) return undefined;
  const sentence = tokens[i].sentence;
  const inLine = (k: number): boolean => tokens[k] !== undefined && tokens[k].sentence === sentence;
  let colon = i;
  while (colon < i + 2 && tokens[colon].post === '' && inLine(colon + 1) && /^\p{Lu}/u.test(tokens[colon + 1].text)) colon++;
  if (!/^: ?$/.test(tokens[colon].post)) return undefined;
  const players: NewsSpan[] = [];
  let j = colon + 1;
  while (inLine(j)) {
    // the shirt number, then the name's words, joined by nothing but a hyphen
    if (!/^\d{1,2}$/.test(tokens[j].text) || tokens[j].post !== '' || !inLine(j + 1) || !/^\p{Lu}/u.test(tokens[j + 1].text)) return undefined;
    let last = j + 1;
    while (last - j < 4 && /^-?$/.test(tokens[last].post) && inLine(last + 1) && /^\p{Lu}/u.test(tokens[last + 1].text) && tokens[last + 1].pre === '') last++;
    players.push({ first: j + 1, last, type: 'PERSON', reason: 'table:line-up' });
    let end = last;
    // a remark in brackets after the name
    if (inLine(end + 1) && /\(/.test(tokens[end + 1].pre)) {
      end++;
      while (!/\)/.test(tokens[end].post) && inLine(end + 1) && end - last < 3) end++;
      if (!/\)/.test(tokens[end].post)) return undefined;
    }
    if (!inLine(end + 1)) {
      j = end + 1;
      break;
    }
    if (!/^\)?[,;] ?$/.test(tokens[end].post)) return undefined;
    j = end + 1;
  }
  if (players.length < LINE_UP_MIN || 2 * players.filter(p => isGivenNameToken(tokens[p.first])).length < players.length) return undefined;
  return { players, end: j - 1 };
}

/** Whether token `k` of `all` stands inside brackets opened within `all`. */
function isInBrackets(all: readonly Token[], k: number): boolean {
  let depth = 0;
  for (let j = 0; j <= k; j++) {
    if (/\(/.test(all[j].pre)) depth++;
    if (j === k) return depth > 0;
    if (/\)/.test(all[j].post)) depth = Math.max(0, depth - 1);
  }
  return false;
}
