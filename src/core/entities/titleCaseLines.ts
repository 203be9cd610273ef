import type { Paragraph, PlacedMention } from '../model';
import { tokenize } from '../nlp/tokens';
import { ParagraphMemo } from '../pipeline/paragraphMemo';

/**
 * Headlines in title case ("Egypt Cuts Rates Again as IMF Unlocks Loan", "Apple Beats Estimates as iPhone Sales
 * Surge"), as American and business sites write them: every word is capitalised, so capitals say nothing of names
 * there and the tagger reads runs of verbs and nouns as names ("Egypt Cuts Rates Again" a body, "Sales Surge" a
 * person). In such a line a name that only the tagger, the company context or a head noun found is kept when the
 * article writes it elsewhere ("Sabalenka" after "Aryna Sabalenka"); otherwise it goes, and the names the article
 * writes elsewhere that stand inside it ("Egypt") take its place, as the article's own mentions of them. Names the
 * gazetteers and lists know are kept as they are. Lines in capitals are read by `namesInCapitals`.
 */

// The passes whose names in a title-case line need the article's support: they read capitals as evidence.
const JUDGED = new Set<PlacedMention['source']>(['tagger', 'context', 'head']);
// The lexicon's tags of a verb or an adverb: a headline capitalises them, a table or a line-up has none.
const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Verb', 'Adverb']);
// The short words a title-case headline leaves in lower case.
const LOWER_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or',
  'over', 'the', 'to', 'up', 'with', 'after', 'amid', 'vs', 'v']);
// The most words a headline of one line is read for.
const MAX_WORDS = 30;

/**
 * Whether a paragraph is one line in title case: four words of four letters or more, four in five of them capitalised
 * with lower case after ("Cuts", not "CUTS"), no word in lower case but short words of grammar, no bracket or
 * semicolon, and a verb or an adverb capitalised after the first word, with a short word in lower case or a second
 * such verb beside it ("Merkel Warns Putin Over Troops as Talks Stall").
 */
export function isTitleCaseLine(paragraph: string): boolean {
  // (a results line or a list has brackets or semicolons; a headline has neither)
  if (/[\n;(]/.test(paragraph)) return false;
  const words = paragraph.split(/\s+/).filter(w => w !== '');
  // every word in lower case is a short word of grammar: "Wikinews interviews ..." is a sentence
  if (words.length > MAX_WORDS || words.some(w => /^\p{Ll}/u.test(w) && !LOWER_WORDS.has(w))) return false;
  const long = words.filter(w => /^\p{L}{4,}/u.test(w));
  if (long.length < 4 || long.filter(w => /^\p{Lu}\p{Ll}/u.test(w)).length < 0.8 * long.length) return false;
  const tokens = tokenize(paragraph);
  let verbs = 0;
  let lower = 0;
  for (const t of tokens) {
    if (LOWER_WORDS.has(t.text)) lower++;
    else if (!t.isFirst && /^\p{Lu}\p{Ll}/u.test(t.text) && (t.lexTag ?? '').split(',').some(tag => VERB_TAGS.has(tag))) verbs++;
  }
  return verbs >= 2 || (verbs === 1 && lower >= 1);
}

/**
 * `mentions` (sorted by start, not overlapping) with the names of title-case lines read as above. `surface` gives a
 * mention's text as the grouping reads it. Which paragraphs are such lines is kept in `memo`.
 */
export function mendTitleCaseLines(
  text: string,
  mentions: readonly PlacedMention[],
  paragraphs: readonly Paragraph[],
  surface: (m: PlacedMention) => string,
  memo = new ParagraphMemo(),
): PlacedMention[] {
  const lines = paragraphs.filter(p => p.end - p.start < 400 && memo.of(isTitleCaseLine, text, p));
  if (lines.length === 0) return [...mentions];
  const inLine = (m: PlacedMention): boolean => lines.some(p => m.start >= p.start && m.end <= p.end);
  // the article's names outside those lines, by their text: the first mention of each stands for the rest
  const written = new Map<string, PlacedMention>();
  const people: string[] = [];
  for (const m of mentions) {
    if (inLine(m)) continue;
    const s = surface(m);
    if (!written.has(s)) written.set(s, m);
    if (m.type === 'PERSON' && s.includes(' ')) people.push(s);
  }
  const isWritten = (s: string): boolean => written.has(s) || people.some(p => p.startsWith(s + ' ') || p.endsWith(' ' + s));
  const out: PlacedMention[] = [];
  for (const m of mentions) {
    if (!JUDGED.has(m.source) || !inLine(m) || isWritten(surface(m))) {
      out.push(m);
      continue;
    }
    out.push(...writtenInside(text, m, written));
  }
  return out.length === mentions.length && out.every((m, i) => m === mentions[i]) ? out
    : out.sort((a, b) => a.start - b.start);
}

/** The names of `written` that stand whole inside mention `m`'s text, longest first, as mentions of their own. */
function writtenInside(text: string, m: PlacedMention, written: ReadonlyMap<string, PlacedMention>): PlacedMention[] {
  const words = [...text.slice(m.start, m.end).matchAll(/\S+/g)].map(w => ({ start: m.start + w.index, end: m.start + w.index + w[0].length }));
  const found: PlacedMention[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = words.length - i; n >= 1; n--) {
      const start = words[i].start;
      const end = words[i + n - 1].end;
      const name = written.get(text.slice(start, end).replace(/\s+/g, ' '));
      if (!name) continue;
      found.push({ ...name, start, end, paragraph: m.paragraph, source: 'repeat', reason: 'title-case' });
      i += n - 1;
      break;
    }
  }
  return found;
}
