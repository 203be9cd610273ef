import type { UnitState } from './unitState';

// "Health and Social Care Secretary", "Transport Secretary": the name ends with the post's word
const ENDS_WITH_POST = /\s(?:Secretary|Minister|Commissioner)$/;
// "Health and Social Care Secretary Wes Streeting" split into a body and a person: the post's word follows
const POST_AFTER = /^\s(?:Secretary|Minister|Commissioner)\b/;
// "Minister for the Ecological Transition", "Secretary of State for Energy Security": the portfolio after the post
const PORTFOLIO_BEFORE = /\b(?:Secretary|Minister|Commissioner)(?: of State)? for (?:the )?$/;

// "Chief Electoral Officer Manoj Das", "Deputy County Attorney Brandon Felt": the middle of an office's title, between its
// rank and its office
const RANK_BEFORE = /\b(?:Chief|Deputy|Assistant|Acting|Senior|Principal|Interim)\s$/;
const OFFICE_AFTER = /^\s(?:Officer|Attorney|Inspector|Constable|Superintendent|Examiner|Registrar|Coroner|Prosecutor|Counsel|Clerk|Scientist|Adviser|Advisor|Economist)\b/;

/**
 * Part of the coordination pass (`pipeline.ts`): a government post's title or portfolio the tagger read as a body is
 * no name: an organisation only the tagger read that ends with a post's word ("Transport Secretary", "The Health and
 * Social Care Secretary, Wes Streeting,"), that the post's word follows ("Health and Social Care" of "Health and
 * Social Care Secretary Wes Streeting"), or that follows "Minister for" ("Minister for the Ecological Transition").
 * A rule's or a list's body stays ("EU Commissioner"). Drops mentions; order kept.
 */
export function dropPortfolios(state: UnitState): void {
  const { text } = state;
  state.mentions = state.mentions.filter(m => m.source !== 'tagger' || !(isOfficeMiddle(text, m.start, m.end) || (m.type === 'ORG'
    && (ENDS_WITH_POST.test(text.slice(m.start, m.end)) || POST_AFTER.test(text.slice(m.end, m.end + 14))
      || PORTFOLIO_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))))));
}

/** Whether the words at `[start, end)` stand between an office's rank and the office ("Chief Electoral Officer"). */
function isOfficeMiddle(text: string, start: number, end: number): boolean {
  return RANK_BEFORE.test(text.slice(Math.max(0, start - 14), start)) && OFFICE_AFTER.test(text.slice(end, end + 16));
}
