import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBodyHeadWord } from './context';
import { isBreakAfter } from './features';
import { HONORIFICS, ROLE_WORDS, TIME_WORDS } from './lexicons';
import { DETERMINERS, RANK_TITLES } from './rules';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// The most words a body's name is taken back by: "Associated British Foods" from "British Foods".
const MAX_OPENERS = 2;

/** Whether a capitalised word may open a body's name glued before it ("London" of "London Metal Exchange"). */
function isOpener(t: Token, next: Token): boolean {
  if (!/^\p{Lu}[\p{L}’'-]*$/u.test(t.text) || t.isPossessive || isBreakAfter(t, next) || t.post !== '') return false;
  const lower = t.lower;
  if (DETERMINERS.has(lower) || TIME_WORDS.has(lower) || ROLE_WORDS.has(lower) || HONORIFICS.has(lower) || RANK_TITLES.has(t.text)) return false;
  // "the Iraqi Oil Ministry", "the US Federal Reserve": a state's name or its people's word before a body says whose it is
  return !isCountryWord(t.text) && !isDemonymWord(t.text);
}

// A sentence's first word that may open a name: one the lexicon does not know, or knows as a name or a singular noun
// ("Halo Street Choir, a gospel group,"; not "Meanwhile", "Yesterday", "Rivals").
const isNameLikeOpener = (t: Token): boolean => t.lexTag === undefined || /^(?:Singular|ProperNoun|Place|City|Region|Organization)$|Name$/.test(t.lexTag);

/**
 * "the London Metal Exchange", "her own label, Cold Tea Records", "Halo Street Choir, a gospel group,": a body's name of
 * two words or more ending in its head (`isBodyHeadWord`) that the tagger began inside a run of capitalised words glued
 * together takes in the one or two words of the run before it (`isOpener`: no state's name or people's word, title,
 * determiner or time word), when they belong to no span or each to a one-word span of its own (a place), and the run
 * opens there: a lower-case word, punctuation or a possessive before it. A sentence's first word joins when a span
 * holds it or it reads as a name (`isNameLikeOpener`). Spans stay sorted and disjoint.
 */
export function joinRunOpeners(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    if (s.type === 'GPE' || s.last === s.first || !isBodyHeadWord(tokens[s.last])) {
      out.push(s);
      continue;
    }
    let first = s.first;
    let taken = 0;
    for (let i = s.first - 1; i >= 0 && s.first - i <= MAX_OPENERS; i--) {
      const t = tokens[i];
      if (!isOpener(t, tokens[i + 1])) break;
      const owner = out.length > taken ? out[out.length - 1 - taken] : undefined;
      const isOwned = owner !== undefined && owner.last >= i;
      if (isOwned && (owner.first !== i || owner.last !== i)) break;
      if (t.isFirst && !isOwned && !isNameLikeOpener(t)) break;
      if (isOwned) taken++;
      first = i;
      if (t.isFirst) break;
    }
    // the run must open at `first`: no capitalised word glued before it
    const before = tokens[first - 1];
    const isOpen = first === s.first || before === undefined || isBreakAfter(before, tokens[first]) || !/^\p{Lu}/u.test(before.text);
    if (first === s.first || !isOpen) {
      out.push(s);
      continue;
    }
    out.splice(out.length - taken, taken);
    out.push({ first, last: s.last, type: 'ORG' });
  }
  return out;
}
