import type { NewsSpan } from './newsRules';
import { isNumberToken } from './newsRules';
import type { Token } from './tokens';

/**
 * A line of election returns: "Skegness South (Lincolnshire): Reform 1,204; Con 712; Lab 301; Green 98.", "Frome
 * North: Lib Dem 1,533, Green 604". The seat before the colon (and its county in brackets) are places; each party
 * with its votes is an organisation. Written for News Lens from the shape local and national returns take in
 * British, Irish and American copy.
 */

// Parties' names and the short forms returns use, as written (one to three words).
const PARTIES = new Set(['Con', 'Cons', 'Conservative', 'Conservatives', 'Lab', 'Labour', 'LD', 'Lib Dem', 'Lib Dems',
  'Liberal Democrat', 'Liberal Democrats', 'Green', 'Greens', 'Green Party', 'Reform', 'Reform UK', 'SNP', 'Plaid',
  'Plaid Cymru', 'Ind', 'Independent', 'UKIP', 'DUP', 'SF', 'Sinn Fein', 'Sinn Féin', 'UUP', 'SDLP', 'Alliance', 'TUV',
  'Aontú', 'Fianna Fáil', 'Fianna Fail', 'Fine Gael', 'Rep', 'Dem', 'Republican', 'Democrat', 'Libertarian', 'BJP',
  'Congress', 'Workers Party', 'Yorkshire Party', 'Residents']);

// The fewest parties with their votes that make a line of returns.
const MIN_PARTIES = 2;

/**
 * The names of a line of election returns at tokens `[from, to]` (one sentence), or undefined when the line is not
 * one: one to four capitalised words for the seat (a county in brackets after them may follow), a colon, then two
 * parties or more (`PARTIES`), each followed by its votes, parted by semicolons or commas, with nothing else outside
 * brackets.
 */
export function electionLineNames(tokens: readonly Token[], from: number, to: number): NewsSpan[] | undefined {
  if (!/^\p{Lu}/u.test(tokens[from].text) || from >= to) return undefined;
  let seatLast = from;
  while (seatLast < from + 3 && seatLast < to && tokens[seatLast].post === '' && /^\p{Lu}/u.test(tokens[seatLast + 1].text)
    && !/\(/.test(tokens[seatLast + 1].pre)) seatLast++;
  const out: NewsSpan[] = [{ first: from, last: seatLast, type: 'PLACE', reason: 'table:seat' }];
  let i = seatLast + 1;
  // "(Lincolnshire)": the seat's county or state
  if (i <= to && /\(/.test(tokens[i].pre) && /^\p{Lu}/u.test(tokens[i].text)) {
    let last = i;
    while (last < to && !/\)/.test(tokens[last].post) && /^\p{Lu}/u.test(tokens[last + 1].text)) last++;
    if (!/^\):/.test(tokens[last].post)) return undefined;
    out.push({ first: i, last, type: 'PLACE', reason: 'table:seat' });
    i = last + 1;
  } else if (!/^:/.test(tokens[seatLast].post)) {
    return undefined;
  }
  let parties = 0;
  while (i <= to) {
    let last = i;
    while (last < i + 2 && last < to && tokens[last].post === '' && /^\p{Lu}/u.test(tokens[last + 1].text)) last++;
    const name = tokens.slice(i, last + 1).map(t => t.text).join(' ');
    const votes = tokens[last + 1];
    if (!PARTIES.has(name) || votes === undefined || last + 1 > to || !isNumberToken(votes)) return undefined;
    out.push({ first: i, last, type: 'ORG', reason: 'table:party' });
    parties++;
    // the votes, and a share in brackets after them: "1,204 (48.1%)"
    i = last + 2;
    while (i <= to && (isNumberToken(tokens[i]) || /\(/.test(tokens[i].pre)) && !/^\p{Lu}/u.test(tokens[i].text)) i++;
    if (i <= to && !/[;,]/.test(tokens[i - 1].post)) return undefined;
  }
  return parties >= MIN_PARTIES ? out : undefined;
}
