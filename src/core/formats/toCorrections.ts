/**
 * Turns imported annotations into a reader's corrections (`<article>.newslens.json`), so that News Lens shows
 * what the annotator marked: every PERSON, ORG or PLACE span's name becomes an entity of that type, and every
 * name News Lens found that no annotation overlaps becomes "not an entity". Countries come from the gazetteer
 * and cannot be corrected, so COUNTRY spans are left out, as are labels News Lens does not have (MISC...).
 */
import type { CorrectedType, Corrections } from '../model';
import type { GoldSpan } from './gold';
import { normaliseSpace } from '../text/whitespace';

/** Corrections made from annotations, and what could not be carried over. */
export interface ImportedCorrections {
  readonly corrections: Corrections;
  /** One sentence per name left out (once each), for the user; a country News Lens already finds is not one. */
  readonly skipped: readonly string[];
}

const CORRECTABLE = new Set(['PERSON', 'ORG', 'PLACE']);
const name = (s: string): string => normaliseSpace(s);

/**
 * The corrections for `gold` given News Lens's own mentions (`found`, before corrections) of the same text, merged
 * over `existing` (existing entries kept unless an annotation says otherwise). A name annotated with two types
 * keeps the first; a name both annotated and found elsewhere without annotation stays an entity.
 */
export function correctionsFromGold(
  gold: readonly GoldSpan[], found: readonly { start: number; end: number; text: string }[], existing: Corrections = {},
): ImportedCorrections {
  const skipped = new Set<string>();
  const entities = new Map<string, CorrectedType>();
  for (const g of gold) {
    const n = name(g.text);
    // a country News Lens already finds there needs no correction
    if (g.label === 'COUNTRY' && found.some(m => m.start === g.start && m.end === g.end)) continue;
    if (!CORRECTABLE.has(g.label)) {
      skipped.add(`"${n}" (${g.label}): ${g.label === 'COUNTRY' ? 'countries come from the country list and cannot be corrected' : 'News Lens has no such type'}`);
    } else if (entities.has(n) && entities.get(n) !== g.label) {
      skipped.add(`"${n}" is also annotated ${g.label}; kept as ${entities.get(n)}`);
    } else {
      entities.set(n, g.label as CorrectedType);
    }
  }
  const annotated = new Set(gold.map(g => name(g.text).toLowerCase()));
  const notEntities = new Set<string>();
  for (const m of found) {
    const n = name(m.text);
    if (annotated.has(n.toLowerCase())) continue;
    if (!gold.some(g => g.start < m.end && m.start < g.end)) notEntities.add(n);
  }
  const merged = new Map(Object.entries(existing.entities ?? {}));
  for (const n of notEntities) merged.delete(n);
  for (const [n, type] of entities) merged.set(n, type);
  const not = [...new Set([...(existing.notEntities ?? []).filter(n => !entities.has(n)), ...notEntities])];
  return {
    corrections: { ...(not.length ? { notEntities: not } : {}), ...(merged.size ? { entities: Object.fromEntries(merged) } : {}) },
    skipped: [...skipped],
  };
}
