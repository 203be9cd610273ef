import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// News agencies an agency's byline or hub link names by their initials ("AP Sports Writer", "AP NFL: https://...").
const AGENCIES = new Set(['AP', 'AFP', 'UPI', 'PA', 'dpa', 'DPA', 'ANSA', 'EFE', 'IANS', 'PTI', 'AAP', 'CP']);
// A desk's title after the agency: "AP Sports Writer", "AFP Correspondent", "AP Medical Writer".
const DESK_ROLES = new Set(['writer', 'writers', 'correspondent', 'correspondents', 'reporter', 'editor', 'photographer']);

/**
 * A step over the tagger's spans (spanSteps.ts): an agency's initials opening a span go on their own, as a body, where
 * the rest is the desk's title ("AP Sports Writer": the agency, no name after it) or other initials ("AP NFL": the
 * agency and the league, two bodies). Spans stay sorted and disjoint.
 */
export function splitAgencyDesks(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const agency = tokens[s.first];
    if (s.last === s.first || !AGENCIES.has(agency.text) || agency.post !== '') {
      out.push(s);
      continue;
    }
    const after = tokens[s.last + 1];
    const isDesk = DESK_ROLES.has(tokens[s.last].lower) || (after !== undefined && after.sentence === agency.sentence && tokens[s.last].post === '' && DESK_ROLES.has(after.lower));
    if (isDesk) out.push({ first: s.first, last: s.first, type: 'ORG' });
    else if (s.last === s.first + 1 && /^\p{Lu}{2,5}$/u.test(tokens[s.last].text)) out.push({ first: s.first, last: s.first, type: 'ORG' }, { first: s.last, last: s.last, type: 'ORG' });
    else out.push(s);
  }
  return out;
}
