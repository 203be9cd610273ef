import { isBreakAfter } from './features';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// Nouns of a numbered unit of an army: "1st Battalion", "2nd Squadron", "45 Commando".
const UNIT_NOUNS = new Set(['battalion', 'squadron', 'company', 'regiment', 'brigade', 'division', 'commando', 'platoon', 'troop', 'battery']);
// The most words of the regiment's name after "The": "The Royal Regiment of Scotland".
const MAX_WORDS = 6;

/**
 * "Soldiers from 1st Battalion, The Mercian Regiment", "the 2nd Battalion, The Rifles": a numbered unit is written with
 * its regiment after a comma and "The", one name that the tagger reads as two or leaves half. A span of an ordinal and a
 * unit's noun, a comma and "The" right after it, takes in "The" and the capitalised words after it (with an "of"
 * between two of them) up to the next break, the spans there with them. Spans stay sorted and disjoint.
 */
export function joinMilitaryUnits(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const the = tokens[s.last + 1];
    const isUnit = s.type === 'ORG' && s.last > s.first && /^\d+(?:st|nd|rd|th)?$/.test(tokens[s.first].text) && UNIT_NOUNS.has(tokens[s.last].lower)
      && tokens[s.last].post === ',' && the?.text === 'The' && the.sentence === tokens[s.last].sentence;
    let last = s.last + 1;
    if (isUnit) {
      for (let i = s.last + 2; i <= s.last + 1 + MAX_WORDS && i < tokens.length && !isBreakAfter(tokens[i - 1], tokens[i]); i++) {
        const t = tokens[i];
        const isOf = t.text === 'of' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && !isBreakAfter(t, tokens[i + 1]);
        if (!/^\p{Lu}/u.test(t.text) && !isOf) break;
        if (!isOf) last = i;
      }
    }
    if (!isUnit || last === s.last + 1) {
      out.push(s);
      continue;
    }
    // the spans the regiment's name holds go into the unit ("Mercian Regiment"); one that reaches past it stops the join
    let j = k + 1;
    while (j < spans.length && spans[j].last <= last) j++;
    if (j < spans.length && spans[j].first <= last) {
      out.push(s);
      continue;
    }
    out.push({ first: s.first, last, type: 'ORG' });
    k = j - 1;
  }
  return out;
}
