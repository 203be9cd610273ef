import { isCountryWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { ORG_HEADS, ROLE_WORDS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// Span steps (`taggedNames.ts` SPAN_STEPS) that cut a tagged span at a connector ("for", "and") where the text names
// two things, not one.

// Words before "for" in names that hold it, beside bodies' heads and titles ("Campaign for Nuclear Disarmament",
// "Secretary of State for Health", "Centers for Disease Control").
const FOR_HEADS = new Set(['campaign', 'initiative', 'partnership', 'trust', 'centers', 'centres', 'institutes', 'state', 'general',
  'citizens', 'scientists', 'doctors', 'lawyers', 'women', 'people', 'friends', 'fellowship', 'prize', 'hospital', 'home', 'mission']);

/**
 * "won the British Grand Prix for Mercedes", "a Bafta for Morrow's Kitchen", "an Academy Award for The Banshees of
 * Inisherin": a tagged span with "for" after a word that heads no name holding "for" (a body's head, a title: not
 * "Department for Transport", "Minister for Europe", "Campaign for Nuclear Disarmament") is two names, the thing won or
 * made and the one it was for; a part that opens with "The" is a work's title and no name of ours. Spans stay sorted
 * and disjoint.
 */
export function splitForLinks(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let at = -1;
    for (let i = s.first + 1; i < s.last; i++) if (tokens[i].text === 'for') at = at < 0 ? i : -2;
    const head = tokens[at - 1];
    const isSplit = at > 0 && s.type !== 'PER' && /^\p{Lu}/u.test(head.text) && /^\p{Lu}/u.test(tokens[at + 1].text)
      && !ORG_HEADS.has(head.lower) && !ROLE_WORDS.has(head.lower) && !FOR_HEADS.has(head.lower);
    if (!isSplit) {
      out.push(s);
      continue;
    }
    out.push({ first: s.first, last: at - 1, type: s.type });
    if (tokens[at + 1].text !== 'The') out.push({ first: at + 1, last: s.last, type: s.type });
  }
  return out;
}

// A word the lexicon knows as nothing, or as a place: not a person's name ("Spencer"), a verb ("Marks") or a common noun.
const isPlaceWord = (t: Token): boolean => t.lexTag === undefined || (/City|Place|Region|Country/.test(t.lexTag) && !/Person|Name/.test(t.lexTag));

/**
 * Whether tokens `[first, last]` spell a place the place lists or the country gazetteer know ("Edmonton", "Sheffield"),
 * each word of it known as nothing else ("Marks and Spencer" is no pair of towns).
 */
export function isKnownPlace(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1);
  const name = words.map((t, k) => t.text + (k === last - first ? '' : t.post === '-' ? '-' : ' ')).join('');
  return (placeKind(name) !== undefined || isCountryWord(name)) && words.every(isPlaceWord);
}
