import type { NewsSpan } from './newsRules';
import { isNumberToken } from './newsRules';
import { sentenceRanges, type Token } from './tokens';

/**
 * The players of a box score in American wire style, one side to a line: "Price 10-21 5-6 31, Rose 7-14 2-4 18, Foy
 * 2-3 0-0 4. Totals 41-84 15-24 111." Each item is a player's name of one to three capitalised words and two to four
 * figures, at least one of them made-attempted ("10-21"), and items are parted by commas. A line with four such items
 * at least is a box score, and its names are people, whatever they spell ("Rose", "Price", "Baptiste").
 */

// The fewest players a line of a box score names.
const BOX_MIN = 4;
// "10-21", "0-0": made and attempted.
const MADE_ATTEMPTED = /^\d{1,2}-\d{1,2}$/;
// Words that open a box score's summary items, not a player's name.
const NOT_PLAYERS = new Set(['Totals', 'Total', 'Team', 'Percentages', 'A', 'Officials']);

/** The players of the box-score lines among `tokens` (see the file's note), as person spans in token order. */
export function findBoxScoreNames(tokens: readonly Token[]): NewsSpan[] {
  const out: NewsSpan[] = [];
  for (const [from, to] of sentenceRanges(tokens)) {
    const items = boxItems(tokens, from, to);
    if (items.length >= BOX_MIN) out.push(...items);
  }
  return out;
}

/** The items of one line `[from, to]` that read as a player and their figures. */
function boxItems(tokens: readonly Token[], from: number, to: number): NewsSpan[] {
  const out: NewsSpan[] = [];
  for (let i = from; i <= to; i++) {
    // an item opens the line or follows a comma
    if (i > from && !/,\s*$/.test(tokens[i - 1].post)) continue;
    let last = i;
    while (last < i + 3 && last <= to && /^\p{Lu}[\p{L}'’.-]*$/u.test(tokens[last].text) && !isNumberToken(tokens[last]) && tokens[last].post === '') last++;
    const nameEnd = last - 1;
    if (nameEnd < i || NOT_PLAYERS.has(tokens[i].text)) continue;
    let figures = 0;
    let hasMade = false;
    let k = last;
    while (k <= to && isNumberToken(tokens[k]) && figures < 4) {
      figures++;
      hasMade ||= MADE_ATTEMPTED.test(tokens[k].text);
      if (tokens[k].post !== '') break;
      k++;
    }
    if (figures >= 2 && hasMade) out.push({ first: i, last: nameEnd, type: 'PERSON', reason: 'table:box-score' });
  }
  return out;
}
