import { KNOWN_ORGS } from './knownOrgs';
import { BYLINE_ROLES } from './personEdges';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// News agencies an agency's byline or hub link names by their initials ("AP Sports Writer", "AP NFL: https://..."): the
// known organisations' agencies in capitals ("AFP", "PTI", "EFE"), and those initials too ambiguous to list there.
const AGENCIES = new Set([...KNOWN_ORGS.filter(o => o.reason === 'news agency').flatMap(o => o.forms).filter(f => /^\p{Lu}{2,5}$/u.test(f)),
  'AP', 'UPI', 'PA', 'AAP', 'CP', 'dpa']);
// A desk's title after the agency: a byline's role, one or several ("AP Sports Writer", "AFP Correspondent", "AP Photographer").
const isDeskRole = (word: string): boolean => BYLINE_ROLES.has(word) || BYLINE_ROLES.has(word.replace(/s$/, '')) || word === 'photographer';

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
    const isDesk = isDeskRole(tokens[s.last].lower) || (after !== undefined && after.sentence === agency.sentence && tokens[s.last].post === '' && isDeskRole(after.lower));
    if (isDesk) out.push({ first: s.first, last: s.first, type: 'ORG' });
    else if (s.last === s.first + 1 && /^\p{Lu}{2,5}$/u.test(tokens[s.last].text)) out.push({ first: s.first, last: s.first, type: 'ORG' }, { first: s.last, last: s.last, type: 'ORG' });
    else out.push(s);
  }
  return out;
}
