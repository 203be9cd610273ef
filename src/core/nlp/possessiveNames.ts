import type { EntityType, RawMention } from '../model';
import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { ORG_HEADS, ROLE_HEADS, TIME_WORDS } from './lexicons';
import { DETERMINERS } from './rules';
import { placeKind } from '../places/knownPlaces';
import { isHeadlineCase } from './connectorSplits';
import { isGivenNameTag, type Token } from './tokens';
import type { UnitState } from './unitState';

/**
 * Names that hold a possessive: an organisation named for a group of people ("the Korean People's Army", "the New
 * People's Party", "Lord's Resistance Army", "the National Farmers' Union", "United Nations Children's Fund") and a firm
 * whose name ends in "'s" ("Moody's", "Moody's Investors Service", "McDonald's"), and an office named for its holder
 * ("the Information Commissioner's Office", "King's College London"). The tokens leave a possessive 's out
 * of the word and the tagger stops at it, so these come out cut ("People", "Resistance Army", "Moody"). Gazetteers of
 * general classes, written for News Lens.
 */

// Nouns for a group of people (and the Lord) that name an organisation in the possessive: "People's Party",
// "Workers' Party", "Children's Fund", "Lord's Resistance Army".
const GROUP_NOUNS = new Set(['people', 'peoples', 'workers', 'women', 'children', 'farmers', 'peasants', 'citizens',
  'veterans', 'teachers', 'nurses', 'miners', 'students', 'soldiers', 'martyrs', 'mothers', 'fathers', 'men', 'youth',
  'lord', 'taxpayers', 'consumers', 'employers', 'seamen', 'writers', 'journalists', 'doctors', 'pensioners']);

// Firms whose name is a possessive: "Moody's cut the rating", "shares of McDonald's".
const FIRMS = new Set(['moody', 'mcdonald', 'sainsbury', 'sotheby', 'christie', 'macy', 'kellogg', 'domino', 'wendy',
  'lloyd', 'denny', 'hardee', 'applebee', 'harrah', 'dillard', 'kohl', 'claire', 'morrison', 'nathan', 'friendly']);

// A firm's premises after its possessive name: "recorded at Decca's studios", "Vantor's factories" (not "his studio").
const PREMISES = new Set(['studios', 'factory', 'factories', 'plants', 'warehouses', 'showrooms', 'laboratories', 'labs',
  'mills', 'refinery', 'refineries', 'brewery', 'breweries', 'distillery', 'shipyard', 'shipyards', 'depots', 'dealerships']);

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** Whether token `i` carries a possessive: "People's" (the 's left out of the token) or "Workers'". */
const hasPossessive = (t: Token): boolean => t.isPossessive || (/s$/.test(t.text) && /^['’]/.test(t.post));

/**
 * Pass (`pipeline.ts`): joins the names above into one organisation, replacing the mentions inside them. A name
 * needs an organisation noun after the group's possessive ("Army", "Party", "Fund", `ORG_HEADS`); a firm stands
 * alone or runs on through the capitalised words after it, and is never the possessive of a person named in full
 * ("Chris Christie's").
 */
export function addPossessiveNames(state: UnitState): void {
  const { tokens, text } = state;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapitalised(t) || !hasPossessive(t)) continue;
    // an office named for its holder too: "the Information Commissioner's Office", "King's College London"
    const isGroup = GROUP_NOUNS.has(t.lower) || ROLE_HEADS.has(t.lower);
    const isFirm = !isGroup && t.isPossessive && FIRMS.has(t.lower);
    const isOwner = !isGroup && !isFirm && isPremisesOwner(tokens, i);
    if (isOwner) {
      replaceInside(state, t.start, t.end, 'possessive-premises');
      continue;
    }
    const last = isGroup || isFirm ? nameAfter(tokens, i, isGroup) : undefined;
    // "St Laurence's Church", "King's Lynn": no body's name, a place's
    const place = last === undefined && !isFirm ? possessivePlace(tokens, i) : undefined;
    if (place) {
      if (replaceInside(state, tokens[place.first].start, tokens[place.last].end, 'possessive-place', place.type)) i = place.last;
      continue;
    }
    if (last === undefined) continue;
    const first = isGroup ? wordsBefore(tokens, i) : i;
    if (isFirm && i > 0 && isCapitalised(tokens[i - 1]) && !tokens[i - 1].isFirst && !isBreakAfter(tokens[i - 1], t)) continue;
    const start = tokens[first].start;
    const end = last === i ? t.end + 2 : tokens[last].end;
    if (end > text.length) continue;
    if (replaceInside(state, start, end, isGroup ? 'possessive-name' : 'possessive-firm')) i = Math.max(i, last);
  }
}

/**
 * Makes `[start, end)` one organisation (or `type`) in place of the mentions inside it; false, and nothing changed, when a name
 * found by the rules or the gazetteers reaches out of the span.
 */
function replaceInside(state: UnitState, start: number, end: number, reason: string, type: EntityType = 'ORG'): boolean {
  const inside = state.mentions.filter(m => m.start < end && start < m.end);
  if (inside.some(m => m.start < start || m.end > end)) return false;
  state.mentions = state.mentions.filter(m => !inside.includes(m));
  const mention: RawMention = { start, end, type, source: 'head', reason };
  state.mentions.push(mention);
  state.mentions.sort((a, b) => a.start - b.start);
  return true;
}

/**
 * Whether the possessive name at token `i` owns a firm's premises ("at Decca's studios"): one capitalised word, no
 * given name, right before a word of `PREMISES`.
 */
function isPremisesOwner(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t.isPossessive || next === undefined || next.sentence !== t.sentence || !PREMISES.has(next.text)) return false;
  const prev = tokens[i - 1];
  const isAlone = prev === undefined || prev.sentence !== t.sentence || !isCapitalised(prev) || t.isFirst;
  return isAlone && !isGivenNameTag(t.lexTag) && !isDemonymWord(t.text);
}

