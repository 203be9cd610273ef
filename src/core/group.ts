import type { ArticleStructure, Entity, EntityType, Mention } from './model';
import type { RawMention } from './nlp/extract';
import { getCountry } from './countries/countryFacts';

/** A raw mention placed in the document: offsets absolute, with its paragraph index. */
export interface PlacedMention extends RawMention {
  readonly paragraph: number;
}

interface Group {
  type: EntityType;
  key: string;
  canonical: string;
  members: PlacedMention[];
  countryCode?: string;
  role?: string;
  acronym?: string;
}

const TYPE_ORDER: Record<EntityType, number> = { COUNTRY: 0, PERSON: 1, ORG: 2, PLACE: 3 };

/**
 * Groups mentions into entities. Contract: `raw` is sorted by start and non-overlapping, offsets into `text`.
 * - people: a one-word mention ("Motegi") joins the person whose full name ends (or starts) with that word;
 *   the canonical name is the longest form seen;
 * - organisations: an acronym ("UN") joins the full name whose initials it spells ("United Nations");
 * - countries group by ISO code; places by normalised text.
 * Returns entities sorted by their first mention, and every mention (with `entityId`) sorted by start.
 * Ids are `${type}:${canonical}`, stable for the same text. Salience is 0..1; rank 1 is the most salient.
 */
export function groupMentions(
  text: string,
  raw: readonly PlacedMention[],
  article: ArticleStructure,
): { entities: Entity[]; mentions: Mention[] } {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const surface = (m: PlacedMention): string => normaliseSpace(text.slice(m.start, m.end));
  const get = (type: EntityType, key: string, canonical: string): Group => {
    const k = `${type}:${key}`;
    let g = byKey.get(k);
    if (!g) {
      g = { type, key, canonical, members: [] };
      byKey.set(k, g);
      groups.push(g);
    }
    return g;
  };
  // Longer names first so that a later short form finds the full name it belongs to.
  const order = [...raw].sort((a, b) => wordCount(surface(b)) - wordCount(surface(a)) || a.start - b.start);
  for (const m of order) {
    const s = surface(m);
    let g: Group;
    if (m.countryCode && m.type === 'COUNTRY') {
      g = get('COUNTRY', m.countryCode, getCountry(m.countryCode)?.name ?? s);
    } else if (m.type === 'PERSON') {
      g = findPerson(groups, s) ?? get('PERSON', s.toLowerCase(), s);
    } else if (m.type === 'ORG') {
      g = findByAcronym(groups, s) ?? get('ORG', s.toLowerCase(), s);
      if (g.canonical !== s && isAcronymOf(s, g.canonical)) g.acronym = s;
    } else {
      g = get(m.type, s.toLowerCase(), s);
    }
    if (m.countryCode && !g.countryCode) g.countryCode = m.countryCode;
    if (m.role && !g.role) g.role = m.role;
    g.members.push(m);
  }
  return finish(text, groups, article);
}

function finish(text: string, groups: Group[], article: ArticleStructure): { entities: Entity[]; mentions: Mention[] } {
  const headline = article.headline;
  const lead = article.lead;
  const weights = groups.map(g => {
    let w = 0;
    for (const m of g.members) {
      w += 1;
      if (headline && m.start >= headline.start && m.end <= headline.end) w += 3;
      else if (lead && m.start >= lead.start && m.end <= lead.end) w += 1.5;
    }
    return w;
  });
  const max = Math.max(1, ...weights);
  const ranked = groups.map((g, i) => ({ g, salience: weights[i] / max }))
    .sort((a, b) => b.salience - a.salience || TYPE_ORDER[a.g.type] - TYPE_ORDER[b.g.type] || a.g.canonical.localeCompare(b.g.canonical));
  const rankOf = new Map<Group, number>(ranked.map((r, i) => [r.g, i + 1]));
  const salienceOf = new Map<Group, number>(ranked.map(r => [r.g, Math.round(r.salience * 1000) / 1000]));
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const g of groups) {
    const id = `${g.type}:${g.key}`;
    const ms: Mention[] = g.members
      .map(m => ({
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        type: g.type,
        entityId: id,
        paragraph: m.paragraph,
        reason: m.reason,
        ...(m.countryCode ? { countryCode: m.countryCode, via: m.via ?? 'name' } : {}),
        ...(m.role ? { role: m.role } : {}),
      }))
      .sort((a, b) => a.start - b.start);
    mentions.push(...ms);
    entities.push({
      id,
      type: g.type,
      canonical: g.canonical,
      mentions: ms,
      surfaceForms: surfaceForms(ms),
      salience: salienceOf.get(g) ?? 0,
      rank: rankOf.get(g) ?? 0,
      ...(g.role ? { role: g.role } : {}),
      ...(g.countryCode ? { countryCode: g.countryCode } : {}),
      ...(g.acronym ? { acronym: g.acronym } : {}),
    });
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

function surfaceForms(ms: readonly Mention[]): string[] {
  const counts = new Map<string, number>();
  for (const m of ms) {
    const s = normaliseSpace(m.text);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(e => e[0]);
}

// "Motegi" joins "Toshimitsu Motegi"; "Jaishankar" joins "S Jaishankar".
function findPerson(groups: readonly Group[], name: string): Group | undefined {
  const words = name.split(' ');
  return groups.find(g => {
    if (g.type !== 'PERSON') return false;
    const full = g.canonical.split(' ');
    if (words.length >= full.length) return false;
    return endsWith(full, words);
  });
}

function endsWith(full: readonly string[], tail: readonly string[]): boolean {
  for (let i = 1; i <= tail.length; i++) if (full[full.length - i] !== tail[tail.length - i]) return false;
  return true;
}

function findByAcronym(groups: readonly Group[], name: string): Group | undefined {
  return groups.find(g => g.type === 'ORG' && (isAcronymOf(name, g.canonical) || isAcronymOf(g.canonical, name)));
}

/** "UN" spells "United Nations"; "NATO" spells "North Atlantic Treaty Organization" (function words skipped). */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/\./g, '');
  if (!/^[A-Z]{2,6}$/.test(letters)) return false;
  const initials = name.split(/[\s-]+/).filter(w => /^[A-Z]/.test(w)).map(w => w[0]).join('');
  return initials.length >= 2 && initials === letters;
}

function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function wordCount(s: string): number {
  return s.split(' ').length;
}
