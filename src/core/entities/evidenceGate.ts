import type { PlacedMention } from '../model';
import { lexiconTag } from '../nlp/engine';
import { HONORIFICS, PROFESSIONS, ROLE_HEADS, SPORT_ROLES } from '../nlp/lexicons';
import { LEADER_NOUNS } from '../nlp/leaderNouns';
import { AFTER_NAME } from '../nlp/repeats';
import { isGivenNameTag } from '../nlp/tokens';
import { runSteps } from '../pipeline/steps';

/**
 * What the tagger guessed with nothing in the article to back it is not shown: a reader forgives a missed name, not
 * a wrong one. Two guesses go (only the tagger's own readings, reason "tagger": a rule's, a list's or a repeat's
 * evidence keeps a name):
 * - a lone word read as a person, named once, with no full name in the article that holds it and nothing around it
 *   that says a person: no title or role before it ("Lord Darzi", "fashion designer Halston", "his father Steve"), no
 *   verb of a person after it or of speech (or "known as") before it ("Sakai said", "said Mauer", "Lindqvist, who scored", "Ostrander's
 *   shortest tragedy"), and not a word the lexicon knows as
 *   a person's name ("Rebecca", "Clinton") or a surname before its given name ("Austen, Jane."). Gone: "Encore: Nana's Hands",
 *   "Rail worries", "streaming platform Crunchyroll", "the first corner, Abbey,";
 * - a lone word after a capitalised word on its line, inside a sentence, that is no name the article shows, no title, no
 *   given name and no word of grammar: the rest of a name cut in two ("the bus stop for Stansted Mountfitchet", "National
 *   Highways closed"), wrong whatever its type. Kept: "Senator Vance", "Yannick Carrasco", "- At Hove, Sussex were", a
 *   word after a name the article shows, and one on the line after the word ("12:48 GMT⏎RAC welcomes").
 */
export function dropUnsupported(text: string, mentions: readonly PlacedMention[], surface: (m: PlacedMention) => string): PlacedMention[] {
  return runSteps(dropUnsupportedSteps(text, mentions, surface));
}

/** Mentions read per step of `dropUnsupportedSteps`. */
const BATCH = 2000;

/** `dropUnsupported` in resumable steps, yielding every few thousand mentions: the same result. */
export function* dropUnsupportedSteps(
  text: string,
  mentions: readonly PlacedMention[],
  surface: (m: PlacedMention) => string,
): Generator<void, PlacedMention[], void> {
  const seen = new Map<string, number>();
  const inFullNames = new Set<string>();
  let n = 0;
  for (const m of mentions) {
    if (++n % BATCH === 0) yield;
    const s = surface(m);
    seen.set(s, (seen.get(s) ?? 0) + 1);
    if (m.type === 'PERSON' && s.includes(' ')) for (const w of s.split(' ')) inFullNames.add(w);
  }
  // "Greater Anglia" where "Greater" ends a name the article shows: two names side by side, both kept
  const ends = new Set(mentions.map(m => m.end));
  yield;
  const out: PlacedMention[] = [];
  for (const m of mentions) {
    if (++n % BATCH === 0) yield;
    if (isSupported(m)) out.push(m);
  }
  return out;

  function isSupported(m: PlacedMention): boolean {
    if (m.source !== 'tagger' || m.reason !== 'tagger') return true;
    const s = surface(m);
    if (/[\s-]/.test(s)) return true;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const word = WORD_BEFORE.exec(before)?.[1];
    if (word !== undefined && isPersonCue(word)) return true;
    const after = text.slice(m.end, m.end + 16);
    if (m.type === 'PERSON' && seen.get(s) === 1 && !inFullNames.has(s) && !AFTER_NAME.test(after) && !PERSON_AFTER.test(after)
      && !LEADER_NOUNS.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '')
      && !SPEECH_BEFORE.test(before) && !PERSON_TAG.test(lexiconTag(s.toLowerCase()) ?? '') && !isInvertedName(text, m.end)) return false;
    if (word === undefined || !/^\p{Lu}/u.test(word) || isGivenNameTag(lexiconTag(word.toLowerCase()))) return true;
    // "- At Chelmsford, Essex beat", "12:48 GMT⏎RAC welcomes": a word of grammar, or one on the line before, holds no name
    if (FUNCTION_TAG.test(lexiconTag(word.toLowerCase()) ?? '') || before.endsWith('\n')) return true;
    const at = m.start - 1 - word.length;
    return ends.has(m.start - 1) || !isInsideSentence(text, at);
  }
}

// The word right before a mention: "the bus stop for Stansted ", "fashion designer ".
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{L}+)\s$/u;
// "Lindqvist, who scored", "Ostrander's shortest tragedy": a relative clause of a person, a possessive before a common noun
const PERSON_AFTER = /^(?:,\s*(?:who|whose)\b|['’]s\s+\p{Ll})/u;
// "said Mauer", "according to Okafor"; and another name of someone just named: "Dagalo, known as Hemedti"
const SPEECH_BEFORE = /\b(?:said|says|asked|told|according to|attributed to|quoted|known as|nicknamed)\s+$/;
// "his father Steve", "the man Adam": family and plain people's nouns before a name
const KIN = new Set(['father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'uncle', 'aunt',
  'grandson', 'granddaughter', 'grandfather', 'grandmother', 'partner', 'friend', 'colleague', 'man', 'woman', 'boy', 'girl']);

// A word of grammar, which ends no name: "At", "From", "The", "And"
const FUNCTION_TAG = /^(?:Preposition|Determiner|Conjunction|Pronoun)$/;
// compromise's lexicon knows the word as a person's name ("Rebecca", "Obama", "Clinton")
const PERSON_TAG = /^(?:FirstName|MaleName|FemaleName|Person|LastName)$/;

/** Whether a given name follows after a comma, as in a list of authors ("Austen, Jane. Pride and Prejudice"). */
function isInvertedName(text: string, end: number): boolean {
  const next = /^, (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end, end + 24));
  return next !== null && isGivenNameTag(lexiconTag(next[1].toLowerCase()));
}

/** Whether a word before a name says a person follows: a title, a post, a profession, a player's position, kin. */
function isPersonCue(word: string): boolean {
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower) || ROLE_HEADS.has(lower) || PROFESSIONS.has(lower) || SPORT_ROLES.has(lower) || KIN.has(lower);
}

/** Whether the word at `at` opens no sentence, line, quotation or bracket ("Yesterday Bolton said", "'Rail worries"). */
function isInsideSentence(text: string, at: number): boolean {
  return at > 0 && !/(?:^|[.!?:;"“‘'(\n]\s*)$/u.test(text.slice(Math.max(0, at - 3), at));
}
