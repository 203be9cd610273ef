import { placeKind } from '../places/knownPlaces';
import { PLACE_TAILS } from './nameEdges';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// How many capitalised words a place's name before "-based" may have ("Porto Alegre-based", "New South Wales-based").
const MAX_WORDS = 3;

const isCapitalised = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}[\p{L}.'’]*$/u.test(t.text);
// The lexicon knows the word as a place's ("Geneva": City, "Bremen": Region).
const isPlaceTag = (t: Token): boolean => t.lexTag !== undefined && /Place|City|Region|Country/.test(t.lexTag);

/**
 * The place in "the Geneva-based shipping line" or "a Belfast-born actor", which the tagger often leaves out, reading
 * the compound as one adjective: the capitalised words glued to "based", "born" or "headquartered" by a hyphen are a
 * place's name. Only a name that the place lists or the lexicon know as a place's, or a word the lexicon does not know
 * inside a sentence ("Wolfsburg-based"): "Plant-based diets", "Cloud-based tools" stay common words. Spans stay sorted
 * and disjoint.
 */
export function addBasedPlaces(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const found: TaggedSpan[] = [];
  let k = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const tail = tokens[i + 1];
    if (t.post !== '-' || t.end + 1 !== tail.start || !PLACE_TAILS.has(tail.lower) || !isCapitalised(t)) continue;
    while (k < spans.length && spans[k].last < i) k++;
    if (k < spans.length && spans[k].first <= i) continue;
    let first = i;
    const floor = k > 0 ? spans[k - 1].last + 1 : 0;
    while (first > floor && i - first + 1 < MAX_WORDS && tokens[first - 1].post === '' && tokens[first - 1].sentence === t.sentence
      && isCapitalised(tokens[first - 1])) first--;
    // the longest run of capitalised words before the hyphen that names a place ("New York-based", not "York")
    while (first < i && !isPlaceName(tokens, first, i)) first++;
    if (isPlaceName(tokens, first, i)) found.push({ first, last: i, type: 'LOC' });
  }
  return found.length === 0 ? [...spans] : [...spans, ...found].sort((a, b) => a.first - b.first);
}

function isPlaceName(tokens: readonly Token[], first: number, last: number): boolean {
  const name = tokens.slice(first, last + 1).map(t => t.text).join(' ');
  if (placeKind(name) !== undefined) return true;
  if (first === last && isPlaceTag(tokens[first])) return true;
  return tokens.slice(first, last + 1).every(t => t.lexTag === undefined && !t.isFirst);
}
