import { isBodyHeadWord } from './context';
import { isBreakAfter } from './features';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/** Whether no break stands between any two tokens from `from` to `to`. */
function isGluedRun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBreakAfter(tokens[i], tokens[i + 1])) return false;
  return true;
}

/**
 * "member states in the Council of the EU", "the Commission of the African Union": a body's head alone, which the tagger
 * read as a name of one word and ended before "of", is that body's name with the name after "of" (and "the"): a span
 * right there, of any class but a people's word, joins it into one organisation. Spans stay sorted and disjoint.
 */
export function joinHeadsOf(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const of = tokens[s.last + 1];
    const name = of?.text === 'of' ? (tokens[s.last + 2]?.text === 'the' ? s.last + 3 : s.last + 2) : -1;
    const next = spans[k + 1];
    const isHeadOf = s.type === 'ORG' && s.first === s.last && isBodyHeadWord(tokens[s.first]) && name > 0 && next?.first === name
      && next.type !== 'GPE' && !tokens[s.first].isFirst && isGluedRun(tokens, s.last, name);
    if (isHeadOf) {
      out.push({ first: s.first, last: next.last, type: 'ORG' });
      k++;
    } else {
      out.push(s);
    }
  }
  return out;
}
