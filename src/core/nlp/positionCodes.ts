import { isGivenNameToken } from './listedGivenNames';
import { isNumberToken } from './newsRules';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// The codes of a player's position written before the name in line-ups and injury notes: netball ("GS Olivia Tchine",
// "GK Razia Quashie"), American football ("CB Marlon Humphrey", "DT Nnamdi Madubuike"), hockey and baseball.
const POSITION_CODES = new Set(['GS', 'GA', 'WA', 'WD', 'GD', 'GK', 'QB', 'RB', 'WR', 'TE', 'OT', 'OG', 'OL', 'DT', 'DE', 'DL', 'LB',
  'ILB', 'OLB', 'CB', 'FS', 'SS', 'LT', 'RT', 'LG', 'RG', 'LW', 'RW', 'LF', 'CF', 'RF', 'SP', 'RP', 'DH']);

/** Whether a word is a player's position code or a scoring summary's field goal ("CB", "GS", "FG"). */
export const isPositionCode = (t: Token): boolean => POSITION_CODES.has(t.text) || t.text === 'FG';

/**
 * A step over the tagger's spans (spanSteps.ts): a player's position code that opens a span is no word of the name,
 * where a given name follows it ("CB Marlon Humphrey" is "Marlon Humphrey"; "DE Shaw", "WA Police" stay), and the
 * field goal of a scoring summary before the kicker and the distance ("FG McPherson 41") neither. The rest of the span
 * is a person. Spans stay sorted and disjoint.
 */
export function dropPositionCodes(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => {
    if (s.last === s.first) return s;
    const code = tokens[s.first];
    const next = tokens[s.first + 1];
    if (code.post !== '' || next.sentence !== code.sentence) return s;
    const isPosition = POSITION_CODES.has(code.text) && s.last > s.first + 1 && isGivenNameToken(next);
    const after = tokens[s.first + 2];
    const isFieldGoal = code.text === 'FG' && /^\p{Lu}\p{Ll}/u.test(next.text) && after !== undefined && after.sentence === code.sentence && isNumberToken(after);
    if (isFieldGoal) return { first: s.first + 1, last: s.first + 1, type: 'PER' };
    return isPosition ? { first: s.first + 1, last: s.last, type: 'PER' } : s;
  });
}
