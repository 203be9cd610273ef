import type { Token } from './tokens';
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
 * Pass step (`pipeline.ts`, with the coordination steps): a name that ends with an abbreviation keeps the full stop
 * after it (an organisation's company suffix, a person's "Jr" or "Sr", a place's state or province: "Sacramento,
 * Calif.", "Toronto, Ont.", one word the lexicon knows as an abbreviation), and a name that ran on over a preposition
 * and an abbreviated month ends before them. Changes `state.mentions` in place.
 */
export function keepAbbreviationStops(state: UnitState): void {
  const { text, tokens, mentions } = state;
  let byStart: Map<number, Token> | undefined;
  const isAbbreviationWord = (start: number, end: number): boolean => {
    byStart ??= new Map(tokens.map(t => [t.start, t]));
    const t = byStart.get(start);
    return t !== undefined && t.end === end && /Abbreviation/.test(t.lexTag ?? '');
  };
  for (let i = 0; i < mentions.length; i++) {
    const date = TRAILING_DATE.exec(text.slice(mentions[i].start, mentions[i].end));
    if (date && text[mentions[i].end] === '.') mentions[i] = { ...mentions[i], end: mentions[i].end - date[0].length };
    const m = mentions[i];
    if (text[m.end] !== '.') continue;
    const tail = text.slice(Math.max(m.start, m.end - 7), m.end);
    const isAbbreviated = m.type === 'ORG' ? COMPANY_ABBREVIATIONS.test(tail) : m.type === 'PERSON' ? PERSON_ABBREVIATIONS.test(tail)
      : m.type === 'PLACE' && (STATE_ABBREVIATIONS.test(tail) || isAbbreviationWord(m.start, m.end));
    // (no mention starts right after it)
    if (!isAbbreviated || mentions[i + 1]?.start === m.end + 1) continue;
    mentions[i] = { ...m, end: m.end + 1 };
  }
}
