import type { Paragraph, PlacedMention } from '../model';
import { partitionPoint } from '../text/search';
import { spanAt } from '../text/spans';
import { ParagraphMemo } from '../pipeline/paragraphMemo';

/**
 * An organisation called again by the head noun of its name: "the Church" after "the Church of Scientology", "the
 * Commission" after "the Electoral Commission". Article-level, before grouping: where exactly one organisation of the
 * article is headed by the noun, "the" + the capitalised noun is that organisation (its `name`, so it joins it).
 */

// Heads of institutions' names that news writes alone for the body once it is named ("the Church said").
const HEADS = new Set(['Church', 'Commission', 'Council', 'Committee', 'Ministry', 'Department', 'Agency', 'Authority',
  'Foundation', 'Institute', 'University', 'College', 'Museum', 'Court', 'Tribunal', 'Assembly', 'Parliament', 'Army',
  'Navy', 'Corporation', 'Company', 'Bank', 'Board', 'Federation', 'Union', 'Association', 'Society', 'Party', 'Front',
  'Movement', 'Alliance', 'League', 'Trust', 'Service', 'Office', 'Bureau', 'Police']);

// "the Church" as written: "the" or "The", one space, the head, then no letter and no "of" (a body of its own:
// "the Church of England" is another church).
const SHORT_FORM = /\b[Tt]he (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])(?! of\b)/gu;

/** The head noun of an organisation's name that `HEADS` lists: its first word ("Church of X") or its last ("X Church"). */
function headOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  if (words[1] === 'of' && HEADS.has(words[0])) return words[0];
  const last = words[words.length - 1];
  return HEADS.has(last) ? last : undefined;
}

/**
 * Adds "the Church" for the one organisation of the article named "Church of Scientology" (source `repeat`, reason
 * `short-form`, `name` the full name), inside paragraphs and outside every mention. A head that heads two
 * organisations' names, or none, adds nothing. Input and output sorted by start and non-overlapping.
 */
export function addShortForms(text: string, mentions: readonly PlacedMention[], paragraphs: readonly Paragraph[]): PlacedMention[] {
  const byHead = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const name = m.name ?? text.slice(m.start, m.end);
    const head = headOf(name);
    if (head === undefined) continue;
    const seen = byHead.get(head);
    byHead.set(head, seen === undefined || seen === name ? name : null);
  }
  if (![...byHead.values()].some(v => v !== null)) return [...mentions];
  const found: PlacedMention[] = [];
  for (const match of text.matchAll(SHORT_FORM)) {
    const name = byHead.get(match[1]);
    if (!name) continue;
    const start = match.index + match[0].length - match[1].length;
    const end = start + match[1].length;
    const p = spanAt(paragraphs, start);
    if (!p || end > p.end || overlaps(mentions, start, end)) continue;
    found.push({ start, end, type: 'ORG', source: 'repeat', reason: 'short-form', name, paragraph: p.index });
  }
  return found.length === 0 ? [...mentions] : [...mentions, ...found].sort((a, b) => a.start - b.start);
}

/** Whether a mention of `sorted` (by start, disjoint) overlaps `[start, end)`, by binary search. */
function overlaps(sorted: readonly PlacedMention[], start: number, end: number): boolean {
  const i = partitionPoint(0, sorted.length, k => sorted[k].end <= start);
  return i < sorted.length && sorted[i].start < end;
}

// A short word with a capital after its first letter, alone: "DfT", "TfL" (and "McX", which no initials match).
const MIXED_WORD = /(?<![\p{L}\p{N}])\p{Lu}\p{L}{0,4}\p{Lu}\p{L}?(?![\p{L}\p{N}])/gu;

/** The words of `paragraph` shaped like mixed-case initials, each with its offset. */
const mixedWords = (paragraph: string): [string, number][] => [...paragraph.matchAll(MIXED_WORD)].map(m => [m[0], m.index]);

// Words of a body's name that its mixed-case initials keep in lower case: "Department for Transport" -> "DfT".
const SMALL_WORDS: ReadonlySet<string> = new Set(['for', 'of', 'and']);

/**
 * The initials a body's name is written with in mixed case, "DfT" for "Department for Transport", "TfL" for
 * "Transport for London", "DfE" for "Department for Education": a capital for each capitalised word and a small
 * letter for "for", "of" or "and" ("the" is left out). Undefined where the name has no such small word (its
 * initials are all capitals, which the tagger and the bracket rule find), another word in lower case, or fewer than
 * two capitals.
 */
export function mixedInitials(name: string): string | undefined {
  let out = '';
  let capitals = 0;
  for (const word of name.split(/\s+/)) {
    if (word === 'the') continue;
    if (SMALL_WORDS.has(word)) out += word[0];
    else if (/^\p{Lu}/u.test(word)) {
      out += word[0];
      capitals++;
    } else return undefined;
  }
  return capitals >= 2 && out.length <= 6 && out !== out.toUpperCase() ? out : undefined;
}

/**
 * Adds a body's mixed-case initials where the article writes them ("A DfT spokesperson said" after "the Department
 * for Transport"), which the tagger, reading word by word, leaves out: source and reason `acronym`, `name` the full
 * name, inside paragraphs and outside every mention. Each paragraph's such words are read once and kept in `memo`,
 * so an edit reads only the edited paragraphs. Input and output sorted by start and non-overlapping.
 */
export function addMixedInitials(text: string, mentions: readonly PlacedMention[], paragraphs: readonly Paragraph[],
  memo = new ParagraphMemo()): PlacedMention[] {
  const byInitials = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const name = m.name ?? text.slice(m.start, m.end);
    const initials = mixedInitials(name);
    if (initials !== undefined && !byInitials.has(initials)) byInitials.set(initials, name);
  }
  if (byInitials.size === 0) return [...mentions];
  const found: PlacedMention[] = [];
  for (const p of paragraphs) {
    for (const [word, offset] of memo.of(mixedWords, text, p)) {
      const name = byInitials.get(word);
      if (name === undefined) continue;
      const start = p.start + offset;
      const end = start + word.length;
      if (!overlaps(mentions, start, end)) found.push({ start, end, type: 'ORG', source: 'acronym', reason: 'acronym', name, paragraph: p.index });
    }
  }
  return found.length === 0 ? [...mentions] : [...mentions, ...found].sort((a, b) => a.start - b.start);
}

