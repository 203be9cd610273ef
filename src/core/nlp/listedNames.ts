import type { EntityType, RawMention } from '../model';
import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { HONORIFICS, ROLE_HEADS, ROLE_WORDS, TIME_WORDS } from './lexicons';
import { SURNAME_PARTICLES } from './names';
import type { Token } from './tokens';
import type { UnitState } from './unitState';

type Kind = Exclude<EntityType, 'COUNTRY'>;
const kindOf = (type: EntityType): Kind => (type === 'COUNTRY' ? 'PLACE' : type);

// What joins two items of a list, a scorer's count allowed after an item: ", ", " and ", ", or ", " & ";
// "Curnow 4, Cripps 2, McKay".
const LIST_GAP = /^(?:\s+\d{1,3})?(?:,\s*|,?\s+(?:and|or|&)\s+)$/;
const CLOSING_GAP = /\s(?:and|or|&)\s/;
// A list set out on a line of its own after a label: "Goals: Curnow 4, McKay", "To bat: K Okafor, M Ridley".
const LINE_OPENING = /(?:^|\n)[^\n.]*:\s*$/;
const LINE_CLOSING = /^(?:\s+\d{1,3})?\s*(?:$|\n)/;
// The sources sure of a name's type: a list, a rule, a known name, the gazetteer.
const STRONG_SOURCES: ReadonlySet<string> = new Set(['gazetteer', 'known', 'context', 'head', 'acronym']);
// Capitalised words that are no name's words in a list: "Both", "Other", "Others", "All".
const NOT_LISTED = new Set(['the', 'a', 'an', 'both', 'other', 'others', 'all', 'many', 'some', 'several', 'each', 'every',
  'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'not', 'i', 'we', 'they', 'he',
  'she', 'it', 'you', 'also', 'then', 'but', 'plus', 'elsewhere', 'meanwhile']);

interface Item {
  readonly start: number;
  readonly end: number;
  readonly mention?: RawMention;
  /** One word the lexicon knows as an adjective ("Naked", "Maritime"): listed as a name only on a line of names. */
  readonly isAdjective?: boolean;
  /** A name cut in two, part found and part not ("De Goey" read as "Goey"): an item of the list, neither found nor missing. */
  readonly isPart?: boolean;
}

/**
 * Part of the coordination pass (`pipeline.ts`): names listed together are of one kind, and a capitalised word or two that sits in a list of
 * names of one kind, but that no pass read, is one more of them: "Siemens, Vantor and Nokia" (firms), "across
 * Lanarkshire, Dunmere and Fife" (places), "Goals: Halloran 3, Petrie 2, McBride, Oduya" (people). A list is closed by
 * "and", "or" or "&", or set out on a line of its own after a label ("Goals:"), with three items or more. Its names
 * must all be of one kind, two of them at least, or one that a rule, a list of known names or the gazetteer found.
 * Not listed: a sentence's first word the lexicon knows as a common one ("Apple and Meta"), demonyms, countries' names,
 * titles, months and days. Adds mentions (`coordination`, reason `listed-name`); keeps `mentions` sorted.
 */
