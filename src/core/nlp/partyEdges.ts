import { PARTIES } from './connectorSplits';
import { ORG_HEADS, PLACE_HEADS } from './lexicons';
import { isGivenNameToken } from './listedGivenNames';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// A span step (`spanSteps.ts`): a party's word the tagger read as one organisation with what follows it,
// a member's title or a member and the area they hold.

// Titles of members of a parliament or an assembly, written after their party ("the former Tory MP for Ardlow").
const MEMBER_TITLES = new Set(['MP', 'MPs', 'MSP', 'MSPs', 'MEP', 'MEPs', 'MLA', 'MLAs', 'MS', 'AM']);

// Words of a party's name as written before its members: "Conservative", "Liberal Democrat", "Lib Dem".
const isPartyWord = (t: Token): boolean => PARTIES.has(t.lower) || ['liberal', 'lib', 'dem', 'plaid'].includes(t.lower);

// A capitalised word of a person's surname: no body's or place's head.
const isSurname = (t: Token): boolean => /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower);

/**
 * "the former Tory MP for Ardlow", "the Conservative Dana Hebden on Wearside": an organisation the tagger read that
 * opens with a party's words is the party alone when a member's title ends it (`MEMBER_TITLES`), and the party, a
 * person and a place when a full name follows the party (a given name and one or two surnames) and "on", "in" or
 * "for" and capitalised words end it; a person's span that opens with a party's words before a full name is the person
 * alone. Spans stay sorted and disjoint.
 */
export function splitPartyTitles(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let party = s.first;
    while (party <= s.last && isPartyWord(tokens[party]) && /^\p{Lu}/u.test(tokens[party].text)) party++;
    // "ahead of Conservative Carl Macey", "Republican Connie Mack": a person read with the party before the name given in
    // full is the person alone
    if (s.type === 'PER' && party > s.first && s.last - party >= 1 && s.last - party <= 2 && tokens[party - 1].post === ''
      && isGivenNameToken(tokens[party]) && tokens.slice(party + 1, s.last + 1).every(isSurname)) {
      out.push({ first: party, last: s.last, type: 'PER' });
      continue;
    }
    if (s.type !== 'ORG' || party === s.first || party > s.last) {
      out.push(s);
      continue;
    }
    if (party === s.last && MEMBER_TITLES.has(tokens[s.last].text)) {
      out.push({ first: s.first, last: party - 1, type: 'ORG' });
      continue;
    }
    const given = tokens[party];
    const at = tokens.findIndex((t, i) => i > party && i <= s.last && ['on', 'in', 'for'].includes(t.text));
    const nameLast = (at < 0 ? s.last + 1 : at) - 1;
    const isPerson = isGivenNameToken(given) && nameLast - party >= 1 && nameLast - party <= 2
      && tokens.slice(party + 1, nameLast + 1).every(isSurname);
    const isPlace = at < 0 || (at < s.last && tokens.slice(at + 1, s.last + 1).every(t => /^\p{Lu}/u.test(t.text)));
    if (!isPerson || !isPlace) {
      out.push(s);
      continue;
    }
    out.push({ first: s.first, last: party - 1, type: 'ORG' }, { first: party, last: nameLast, type: 'PER' });
    if (at > 0) out.push({ first: at + 1, last: s.last, type: 'LOC' });
  }
  return out;
}
