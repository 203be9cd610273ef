import type { UnitState } from './unitState';

// A firm's name ends with an abbreviated suffix in wire style, and keeps its full stop: "Japan Investment Corp.",
// "Sumitomo Mitsui Banking Corp.", "Acme Holdings Inc.", "Tata Sons Ltd.".
const COMPANY_ABBREVIATIONS = /(?:^|\s)(?:Corp|Inc|Co|Cos|Ltd|Bros|Mfg)$/;

// A person's generation after the name ("John G. Roberts Jr.") and a US state in the agencies' abbreviations ("EUGENE,
// Ore. (AP)", "Spokane, Wash."), which keep their full stop too.
const PERSON_ABBREVIATIONS = /\s(?:Jr|Sr)$/;
const STATE_ABBREVIATIONS = /(?:^|\s)(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/;

// A date's month, abbreviated, after a preposition at a name's end: "Jefferson Hills Medical Center on Dec. 31" (the
// name ran on over the date).
const TRAILING_DATE = / (?:on|in|from|until|by) (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/**
 * Pass step (`pipeline.ts`, with the coordination steps): an organisation whose name ends with an abbreviated company
 * suffix, a person's with "Jr" or "Sr" and a place's with a state's abbreviation take the full stop after it into
 * the span, and a name that ran on over a preposition and an abbreviated month
 * ends before them. Changes `state.mentions` in place.
 */
export function keepAbbreviationStops(state: UnitState): void {
  const { text, mentions } = state;
  for (let i = 0; i < mentions.length; i++) {
    const date = TRAILING_DATE.exec(text.slice(mentions[i].start, mentions[i].end));
    if (date && text[mentions[i].end] === '.') mentions[i] = { ...mentions[i], end: mentions[i].end - date[0].length };
    const m = mentions[i];
    const tail = text.slice(Math.max(m.start, m.end - 7), m.end);
    const abbreviation = m.type === 'ORG' ? COMPANY_ABBREVIATIONS : m.type === 'PERSON' ? PERSON_ABBREVIATIONS : m.type === 'PLACE' ? STATE_ABBREVIATIONS : undefined;
    if (text[m.end] !== '.' || abbreviation === undefined || !abbreviation.test(tail)) continue;
    // (no mention starts right after it)
    if (mentions[i + 1]?.start === m.end + 1) continue;
    mentions[i] = { ...m, end: m.end + 1 };
  }
}
