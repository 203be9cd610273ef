import type { Paragraph, PlacedMention } from '../model';
import { spanAt } from '../spans';
import { lexiconTag } from './engine';

const NAME_TAGS = /(?:MaleName|FemaleName|FirstName|LastName|Person)/;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}\-]/u.test(c);

/**
 * Article-level fixes for people that one paragraph alone cannot see, applied before grouping:
 * - "Jaishankar and Motegi" read as one name splits into two people when both are people of the article;
 * - a person's full name or surname written again where the tagger missed it ("Last month, Jaishankar had
 *   said") becomes a mention (reason "repeat"). Only exact, whole-word, capitalised occurrences inside
 *   paragraphs count, and never a word the lexicon knows as an ordinary word ("Rice" stays rice).
 * Input and output are sorted by start and non-overlapping; offsets into `text`.
 */
export function completePeople(text: string, mentions: readonly PlacedMention[], paragraphs: readonly Paragraph[]): PlacedMention[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const s = text.slice(m.start, m.end);
    names.add(s);
    if (/\s/.test(s)) names.add(s.slice(s.search(/\S+$/)));
  }
  if (names.size === 0) return [...mentions];
  const out: PlacedMention[] = [];
  for (const m of mentions) {
    const s = text.slice(m.start, m.end);
    const pair = / and /.exec(s);
    if (m.type !== 'PERSON' && pair && names.has(s.slice(0, pair.index)) && names.has(s.slice(pair.index + 5))) {
      const cut = m.start + pair.index;
      out.push({ start: m.start, end: cut, type: 'PERSON', reason: 'pair', paragraph: m.paragraph });
      out.push({ start: cut + 5, end: m.end, type: 'PERSON', reason: 'pair', paragraph: m.paragraph });
    } else out.push(m);
  }
  const found: PlacedMention[] = [];
  // Covered code units: overlap checks in O(name length) instead of scanning every mention.
  const taken = new Uint8Array(text.length);
  for (const m of out) taken.fill(1, m.start, m.end);
  const isFree = (a: number, b: number): boolean => {
    for (let i = a; i < b; i++) if (taken[i]) return false;
    return true;
  };
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const tag = lexiconTag(name.toLowerCase());
    if (tag !== undefined && !NAME_TAGS.test(tag)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      const p = spanAt(paragraphs, at);
      if (!p || end > p.end || !isFree(at, end)) continue;
      found.push({ start: at, end, type: 'PERSON', reason: 'repeat', paragraph: p.index });
      taken.fill(1, at, end);
    }
  }
  return [...out, ...found].sort((a, b) => a.start - b.start);
}
