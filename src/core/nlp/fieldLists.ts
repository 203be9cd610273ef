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

/** Whether `t` is one capitalised word that can stand for a field: no name the lexicon, the place lists or the given names know. */
const isFieldWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text)
  && !NAMED.test(t.lexTag ?? '') && !isCountryWord(t.text) && placeKind(t.text) === undefined && !isListedGivenName(t.text);

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
    if (!isFieldWord(tokens[i]) || tokens[i].post !== ',' || tokens[i - 1]?.post === ',') continue;
    // the fields: "Foreign, Commonwealth and"
    let k = i + 1;
    while (isFieldWord(tokens[k]) && tokens[k].post === ',' && tokens[k].sentence === tokens[i].sentence) k++;
    // two fields at least: "Aubenas, and her Iraqi interpreter" is no list
    const and = isFieldWord(tokens[k]) && tokens[k + 1]?.text === 'and' && tokens[k].post === '' ? k + 1 : -1;
    if (and < 0 || tokens[and].sentence !== tokens[i].sentence || !/^\p{Lu}/u.test(tokens[and + 1]?.text ?? '')) continue;
    // the last part: "Development Office", "Citizenship Canada", "Geophysical Agency"
    let last = and + 1;
    while (last < and + 3 && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '') && isGlued(tokens, last, last + 1)) last++;
    if (!/^\p{Lu}/u.test(tokens[last]?.text ?? '') || !isGlued(tokens, and, last)) continue;
    if (!PUBLIC_HEADS.has(tokens[last].text) && !(isCountryWord(tokens[last].text) && !isDemonymWord(tokens[last].text))) continue;
    // "the Department for Environment": the tagger's name before the first field, ending with "for" or "of" and it
    const opener = spans.find(s => s.last === i && s.first < i - 1 && (tokens[i - 1].text === 'for' || tokens[i - 1].text === 'of'));
    bodies.push({ first: opener?.first ?? i, last, type: 'ORG' });
    i = last;
  }
  return giveWay(spans, bodies);
}
