import { isNumberToken } from './newsRules';
import type { Token } from './tokens';

// A word of a section's title: capitalised, or a number ("Group 4").
const isTitleWord = (t: Token): boolean => /^[\p{Lu}\p{N}]/u.test(t.text);

/** Whether the token sentence starting at token `i` is a line of a table: two numbers or more, a third of its words or more. */
function isNumberLine(tokens: readonly Token[], i: number): boolean {
  let all = 0;
  let numbers = 0;
  for (let j = i; j < tokens.length && tokens[j].sentence === tokens[i].sentence; j++) {
    all++;
    if (isNumberToken(tokens[j])) numbers++;
  }
  return numbers >= 2 && numbers * 3 >= all;
}

/**
 * Whether tokens `[first, last]` lie in a line of capitalised words that heads a table ("EASTERN CONFERENCE",
 * "ATLANTIC DIVISION" above "W L PCT GB" and "MIAMI 25 9 .735 -"; "Group Two" above its results): a section of the
 * table, no name. Up to three such lines of four words at most may stand above the table's first row or column
 * headers.
 */
export function isTableSectionHeader(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first].sentence;
  let from = first;
  while (from > 0 && tokens[from - 1].sentence === sentence) from--;
  let to = last;
  while (to + 1 < tokens.length && tokens[to + 1].sentence === sentence) to++;
  if (to - from > 3 || !tokens.slice(from, to + 1).every(isTitleWord)) return false;
  let i = to + 1;
  for (let lines = 0; lines < 4 && i < tokens.length; lines++) {
    let end = i;
    while (end + 1 < tokens.length && tokens[end + 1].sentence === tokens[i].sentence) end++;
    if (isNumberLine(tokens, i) || (end - i >= 2 && tokens.slice(i, end + 1).every(t => /^\p{Lu}\p{L}{0,2}$/u.test(t.text)))) return true;
    if (end - i > 3 || !tokens.slice(i, end + 1).every(isTitleWord)) return false;
    i = end + 1;
  }
  return false;
}
