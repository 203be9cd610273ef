import { giveWay } from './spanLists';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Sports venues named by a place and a kind: "Rawalpindi Cricket Stadium", "Lusail International Circuit", "Gelora
 * Bung Karno Sports Stadium". The tagger often reads the kind and the head alone ("Cricket Stadium"), and a racing
 * circuit as a body (a court is a "Circuit" too: "the Ninth Circuit").
 */

// Words that say what kind of venue follows, never a place's own name.
const KINDS = new Set(['Cricket', 'International', 'National', 'Olympic', 'Football', 'Municipal', 'Sports', 'Motor',
  'Racing', 'Street', 'Memorial', 'Athletics', 'Rugby', 'Tennis', 'Golf', 'Aquatics', 'Indoor', 'Regional',
  'Provincial', 'Velodrome', 'Speedway', 'Multipurpose', 'Multi-Purpose']);
// Venues' last words.
const HEADS = new Set(['Stadium', 'Ground', 'Arena', 'Circuit', 'Oval', 'Park', 'Velodrome', 'Speedway', 'Raceway']);

// Words before "Circuit" that make it a court's: "the Ninth Circuit", "the Federal Circuit", "the D.C. Circuit".
const COURT_WORDS = new Set(['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth',
  'Eleventh', 'Federal', 'D.C.', 'DC', 'Judicial', 'Appeals']);

/** Whether a name of two words or more ends with "Circuit" after a word that makes no court of it ("Yas Marina Circuit"). */
const isRacingCircuit = (tokens: readonly Token[], first: number, last: number): boolean => last > first && tokens[last].text === 'Circuit'
  && !COURT_WORDS.has(tokens[last - 1].text) && /^\p{Lu}\p{Ll}/u.test(tokens[last - 1].text);

const isNameWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !KINDS.has(t.text);
const isGlued = (a: Token, b: Token): boolean => a.post === '' && b.pre === '' && a.sentence === b.sentence && !a.isPossessive;

/**
 * A step over the tagger's spans (spanSteps.ts): a place's or a body's span that ends with a venue's kind and head is a
 * place, and one that opens with the kind takes in the one or two capitalised words glued before it that no span holds;
 * a body's span ending with "Circuit" after a word that makes no court of it is a place ("the Yas Marina Circuit").
 * Spans stay sorted and disjoint.
 */
export function joinVenueNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return addUntagged(tokens, spans).map((s, k, all) => {
    if (s.type === 'ORG' && isRacingCircuit(tokens, s.first, s.last)) return { ...s, type: 'LOC' };
    if ((s.type !== 'LOC' && s.type !== 'ORG') || s.last === s.first || !KINDS.has(tokens[s.last - 1].text) || !HEADS.has(tokens[s.last].text)) return s;
    const floor = k > 0 ? all[k - 1].last + 1 : 0;
    let first = s.first;
    while (KINDS.has(tokens[s.first].text) && first > floor && s.first - first < 2 && isNameWord(tokens[first - 1]) && isGlued(tokens[first - 1], tokens[first])
      && !(tokens[first - 1].isFirst && first - 1 < s.first - 1)) first--;
    // a sentence's first word is the venue's only when the venue follows at once ("Rawalpindi Cricket Stadium, day four")
    if (first < s.first && tokens[first].isFirst && /Verb|Adverb|Determiner|Preposition|Pronoun/.test(tokens[first].lexTag ?? '')) first = s.first;
    return first === s.first && s.type === 'LOC' ? s : { first, last: s.last, type: 'LOC' };
  });
}

/**
 * The spans with a venue the tagger did not read at all added: a venue's kind and head glued after a capitalised word,
 * none of the three in a span ("Galle International Stadium"). Sorted and disjoint as the spans are.
 */
function addUntagged(tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const venues: TaggedSpan[] = [];
  let k = 0;
  for (let i = 2; i < tokens.length; i++) {
    if (!HEADS.has(tokens[i].text) || !KINDS.has(tokens[i - 1].text) || !isNameWord(tokens[i - 2])) continue;
    if (!isGlued(tokens[i - 2], tokens[i - 1]) || !isGlued(tokens[i - 1], tokens[i])) continue;
    while (k < spans.length && spans[k].last < i - 2) k++;
    if (k < spans.length && spans[k].first <= i) continue;
    venues.push({ first: i - 1, last: i, type: 'LOC' });
  }
  return venues.length === 0 ? spans : giveWay(spans, venues);
}
