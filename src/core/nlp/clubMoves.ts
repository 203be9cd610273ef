import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { NOT_ENTITIES } from './knownOrgs';
import { isSportSentence, type NewsSpan } from './newsRules';
import { isGivenNameTag, type Token } from './tokens';

/**
 * Clubs named by a transfer or a club's business in sports copy, where the tagger read a person or nothing: a
 * one-word name opening a sentence before a club's verb ("Kelmarsh sold their captain", "Dunmore sacked their
 * manager", "Harwick have agreed a fee", "Ostrava made a bid for", "Brentford are in talks with Lille"), and the club a player plays or moves for
 * ("scored for Kelmarsh", "joined Harwick from Brackley", "on loan at Dunmore"). A country's name stays the country
 * (a national side), and a town after "in" is left alone. The rest of a sports report follows (entities/harmonise.ts).
 */

// Verbs a club does to players and staff: "sold", "sacked", "signed", "have agreed".
const CLUB_VERBS = new Set(['sold', 'sacked', 'signed', 'released', 'appointed', 'loaned', 'recalled', 'rejected', 'accepted',
  'agreed', 'completed', 'confirmed', 'made', 'submitted', 'tabled', 'lodged', 'fired', 'dismissed', 'hired', 'bought', 'offered']);
// What such a verb's object is when a club does it: "a fee", "a bid", "their manager", "the striker".
// A fee or a bid alone may be anyone's ("Lopez made an offer"): a club's only where the sentence names a player's role.
const DEAL_OBJECTS = new Set(['fee', 'bid', 'offer', 'deal', 'move', 'transfer', 'loan']);
const ROLE_OBJECTS = new Set(['manager', 'coach', 'boss', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper',
  'winger', 'forward', 'full-back', 'centre-back', 'playmaker', 'teenager', 'youngster', 'international']);
// Verbs of a player's club after "for": "scored for Kelmarsh", "signed for Harwick".
const FOR_VERBS = new Set(['scored', 'scores', 'signed', 'signs', 'played', 'plays', 'playing', 'starred', 'netted', 'debut', 'appearances', 'appearance', 'goals']);
// Nouns a club's move names before "at", "from" or "to": "on loan at Dunmore", "a loan spell with Harwick".
const LOAN_WORDS = new Set(['loan', 'spell', 'stint']);

/** A one-word name a club may bear: capitalised, no given name, no country, no nationality, no word that is never a name. */
const isClubWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.isPossessive
  && !isGivenNameTag(t.lexTag) && !isCountryWord(t.text) && !isDemonymWord(t.text) && !NOT_ENTITIES.has(t.lower)
  && (t.lexTag === undefined || /City|Place|Region|ProperNoun|Organization|SportsTeam|LastName|Noun/.test(t.lexTag));

/** A name of one word at `i`, standing alone (no capitalised word joined to it on either side). */
function isLoneName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isClubWord(t)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && !isBreakAfter(a, b) && /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text);
  return (t.isFirst || !joined(prev, t)) && !joined(t, next);
}

/** "Kelmarsh sold their captain", "Harwick have agreed a fee": a sentence's first word that acts as a club. */
function isClubSubject(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i].isFirst || !isLoneName(tokens, i)) return false;
  let j = i + 1;
  // "Tottenham, meanwhile, have rejected": an aside between the club and its verb
  if (/^,/.test(tokens[i].post) && ASIDES.has(tokens[j]?.lower ?? '') && /^,/.test(tokens[j].post)) j++;
  // "Brentford are in talks with", "Leeds are keen on": a plural verb and a club's dealings, in a sports report
  if (['are', 'were'].includes(tokens[j]?.lower ?? '') && DEALINGS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1].sentence === tokens[i].sentence
    && (isSportUnit(tokens) || isDealSentence(tokens, tokens[i].sentence))) return true;
  // "have agreed": a plural verb after one name is a team's (British style); "has" leaves it to the object
  const plural = tokens[j]?.lower === 'have';
  if (plural || tokens[j]?.lower === 'has') j++;
  if (['now', 'already', 'finally', 'also', 'reportedly'].includes(tokens[j]?.lower ?? '')) j++;
  const verb = tokens[j];
  if (verb === undefined || verb.sentence !== tokens[i].sentence || !CLUB_VERBS.has(verb.lower)) return false;
  if (plural) return true;
  // "Velmora signed Okafor from Harwick": a club buys a player from a club
  if (TRADE_VERBS.has(verb.lower) && playerMoveFrom(tokens, j + 1) >= 0) return true;
  // "sold their captain", "made a bid", "sacked the manager", "agreed a club-record fee"
  const det = tokens[j + 1];
  if (det?.lower === 'their') return ROLE_OBJECTS.has(tokens[j + 2]?.lower ?? '') || DEAL_OBJECTS.has(tokens[j + 2]?.lower ?? '') || tokens[j + 2]?.lower === 'first';
  if (!['a', 'an', 'the'].includes(det?.lower ?? '')) return false;
  for (let k = j + 2; k <= j + 4 && tokens[k]?.sentence === verb.sentence; k++) {
    if (ROLE_OBJECTS.has(tokens[k].lower)) return true;
    if (DEAL_OBJECTS.has(tokens[k].lower)) return tokens.some(t => t.sentence === verb.sentence && ROLE_OBJECTS.has(t.lower)) || isSportUnit(tokens);
    if (!/^[\p{Ll}\p{N}-]+$/u.test(tokens[k].text)) return false;
  }
  return false;
}

