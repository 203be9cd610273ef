/**
 * What an article is about, as keys that can be compared across articles: its people, organisations and places
 * (by type and name), its countries (by ISO code) and its themes (by CAP code). The workspace search collects
 * these for every article to answer "which articles mention Japan, Motegi or Defense?".
 */
import type { Analysis } from '../model';

/** One thing an article is about. */
export interface DigestItem {
  /** Comparable across articles: `PERSON:toshimitsu motegi`, `COUNTRY:JP`, `THEME:16`. */
  readonly key: string;
  readonly kind: 'PERSON' | 'ORG' | 'PLACE' | 'COUNTRY' | 'THEME';
  /** As shown to the reader: "Toshimitsu Motegi", "🇯🇵 Japan", "Defense". */
  readonly label: string;
  /** Mentions (entities, countries) or trigger words (themes) in the article. */
  readonly count: number;
  /** Where the first one starts (UTF-16 offset into the article's text). */
  readonly firstOffset: number;
}

/** The article's digest: one item per entity (not countries), country and theme, in that order. */
export function articleDigest(analysis: Analysis): DigestItem[] {
  const items: DigestItem[] = [];
  for (const e of analysis.entities) {
    if (e.type === 'COUNTRY') continue;
    items.push({
      key: `${e.type}:${e.canonical.toLowerCase()}`, kind: e.type, label: e.canonical, count: e.mentions.length,
      firstOffset: e.mentions[0].start,
    });
  }
  for (const c of analysis.countries) {
    items.push({
      key: `COUNTRY:${c.code}`, kind: 'COUNTRY', label: `${c.flag} ${c.name}`, count: c.mentions.length,
      firstOffset: c.mentions[0]?.start ?? 0,
    });
  }
  for (const t of analysis.themes) {
    items.push({
      key: `THEME:${t.code}`, kind: 'THEME', label: t.name, count: t.evidence.length,
      firstOffset: t.evidence[0]?.start ?? 0,
    });
  }
  return items;
}
