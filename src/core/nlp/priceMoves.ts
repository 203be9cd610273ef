import { isBreakAfter } from './features';
import { isNumberToken } from './newsRules';
import type { Token } from './tokens';

// Verbs of a share price: "Sony fell 20 yen", "British Airways gained 8p to 652p".
const MOVES = new Set(['rose', 'fell', 'gained', 'lost', 'slipped', 'climbed', 'eased', 'dropped', 'added', 'jumped', 'firmed',
  'dipped', 'slid', 'tumbled', 'soared', 'surged', 'rallied', 'edged', 'shed', 'advanced', 'declined', 'plunged', 'slumped']);
// Units of a price or its change: "20 yen", "12 pence", "3 percent".
const PRICE_UNITS = new Set(['pence', 'p', 'cents', 'yen', 'percent', 'pct', 'euros', 'euro', 'francs', 'marks', 'pesos', 'rupees',
  'kronor', 'crowns', 'won', 'rand', 'ringgit', 'baht', 'dollars', 'points', 'pfennigs', 'lire']);

// Shares that moved most in a market report: "the biggest fallers", "the top gainers".
const MOVERS = new Set(['fallers', 'risers', 'gainers', 'losers', 'decliners', 'advancers', 'performers']);

/**
 * Whether the name ending at token `last` opens a row of a table of share prices, its next cell a price: "Brackens |
 * 2,146p | -1.8%", "Orvell Foods | $38.20 | +2.1%" (not a share of the vote: "Labour | 34.2% | +3.1").
 */
function isPriceRow(tokens: readonly Token[], last: number): boolean {
  const cell = tokens[last + 1];
  if (cell === undefined || !tokens[last].post.startsWith('|') || cell.sentence !== tokens[last].sentence) return false;
  let first = last;
  while (first > 0 && tokens[first - 1].sentence === tokens[last].sentence && tokens[first - 1].post === '') first--;
  return (first === 0 || tokens[first - 1].sentence !== tokens[first].sentence) && (/^\p{N}[\p{N}.,]*p$/u.test(cell.text) || /[$£€¥]/u.test(cell.pre + cell.text));
}

/**
 * Whether the name ending at token `last` is followed by a move of its share price: "Sony fell 20 yen", "Glaxo gained
 * 8p", "Hanson rose 2 percent to 88p": a price verb, then (after "to" or "by" at most) an amount in pence, cents, yen
 * or percent ("4%", "3 per cent"), or a number written with a currency; or "Lukoil was unchanged"; or a level said with
 * "was down", "were up" ("Tessaline was down 3%"), or "was among the biggest fallers".
 */
export function isPriceMove(tokens: readonly Token[], last: number): boolean {
  if (isPriceRow(tokens, last)) return true;
  const verb = tokens[last + 1];
  if (verb === undefined || tokens[last].isPossessive || isBreakAfter(tokens[last], verb)) return false;
  // "Lukoil was unchanged", "Fiat closed flat"
  if (['was', 'were', 'closed', 'ended', 'finished', 'held'].includes(verb.lower) && ['unchanged', 'flat'].includes(tokens[last + 2]?.lower ?? '')) return true;
  // "Veltrano was among the biggest fallers", "... were among the top gainers on the FTSE"
  if (['was', 'were'].includes(verb.lower) && tokens[last + 2]?.lower === 'among' && tokens.slice(last + 3, last + 6).some(t => MOVERS.has(t.lower))) return true;
  // "Tessaline was down 3%", "Quorbex and Veltrano were up 2 per cent"
  const isLevel = ['was', 'were', 'is', 'are', 'closed', 'ended', 'finished', 'traded'].includes(verb.lower) && ['down', 'up', 'off', 'higher', 'lower'].includes(tokens[last + 2]?.lower ?? '');
  if (!MOVES.has(verb.lower) && !isLevel) return false;
  let j = isLevel ? last + 3 : last + 2;
  if (['to', 'by', 'back'].includes(tokens[j]?.lower ?? '')) j++;
  const amount = tokens[j];
  if (amount === undefined || amount.sentence !== verb.sentence) return false;
  if (/^\p{N}[\p{N}.,]*p$/u.test(amount.text) || /[$£€¥]/u.test(amount.text + amount.pre)) return true;
  // "4%", "3 per cent"
  if (isNumberToken(amount) && (amount.post.startsWith('%') || (tokens[j + 1]?.lower === 'per' && tokens[j + 2]?.lower === 'cent'))) return true;
  // (a level in points is a poll's as often: "Ortega was down 4 points")
  return isNumberToken(amount) && PRICE_UNITS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1].sentence === verb.sentence && !(isLevel && tokens[j + 1].lower === 'points');
}
