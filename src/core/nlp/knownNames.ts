import type { RawMention } from '../model';
import { findByline, findCredits } from './bylines';
import { findDateline, type NewsSpan } from './newsRules';
import { findKnownOrgs, type RuleSpan } from './rules';
import { findAmpersandNames, findFirmPairs } from './companyNames';
import { findClubNames } from './sportNames';
import { findTableNames } from './tableLines';
import { findLabelledNames } from './factLabels';
import { findBoxScoreNames } from './boxScores';
import type { UnitState } from './unitState';

/**
 * Pass (`pipeline.ts`): datelines and bylines ("NEW YORK, March 3 (Reuters) -", "By Jane Smith"), then the known
 * organisations outside them, then the names of results, standings and scoreboard lines outside both. Sets `state.known` (sorted by first token), which the tagger's names give way to.
 */
export function addKnownNames(state: UnitState): void {
  const { tokens } = state;
  const news = [...findDateline(tokens), ...findByline(tokens), ...findCredits(tokens)];
  const found: (RuleSpan | NewsSpan)[] = [...news, ...findKnownOrgs(tokens).filter(k => !news.some(n => n.first <= k.last && k.first <= n.last))];
  // "Hartlepool 2 Bradford 2", "G. Rennick c Palawatta b Vasan 12": the names of table lines (tableLines.ts);
  // "Referee: Matteo Bracchi": the names after a fact box's labels (factLabels.ts); "Price 10-21 5-6 31, Rose 7-14 2-4 18":
  // the players of a box score (boxScores.ts);
  // "Real Madrid", "Leeds United": clubs in sports copy (sportNames.ts); "Marks & Spencer", "Slaughter and May acting" (companyNames.ts)
  // (a label's or a line-up's reading of a name goes before a table line's: "Tavinho (Keskinen 81);" is a substitute)
  const table = [...findLabelledNames(tokens), ...findBoxScoreNames(tokens), ...findTableNames(state.text, tokens), ...findClubNames(tokens), ...findAmpersandNames(state.text, tokens), ...findFirmPairs(tokens)].sort((a, b) => a.first - b.first)
    .filter((t, k, all) => !found.some(x => x.first <= t.last && t.first <= x.last) && !all.slice(0, k).some(x => x.first <= t.last && t.first <= x.last));
  const known = [...found, ...table].sort((a, b) => a.first - b.first);
  state.known = known;
  state.mentions.push(...known.map((k): RawMention => ({
    start: tokens[k.first].start,
    end: tokens[k.last].end,
    type: k.type,
    source: 'known',
    reason: k.reason,
    ...('name' in k && typeof k.name === 'string' && k.name ? { name: k.name } : {}),
  })));
}
