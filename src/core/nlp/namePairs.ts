import { isCountryWord } from '../countries/resolver';
import { isKnownPlace } from './connectorSplits';
import { COMPASS_POINTS } from './compass';
import { CLUB_AFTER, isBodyHeadWord } from './context';
import { PLACE_HEADS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// A word that may end a name shared by both sides of its "and": a body's, a place's or a club's last word, in the
// singular or the plural ("Hobart and William Smith Colleges", "Turks and Caicos Islands", "Brighton and Hove Albion").
export const isSharedHead = (t: Token): boolean => isBodyHeadWord(t) || PLACE_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower.replace(/s$/, ''))
  || isBodyHeadWord({ ...t, text: t.text.replace(/s$/, ''), lower: t.lower.replace(/s$/, '') }) || CLUB_AFTER.has(t.text);

// The last word of a name that ends there, whole: a compass point or a word the lexicon knows as a place's ("Electricity
// North West", "Visit Kent"), not a field that a head after the "and" may end ("Dundee Science and Music Festival").
const isPlaceEnd = (t: Token): boolean => COMPASS_POINTS.has(t.text) || /City|Place|Region|Country/.test(t.lexTag ?? '');

/**
 * "according to Electricity North West and Northern Powergrid", "won by Acme Holdings and Bexley Transit Partners": a
 * body's or a place's tagged span with one "and" between capitalised words is two names when the side before the "and"
 * is a name of its own: two words or more ending in a body's head, or ending as a place's name does (`isPlaceEnd`) with
 * two words or more after the "and" that end in no word a body's, a place's or a club's name ends with
 * (`isSharedHead`: "Dundee Science and Music Festival", "Brighton and Hove Albion" stay). Never a country's or a listed
 * place's own name ("Sao Tome and Principe"); one-word sides ("Marks and Spencer") and people's names stay as they
 * are. Each side keeps the span's class, or is a place when the lists know it. Spans stay sorted and disjoint.
 */
export function splitNamePairs(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const words = tokens.slice(s.first, s.last + 1);
    const and = s.first + words.findIndex(t => t.lower === 'and');
    const isPair = (s.type === 'ORG' || s.type === 'LOC') && and > s.first && and < s.last && and - s.first + s.last - and > 2
      && words.every(t => t.lower === 'and' ? t === tokens[and] : /^\p{Lu}/u.test(t.text))
      && !isCountryWord(words.map(t => t.text).join(' ')) && !isKnownPlace(tokens, s.first, s.last);
    if (!isPair) {
      out.push(s);
      continue;
    }
    const before = tokens[and - 1];
    const end = tokens[s.last];
    // ("Amazon MGM Studios and Apple TV": the side before ends in a body's head, a name of its own)
    const isComplete = and - s.first >= 2 && isBodyHeadWord(before);
    // ("Electricity North West and Northern Powergrid": two words or more each side, the first ending as a place's name
    // does, no head they share)
    const isTwoNames = and - s.first >= 2 && s.last - and >= 2 && !isSharedHead(end) && isPlaceEnd(before);
    if (!isComplete && !isTwoNames) {
      out.push(s);
      continue;
    }
    const typeOf = (first: number, last: number): TaggedSpan['type'] => (isKnownPlace(tokens, first, last) ? 'LOC' : s.type);
    out.push({ first: s.first, last: and - 1, type: typeOf(s.first, and - 1) }, { first: and + 1, last: s.last, type: typeOf(and + 1, s.last) });
  }
  return out;
}
