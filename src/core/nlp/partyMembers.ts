import { ORG_HEADS, PLACE_HEADS } from './lexicons';
import type { TaggedSpan } from './tagger';
import { isGivenNameTag, type Token } from './tokens';

/**
 * A politician introduced by a state and a party ("Oklahoma Republican James Lankford", "Connecticut Democrat Chris
 * Murphy and Texas Republican John Cornyn") is a person; the state before the party is a place, and the party word
 * is neither. The tagger often reads the whole run, people and "and" included, as one organisation.
 */

/** A member of a party, written as a noun before the member's name or after a state's ("a Texas Republican"). */
export const MEMBER_WORDS: ReadonlySet<string> = new Set(['Republican', 'Democrat', 'Independent', 'Libertarian', 'Tory']);

const isCapitalised = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * The spans of one segment `[first, last]` of a tagger span: when the segment reads "[State] Member Given Surname"
 * (one or two capitalised words before the member word, two or three after it, the first a given name or a word the
 * lexicon does not know, none a body's or a place's head), the state is a place and the name a person; so is
 * "[State] Member" alone ("a New York Democrat"); otherwise undefined.
 */
function memberSpans(tokens: readonly Token[], first: number, last: number): TaggedSpan[] | undefined {
  // "a New York Democrat", "a Vermont Independent": the state is a place and the member word no name ("House
  // Republican", "Senate Democrat" and the party "Liberal Democrat" are left alone)
  const state = tokens.slice(first, last);
  if (MEMBER_WORDS.has(tokens[last].text) && state.length > 0 && state.length <= 2 && state.every(isCapitalised)
    && state.every(t => !ORG_HEADS.has(t.lower) && !['house', 'senate', 'congress', 'assembly'].includes(t.lower))
    && /Place|Region|Country|City|Name/.test(state[state.length - 1].lexTag ?? 'Place')) return [{ first, last: last - 1, type: 'LOC' }];
  for (let k = first; k < last; k++) {
    if (!MEMBER_WORDS.has(tokens[k].text) || k - first > 2) continue;
    const nameLength = last - k;
    if (nameLength < 2 || nameLength > 3) return undefined;
    for (let i = first; i <= last; i++) if (i !== k && !isCapitalised(tokens[i])) return undefined;
    // "Irving Independent School District": a body's or a place's word makes no person
    if (tokens.slice(k + 1, last + 1).some((t) => ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower))) return undefined;
    const given = tokens[k + 1];
    if (given.lexTag !== undefined && !isGivenNameTag(given.lexTag) && !/Person/.test(given.lexTag)) return undefined;
    const out: TaggedSpan[] = k > first ? [{ first, last: k - 1, type: 'LOC' }] : [];
    out.push({ first: k + 1, last, type: 'PER' });
    return out;
  }
  return undefined;
}

/**
 * Splits the tagger's spans that hold politicians introduced by state and party: each part between "and"s that
 * reads so (`memberSpans`) becomes a place and a person, and the other parts keep the span's class. Spans
 * without such a part are kept as they are. Spans stay sorted and disjoint.
 */
export function splitPartyMembers(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const parts: [number, number][] = [];
    let from = span.first;
    for (let i = span.first; i <= span.last; i++) {
      if (tokens[i].text !== 'and') continue;
      if (i > from) parts.push([from, i - 1]);
      from = i + 1;
    }
    if (from <= span.last) parts.push([from, span.last]);
    const read = parts.map(([a, b]) => memberSpans(tokens, a, b));
    if (read.every((r) => r === undefined)) {
      out.push(span);
      continue;
    }
    parts.forEach(([a, b], i) => out.push(...(read[i] ?? [{ first: a, last: b, type: span.type }])));
  }
  return out;
}
