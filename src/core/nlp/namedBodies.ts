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

// Patients a hospital trust is named for, in the possessive ("Women's and Children's").
const PATIENTS = new Set(['Women', 'Children', 'Men', 'Mothers']);

/**
 * Where an NHS trust's name whose last capitalised run starts at `first` begins: runs joined by "and" or "of" (a
 * possessive may end a run: "Women's and Children's") go with it, up to ten words; a run opening a sentence with a word
 * of grammar does not.
 */
function trustStart(tokens: readonly Token[], first: number): number {
  let start = first;
  // "Children's NHS Foundation Trust": the patients' possessive before "NHS"
  const owner = tokens[start - 1];
  if (owner !== undefined && owner.isPossessive && PATIENTS.has(owner.text) && owner.sentence === tokens[start].sentence) start--;
  for (let link = start - 1; link > 0 && first - link < 10; link = start - 1) {
    const before = tokens[link - 1];
    const isLink = (tokens[link].text === 'and' || tokens[link].text === 'of') && isJoined(tokens, start);
    // "Women's and": the possessive's mark stands between the word and "and"
    // (not into another trust listed before it: "... NHS Trust and York and Scarborough ... Trust")
    if (!isLink || !isCapitalised(before) || before.text === 'Trust' || (!isJoined(tokens, link) && !before.isPossessive)) break;
    let runStart = link - 1;
    while (runStart > 0 && link - runStart < 4 && isCapitalised(tokens[runStart - 1]) && isJoined(tokens, runStart)
      && !DETERMINERS.has(tokens[runStart - 1].lower) && !isOpeningGrammar(tokens[runStart - 1])) runStart--;
    if (DETERMINERS.has(tokens[runStart].lower) || isOpeningGrammar(tokens[runStart])) break;
    start = runStart;
  }
  return start;
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
      // an NHS trust named after two places or for two kinds of patient, or "of" a place ("Norfolk and Norwich University
      // Hospitals NHS Foundation Trust", "Birmingham Women's and Children's NHS Foundation Trust", "University Hospitals
      // of Leicester NHS Trust")
      if (t.text === 'Trust' && tokens.slice(first, i).some(w => w.text === 'NHS')) first = trustStart(tokens, first);
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
