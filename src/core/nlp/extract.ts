import type { EntityType } from '../model';
import { findCountryMentions } from '../countries/resolver';
import { nlp } from './engine';

/** A mention found in one analysis unit, offsets relative to the unit's text (UTF-16, end exclusive). */
export interface RawMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly reason: string;
  readonly role?: string;
  readonly countryCode?: string;
  readonly via?: 'name' | 'alias' | 'demonym' | 'capital';
}

interface TermJson { readonly text: string; readonly offset: { readonly start: number; readonly length: number } }
interface MatchJson { readonly terms: readonly TermJson[] }

/**
 * Finds people, organisations and places in `text` with compromise. Spans run from the first term's start
 * to the last term's end (compromise's match-level offsets mishandle leading punctuation). Sorted by start,
 * non-overlapping; empty text gives [].
 */
export function extractMentions(text: string): RawMention[] {
  if (text.trim() === '') return [];
  const doc = nlp(text);
  const out: RawMention[] = [];
  const add = (matches: readonly MatchJson[], type: EntityType, reason: string): void => {
    for (const m of matches) {
      if (m.terms.length === 0) continue;
      const first = m.terms[0].offset;
      const last = m.terms[m.terms.length - 1].offset;
      out.push({ start: first.start, end: last.start + last.length, type, reason });
    }
  };
  add(doc.people().json({ offset: true, terms: true }) as MatchJson[], 'PERSON', 'compromise:person');
  add(doc.organizations().json({ offset: true, terms: true }) as MatchJson[], 'ORG', 'compromise:organization');
  add(doc.places().json({ offset: true, terms: true }) as MatchJson[], 'PLACE', 'compromise:place');
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMention[] = [];
  for (const m of out) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

/**
 * Everything the NLP finds in one analysis unit: compromise's people, organisations and places merged with the
 * country gazetteer's hits. A gazetteer hit replaces any NLP span it overlaps unless that span is longer and
 * contains it ("Bank of Japan" stays an organisation). Sorted by start, non-overlapping.
 */
export function extractUnit(text: string): RawMention[] {
  const nlpMentions = extractMentions(text);
  const countries = findCountryMentions(text).map((h): RawMention => ({
    start: h.start, end: h.end, type: h.type, reason: h.reason, countryCode: h.code, via: h.via,
  }));
  const out: RawMention[] = [...countries];
  for (const m of nlpMentions) {
    const clash = countries.filter(c => c.start < m.end && m.start < c.end);
    if (clash.length === 0) out.push(m);
    else if (m.type === 'ORG' && clash.every(c => c.start >= m.start && c.end <= m.end && c.end - c.start < m.end - m.start)) {
      for (const c of clash) out.splice(out.indexOf(c), 1);
      out.push(m);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
