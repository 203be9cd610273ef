import { ORG_HEADS, PLACE_HEADS, ROLE_WORDS } from './lexicons';
import { RANK_TITLES } from './rules';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * A body, a rank or a post, and a person, read by the tagger as one name: "AFP Detective Superintendent Grant Wells",
 * "NSW Police Detective Acting Superintendent Melissa Carr-Hughes". The body is an organisation, the titles are the
 * person's role, and the person is the name after them.
 */

// Words of a title that the lists of roles and ranks leave out: "Acting Superintendent", "Deputy Commissioner".
const TITLE_WORDS = new Set(['Acting', 'Deputy', 'Assistant', 'Chief', 'Senior', 'Principal', 'Interim']);
// Capitalised words before a title that name no body of their own ("Police Commissioner Karen Webb").
const GENERIC = new Set(['Police', 'Army', 'Government', 'State', 'Federal', 'National', 'Former', 'The']);

const isTitleWord = (t: Token): boolean => RANK_TITLES.has(t.text) || TITLE_WORDS.has(t.text) || (/^\p{Lu}/u.test(t.text) && ROLE_WORDS.has(t.lower));
const isNameWord = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !isTitleWord(t);
const isBodyWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && !isTitleWord(t);

/**
 * A step over the tagger's spans (spanSteps.ts): a span that opens with one to three words of a body, goes on with two
 * title words or more, a rank among them (a rank and its grade: "Detective Superintendent"), and ends with a person's name of two or three
 * words is split into the body (an organisation, unless it is a generic word: "Police") and the person. Spans stay
 * sorted and disjoint.
 */
export function splitBodyTitlePerson(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    // (no punctuation inside, save a surname's hyphen: "Carr-Hughes")
    if (s.type === 'GPE' || s.last - s.first < 4 || tokens.slice(s.first, s.last).some(t => t.post !== '' && t.post !== '-')) {
      out.push(s);
      continue;
    }
    let title = s.first;
    while (title <= s.last && isBodyWord(tokens[title])) title++;
    let name = title;
    while (name <= s.last && isTitleWord(tokens[name])) name++;
    const bodyWords = title - s.first;
    const nameWords = s.last - name + 1 - tokens.slice(name, s.last).filter(t => t.post === '-').length;
    // (a rank among the titles: "Detective Superintendent"; not "NSW Police State Crime Command")
    const hasRank = tokens.slice(title, name).some(t => RANK_TITLES.has(t.text));
    if (bodyWords < 1 || bodyWords > 3 || name - title < 2 || !hasRank || nameWords < 2 || nameWords > 3 || !tokens.slice(name, s.last + 1).every(isNameWord)) {
      out.push(s);
      continue;
    }
    if (!(bodyWords === 1 && GENERIC.has(tokens[s.first].text))) out.push({ first: s.first, last: title - 1, type: 'ORG' });
    out.push({ first: name, last: s.last, type: 'PER' });
  }
  return out;
}
