import { isBreakAfter } from './features';
import { TIME_WORDS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// A broadcaster's channels numbered in words after its initials: "BBC One", "RTÉ Two".
const CHANNEL_NUMBERS = new Set(['One', 'Two', 'Three', 'Four']);
// The nouns of a broadcaster's numbered services: "BBC Radio 4", "Channel 5".
const SERVICE_NOUNS = new Set(['Radio', 'Channel']);

const isInitials = (t: Token): boolean => /^\p{Lu}{2,4}$/u.test(t.text);

/**
 * "The drama begins on BBC One", "broadcast on BBC Two and BBC Radio 6 Music": a broadcaster's channel is its name and
 * the number after it, which the tagger leaves out. An organisation's span ending in initials takes in a number word
 * glued after them ("One" to "Four"); one ending in "Radio" or "Channel" takes in the number after it and, after that
 * number, one capitalised word alone or read as a one-word span ("Music", "Extra"; not "Today" nor a possessive's). Spans stay
 * sorted and disjoint.
 */
export function joinChannelNumbers(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const after = spans[k + 1];
    const goesOn = (i: number): boolean => i < tokens.length && (after === undefined || i < after.first) && !isBreakAfter(tokens[i - 1], tokens[i]);
    let last = s.last;
    const end = tokens[last];
    if (s.type === 'ORG' && isInitials(end) && goesOn(last + 1) && CHANNEL_NUMBERS.has(tokens[last + 1].text)) last++;
    else if (s.type === 'ORG' && SERVICE_NOUNS.has(end.text) && goesOn(last + 1) && /^\d{1,2}$/.test(tokens[last + 1].text)) last++;
    // "BBC Radio 6 Music": the word after a service's number, alone or a one-word span of its own
    const next = tokens[last + 1];
    const isWord = s.type === 'ORG' && /^\d{1,2}$/.test(tokens[last].text) && SERVICE_NOUNS.has(tokens[last - 1]?.text ?? '') && next !== undefined
      && !isBreakAfter(tokens[last], next) && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !TIME_WORDS.has(next.lower)
      && !/Verb|Tense|Preposition|Determiner/.test(next.lexTag ?? '') && (after === undefined || after.first > last + 1 || after.last === last + 1);
    if (isWord) {
      last++;
      if (after?.first === last) k++;
    }
    out.push(last === s.last ? s : { ...s, last });
  }
  return out;
}
