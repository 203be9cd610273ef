import SPAN_MODEL from './model/spanTypeWeights.json';
import { sentenceWindow, wordShape } from './features';
import { isGroundHead } from './grounds';
import { ORG_HEADS, PLACE_HEADS, ROLE_HEADS, wordClass } from './lexicons';
import { SURNAME_PARTICLES } from './names';
import type { Token } from './tokens';
import { spanScores } from './spanScorer';

/**
 * A second, small model over the spans the tagger found: an averaged perceptron that reads a whole name and the
 * words around it (the words inside, the first and last word, endings, the words before and after, a possessive
 * before another name, whether the sentence talks of sport or of business) and says whether it is a person, an
 * organisation or a place. The tagger decides word by word from GMB newswire; this model sees the span at once
 * and was also trained on synthetic sentences of the genres GMB lacks (scripts/ner/), so it knows a club that
 * signs a player, a company listed with companies and a party before its member. It re-types a span only when it
 * is sure (`MARGIN`): the tagger's type stands otherwise. Trained by `scripts/trainSpanTypes.ts`.
 */

/** The classes the model tells apart, in weight order. */
export const SPAN_CLASSES = ['PER', 'ORG', 'LOC'] as const;
export type SpanClass = (typeof SPAN_CLASSES)[number];

/** How far the best class must score above the tagger's type to replace it, in the weights' units. */
const MARGIN: number = SPAN_MODEL.margin;

// Words that make a sentence a sports report or a business report ("signed", "scored"; "shares", "profit"). A "deal"
// or a "bid" is as often a player's as a company's.
const SPORT_CUES = new Set(['scored', 'score', 'goal', 'goals', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach',
  'manager', 'match', 'league', 'season', 'signed', 'signing', 'transfer', 'penalty', 'beat', 'draw', 'drew', 'win',
  'won', 'defeat', 'club', 'cup', 'final', 'semi-final', 'players', 'squad', 'forward', 'winger', 'fixture', 'title']);
const BUSINESS_CUES = new Set(['shares', 'share', 'profit', 'profits', 'sales', 'revenue', 'company', 'firm', 'investors',
  'analysts', 'market', 'markets', 'rating', 'customers', 'chief', 'executive', 'merger', 'stake',
  'forecast', 'quarter', 'earnings', 'chips', 'processors', 'spending', 'bills', 'prices', 'stores', 'restaurants']);

/** Which cues the sentence of each token holds: "sport", "biz", both ("sport+biz") or "-". */
export function sentenceCues(tokens: readonly Token[]): string[] {
  const bySentence = new Map<number, string>();
  for (const t of tokens) {
    const sport = SPORT_CUES.has(t.lower) ? 1 : 0;
    const biz = BUSINESS_CUES.has(t.lower) ? 2 : 0;
    if (sport + biz === 0) continue;
    const had = bySentence.get(t.sentence) ?? '';
    bySentence.set(t.sentence, had.includes(String(sport + biz)) ? had : had + String(sport + biz));
  }
  return tokens.map(t => {
    const c = bySentence.get(t.sentence) ?? '';
    return c === '' ? '-' : c.includes('1') && c.includes('2') ? 'sport+biz' : c.includes('1') ? 'sport' : 'biz';
  });
}

/**
 * The features of the span `[first, last]` (token indices, inclusive) in `tokens`; `cues` from `sentenceCues`.
 * Shared by the training script and `retypeSpan`, so both see the same strings.
 */
