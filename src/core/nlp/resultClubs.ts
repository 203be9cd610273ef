import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { ORG_HEADS, TIME_WORDS } from './lexicons';
import { isGivenNameToken } from './listedGivenNames';
import type { NewsSpan } from './newsRules';
import type { Token } from './tokens';

/**
 * Clubs named by a result in running prose: "Newcastle won 1-0", "Brighton beat Leicester 2-1", "a 2-2 draw with Aston
 * Villa", "lost 3-0 to Wolves". The sides of a match whose score is written beside them are teams, whatever
 * the tagger made of a town's name or missed. A result with set scores ("Sinner beat Alcaraz 6-4 6-3") is between
 * players and left alone, and so is a side named by a given name and a surname; a country stays the country (the
 * gazetteer's hit wins over these spans: a national side is its country).
 */

const SCORE = /^\d{1,2}-\d{1,2}$/;
// Verbs whose object, followed by the score, is the other side: "beat Leicester 2-1".
const BEAT = new Set(['beat', 'beats', 'defeated', 'defeat', 'thrashed', 'edged', 'hammered', 'overcame', 'routed', 'stunned']);
// Verbs of a result said by its subject: "Newcastle won 1-0", "City drew 2-2 with".
const RESULT_VERBS = new Set([...BEAT, 'won', 'drew', 'lost', 'draw', 'lose', 'win']);
// Words between a score and the other side: "a 2-2 draw with Aston Villa", "lost 3-0 to Wolves". ("won 1-0 at Everton"
// is read apart: after "at" stands a club's home or a ground, "3-1 at Wembley".)
const LINKS = new Set(['against', 'to', 'with', 'over', 'by', 'versus', 'v', 'vs']);
const RESULT_NOUNS = new Set(['win', 'draw', 'defeat', 'victory', 'loss', 'home', 'away']);

const isScore = (t: Token | undefined): boolean => t !== undefined && SCORE.test(t.text);
const isSideWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{L}/u.test(t.text) && !t.isPossessive
  && !TIME_WORDS.has(t.lower) && !isCountryWord(t.text) && !isDemonymWord(t.text) && !ORG_HEADS.has(t.lower);

/** The side of one to three capitalised words starting at `i` and going right, as `[first, last]`, or undefined. */
function sideFrom(tokens: readonly Token[], i: number): [number, number] | undefined {
  if (!isSideWord(tokens[i])) return undefined;
  let last = i;
  while (last - i < 2 && isSideWord(tokens[last + 1]) && !isBreakAfter(tokens[last], tokens[last + 1])) last++;
  return [i, last];
}

/** The side of one to three capitalised words ending at `i`, going left, as `[first, last]`, or undefined. */
function sideTo(tokens: readonly Token[], i: number): [number, number] | undefined {
  if (!isSideWord(tokens[i])) return undefined;
  let first = i;
  while (i - first < 2 && isSideWord(tokens[first - 1]) && !isBreakAfter(tokens[first - 1], tokens[first])) first--;
  return [first, i];
}

/** A person by the look of the name: a given name the lexicon or the lists know, then another word ("Andy Murray"). */
const isPersonName = (tokens: readonly Token[], [first, last]: [number, number]): boolean => last > first
  && isGivenNameToken(tokens[first]);

/** The clubs the results in `tokens` name (see the file's note), as organisation spans in token order, without repeats. */
export function findResultClubs(tokens: readonly Token[]): NewsSpan[] {
  const sides: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isScore(tokens[i]) || isScore(tokens[i + 1]) || isScore(tokens[i - 1])) continue;
    const sentence = tokens[i].sentence;
    const found: [number, number][] = [];
    // "beat Leicester 2-1": the object right before the score
    const object = sideTo(tokens, i - 1);
    if (object && BEAT.has(tokens[object[0] - 1]?.lower ?? '')) {
      found.push(object);
      const subject = sideTo(tokens, object[0] - 2);
      if (subject) found.push(subject);
    }
    // "Newcastle won 1-0": the subject right before the verb before the score
    if (RESULT_VERBS.has(tokens[i - 1]?.lower ?? '')) {
      const subject = sideTo(tokens, i - 2);
      if (subject) found.push(subject);
    }
    // "a 2-2 draw with Aston Villa", "lost 3-0 to Wolves"
    let j = i + 1;
    if (RESULT_NOUNS.has(tokens[j]?.lower ?? '')) j++;
    if (LINKS.has(tokens[j]?.lower ?? '')) {
      const other = sideFrom(tokens, tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1);
      if (other) found.push(other);
    } else if (tokens[j]?.lower === 'at') {
      // "lost 3-1 at Southampton": a town the lexicon knows, alone after "at", is its club ("3-1 at Wembley" is a ground)
      const other = sideFrom(tokens, j + 1);
      if (other && other[0] === other[1] && /Place|City/.test(tokens[other[0]].lexTag ?? '')) found.push(other);
    }
    for (const side of found) {
      if (tokens[side[0]].sentence !== sentence || tokens[side[1]].sentence !== sentence || isPersonName(tokens, side)) continue;
      if (!sides.some(([a, b]) => a === side[0] && b === side[1])) sides.push(side);
    }
  }
  return sides.sort((a, b) => a[0] - b[0]).map(([first, last]) => ({ first, last, type: 'ORG', reason: 'result' }));
}
