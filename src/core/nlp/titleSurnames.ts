import { isBreakAfter } from './features';
import type { TaggedSpan } from './tagger';
import { isGivenNameTag, type Token } from './tokens';

/** Titles and ranks that are common surnames as well: "Edmund King", "Sarah Bishop", "John Major", "Tom Judge". */
export const TITLE_SURNAMES: ReadonlySet<string> = new Set(['King', 'Prince', 'Pope', 'Cardinal', 'Bishop', 'Judge', 'Justice', 'Major',
  'Marshal', 'Chancellor', 'Speaker', 'Sheriff', 'Constable', 'Earl', 'Baron', 'Duke', 'Deacon', 'Lord', 'Sergeant', 'Captain']);

/**
 * A surname that is also a title, which the tagger leaves outside the given name it reads ("AA president Edmund King
 * called", "Sarah Bishop said", "John Major's government"): a one-word person span that the lexicon knows as a given
 * name or does not know ("Orla"), right before one of `TITLE_SURNAMES` with no break between, takes it in. A title opens a name, it does not
 * close one, so only a title followed by no capitalised word joins ("Prince Harry" after a name stays a title:
 * "Meghan Markle, Prince Harry" has a comma, "Anna Major Goldsmith" is left alone). Spans stay sorted and disjoint.
 */
export function joinTitleSurnames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    const given = tokens[s.last];
    const title = tokens[s.last + 1];
    const after = tokens[s.last + 2];
    // the tagger may read a known given name as a body ("Tess" in "and Tess Major agreed")
    const isGiven = isGivenNameTag(given.lexTag) ? s.type !== 'GPE' : s.type === 'PER' && given.lexTag === undefined;
    if (s.first !== s.last || !isGiven || title === undefined) return s;
    if (!TITLE_SURNAMES.has(title.text) || isBreakAfter(given, title) || given.post !== '') return s;
    if (k + 1 < spans.length && spans[k + 1].first === s.last + 1) return s;
    if (after !== undefined && after.sentence === title.sentence && /^\p{Lu}/u.test(after.text) && title.post === '') return s;
    return { first: s.first, last: s.last + 1, type: 'PER' };
  });
}
