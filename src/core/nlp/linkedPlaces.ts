import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// Lower-case words that link the two parts of a town's name: "Stratford-upon-Avon", "Stoke-on-Trent",
// "Boulogne-sur-Mer", "Weston-super-Mare", "Henley-in-Arden". Written with hyphens.
const HYPHEN_LINKS: ReadonlySet<string> = new Set(['upon', 'on', 'under', 'in', 'by', 'sur', 'super', 'am', 'an', 'next', 'en']);
// The link also written with spaces ("Newcastle upon Tyne"); "on" and "am" are not: "Leeds on Saturday", "Bild am Sonntag".
const SPACED_LINKS: ReadonlySet<string> = new Set(['upon']);

const isCapitalised = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * The last token of a town's name made of two capitalised parts and a link starting at token `i`
 * ("Stratford-upon-Avon", "Newcastle upon Tyne"), or -1.
 */
function linkedPlaceEnd(tokens: readonly Token[], i: number): number {
  const [a, link, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!isCapitalised(a) || link === undefined || !isCapitalised(b) || a.sentence !== b.sentence || a.isPossessive) return -1;
  const hyphened = a.post === '-' && link.post === '-' && link.start === a.end + 1 && b.start === link.end + 1 && HYPHEN_LINKS.has(link.text);
  const spaced = a.post === '' && link.post === '' && SPACED_LINKS.has(link.text);
  return hyphened || spaced ? i + 2 : -1;
}

/**
 * A town whose name links two capitalised parts ("Stratford-upon-Avon", "Southend-on-Sea", "Newcastle upon
 * Tyne") is one place, whatever the tagger made of the parts: the spans it meets are replaced by one place, or
 * by one span of the longer name it opens or closes ("Stoke-on-Trent City Council" stays the council). A town the
 * tagger missed entirely is added. Spans stay sorted and disjoint.
 */
export function joinLinkedPlaces(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const end = linkedPlaceEnd(tokens, i);
    if (end < 0) continue;
    // the spans before the town stay as they are
    while (k < spans.length && spans[k].last < i) out.push(spans[k++]);
    let first = i;
    let last = end;
    let type: TaggedSpan['type'] = 'LOC';
    while (k < spans.length && spans[k].first <= end) {
      const s = spans[k++];
      if (s.first < first || s.last > last) type = s.type;
      first = Math.min(first, s.first);
      last = Math.max(last, s.last);
    }
    out.push({ first, last, type: type === 'GPE' ? 'LOC' : type });
    i = last;
  }
  while (k < spans.length) out.push(spans[k++]);
  return out;
}
