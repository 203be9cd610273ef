import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import type { Token } from './tokens';

/**
 * Authors and composers named by their work: a name in the possessive before the noun of a work ("Shakespeare's
 * shortest tragedy", "Mozart's operas", "Dickens's novels") is a person's, wherever the tagger read a place or
 * nothing (a sentence's first word). Not "play" ("Arsenal's attacking play") nor "music" ("Manchester's music
 * scene"), and no work's noun that names a building or a body ("the city's opera house").
 */

// Nouns of works that only a person's possessive comes before.
const WORK_NOUNS = new Set(['tragedy', 'tragedies', 'comedy', 'comedies', 'novel', 'novels', 'novella', 'poem', 'poems',
  'sonnet', 'sonnets', 'opera', 'operas', 'symphony', 'symphonies', 'concerto', 'concertos', 'sonata', 'sonatas',
  'libretto', 'oratorio', 'requiem', 'masterpiece', 'memoir', 'memoirs', 'paintings', 'canvases', 'sculptures', 'short stories']);
// What follows a work's noun when it names a place or a body: "opera house", "symphony orchestra".
const NOT_WORK_AFTER = new Set(['house', 'houses', 'company', 'orchestra', 'hall', 'season', 'festival', 'scene', 'school', 'prize']);
// Classes of a word that a place or a people is known by in the lexicon.
const PLACE_CLASS = /Place|City|Region|Country|Demonym|Organization/;

/** People named by their work (see the file's note): one or two capitalised words, in token order. */
export function findAuthors(tokens: readonly Token[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isPossessive || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || PLACE_CLASS.test(t.lexTag ?? '') || isCountryWord(t.text) || isDemonymWord(t.text)) continue;
    // up to two lower-case words between: "Shakespeare's shortest tragedy", "Mozart's last great symphony"
    let j = i + 1;
    // (a possessive is a break for names, not for the phrase it opens: the words stand together on one sentence)
    const isTight = (k: number): boolean => tokens[k].sentence === t.sentence && tokens[k - 1].post === '' && (k - 1 === i || !isBreakAfter(tokens[k - 1], tokens[k]));
    while (j < i + 3 && /^\p{Ll}+$/u.test(tokens[j]?.text ?? '') && !WORK_NOUNS.has(tokens[j].lower) && isTight(j)) j++;
    const noun = tokens[j];
    if (!noun || !WORK_NOUNS.has(noun.lower) || !isTight(j) || NOT_WORK_AFTER.has(tokens[j + 1]?.lower ?? '')) continue;
    // "Ice Cube's family comedy": a word before it, even a sentence's first, that is no function word
    const before = tokens[i - 1];
    const first = before !== undefined && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !isBreakAfter(before, t)
      && !/Determiner|Preposition|Conjunction|Pronoun|Adverb|Verb|Copula/.test(before.lexTag ?? '') ? i - 1 : i;
    out.push({ first, last: i });
  }
  return out;
}
