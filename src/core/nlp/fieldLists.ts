import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { isListedGivenName } from './listedGivenNames';
import { giveWay } from './spanLists';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Bodies named by a list of their fields: "the Foreign, Commonwealth and Development Office", "the Department for
 * Environment, Food and Rural Affairs", "Immigration, Refugees and Citizenship Canada", "the Meteorology, Climatology
 * and Geophysical Agency". The tagger cuts them at the commas into a word or two each.
 */

// What a field's word is never: a name of its own.
const NAMED = /Name|Person|Place|City|Country|Region|Organization|Demonym|Acronym|Honorific/;
// Heads of the public bodies named so (not "Group" or "Company": "Tesco, Sainsbury and Asda Group" are three firms).
const PUBLIC_HEADS = new Set(['Office', 'Agency', 'Department', 'Ministry', 'Authority', 'Commission', 'Council', 'Service',
  'Executive', 'Board', 'Directorate', 'Affairs', 'Committee', 'Inspectorate', 'Institute']);

/**
 * Whether `t` is one capitalised word that can stand for a field: no name the lexicon, the place lists or the given names
 * know (`afterHead`: after a public body's head and "for" or "of", where a small town's name is no risk: "Media", "Energy").
 */
const isFieldWord = (t: Token | undefined, afterHead = false): boolean => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text)
  && !NAMED.test(t.lexTag ?? '') && !isCountryWord(t.text) && (afterHead || (placeKind(t.text) === undefined && !isListedGivenName(t.text)));

/** Whether the words `[from, to]` lie in one sentence with only spaces between them. */
const isGlued = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (tokens[i].post !== '' || tokens[i + 1].pre !== '' || tokens[i + 1].sentence !== tokens[i].sentence) return false;
  return true;
};

/**
 * A step over the tagger's spans (spanSteps.ts): two or more field words set off by commas, "and", and one to three
 * capitalised words ending with a public body's head or a country ("... and Development Office", "... and Citizenship
 * Canada"), are one body, with the name the tagger read just before the first field when it ends in "for" or "of" and
 * that field ("the Department for Environment, ..."). The spans they meet give way to it. Spans stay sorted and disjoint.
 */
export function joinFieldsBeforeHeads(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const bodies: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "the Department for Culture, ...", "the Department of Climate Change, ...": a public body's head and "for" or "of"
    // before the first field (of one word or two)
    const of = tokens[i - 1]?.text === 'for' || tokens[i - 1]?.text === 'of' ? i - 1 : tokens[i - 2]?.text === 'for' || tokens[i - 2]?.text === 'of' ? i - 2 : -1;
    const afterHead = of > 0 && PUBLIC_HEADS.has(tokens[of - 1].text) && tokens.slice(of + 1, i).every(t => isFieldWord(t, true) && t.post === '');
    // the field word at `k`, or after "the" there ("Energy, the Environment and Water"): its index, or -1
    const field = (k: number): number => (isFieldWord(tokens[k], afterHead) ? k : tokens[k]?.text === 'the' && isFieldWord(tokens[k + 1], afterHead) ? k + 1 : -1);
    if (!isFieldWord(tokens[i], afterHead) || tokens[i].post !== ',' || tokens[i - 1]?.post === ',') continue;
    // the fields: "Foreign, Commonwealth and"
    let k = i + 1;
    while (field(k) >= 0 && tokens[field(k)].post === ',' && tokens[k].sentence === tokens[i].sentence) k = field(k) + 1;
    // two fields at least: "Aubenas, and her Iraqi interpreter" is no list
    const lastField = field(k);
    const and = lastField >= 0 && tokens[lastField + 1]?.text === 'and' && tokens[lastField].post === '' ? lastField + 1 : -1;
    if (and < 0 || tokens[and].sentence !== tokens[i].sentence) continue;
    const start = tokens[and + 1]?.text === 'the' ? and + 2 : and + 1;
    if (!/^\p{Lu}/u.test(tokens[start]?.text ?? '')) continue;
    // the last part: "Development Office", "Citizenship Canada", "Geophysical Agency"
    let last = start;
    while (last < start + 2 && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '') && isGlued(tokens, last, last + 1)) last++;
    if (!/^\p{Lu}/u.test(tokens[last]?.text ?? '') || !isGlued(tokens, start, last)) continue;
    // "the Department for Environment": the tagger's name before the first field, ending with "for" or "of" and it
    // (or its first field of two words: "the Department of Climate Change, Energy, ...")
    // (or the tagger read the head alone, or nothing: "the Ministry" + "of Economy, Trade and Industry")
    const opener = of < 0 ? undefined : spans.find(s => s.last === i && s.first < of)
      ?? (afterHead ? spans.find(s => s.first <= of - 1 && s.last >= of - 1 && s.last <= i) ?? { first: of - 1, last: of - 1, type: 'ORG' as const } : undefined);
    const isHeaded = PUBLIC_HEADS.has(tokens[last].text) || (isCountryWord(tokens[last].text) && !isDemonymWord(tokens[last].text));
    // ("the Department for Science, Innovation and Technology": after a public body's head and "for", the fields alone)
    const isOpened = opener !== undefined && afterHead && tokens.slice(start, last + 1).every(t => isFieldWord(t, true));
    if (!isHeaded && !isOpened) continue;
    // (a span of an earlier step holds it whole already: "the Arizona Department of Corrections, Rehabilitation and Reentry")
    if (spans.some(s => s.first <= Math.min(of < 0 ? i : of - 1, i) && s.last >= last)) {
      i = last;
      continue;
    }
    bodies.push({ first: opener?.first ?? i, last, type: 'ORG' });
    i = last;
  }
  return giveWay(spans, bodies);
}
