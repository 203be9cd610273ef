import type { ArticleStructure, Span } from '../model';

/** The longest unit handed to the NLP in one piece; longer paragraphs are cut at sentence ends. */
export const MAX_UNIT_CHARS = 2000;

/** A slice of the article analysed on its own: a paragraph, or part of a long one. */
export interface Unit extends Span {
  readonly paragraph: number;
}

/**
 * Cuts the article's paragraphs into analysis units of at most about `MAX_UNIT_CHARS` code units, at sentence
 * boundaries (a single sentence longer than that is cut at white space, then anywhere). Units are in
 * document order and cover every paragraph; the header line is not covered.
 */
export function articleUnits(text: string, article: ArticleStructure): Unit[] {
  const units: Unit[] = [];
  for (const p of article.paragraphs) {
    if (p.end - p.start <= MAX_UNIT_CHARS) {
      units.push({ start: p.start, end: p.end, paragraph: p.index });
      continue;
    }
    let from = p.start;
    let to = p.start;
    for (const s of p.sentences) {
      if (s.end - from > MAX_UNIT_CHARS && to > from) {
        units.push({ start: from, end: to, paragraph: p.index });
        from = s.start;
      }
      to = s.end;
      while (to - from > MAX_UNIT_CHARS) {
        const cut = cutPoint(text, from, from + MAX_UNIT_CHARS);
        units.push({ start: from, end: cut, paragraph: p.index });
        from = skipSpace(text, cut, to);
      }
    }
    if (to > from) units.push({ start: from, end: to, paragraph: p.index });
  }
  return units;
}

function cutPoint(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + MAX_UNIT_CHARS / 2; i--) if (/\s/.test(text[i])) return i;
  // No white space: cut anywhere, but never between the halves of a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}
