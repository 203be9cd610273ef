import type { ArticleStructure, PlacedMention, RawMention } from '../model';
import { spanContaining } from '../text/spans';
import type { Unit } from './units';

// Where a unit's findings go in the article: offsets moved by the unit's start, and the paragraph of an offset.

/**
 * Mention `m` of unit `u` placed in the article: its fields, offsets moved, and the paragraph. Built field by field:
 * a spread or `Object.assign` of mentions of many shapes was several times slower, and this runs for every mention
 * after an edit (every unit after the edited one moves).
 */
export function movedMention(m: RawMention, u: Unit): PlacedMention {
  const placed: { -readonly [K in keyof PlacedMention]: PlacedMention[K] } = {
    start: m.start + u.start, end: m.end + u.start, type: m.type, source: m.source, reason: m.reason, paragraph: u.paragraph,
  };
  if (m.role !== undefined) placed.role = m.role;
  if (m.countryCode !== undefined) placed.countryCode = m.countryCode;
  if (m.via !== undefined) placed.via = m.via;
  if (m.name !== undefined) placed.name = m.name;
  return placed;
}

/** The index of the paragraph containing `offset`, or -1 (the header line, blank lines). */
export function paragraphAt(article: ArticleStructure, offset: number): number {
  return spanContaining(article.paragraphs, offset)?.index ?? -1;
}
