import type { Paragraph, PlacedMention } from '../model';
import { isClubUse } from './clubNames';
import { isSportArticle } from './sportNames';
import { firstEndingAfter, lastStartingAtOrBefore } from '../text/search';

/**
 * The teams and players of an article's tables where its prose names them and no pass found them: "Southampton 1
 * Liverpool 1" in the results makes "Southampton held Liverpool to a 1-1 draw" two clubs; so does "Newcastle striker
 * Alan Shearwood" for "Newcastle have won four in a row" in a sports report. A club is not taken after a
 * preposition of place ("fans in Southampton"), nor a name that runs on into a longer capitalised name ("Leeds
 * United" when the table says "Leeds").
 */

/** Whether the reason of a mention says a table line typed it (`tableLines.ts`). */
export const isTableMention = (m: PlacedMention): boolean => m.source === 'known' && m.reason.startsWith('table:');

/**
 * `mentions` (sorted by start, non-overlapping, offsets into `text`) with the repeats of the names that table lines
 * typed added where the text writes them exactly, as whole words, outside every mention. Sorted by start.
 */
export function repeatTableNames(text: string, mentions: readonly PlacedMention[], paragraphs: readonly Paragraph[]): PlacedMention[] {
  const names = new Map<string, PlacedMention['type']>();
  // in a sports report, also the clubs named before a role, with a club's word or by a transfer ("Newcastle striker",
  // "Real Madrid", "Wolves sold their captain": clubMoves.ts)
  const isSport = isSportArticle(text);
  const isClub = (m: PlacedMention): boolean => isSport && m.type === 'ORG' && ['body-before-role', 'club', 'club-move'].includes(m.reason);
  for (const m of mentions) if ((isTableMention(m) || isClub(m)) && /\p{Ll}/u.test(text.slice(m.start, m.end))) names.set(text.slice(m.start, m.end), m.type);
  if (names.size === 0) return [...mentions];
  const added: PlacedMention[] = [];
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (isWordChar(text, at - 1) || isWordChar(text, end)) continue;
      // "Leeds United", "Southampton's" are fine; "Leeds United" when the table says "Leeds" is another name
      if (/^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
      if (isCovered(mentions, at, end) || (type === 'ORG' && !isClubUse(text, at))) continue;
      const p = lastStartingAtOrBefore(paragraphs, at);
      if (p < 0 || paragraphs[p].end < end) continue;
      added.push({ start: at, end, type, source: 'repeat', reason: 'table-repeat', paragraph: paragraphs[p].index });
    }
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

const isWordChar = (text: string, i: number): boolean => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]);

// Whether [start, end) overlaps a mention: the mentions are sorted and disjoint.
function isCovered(mentions: readonly PlacedMention[], start: number, end: number): boolean {
  const i = firstEndingAfter(mentions, start);
  return i < mentions.length && mentions[i].start < end;
}