export function spanFeatures(tokens: readonly Token[], first: number, last: number, cues: readonly string[]): string[] {
  const { word, shape } = sentenceWindow(tokens, first);
  const fl = tokens[first].lower;
  const ll = tokens[last].lower;
  const cue = cues[first];
  const f = ['b', 'nf=' + fl, 'nl=' + ll, 'nx3=' + ll.slice(-3), 'nx2=' + ll.slice(-2), 'np3=' + fl.slice(0, 3),
    'len=' + Math.min(last - first + 1, 4), 'p1=' + word(first - 1), 'p2=' + word(first - 2),
    'p12=' + word(first - 2) + '|' + word(first - 1), 'n1=' + word(last + 1), 'n2=' + word(last + 2),
    'n12=' + word(last + 1) + '|' + word(last + 2), 'ps1=' + shape(first - 1), 'ns1=' + shape(last + 1),
    'pre=' + tokens[first].pre.trim().slice(-1), 'post=' + tokens[last].post.trim().slice(0, 1),
    'first=' + (tokens[first].isFirst ? 1 : 0), 'cue=' + cue];
  // "Acme's Jane Doe", "Acme's chips": what follows a possessive says what owns it
  if (tokens[last].isPossessive) f.push('pos|ns1=' + shape(last + 1), 'pos|n1=' + word(last + 1));
  for (let j = first; j <= last; j++) {
    const t = tokens[j];
    f.push('nw=' + t.lower, 'ns=' + wordShape(t.text), 'nc=' + (wordClass(t.lower) ?? '-'), 'nlex=' + (t.lexTag ?? '-'));
    if (cue !== '-') f.push('cue|nw=' + cue + '|' + t.lower);
  }
  if (cue !== '-') f.push('cue|n1=' + cue + '|' + word(last + 1), 'cue|p1=' + cue + '|' + word(first - 1));
  return f;
}

/**
 * The type of a tagged span `[first, last]` (token indices, inclusive): the span model's class when it scores
 * `MARGIN` above `type`, else `type`. A demonym (GPE) is left as it is.
 */
export function retypeSpan<T extends string>(tokens: readonly Token[], first: number, last: number, type: T, cues: readonly string[]): T | SpanClass {
  const at = SPAN_CLASSES.indexOf(type as unknown as SpanClass);
  if (at < 0 || !isNameLike(tokens, first, last) || (last > first && headAgrees(tokens[last], type))) return type;
  const scores = spanScores(tokens, first, last, cues);
  let best = at;
  for (let c = 0; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best !== at && scores[best] - scores[at] >= MARGIN ? SPAN_CLASSES[best] : type;
}

/**
 * Whether the last word of a name of two words or more is the head noun of the tagger's class, and of no other:
 * "Conference League" stays the body and "Villa Park" the place the tagger read, whatever the context says.
 */
function headAgrees(last: Token, type: string): boolean {
  const isOrgHead = ORG_HEADS.has(last.lower);
  const isPlaceHead = PLACE_HEADS.has(last.lower) || last.lower === 'park' || isGroundHead(last.lower);
  return ((type === 'ORG' && isOrgHead && !isPlaceHead) || (type === 'LOC' && isPlaceHead && !isOrgHead));
}

// Words that glue two names into one span where a sentence or a line break is missing ("Regina Ip In the Hong Kong
// Island constituency"): the model was trained on names, not on such spans.
const GLUE_WORDS = new Set(['in', 'the', 'at', 'on', 'to', 'by', 'from', 'with', 'as', 'is', 'was', 'a', 'an']);

/**
 * Whether the span looks like the names the model was trained on: no glue word inside it, no role in lower case
 * between a body and a person ("Dortmund coach Edin Terzic"), and not the rest of a person's name after a particle
 * ("Rhun ap Iorwerth", where the tagger found "Iorwerth" alone).
 */
function isNameLike(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && before.sentence === tokens[first].sentence && SURNAME_PARTICLES.has(before.text)) return false;
  for (let j = first + 1; j <= last; j++) if (GLUE_WORDS.has(tokens[j].lower)) return false;
  // "Borussia Dortmund coach Edin Terzic": a body, a role in lower case and a person, which later steps cut apart
  for (let j = first + 1; j < last; j++) if (/^\p{Ll}/u.test(tokens[j].text) && ROLE_HEADS.has(tokens[j].lower)) return false;
  return true;
}

/**
 * A step over the tagger's spans (spanSteps.ts): each span re-typed by `retypeSpan`, in the same order, with
 * the same bounds; no spans give [].
 */
export function retypeSpans<S extends { readonly first: number; readonly last: number; readonly type: string }>(tokens: readonly Token[], spans: readonly S[]): S[] {
  if (spans.length === 0) return [];
  const cues = sentenceCues(tokens);
  return spans.map(s => {
    const type = retypeSpan(tokens, s.first, s.last, s.type, cues);
    return type === s.type ? s : { ...s, type };
  });
}
