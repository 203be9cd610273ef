import type { Paragraph, PlacedMention } from '../model';
import { spanAt } from '../text/spans';
import { ParagraphMemo } from '../pipeline/paragraphMemo';
import { runSteps } from '../pipeline/steps';
import { lexiconTag } from './engine';
import { TITLE_SURNAMES } from './titleSurnames';

const NAME_TAGS = /(?:MaleName|FemaleName|FirstName|LastName|Person)/;
const WORD_CHAR = /[\p{L}\p{N}\-]/u;

/** Whether one UTF-16 code unit is a word character (letter, digit, hyphen), memoised per code unit. */
const wordCodes = new Int8Array(0x10000).fill(-1);
function isWordCode(c: number): boolean {
  let w = wordCodes[c];
  if (w < 0) wordCodes[c] = w = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return w === 1;
}
const isWordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));

/**
 * Article-level fixes for people that one paragraph alone cannot see, applied before grouping:
 * - "Jaishankar and Motegi" read as one name splits into two people when both are people of the article;
 * - a person's full name or surname written again where the tagger missed it ("Last month, Jaishankar had
 *   said") becomes a mention (reason "repeat"). Only exact, whole-word, capitalised occurrences inside
 *   paragraphs count, and never a word the lexicon knows as an ordinary word ("Rice" stays rice).
 * Input and output are sorted by start and non-overlapping; offsets into `text`.
 */
export function completePeople(text: string, mentions: readonly PlacedMention[], paragraphs: readonly Paragraph[]): PlacedMention[] {
  return runSteps(completePeopleSteps(text, mentions, paragraphs));
}

/**
 * `completePeople` in resumable steps: each paragraph's runs of word characters are indexed once (a name can
 * only start where a run of word characters starts, and that run is the name's first word) and kept in `memo`, so after an edit only the edited paragraphs are read again; it yields every few hundred
 * paragraphs. Its return value is exactly `completePeople(text, mentions, paragraphs)`.
 */
export function* completePeopleSteps(
  text: string,
  mentions: readonly PlacedMention[],
  paragraphs: readonly Paragraph[],
  memo = new ParagraphMemo(),
): Generator<void, PlacedMention[], void> {
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
      out.push({ start: m.start, end: cut, type: 'PERSON', source: 'pair', reason: 'pair', paragraph: m.paragraph });
      out.push({ start: cut + 5, end: m.end, type: 'PERSON', source: 'pair', reason: 'pair', paragraph: m.paragraph });
    } else out.push(m);
  }
  yield;
  // Longer names claim the text first; names of the same length in the order they were first seen.
  // Only names written with a capital: a lower-case word is never a person's name alone ("and" in "X and Y").
  const ordered = [...names].filter(name => !/^\p{Ll}/u.test(name)).sort((a, b) => b.length - a.length);
  // A name that is also an ordinary word ("Brown", "Rice") counts only where the word cannot be read otherwise.
  // (pushed, not mapped: see `order` in groupMentionsSteps, entities/group.ts)
  const isOrdinary: boolean[] = [];
  for (const name of ordered) {
    const tag = lexiconTag(name.toLowerCase());
    isOrdinary.push(tag !== undefined && !NAME_TAGS.test(tag));
  }
  const occurrences = yield* findOccurrences(text, ordered, paragraphs, memo);
  yield;
  const found: PlacedMention[] = [];
  // Covered code units: overlap checks in O(name length) instead of scanning every mention.
  const taken = new Uint8Array(text.length);
  for (const m of out) taken.fill(1, m.start, m.end);
  const isFree = (a: number, b: number): boolean => {
    for (let i = a; i < b; i++) if (taken[i]) return false;
    return true;
  };
  for (const { name, at } of occurrences) {
    const end = at + ordered[name].length;
    const p = spanAt(paragraphs, at);
    if (!p || end > p.end || !isFree(at, end)) continue;
    if (isOrdinary[name] && !isNameUse(text, at, end, p.start)) continue;
    // a surname that is a title opens another name where a capitalised word follows: "King Charles" after "Edmund King"
    if (TITLE_SURNAMES.has(ordered[name]) && NAME_AFTER.test(text.slice(end, end + 2))) continue;
    found.push({ start: at, end, type: 'PERSON', source: 'repeat', reason: 'repeat', paragraph: p.index });
    taken.fill(1, at, end);
  }
  yield;
  return [...out, ...found].sort((a, b) => a.start - b.start);
}

