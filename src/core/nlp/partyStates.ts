import type { RawMention } from '../model';
import type { UnitState } from './unitState';

/**
 * The state in an American lawmaker's party tag, AP style: "Sen. Jane Doe, D-Mass.", "Rep. John Roe, R-N.Y.". The
 * tokenizer keeps the tag one word ("D-Mass"); the state after the hyphen is a place.
 */

// The Associated Press's abbreviations of the states (the eight short names, "Iowa", "Texas"..., are written whole).
const AP_STATES = new Set(['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.',
  'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.',
  'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
  'Alaska', 'Hawaii', 'Idaho', 'Iowa', 'Maine', 'Ohio', 'Texas', 'Utah']);

// A party's letter, a hyphen and the state, as the text writes it ("D-Mass.", "R-Texas", "I-Vt.").
const PARTY_TAG = /(?<![\p{L}\p{N}.-])[DRI]-((?:\p{Lu}\.){2}|\p{Lu}\.\p{Lu}\p{Ll}\.|\p{Lu}\p{Ll}+\.?)(?=[,;)\s]|$)/gu;

/**
 * Part of the coordination pass (`pipeline.ts`): the state of each party tag that no mention covers, as a place (its
 * full stop included). Adds mentions (`coordination`, reason `party-state`); keeps `mentions` sorted.
 */
export function addPartyStates(state: UnitState): void {
  const { text, mentions } = state;
  if (!text.includes('-')) return;
  const added: RawMention[] = [];
  for (const m of text.matchAll(PARTY_TAG)) {
    if (!AP_STATES.has(m[1])) continue;
    const start = m.index + 2;
    const end = start + m[1].length;
    if (mentions.some(x => x.start < end && start < x.end)) continue;
    added.push({ start, end, type: 'PLACE', source: 'coordination', reason: 'party-state' });
  }
  if (added.length === 0) return;
  state.mentions = [...mentions, ...added].sort((a, b) => a.start - b.start);
}