// Asides between a club and its verb: "Tottenham, meanwhile, have rejected a bid".
const ASIDES = new Set(['meanwhile', 'however', 'though', 'too', 'also', 'instead']);
// A club's dealings after a plural verb: "are in talks", "are keen on", "are closing in on", "were interested in".
const DEALINGS = new Set(['in', 'keen', 'interested', 'closing', 'close', 'monitoring', 'tracking', 'weighing', 'considering',
  'plotting', 'poised', 'preparing', 'leading']);

// Verbs of a club trading a player named after them: "signed Okafor from Harwick", "sold Okafor to Dunmore".
const TRADE_VERBS = new Set(['signed', 'bought', 'sold', 'loaned', 'released']);

// A player's position or a transfer's word in a sentence: "over Senegal centre-back Ousmane Diatta", "a £20m fee".
const DEAL_WORDS = new Set(['striker', 'midfielder', 'defender', 'winger', 'goalkeeper', 'playmaker', 'fee', 'bid', 'transfer', 'loan']);

/** Whether sentence `sentence` names a player's position or a transfer (`DEAL_WORDS`, "centre-back", "full-back"). */
function isDealSentence(tokens: readonly Token[], sentence: number): boolean {
  return tokens.some((t, k) => t.sentence === sentence && (DEAL_WORDS.has(t.lower)
    || (['centre', 'center', 'full'].includes(t.lower) && t.post === '-' && tokens[k + 1]?.lower === 'back')));
}

/** Whether some sentence of the unit reads as sport (`isSportSentence`). */
const isSportUnit = (tokens: readonly Token[]): boolean => tokens.some(t => t.isFirst && isSportSentence(tokens, t.sentence));

/**
 * "Okafor from Harwick", "Tomas Okafor to Dunmore" at `i`: a player's name of one to three capitalised words, "from" or
 * "to", and a one-word club; the club's index, or -1.
 */
function playerMoveFrom(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j - i < 3 && /^\p{Lu}\p{Ll}/u.test(tokens[j]?.text ?? '') && tokens[j].sentence === tokens[i].sentence) j++;
  if (j === i || !['from', 'to'].includes(tokens[j]?.lower ?? '') || tokens[j].sentence !== tokens[i].sentence) return -1;
  return isLoneName(tokens, j + 1) && tokens[j + 1].sentence === tokens[i].sentence && isSportUnit(tokens) ? j + 1 : -1;
}

/** The clubs that transfers and clubs' business name in `tokens` (see the file's note), as organisation spans in token order. */
export function findClubMoves(tokens: readonly Token[]): NewsSpan[] {
  const at = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const p1 = tokens[i - 1];
    const p2 = tokens[i - 2];
    if (!isLoneName(tokens, i)) continue;
    const same = (p: Token | undefined): p is Token => p !== undefined && p.sentence === t.sentence && !/[.;:]/.test(p.post);
    if (isClubSubject(tokens, i)) {
      at.add(i);
      const other = TRADE_VERBS.has(tokens[i + 1]?.lower ?? '') ? playerMoveFrom(tokens, i + 2) : -1;
      if (other >= 0) at.add(other);
    }
    // "scored for Kelmarsh", "signed for Harwick"
    else if (same(p1) && same(p2) && p1.lower === 'for' && FOR_VERBS.has(p2.lower)) at.add(i);
    // "on loan at Dunmore", "a loan spell with Harwick", "on loan from Brackley"
    else if (same(p1) && same(p2) && ['at', 'from', 'with', 'to'].includes(p1.lower) && LOAN_WORDS.has(p2.lower)) at.add(i);
    // "joined Harwick from Brackley": both clubs
    else if (same(p1) && p1.lower === 'joined' && tokens[i + 1]?.lower === 'from' && same(tokens[i + 1]) && isLoneName(tokens, i + 2)) at.add(i).add(i + 2);
    // "joined the club from Brackley"
    else if (same(p1) && p1.lower === 'from' && tokens[i - 4]?.lower === 'joined' && ['club', 'side', 'team'].includes(p2?.lower ?? '')) at.add(i);
    // "are in talks with Lille over their centre-back": the other club of a sports report's talks
    else if (same(p1) && same(p2) && p1.lower === 'with' && p2.lower === 'talks' && (isSportUnit(tokens) || isDealSentence(tokens, t.sentence))) at.add(i);
  }
  return [...at].sort((a, b) => a - b).map(i => ({ first: i, last: i, type: 'ORG', reason: 'club-move' }));
}
