import type { UnitState } from './unitState';

// A firm's name ends with an abbreviated suffix in wire style, and keeps its full stop: "Japan Investment Corp.",
// "Sumitomo Mitsui Banking Corp.", "Acme Holdings Inc.", "Tata Sons Ltd.".
const COMPANY_ABBREVIATIONS = /(?:^|\s)(?:Corp|Inc|Co|Cos|Ltd|Bros|Mfg)$/;

// A date's month, abbreviated, after a preposition at a name's end: "Jefferson Hills Medical Center on Dec. 31" (the
// name ran on over the date).
const TRAILING_DATE = / (?:on|in|from|until|by) (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/**
 * Pass step (`pipeline.ts`, with the coordination steps): an organisation whose name ends with an abbreviated company
 * suffix takes the full stop after it into its span, and a name that ran on over a preposition and an abbreviated month
 * ends before them. Changes `state.mentions` in place.
 */
export function keepAbbreviationStops(state: UnitState): void {
  const { text, mentions } = state;
  for (let i = 0; i < mentions.length; i++) {
    const date = TRAILING_DATE.exec(text.slice(mentions[i].start, mentions[i].end));
    if (date && text[mentions[i].end] === '.') mentions[i] = { ...mentions[i], end: mentions[i].end - date[0].length };
    const m = mentions[i];
    if (m.type !== 'ORG' || text[m.end] !== '.' || !COMPANY_ABBREVIATIONS.test(text.slice(Math.max(m.start, m.end - 5), m.end))) continue;
    // (no mention starts right after it)
    if (mentions[i + 1]?.start === m.end + 1) continue;
    mentions[i] = { ...m, end: m.end + 1 };
  }
}
