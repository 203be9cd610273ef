import { isBreakAfter } from './features';
import { isNumberToken } from './newsRules';
import type { Token } from './tokens';

// Verbs of a share price: "Sony fell 20 yen", "British Airways gained 8p to 652p".
const MOVES = new Set(['rose', 'fell', 'gained', 'lost', 'slipped', 'climbed', 'eased', 'dropped', 'added', 'jumped', 'firmed',
  'dipped', 'slid', 'tumbled', 'soared', 'surged', 'rallied', 'edged', 'shed', 'advanced', 'declined', 'plunged', 'slumped']);
// Units of a price or its change: "20 yen", "12 pence", "3 percent".
const PRICE_UNITS = new Set(['pence', 'p', 'cents', 'yen', 'percent', 'pct', 'euros', 'euro', 'francs', 'marks', 'pesos', 'rupees',
  'kronor', 'crowns', 'won', 'rand', 'ringgit', 'baht', 'dollars', 'points', 'pfennigs', 'lire']);

/**
 * Whether the name ending at token `last` is followed by a move of its share price: "Sony fell 20 yen", "Glaxo gained
 * 8p", "Hanson rose 2 percent to 88p": a price verb, then (after "to" or "by" at most) an amount in pence, cents, yen
 * or percent, or a number written with a currency; or "Lukoil was unchanged".
 */
export function isPriceMove(tokens: readonly Token[], last: number): boolean {
  const verb = tokens[last + 1];
  if (verb === undefined || tokens[last].isPossessive || isBreakAfter(tokens[last], verb)) return false;
  // "Lukoil was unchanged", "Fiat closed flat"
  if (['was', 'were', 'closed', 'ended', 'finished', 'held'].includes(verb.lower) && ['unchanged', 'flat'].includes(tokens[last + 2]?.lower ?? '')) return true;
  if (!MOVES.has(verb.lower)) return false;
  let j = last + 2;
  if (['to', 'by', 'back'].includes(tokens[j]?.lower ?? '')) j++;
  const amount = tokens[j];
  if (amount === undefined || amount.sentence !== verb.sentence) return false;
  if (/^\p{N}[\p{N}.,]*p$/u.test(amount.text) || /[$£€¥]/u.test(amount.text + amount.pre)) return true;
  return isNumberToken(amount) && PRICE_UNITS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1].sentence === verb.sentence;
}
