import { isBreakAfter } from './features';
import { DETERMINERS } from './rules';
import { isGrammarTag, type Token } from './tokens';

/**
 * Bodies of health, science and charity copy that the tagger cuts up or misses: an NHS trust named at length
 * ("Leeds Teaching Hospitals NHS Trust", tagged as "Leeds" and "NHS"), a charity or trade body named by a common
 * noun and "UK" ("Cancer Research UK", "Age UK", read as the country), and a journal ("published in the journal
 * Nature Astronomy", "a study in Science Advances").
 */

/** A span of tokens `[first, last]` inclusive: an organisation, with the rule that found it. */
export interface BodySpan {
  readonly first: number;
  readonly last: number;
  readonly reason: string;
}

const isCapitalised = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}/u.test(t.text);
const isJoined = (tokens: readonly Token[], i: number): boolean => i > 0 && !isBreakAfter(tokens[i - 1], tokens[i]);
// Classes of word that no charity's name is made of before "UK": a place, a people, a person's given name.
const NOT_BODY_WORD = /Place|City|Region|Country|Demonym|FirstName|MaleName|FemaleName|ProperNoun/;
// Classes of an ordinary noun: one of them makes "Cancer Research UK" a name of words, not of a place or a person.
const COMMON_NOUN = /Singular|Plural|Uncountable|Noun|Infinitive/;

// The first or last word of a journal's name after "published in", "writing in" ("Nature Medicine", "The Astrophysical
// Journal", "Science Advances", "Physical Review Letters").
const JOURNAL_FIRST = new Set(['Nature', 'Science', 'Cell', 'PLOS', 'PLoS', 'Lancet', 'Annals', 'Proceedings', 'Journal']);
const JOURNAL_LAST = new Set(['Journal', 'Letters', 'Advances', 'Communications', 'Reports', 'Proceedings', 'Annals']);
// Verbs whose "in" names where a study appeared: "published in Nature", "writing in the Lancet".
const PUBLISHED = new Set(['published', 'publish', 'publishes', 'writing', 'appeared', 'appears', 'reported', 'reports']);

// A word of grammar capitalised only because it opens a sentence or a list's line ("- At Royal Cornwall Hospitals NHS
// Trust in Truro, ...").
const isOpeningGrammar = (t: Token): boolean => t.isFirst && isGrammarTag(t.lexTag);

/** The capitalised run of at most `max` words that starts at token `i` on one line of prose, as its last index. */
function runEnd(tokens: readonly Token[], i: number, max: number): number {
  let last = i;
  while (last - i < max - 1 && isCapitalised(tokens[last + 1]) && isJoined(tokens, last + 1)) last++;
  return last;
}

/**
 * Named trusts of three words or more ("Leeds Teaching Hospitals NHS Trust"), charities named by common nouns and
 * "UK" ("Cancer Research UK"), supporters' bodies ("Friends of the Earth"), and journals after "the journal" or "published in" ("the journal Nature Astronomy"):
 * organisations, in token order, not overlapping.
 */
export function findNamedBodies(tokens: readonly Token[]): BodySpan[] {
  const out: BodySpan[] = [];
  const push = (s: BodySpan): void => {
    if (out.length === 0 || out[out.length - 1].last < s.first) out.push(s);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === 'Trust' || t.text === 'UK') {
      let first = i;
      while (first > 0 && i - first < 5 && isCapitalised(tokens[first - 1]) && isJoined(tokens, first) && !DETERMINERS.has(tokens[first - 1].lower)
        && !isOpeningGrammar(tokens[first - 1]) && !(t.text === 'UK' && NOT_BODY_WORD.test(tokens[first - 1].lexTag ?? ''))) first--;
      if (t.text === 'Trust' && i - first >= 2) push({ first, last: i, reason: 'named-trust' });
      // "Cancer Research UK", "Age UK": at most three words, one an ordinary noun, none opening the sentence alone
      else if (t.text === 'UK' && first < i && i - first <= 3 && tokens.slice(first, i).some(w => COMMON_NOUN.test(w.lexTag ?? ''))
        && !(tokens[first].isFirst && i - first === 1)) push({ first, last: i, reason: 'named-charity' });
      continue;
    }
    // "Friends of the Earth", "Friends of the Lake District": a supporters' body named "Friends of" what it keeps
    const of = tokens[i + 1];
    const name = tokens[i + 2]?.text === 'the' ? i + 3 : i + 2;
    if (t.text === 'Friends' && of?.text === 'of' && isCapitalised(tokens[name]) && [i + 1, i + 2].every(k => isJoined(tokens, k)) && isJoined(tokens, name)) {
      push({ first: i, last: runEnd(tokens, name, 4), reason: 'named-friends' });
      continue;
    }
    if (!isCapitalised(t) || !isJoined(tokens, i)) continue;
    const k = tokens[i - 1].lower === 'the' ? i - 2 : i - 1;
    const last = runEnd(tokens, i, 5);
    // "the journal Nature Astronomy": any name after the word
    if (tokens[k]?.lower === 'journal') push({ first: i, last, reason: 'journal' });
    else if (tokens[k]?.lower === 'in' && PUBLISHED.has(tokens[k - 1]?.lower ?? '')
      && (JOURNAL_FIRST.has(t.text) || JOURNAL_LAST.has(tokens[last].text))) push({ first: i, last, reason: 'journal' });
    else continue;
    i = last;
  }
  return out;
}
