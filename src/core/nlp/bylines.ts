import { isBreakAfter } from './features';
import { CREDIT_WORDS, type NewsSpan } from './newsRules';
import type { Token } from './tokens';

// The authors of a story: a byline ("By Jane Smith", "By JANE SMITH and RAY DOE Associated Press") and a wire story's
// credit line ("(Reporting by Jane Smith in Lagos; Editing by John Doe)").

/**
 * "By Jane Smith" alone on the first line of a unit (a byline): the person. The line may go on with a role or an outlet
 * ("By Jane Smith, BBC News") and the unit with a line of date and time ("By Jane Smith\nSun 29 Mar 2026 07.00 BST");
 * a wire byline in capitals is each run of words in capitals ("By JANE SMITH and RAY DOE Associated Press"). None when
 * the unit is no byline.
 */
export function findByline(tokens: readonly Token[]): NewsSpan[] {
  let end = 0;
  while (end < tokens.length && tokens[end].sentence === tokens[0]?.sentence) end++;
  if (end === tokens.length && tokens[0]?.text !== 'By') return reportersLine(tokens, 0, end);
  if (end < 3 || end > 14 || tokens[0].text !== 'By') return [];
  // "By Rachel Obuya in New York and Kenji Maruyama in Singapore"
  const reporters = reportersLine(tokens, 1, end);
  if (reporters.length > 0) return reporters;
  let last = 1;
  if (isShoutedWord(tokens[1])) return shoutedByline(tokens, end);
  if (end > 9) return [];
  while (last + 1 < end && /^\p{Lu}/u.test(tokens[last + 1].text) && !isBreakAfter(tokens[last], tokens[last + 1])) last++;
  if (last < 2 || last > 3 || !tokens.slice(1, last + 1).every(isTitleCaseWord)) return [];
  // "By Jane Smith Associated Press" in title case reads no further than a name of two or three words
  if (end > last + 1 && tokens[last].post === '' && last === 3) return [];
  const out: NewsSpan[] = [{ first: 1, last, type: 'PERSON', reason: 'byline' }];
  // "By Jane Smith and Kanako Takahara", "By Jane Smith and Ann Lee, BBC News": a second author of two or three words
  // that ends the line or comes before a comma
  const second = last + 2;
  if (tokens[last + 1]?.lower !== 'and' || second >= end || !isTitleCaseWord(tokens[second])) return out;
  let secondLast = second;
  while (secondLast + 1 < end && isTitleCaseWord(tokens[secondLast + 1]) && !isBreakAfter(tokens[secondLast], tokens[secondLast + 1])) secondLast++;
  const words = secondLast - second + 1;
  if (words >= 2 && words <= 3 && (secondLast === end - 1 || tokens[secondLast].post.trim() === ',')) {
    out.push({ first: second, last: secondLast, type: 'PERSON', reason: 'byline' });
  }
  return out;
}

/**
 * A byline that says where each reporter files from, tokens `[from, end)` (a unit of its own, or its first line after
 * "By"): "Clara Nyström in Brussels and Raj Mehta in London". Each name of two or three words before "in" is a person
 * (the places are left to the other passes); none when the line is anything else.
 */
function reportersLine(tokens: readonly Token[], from: number, end: number): NewsSpan[] {
  const out: NewsSpan[] = [];
  let i = from;
  while (i < end) {
    let last = i;
    while (last + 1 < end && last - i < 2 && isTitleCaseWord(tokens[last + 1]) && tokens[last].post === '') last++;
    if (last === i || !tokens.slice(i, last + 1).every(isTitleCaseWord) || tokens[last + 1]?.text !== 'in' || tokens[last].post !== '') return [];
    let place = last + 2;
    if (place >= end || !/^\p{Lu}/u.test(tokens[place].text)) return [];
    while (place + 1 < end && /^\p{Lu}/u.test(tokens[place + 1].text) && tokens[place].post === '') place++;
    out.push({ first: i, last, type: 'PERSON', reason: 'byline' });
    if (place === end - 1) return /^[.]?\s*$/.test(tokens[place].post) || end < tokens.length ? out : [];
    const and = tokens[place + 1].text === 'and';
    if (!and && tokens[place].post.trim() !== ',') return [];
    i = and ? place + 2 : place + 1;
  }
  return [];
}

// A word of a name in title case: "Jane", "O'Neill", "St.", "Owusu-Bright".
const isTitleCaseWord = (t: Token): boolean => /^\p{Lu}[\p{Ll}'’.-]/u.test(t.text);

/**
 * The authors of a wire byline in capitals, after "By" (token 0) in the unit's first `end` tokens: each a run of two to
 * four words in capitals, an initial among them ("MICHAEL R. DELACORTE"), several joined by "and" or a comma ("By GENE
 * JOHNSON and REBECCA BOONE Associated Press"). None when a run is one word.
 */
function shoutedByline(tokens: readonly Token[], end: number): NewsSpan[] {
  const out: NewsSpan[] = [];
  // ("R." is the token "R" with "." after it)
  const isInitial = (t: Token): boolean => /^\p{Lu}$/u.test(t.text) && t.post === '.';
  for (let first = 1; first < end && (isShoutedWord(tokens[first]));) {
    let last = first;
    while (last + 1 < end && last - first < 3 && (isShoutedWord(tokens[last + 1]) || isInitial(tokens[last + 1]))
      && (isInitial(tokens[last]) || !isBreakAfter(tokens[last], tokens[last + 1]))) last++;
    if (last === first || isInitial(tokens[last])) return [];
    out.push({ first, last, type: 'PERSON', reason: 'byline' });
    const next = tokens[last + 1];
    first = next?.lower === 'and' ? last + 2 : tokens[last].post === ',' ? last + 1 : end;
  }
  return out;
}

// A word in capitals of a name ("MARISOL", "O'NEILL"), not an initial.
const isShoutedWord = (t: Token): boolean => /^\p{Lu}[\p{Lu}'’-]+$/u.test(t.text);

/**
 * The people of a wire story's credits ("Reporting by Rupam Jain in New Delhi and Kim Lee; Editing by Ann Doe"): after
 * "by" that follows a credit word, each name of two or three capitalised words, several joined by "and" or a comma.
 * Sorted by first token.
 */
export function findCredits(tokens: readonly Token[]): NewsSpan[] {
  const out: NewsSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].lower !== 'by' || !CREDIT_WORDS.has(tokens[i - 1].lower)) continue;
    for (let first = i + 1; /^\p{Lu}\p{Ll}/u.test(tokens[first]?.text ?? '');) {
      let last = first;
      while (last - first < 2 && /^\p{Lu}[\p{Ll}'’.-]/u.test(tokens[last + 1]?.text ?? '') && !isBreakAfter(tokens[last], tokens[last + 1])) last++;
      if (last > first) out.push({ first, last, type: 'PERSON', reason: 'byline' });
      // ("Reporting by Colleen Howe in Beijing and Katya Golubkova in Tokyo": the place a reporter files from)
      let end = last;
      if (tokens[end + 1]?.lower === 'in' && tokens[end].post === '') {
        end++;
        while (end - last < 4 && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '') && !isBreakAfter(tokens[end], tokens[end + 1])) end++;
      }
      const next = tokens[end + 1];
      first = next?.lower === 'and' || (tokens[end].post === ',' && next !== undefined) ? end + (next?.lower === 'and' ? 2 : 1) : tokens.length;
    }
  }
  return out;
}
