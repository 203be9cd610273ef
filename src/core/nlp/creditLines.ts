import type { Span } from '../model';

// A line of a list that credits a work to its maker: "- Halo Street Choir – Bethnal Green Hymnal", "• Kessock – The
// Pale Hours", "3. Orla Venn – Salt and Iron". The maker starts with a capital; a dash set off by spaces parts them.
const CREDIT_LINE = /^[ \t]*(?:[-•*]|\d{1,2}[.)])[ \t]+(\p{Lu}[^\n–—]*?)[ \t]+[–—-][ \t]+([^\n]+?)[ \t]*$/gmu;
// A title: one to six words, each capitalised save short joining words ("From the Pyre", "The Art of Loving", "Leak 2").
const TITLE = /^(?:\p{Lu}|\d)[\p{L}\p{N}'’.&!?-]*(?: (?:(?:and|of|the|to|from|for|a|an|in|on|at|with|or|by)|(?:\p{Lu}|\d)[\p{L}\p{N}'’.&!?-]*)){0,5}$/u;
// Words that say the list is of works: an album's, a book's, a film's shortlist.
const WORK_WORDS = /\b(?:albums?|shortlist(?:ed)?|nominees?|nominated|novels?|books?|films?|records?|EPs?|singles?|debut)\b/i;

/**
 * The titles of a list that credits works to their makers, as spans of `text` in text order: three lines or more in a
 * row, each an item ("- ", "• ", "3. ") of a maker, a dash set off by spaces and a title ("- Fontaines D.C. – Romance
 * Unwound"), in an article whose words speak of works (albums, books, films, a shortlist). A line whose right side is
 * no title (a sentence, a time's note) breaks the list. Empty when none.
 */
export function creditedWorks(text: string): Span[] {
  if (!/[–—-] /.test(text) || !WORK_WORDS.test(text)) return [];
  const out: Span[] = [];
  let run: Span[] = [];
  let lastEnd = -2;
  const flush = (): void => {
    if (run.length >= 3) out.push(...run);
    run = [];
  };
  for (const m of text.matchAll(CREDIT_LINE)) {
    const title = m[2];
    if (!TITLE.test(title) || /^\d/.test(m[1])) {
      flush();
      continue;
    }
    // consecutive lines: nothing but one line break between this line and the last
    if (m.index !== lastEnd + 1) flush();
    const start = m.index + m[0].lastIndexOf(title);
    run.push({ start, end: start + title.length });
    lastEnd = m.index + m[0].length;
  }
  flush();
  return out;
}
