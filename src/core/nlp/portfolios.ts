import { placeKind } from '../places/knownPlaces';
import { lexiconTag } from './engine';
import type { UnitState } from './unitState';

// "Health and Social Care Secretary", "Transport Secretary": the name ends with the post's word
const ENDS_WITH_POST = /\s(?:Secretary|Minister|Commissioner)$/;
// "Health and Social Care Secretary Wes Streeting" split into a body and a person: the post's word follows
const POST_AFTER = /^\s(?:Secretary|Minister|Commissioner)\b/;
// "Minister for the Ecological Transition", "Secretary of State for Energy Security": the portfolio after the post
const PORTFOLIO_BEFORE = /\b(?:Secretary|Minister|Commissioner)(?: of State)? for (?:the )?$/;

// "Minister of Science, Technology and Innovation": a field after "Minister of", and the fields listed after it
const FIELD_POST_BEFORE = /\b(?:Minister|Ministry|Secretary|Department|Commissioner|Director|Chancellor) of (?:the )?$/;

// Endings of fields' nouns the lexicon may not know ("Climatology", "Fisheries").
const FIELD_ENDING = /(?:ology|ics|ion|ment|ure|ty|ism|ies|ing|ance|ence)s?$/;

/**
 * Whether the words `surface` name a field: each a common word the lexicon knows (no place's or name's) or one with a
 * field's ending, and no place the lists know ("Kerala"; "Industry Thein Thun" is a field and a person).
 */
const isFieldName = (surface: string): boolean => placeKind(surface) === undefined && surface.split(/\s+/).every(w => {
  const tag = lexiconTag(w.toLowerCase());
  return /^\p{Lu}\p{Ll}+$/u.test(w) && (tag === undefined ? FIELD_ENDING.test(w) : !/Place|City|Region|Country|Name|Person/.test(tag));
});

// "Chief Electoral Officer Manoj Das", "Deputy County Attorney Brandon Felt": the middle of an office's title, between its
// rank and its office
const RANK_BEFORE = /\b(?:Chief|Deputy|Assistant|Acting|Senior|Principal|Interim)\s$/;
const OFFICE_AFTER = /^\s(?:Officer|Attorney|Inspector|Constable|Superintendent|Examiner|Registrar|Coroner|Prosecutor|Counsel|Clerk|Scientist|Adviser|Advisor|Economist)\b/;

/**
 * Part of the coordination pass (`pipeline.ts`): a government post's title or portfolio the tagger read as a body is
 * no name: an organisation only the tagger read that ends with a post's word ("Transport Secretary", "The Health and
 * Social Care Secretary, Wes Streeting,"), that the post's word follows ("Health and Social Care" of "Health and
 * Social Care Secretary Wes Streeting"), or that follows "Minister for" ("Minister for the Ecological Transition");
 * and any the tagger read that names a field after "Minister of", with the fields listed after it ("Minister of
 * Science, Technology and Innovation"; not "Chief Minister of Kerala", a place).
 * A rule's or a list's body stays ("EU Commissioner"). Drops mentions; order kept.
 */
export function dropPortfolios(state: UnitState): void {
  const { text } = state;
  state.mentions = state.mentions.filter(m => {
    if (m.source !== 'tagger') return true;
    // (the cheap test first: a field stands after "of", "the" or a list's comma or "and")
    const isField = FIELD_GAP.test(text.slice(Math.max(0, m.start - 5), m.start)) && isFieldName(text.slice(m.start, m.end))
      && isAfterFieldPost(text, m.start);
    return !(isField || isOfficeMiddle(text, m.start, m.end) || (m.type === 'ORG' && (ENDS_WITH_POST.test(text.slice(m.start, m.end))
      || POST_AFTER.test(text.slice(m.end, m.end + 14)) || PORTFOLIO_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))));
  });
}

// What stands right before a field: "Minister of |", "of the |", "Education, |", "Science and |".
const FIELD_GAP = /(?:of|the|,|and|&) $/;
// A field listed before another: "Education, ", "Science and ".
const LISTED_FIELD = /(?:^|\s)(\p{Lu}\p{Ll}+)(?:, (?:and )?|,? and |,? & )$/u;

/**
 * Whether `start` opens a field after "Minister of" and the fields listed before it ("Minister of Education, Science and
 * |Technology"); the list closes at its "and" (the name after "... and Technology, " is no field).
 */
function isAfterFieldPost(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - 160), start);
  for (let k = 0; k < 6; k++) {
    if (FIELD_POST_BEFORE.test(before)) return true;
    const listed = LISTED_FIELD.exec(before);
    if (listed === null || !isFieldName(listed[1])) return false;
    // only the last field follows "and"
    if (k > 0 && /and|&/.test(listed[0].slice(listed[1].length + 1))) return false;
    before = before.slice(0, before.length - listed[0].length + (listed[0].startsWith(listed[1]) ? 0 : 1));
  }
  return false;
}

/** Whether the words at `[start, end)` stand between an office's rank and the office ("Chief Electoral Officer"). */
function isOfficeMiddle(text: string, start: number, end: number): boolean {
  return RANK_BEFORE.test(text.slice(Math.max(0, start - 14), start)) && OFFICE_AFTER.test(text.slice(end, end + 16));
}
