import { isGivenNameWord } from './listedGivenNames';
import { isResultCode } from './tableLines';
import type { Token } from './tokens';

/**
 * Words at the edge of a tagged span that are no part of the name, read by taggedNames.ts: a wire desk's slug that
 * opens a headline, a sports result's country code in brackets, the pronoun "I" after a name.
 */

/**
 * "Wout van Aert (Bel) Visma-Lease a Bike", "Mads Pedersen (Den)": a sports result's short country code, one word of three
 * letters in title case in brackets right after a name, is no name of its own.
 */
export function isBracketedCode(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first];
  return first === last && ((/^\p{Lu}\p{Ll}{2}$/u.test(t.text) && t.pre.endsWith('(') && t.post.startsWith(')') && /^\p{Lu}/u.test(tokens[first - 1]?.text ?? ''))
    // ("Oblique Seville (JAM) 9.94", "46.52 WL, MR": a country's code in capitals, a record's mark)
    || isResultCode(tokens, first));
}

// The slugs of wire desks that open a headline, glued to it by a hyphen: "STOCKS-", "GLOBAL MARKETS-", "UPDATE 2-".
const WIRE_SLUGS = new Set(['UPDATE', 'STOCKS', 'MARKETS', 'FOREX', 'OIL', 'METALS', 'PRECIOUS', 'GRAINS', 'TREASURIES', 'BONDS',
  'FACTBOX', 'EXCLUSIVE', 'ANALYSIS', 'INSIGHT', 'WRAPUP', 'BREAKINGVIEWS', 'EXPLAINER', 'TIMELINE', 'REFILE', 'CORRECTED']);

/**
 * Where a wire desk's slug ends when the sentence of token `i` (one of its first three) opens with one ("STOCKS-FTSE", "GLOBAL MARKETS-Stocks",
 * "UPDATE 2-Rightmove"): the index of the slug's last word, glued by a hyphen to the headline; -1 when there is none.
 */
export function wireSlugEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && k > i - 2 && tokens[k - 1].sentence === tokens[i].sentence) k--;
  if (!tokens[k].isFirst) return -1;
  for (let j = k; j < k + 3 && j < tokens.length && tokens[j].sentence === tokens[k].sentence; j++) {
    const t = tokens[j];
    const isSlugWord = WIRE_SLUGS.has(t.text) || (j > k && tokens[k].text === 'UPDATE' && /^\d$/.test(t.text));
    if (isSlugWord && t.post === '-' && tokens[j + 1]?.start === t.end + 1) return j;
    if (!/^\p{Lu}+$/u.test(t.text) || t.post !== '') return -1;
  }
  return -1;
}

/**
 * Whether token `last`, the last of a name, is the pronoun "I" that opens the clause after it ("the most gripping Ibsen I
 * have seen"), not a monarch's numeral ("Elizabeth I was crowned"): a verb in lower case follows, and the word before it
 * is no given name.
 */
export function isPronounAfterName(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return tokens[last].text === 'I' && last > 0 && tokens[last - 1].post === '' && next !== undefined && next.sentence === tokens[last].sentence
    && /^\p{Ll}/u.test(next.text) && /Verb|Tense|Modal|Copula|Infinitive|Auxiliary|Adverb/.test(next.lexTag ?? '')
    && !isGivenNameWord(tokens[last - 1].text);
}
