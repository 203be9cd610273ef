import { findAuthors } from './authors';
import { findClubMoves } from './clubMoves';
import { addListedCompanies } from './companyLists';
import { findCompanies } from './context';
import { findKinNames } from './kinNames';
import { findTitledNames } from './newsRules';
import { findBodiesBeforeRoles } from './rolePrefixes';
import { findResultClubs } from './resultClubs';
import { isResultCode } from './tableLines';
import { mentionOf } from './taggedNames';
import type { UnitState } from './unitState';

/**
 * Pass (`pipeline.ts`): names the tagger missed where no mention stands yet: companies by their context, people by
 * a title before them, bodies before a role and the sides of a result (which also retype the tagger's place or person
 * of the same span).
 */
export function addMissedNames(state: UnitState): void {
  const { text, tokens, mentions: out } = state;
  // "shares in Vodafone", "Toyota spokesman": a company the tagger missed; "Baroness Jones", "Mr Cable": a person.
  const missed = [
    // (not a results list's code: "Tomas Walsh (NZL) 22.90 WL", a country's and a record's, beside prices' look-alikes)
    ...findCompanies(tokens).filter(c => c.first !== c.last || !isResultCode(tokens, c.first)).map(c => ({ ...c, type: 'ORG' as const, reason: 'company-context' })),
    ...findTitledNames(tokens),
    // "Newcastle striker Alan Shearwood", "Labour leader Tony Blair": the body before a role (rolePrefixes.ts)
    ...findBodiesBeforeRoles(tokens),
    // "Newcastle won 1-0 at Everton": the sides of a result (resultClubs.ts)
    ...findResultClubs(tokens),
    // "Kelmarsh sold their captain", "on loan at Dunmore": clubs by a transfer (clubMoves.ts)
    ...findClubMoves(tokens),
    // "their daughter Adaeze", "his wife Cherie": a relative after a family tie (kinNames.ts)
    ...findKinNames(tokens),
    // "Shakespeare's shortest tragedy", "Mozart's operas": a work's author (authors.ts)
    ...findAuthors(tokens).map(a => ({ ...a, type: 'PERSON' as const, reason: 'author' })),
  ];
  for (const c of missed) {
    const start = tokens[c.first].start;
    const end = tokens[c.last].end;
    const clash = out.filter(m => m.start < end && start < m.end);
    // "Middlesbrough midfielder Juninho": the body before a role is an organisation where the tagger read a place or a person
    const same = clash.length === 1 && clash[0].start === start && clash[0].end === end && clash[0].source === 'tagger';
    if (same && ['body-before-role', 'result', 'club-move'].includes(c.reason) && clash[0].type !== 'ORG') out.splice(out.indexOf(clash[0]), 1);
    // "under Prof. Patrizia Lanzetti", "Dr Eberhard Kunz": a name after a title is a person where the tagger read another type
    else if (same && c.type === 'PERSON' && clash[0].type !== 'PERSON') out.splice(out.indexOf(clash[0]), 1);
    else if (clash.length > 0) continue;
    // A titled name has always counted as the tagger's (its reason says "tagger" too): grouping lets it vote on
    // the type of its text as the tagger's names do.
    out.push(c.type === 'PERSON' ? mentionOf(text, tokens, c.first, c.last, 'PERSON') : { start, end, type: c.type, source: 'context', reason: c.reason });
  }
  // "Microsoft, Veltrano and Amazon": one-word names listed with a company (companyLists.ts)
  addListedCompanies(state);
}
