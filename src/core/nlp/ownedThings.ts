import { isListedGivenName } from './listedGivenNames';
import { ORG_HEADS, PLACE_HEADS, ROLE_WORDS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * A team's car, a rider's team, a driver's machine named with its driver: "the Aston Martin of Fernando Alonso", "the
 * Ferrari of Charles Leclerc". The tagger reads the whole as one name; it is a team's or a maker's name and a person's.
 */

const isNameWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower)
  && !ROLE_WORDS.has(t.lower);

/**
 * A step over the tagger's spans (spanSteps.ts): a span after "the" of one or two capitalised words (no body's or
 * place's head, no title: not "the Church of Jesus Christ", "the Duke of Edinburgh"), "of", and two or three words
 * opening with a listed given name is an organisation and a person. Spans stay sorted and disjoint.
 */
export function splitOwnedThings(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.flatMap(s => {
    if (s.type === 'GPE' || tokens[s.first - 1]?.lower !== 'the') return [s];
    let of = s.first + 1;
    while (of < s.first + 3 && of < s.last && tokens[of].text !== 'of') of++;
    if (tokens[of]?.text !== 'of' || s.last - of < 2 || s.last - of > 3) return [s];
    for (let i = s.first; i < of; i++) if (!isNameWord(tokens[i])) return [s];
    for (let i = of + 1; i <= s.last; i++) if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text)) return [s];
    if (!isListedGivenName(tokens[of + 1].text)) return [s];
    return [{ first: s.first, last: of - 1, type: 'ORG' }, { first: of + 1, last: s.last, type: 'PER' }];
  });
}