export function addListedNames(state: UnitState): void {
  const { text, tokens, mentions } = state;
  const items = listItems(text, tokens, mentions);
  const added: RawMention[] = [];
  const listed = new Set<RawMention>();
  let i = 0;
  while (i < items.length) {
    let j = i;
    while (j + 1 < items.length && LIST_GAP.test(text.slice(items[j].end, items[j + 1].start))) j++;
    let chain = items.slice(i, j + 1);
    i = j + 1;
    const gaps = chain.slice(1).map((c, k) => text.slice(chain[k].end, c.start));
    // "By Jane Roe and Tom Ash, BBC Wales": the list ends with the item after its "and"
    let closing = gaps.length - 1;
    while (closing >= 0 && !CLOSING_GAP.test(gaps[closing])) closing--;
    const isClosed = closing >= 0;
    if (isClosed) chain = chain.slice(0, closing + 2);
    if (chain.length < 2) continue;
    const found = chain.filter(c => c.mention !== undefined).map(c => c.mention!);
    // "the Movement for the Emancipation of the Niger Delta, or MEND": an acronym after ", or" is the name's short form
    const isAlias = (c: Item): boolean => /^\p{Lu}+$/u.test(text.slice(c.start, c.end)) && /,\s+or\s+$/.test(text.slice(c.start - 6, c.start));
    const missing = chain.filter(c => c.mention === undefined && !c.isPart && !isAlias(c));
    if (found.length === 0) continue;
    // "Japanese and Korean firms": demonyms list adjectives, not names
    if (found.some(m => m.via === 'demonym')) continue;
    // "Cllr Moira Tennant (Lib Dem, Brereton and Wheelock)": a party opening brackets is a member's affiliation, and
    // what follows it (a ward, a seat) no more of its kind
    if (chain[0].mention?.reason === 'known-org:political party' && /\(\s*$/.test(text.slice(Math.max(0, chain[0].start - 2), chain[0].start))) continue;
    // the kind most of its names have, a sure reading counting twice, more than all the others together
    // ("Karnataka, Maharashtra, Tellapur and Madhya Pradesh", the last read as a body)
    const votes = new Map<Kind, number>();
    for (const m of found) votes.set(kindOf(m.type), (votes.get(kindOf(m.type)) ?? 0) + (STRONG_SOURCES.has(m.source) ? 2 : 1));
    const total = [...votes.values()].reduce((a, b) => a + b, 0);
    const [kind, most] = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (2 * most <= total) continue;
    const same = found.filter(m => kindOf(m.type) === kind);
    // the tagger's guesses alone are sure of a list's kind when there are three of them ("the Severn, Wye and Avon",
    // two rivers read as bodies, are not)
    const isLine = chain.length >= 3 && LINE_OPENING.test(text.slice(Math.max(0, chain[0].start - 40), chain[0].start))
      && LINE_CLOSING.test(text.slice(chain[chain.length - 1].end, chain[chain.length - 1].end + 6));
    if (!isClosed && !isLine) continue;
    if (!same.some(m => STRONG_SOURCES.has(m.source)) && (same.length < 2 || found.length < (isLine ? 2 : 3))) continue;
    for (const c of missing) if (isLine || !c.isAdjective) added.push({ start: c.start, end: c.end, type: kind, source: 'coordination', reason: 'listed-name' });
    // "Daicos 2, Hill 2, Sidebottom": the tagger's lone words in such a list have the list behind them (evidenceGate.ts)
    for (const m of same) if (m.source === 'tagger' && m.reason === 'tagger') listed.add(m);
  }
  if (added.length === 0 && listed.size === 0) return;
  state.mentions = [...mentions.map(m => (listed.has(m) ? { ...m, reason: 'tagger+listed' } : m)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * The mentions and the runs of capitalised words no mention covers, in text order: one to three words of one sentence
 * with nothing but a space between them ("Grande Cache"), a leading "The" left out.
 */
function listItems(text: string, tokens: readonly Token[], mentions: readonly RawMention[]): Item[] {
  const items: Item[] = mentions.map(m => ({ start: m.start, end: m.end, mention: m }));
  let m = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (m < mentions.length && mentions[m].end <= tokens[k].start) m++;
    if (isCovered(tokens[k], mentions[m]) || !isListedWord(tokens[k])) continue;
    let last = k;
    while (last + 1 < tokens.length && last - k < 2 && tokens[last].post === '' && tokens[last + 1].sentence === tokens[k].sentence
      && isListedWord(tokens[last + 1]) && !isCovered(tokens[last + 1], mentions[m])
      && /^ $/.test(text.slice(tokens[last].end, tokens[last + 1].start))) last++;
    if (isWordOk(tokens, k, last)) items.push({ start: tokens[k].start, end: tokens[last].end, isAdjective: k === last && /Adjective/.test(tokens[k].lexTag ?? '') });
    k = last;
  }
  items.sort((a, b) => a.start - b.start);
  // "De Goey" read as "Goey": a run of capitals right before or after a name, a space between, is part of that item
  const out: Item[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (prev.mention === undefined) !== (item.mention === undefined) && item.start === prev.end + 1 && text[prev.end] === ' ') {
      out[out.length - 1] = { start: prev.start, end: item.end, isPart: true };
    } else out.push(item);
  }
  return out;
}

const isCovered = (t: Token, m: RawMention | undefined): boolean => m !== undefined && m.start < t.end && t.start < m.end;

// A capitalised word, an acronym or a word with capitals inside ("McKay", "SAP", "NatWest"), with no digit.
// (not "I’m", "I'll")
const isListedWord = (t: Token): boolean => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(t.text) && !/['’]\p{Ll}{1,2}$/u.test(t.text) && !NOT_LISTED.has(t.lower);

/** Whether the words `first..last` may be a listed name (not "Monday", "President", "French", "Apple" opening a sentence). */
function isWordOk(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (HONORIFICS.has(t.lower) || ROLE_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower) || TIME_WORDS.has(t.lower)) return false;
    // ("De Goey", "Van Dijk": a surname's particle, capitalised, is no determiner)
    if (/Month|WeekDay|Date|Pronoun|Determiner|Conjunction|Preposition/.test(t.lexTag ?? '') && !(SURNAME_PARTICLES.has(t.lower) && t.post === '' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) return false;
  }
  const t = tokens[first];
  if (first === last && (isCountryWord(t.text) || isDemonymWord(t.text) || /Demonym/.test(t.lexTag ?? ''))) return false;
  // "Apple and Meta were fined": a sentence's first word may be a common noun's capital
  return !(t.isFirst && t.lexTag !== undefined && !/Name|Place|City|Region|Organization|ProperNoun/.test(t.lexTag));
}