interface Occurrence {
  /** Index into the ordered names. */
  readonly name: number;
  readonly at: number;
}

/** Paragraphs read per step of `findOccurrences`. */
const PARAGRAPH_BATCH = 150;

/**
 * Every whole-word occurrence of each name inside `paragraphs` (overlapping ones included), ordered by name (as
 * given) and then by position: what `indexOf` per name would find there. A name that starts with a word character
 * can only occur where a run of word characters starts, and that run is then exactly the name's leading run: each
 * paragraph's runs (`nameRuns`, kept in `memo`; a paragraph's first and last characters are next to white space, so
 * its runs are the text's) are looked up among the names' leading runs. The rare name starting otherwise is looked
 * up with `indexOf`, over the whole text.
 */
function* findOccurrences(
  text: string,
  names: readonly string[],
  paragraphs: readonly Paragraph[],
  memo: ParagraphMemo,
): Generator<void, Occurrence[], void> {
  const byLeadingRun = new Map<string, number[]>();
  const found: Occurrence[] = [];
  const isWholeWord = (at: number, end: number) => !isWordAt(text, at - 1) && !isWordAt(text, end);
  names.forEach((name, i) => {
    if (name.length === 0 || !isWordCode(name.charCodeAt(0))) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (isWholeWord(at, at + name.length)) found.push({ name: i, at });
      }
      return;
    }
    let j = 1;
    while (j < name.length && isWordCode(name.charCodeAt(j))) j++;
    const run = name.slice(0, j);
    const list = byLeadingRun.get(run);
    if (list) list.push(i);
    else byLeadingRun.set(run, [i]);
  });
  for (let k = 0; k < paragraphs.length; k++) {
    if (k > 0 && k % PARAGRAPH_BATCH === 0) yield;
    const p = paragraphs[k];
    for (const [run, starts] of memo.of(nameRuns, text, p)) {
      const candidates = byLeadingRun.get(run);
      if (!candidates) continue;
      for (const n of candidates) {
        const name = names[n];
        for (const s of starts) {
          const at = p.start + s;
          if (text.startsWith(name, at) && !isWordAt(text, at + name.length)) found.push({ name: n, at });
        }
      }
    }
  }
  return found.sort((a, b) => a.name - b.name || a.at - b.at);
}

/**
 * The runs of word characters of `paragraph` that can start a name (their first character is no lower-case
 * letter: names written in lower case are never looked for), each with its starts in the paragraph, ascending.
 */
function nameRuns(paragraph: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let i = 0;
  while (i < paragraph.length) {
    if (!isWordCode(paragraph.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < paragraph.length && isWordCode(paragraph.charCodeAt(i))) i++;
    if (isLowerCode(paragraph.charCodeAt(start))) continue;
    const run = paragraph.slice(start, i);
    const list = out.get(run);
    if (list) list.push(start);
    else out.set(run, [start]);
  }
  return out;
}

/** Whether one UTF-16 code unit is a lower-case letter (`\p{Ll}`), memoised per code unit. */
const lowerCodes = new Int8Array(0x10000).fill(-1);
function isLowerCode(c: number): boolean {
  let w = lowerCodes[c];
  if (w < 0) lowerCodes[c] = w = /\p{Ll}/u.test(String.fromCharCode(c)) ? 1 : 0;
  return w === 1;
}

// A capitalised word right after a title: the two are one name ("Judge Okafor").
const NAME_AFTER = /^ \p{Lu}/u;

/** Words that follow a person's surname at a sentence start and not the ordinary word ("Brown later told"). */
export const AFTER_NAME = /^\s+(?:said|says|told|added|later|also|has|had|is|was|will|would|could|insisted|argued|replied|wrote|who|announced|declined|denied|warned|urged)\b/;

/**
 * Whether a surname that is also an ordinary word is used as a name at `[at, end)`: capitalised inside a
 * sentence ("met Brown on Monday"), or at a sentence start before a verb of saying or an adverb ("Brown later
 * told reporters"), never "Brown bears" or "Rice prices".
 */
export function isNameUse(text: string, at: number, end: number, paragraphStart: number): boolean {
  const before = text.slice(Math.max(paragraphStart, at - 3), at);
  const isSentenceStart = at === paragraphStart || /[.!?]["”’]?\s+$|^\s*$/.test(before);
  return !isSentenceStart || AFTER_NAME.test(text.slice(end, end + 16));
}
