import { isGivenNameToken } from './listedGivenNames';
import { isNumberToken } from './newsRules';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// The codes of a player's position written before the name in line-ups and injury notes: netball ("GS Olivia Tchine",
// "GK Razia Quashie"), American football ("CB Marlon Humphrey", "DT Nnamdi Madubuike"), hockey and baseball.
const POSITION_CODES = new Set(['GS', 'GA', 'WA', 'WD', 'GD', 'GK', 'QB', 'RB', 'WR', 'TE', 'OT', 'OG', 'OL', 'DT', 'DE', 'DL', 'LB',
  'ILB', 'OLB', 'CB', 'FS', 'SS', 'LT', 'RT', 'LG', 'RG', 'LW', 'RW', 'LF', 'CF', 'RF', 'SP', 'RP', 'DH']);

/**
 * Whether token `i` is a player's position code before a given name ("GK Razia Quashie"; not "RB Leipzig", "SS Lazio")
 * or a scoring summary's field goal before the kicker ("FG McPherson").
 */
export function isPositionBeforeName(tokens: readonly Token[], i: number): boolean {
  const code = tokens[i];
  const next = tokens[i + 1];
  if (next === undefined || code.post !== '' || next.sentence !== code.sentence) return false;
  return (POSITION_CODES.has(code.text) && isGivenNameToken(next)) || (code.text === 'FG' && /^\p{Lu}\p{Ll}/u.test(next.text));
}

/**
 * A step over the tagger's spans (spanSteps.ts): a player's position code that opens a span is no word of the name,
 * where a given name follows it ("CB Marlon Humphrey" is "Marlon Humphrey"; "DE Shaw", "WA Police" stay), and the
 * field goal of a scoring summary before the kicker and the distance ("FG McPherson 41") neither. The rest of the span
 * is a person. Spans stay sorted and disjoint.
 */
export function dropPositionCodes(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => {
    if (s.last === s.first || !isPositionBeforeName(tokens, s.first)) return s;
    if (tokens[s.first].text !== 'FG') return s.last > s.first + 1 ? { first: s.first + 1, last: s.last, type: 'PER' } : s;
    // (the kicker alone: the distance after him is no word of his name)
    const after = tokens[s.first + 2];
    return after !== undefined && after.sentence === tokens[s.first].sentence && isNumberToken(after) ? { first: s.first + 1, last: s.first + 1, type: 'PER' } : s;
  });
}
