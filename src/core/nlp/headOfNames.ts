import { isCountryWord } from '../countries/resolver';
import { isBodyHeadWord } from './context';
import { isBreakAfter } from './features';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/** Whether no break stands between any two tokens from `from` to `to`. */
function isGluedRun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBreakAfter(tokens[i], tokens[i + 1])) return false;
  return true;
}

// Heads of longer bodies' names beside those of isBodyHeadWord ("the Catholic Bishops' Conference of the Philippines").
const MORE_HEADS = new Set(['Conference', 'Board', 'Front', 'Forum', 'Chamber', 'Guild', 'Secretariat', 'Synod']);

/**
 * "member states in the Council of the EU", "the Commission of the African Union": a body's head alone, which the tagger
 * read as a name of one word and ended before "of", is that body's name with the name after "of" (and "the"): a span
 * right there, of any class but a people's word, joins it into one organisation. A longer body's name that ends on
 * its head joins a place after "of the" the same way ("the Energy Regulatory Commission of the Philippines"): the
 * tagger, which joins "of Ghana", rarely saw "of the". Spans stay sorted and disjoint.
 */
export function joinHeadsOf(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const of = tokens[s.last + 1];
    const next = spans[k + 1];
    const hasThe = tokens[s.last + 2]?.text === 'the';
    // the tagger's place may hold the "the" ("the Netherlands")
    const name = of?.text !== 'of' ? -1 : hasThe && next?.first !== s.last + 2 ? s.last + 3 : s.last + 2;
    const isPlace = next !== undefined
      && (next.type === 'LOC' || tokens.slice(next.first, next.last + 1).every(t => t.text === 'the' || isCountryWord(t.text)));
    const isLong = s.last > s.first && hasThe && isPlace && (isBodyHeadWord(tokens[s.last]) || MORE_HEADS.has(tokens[s.last].text));
    const isHeadOf = s.type === 'ORG' && (s.first === s.last ? !tokens[s.first].isFirst && isBodyHeadWord(tokens[s.first]) : isLong)
      && name > 0 && next?.first === name && next.type !== 'GPE' && isGluedRun(tokens, s.last, name);
    if (isHeadOf) {
      out.push({ first: s.first, last: next.last, type: 'ORG' });
      k++;
    } else {
      out.push(s);
    }
  }
  return out;
}