/**
 * The last token of the name after the possessive at `i`: capitalised words in the same sentence up to the last
 * organisation noun (`ORG_HEADS`: "Resistance Army", not "Army Commander Joseph Kony"), and an "of" or "for" part
 * after it ("Alliance for Democracy"). A firm with no such name after it is the one token `i`; a group's name
 * without an organisation noun is undefined.
 */
function nameAfter(tokens: readonly Token[], i: number, isGroup: boolean): number | undefined {
  const none = isGroup ? undefined : i;
  const next = tokens[i + 1];
  if (next === undefined || next.sentence !== tokens[i].sentence || !isCapitalised(next) || /[,;:.)]/.test(tokens[i].post.replace(/^['’]/, ''))) return none;
  let head: number | undefined;
  let j = i + 1;
  for (; j < tokens.length && isCapitalised(tokens[j]); j++) {
    if (ORG_HEADS.has(tokens[j].lower)) head = j;
    if (tokens[j].isPossessive || isBreakAfter(tokens[j], tokens[j + 1])) break;
  }
  if (head === undefined) return none;
  // "People's Alliance for Democracy": the "of" or "for" part after the organisation noun
  const tie = tokens[head + 1];
  // "King's College London": a city after the head, then no more name, is where the body is, in its name
  const after = tokens[head + 2];
  if (tie !== undefined && tie.lexTag === 'City' && !isBreakAfter(tokens[head], tie) && (after === undefined || !isCapitalised(after) || isBreakAfter(tie, after))) return head + 1;
  if (tie === undefined || (tie.lower !== 'of' && tie.lower !== 'for') || isBreakAfter(tokens[head], tie)) return head;
  let last = head;
  for (let k = head + 2; k < tokens.length && isCapitalised(tokens[k]) && !isBreakAfter(tokens[k - 1], tokens[k]); k++) {
    last = k;
    if (tokens[k].isPossessive) break;
  }
  return last;
}

/**
 * The first token of the capitalised words right before token `i` in its sentence ("Sudan", "United Nations"), or `i`.
 * A demonym stays out, as in the other names of bodies (`headedOrgs.ts`): "the Korean People's Army" is the
 * demonym and "People's Army", and the country is read from the demonym.
 */
function wordsBefore(tokens: readonly Token[], i: number): number {
  let first = i;
  while (first > 0) {
    const prev = tokens[first - 1];
    if (!isCapitalised(prev) || DETERMINERS.has(prev.lower) || isDemonymWord(prev.text) || isBreakAfter(prev, tokens[first])) break;
    first--;
    if (prev.isFirst) break;
  }
  return first;
}

// Nouns that end a building's or a place's name after a possessive: "St Laurence's Church", "Bishop's Castle",
// "the Coroner's Court", "Land's End", "St John's Wood".
const POSSESSED_HEADS = new Set(['church', 'cathedral', 'chapel', 'abbey', 'court', 'castle', 'cross', 'park', 'green', 'wood',
  'bush', 'hospital', 'college', 'school', 'well', 'wells', 'end', 'gate', 'hill', 'bridge', 'row', 'lane', 'road', 'street',
  'square', 'place', 'yard', 'market', 'inn', 'field', 'fields', 'hall', 'garden', 'gardens', 'head', 'point']);
// Heads of the buildings above that are places, not bodies, though a body's head elsewhere ("St Laurence's Church").
const BUILDINGS = new Set(['church', 'cathedral', 'chapel', 'abbey']);
// Lexicon tags of a name of its own: a person's, a place's, a body's.
const NAME_TAG = /Person|Name|Place|City|Country|Region|Organization|ProperNoun|Demonym/;
// Lexicon tags of a common noun that owns a place's name ("King", "Bishop", "Earl"); not a pronoun's "It's" nor a day's.
const OWNER_TAG = /Noun|Singular|Actor|Uncountable|Infinitive/;
// Words whose "'s" is "is" or "us": "There's Jeff", "Here's Johnny", "Let's Go".
const CONTRACTED = new Set(['there', 'here', 'let', 'it', 'that', 'what', 'who', 'where', 'he', 'she']);
// A capitalised word the lexicon knows as a noun or does not know ("Dairy", "Bakery"); not a verb ("Hears").
const isNounWord = (t: Token): boolean => t.lexTag === undefined || /Noun|Singular|Uncountable/.test(t.lexTag);
// Token `j` goes on the name of the possessive at `i`: capitalised, in its sentence, with no break before it.
const isGlued = (tokens: readonly Token[], i: number, j: number): boolean => tokens[j] !== undefined && tokens[j].sentence === tokens[i].sentence
  && /^\p{Lu}/u.test(tokens[j].text) && (j === i + 1 || !isBreakAfter(tokens[j - 1], tokens[j]));

/**
 * A place or a building named with a possessive inside ("St Laurence's Church", "King's Lynn", "St Pancras Coroner's
 * Court", "Bishop's Castle"): the possessive at token `i` after "St", or of a common noun ("King", "Bishop",
 * "Coroner"), with the capitalised words after it up to a building's or a place's head (`POSSESSED_HEADS`),
 * or one word that is no common noun after a common noun's possessive ("King's Lynn"). A person's or a place's
 * possessive before a name stays apart ("Britain's Jane Doe", "Apple's Tim Cook"), and so do holidays ("St Patrick's
 * Day"), and a headline in title case says nothing ("On the Bunny's Trail"). The capitalised words before the possessive
 * open the name ("St Pancras Coroner's Court"). Undefined when none.
 */
function possessivePlace(tokens: readonly Token[], i: number): { first: number; last: number; type: EntityType } | undefined {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // (the possessive itself is a break to the tagger: what follows it must be glued to it, "Laurence's Church")
  if (!t.isPossessive || t.post !== '' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || isHeadlineCase(tokens, t.sentence)) return undefined;
  const isSaint = prev !== undefined && /^(?:St\.?|Saint)$/.test(prev.text) && !isBreakAfter(prev, t);
  // a common noun ("King", "Bishop"), or a word the lexicon does not know ("Coroner") before a head
  const isCommon = !isSaint && (t.lexTag === undefined || (OWNER_TAG.test(t.lexTag) && !NAME_TAG.test(t.lexTag))) && !isCountryWord(t.text)
    && !TIME_WORDS.has(t.lower) && !CONTRACTED.has(t.lower);
  if (!isSaint && !isCommon) return undefined;
  let last = -1;
  for (let j = i + 1; j <= i + 3 && isGlued(tokens, i, j); j++) {
    if (POSSESSED_HEADS.has(tokens[j].lower)) last = j;
    // "Tolland's Yard Bakery": nouns after the head go on with the name ("Court Hears" does not)
    else if (last > 0 && !isNounWord(tokens[j])) break;
    else if (last > 0) last = j;
    if (tokens[j].isPossessive) break;
  }
  // "King's Lynn": one name after a common noun's possessive, which the lexicon knows as a name or the place lists as a place
  const next = tokens[i + 1];
  // (the common noun alone: "Nippon News Network's Bangkok bureau" is no place's name)
  // (not "said Unite's Sharon Graham": a given name and a surname after the possessive are a person's, its owner's member)
  const isPersonAfter = isGivenNameTag(next?.lexTag) && isGlued(tokens, i, i + 2) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 2].text);
  if (last < 0 && t.lexTag !== undefined && wordsBefore(tokens, i) === i && isGlued(tokens, i, i + 1) && /^\p{Lu}\p{Ll}+$/u.test(next.text)
    && !isPersonAfter && (/Person|Name|City|Place|Region/.test(next.lexTag ?? '') || placeKind(next.text) !== undefined)) last = i + 1;
  if (last < 0) return undefined;
  const first = isSaint ? wordsBefore(tokens, i - 1) : wordsBefore(tokens, i);
  const head = tokens[last].lower;
  return { first, last, type: ORG_HEADS.has(head) && !BUILDINGS.has(head) ? 'ORG' : 'PLACE' };
}
