/**
 * The country gazetteer index: every surface form (dataset names, alternative names, demonyms,
 * capitals, curated aliases and stop phrases) bucketed by its first word, lower-cased. Built once
 * at module load; read-only afterwards.
 */
import type { CountryVia } from '../model';
import { COUNTRY_TABLE } from './generated/countryTable';
import { COUNTRY_ALIASES, COUNTRY_PARTS, EXTRA_DEMONYMS, EXTRA_SEATS, PART_DEMONYMS, type CountryAliasRule } from './aliases';
import { NEVER_FORMS, STOP_PHRASES } from './blockRules';
import { CAPITAL_CHECKS, CONTEXT_RULES, type ContextCheck } from './contextRules';

/** One surface form the resolver can match. */
export interface IndexEntry {
  /** The form as written ("Papua New Guinea", "U.S."). */
  readonly form: string;
  /** ISO alpha-2, or null for a stop phrase (consumed without a hit). */
  readonly code: string | null;
  readonly via: CountryVia;
  readonly type: 'COUNTRY' | 'PLACE';
  /** Only this exact capitalisation matches. */
  readonly exactCase: boolean;
  /** An all-caps rendering ("JAPAN") also matches. */
  readonly allowCaps: boolean;
  readonly checks: readonly ContextCheck[];
  readonly reason: string;
  /** The place a part's demonym stands for ("Tibet" for "Tibetan"). */
  readonly place?: string;
}

/** The built index. */
export interface CountryIndex {
  /** First word of a form, lower-cased -> entries, longest form first. */
  readonly buckets: ReadonlyMap<string, readonly IndexEntry[]>;
  /** Single-word forms that name or describe a country, in their written case ("Armenia"). */
  readonly countryWords: ReadonlySet<string>;
  /** The single-word demonyms among them ("Japanese", "Americans"). */
  readonly demonymWords: ReadonlySet<string>;
}

// Tiers: a form seen in a lower tier hides the same form in higher tiers.
const CURATED = 0;
const NAME = 1;
const DEMONYM = 2;
const ALT = 3;
const CAPITAL = 4;

interface Draft {
  readonly tier: number;
  entry: IndexEntry;
  /** Codes seen for the form in its tier, with whether each is a sovereign state. */
  readonly codes: Map<string, boolean>;
}

/** Length of the leading run of letters: the key of a form and of a text word. */
export function firstWordEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && isLetter(s.charCodeAt(i))) i++;
  return i;
}

/** ASCII letters and letters beyond Latin-1 punctuation (cheap, no regex). */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** Plural of a demonym by the regular rule ("Iraqi" -> "Iraqis"); undefined when it has none. */
function regularPlural(demonym: string): string | undefined {
  // "Japanese", "Swiss", "British", "Dutch", "Kirghiz", "Manx": no regular plural
  if (/(?:ese|ss|sh|ch|s|z|x)$/.test(demonym)) return undefined;
  return `${demonym}s`;
}

function reasonFor(via: CountryVia, form: string): string {
  return via === 'name' ? 'name' : `${via}:${form}`;
}

/** Builds the index from the generated table and the curated rules. */
export function buildCountryIndex(): CountryIndex {
  const never = new Set(NEVER_FORMS.map((r) => r.text));
  const checksByForm = new Map(CONTEXT_RULES.map((r) => [r.text, r.checks]));
  const drafts = new Map<string, Draft>();

  const add = (form: string, code: string | null, via: CountryVia, tier: number, opts: {
    type?: 'COUNTRY' | 'PLACE'; exactCase?: boolean; independent?: boolean; reason?: string; place?: string;
  } = {}): void => {
    if (tier !== CURATED && never.has(form)) return;
    const seen = drafts.get(form);
    if (seen && seen.tier < tier) return;
    if (seen && seen.tier === tier) {
      if (code !== null) seen.codes.set(code, opts.independent ?? true);
      return;
    }
    const exactCase = opts.exactCase ?? false;
    const letters = form.replace(/[^\p{L}]/gu, '').length;
    const checks = [...(checksByForm.get(form) ?? []), ...(via === 'capital' ? CAPITAL_CHECKS : [])];
    const entry: IndexEntry = {
      form, code, via, type: opts.type ?? (via === 'capital' ? 'PLACE' : 'COUNTRY'), exactCase,
      allowCaps: !exactCase && letters >= 4, checks, reason: opts.reason ?? reasonFor(via, form),
      ...(opts.place ? { place: opts.place } : {}),
    };
    drafts.set(form, { tier, entry, codes: new Map(code === null ? [] : [[code, opts.independent ?? true]]) });
  };

  for (const s of STOP_PHRASES) add(s.text, null, 'name', CURATED, { reason: `stop:${s.reason}` });
  const curated: readonly CountryAliasRule[] = [...COUNTRY_ALIASES, ...COUNTRY_PARTS, ...EXTRA_DEMONYMS, ...PART_DEMONYMS, ...EXTRA_SEATS];
  for (const r of curated) add(r.text, r.code, r.via, CURATED, { type: r.type, exactCase: r.exactCase, place: r.place });

  for (const row of COUNTRY_TABLE) {
    const independent = row.independent;
    add(row.name, row.a2, 'name', NAME, { independent });
    add(row.official, row.a2, 'name', NAME, { independent });
    for (const d of row.demonyms) {
      add(d, row.a2, 'demonym', DEMONYM, { independent });
      const plural = regularPlural(d);
      if (plural) add(plural, row.a2, 'demonym', DEMONYM, { independent, reason: `demonym:${plural}` });
    }
    for (const a of row.alt) add(a, row.a2, 'alias', ALT, { independent });
    for (const c of row.capitals) add(c, row.a2, 'capital', CAPITAL, { independent });
  }

  // "Russia", "Iran", "United States": a curated form that is the country's usual or official name is found by name
  for (const row of COUNTRY_TABLE) {
    for (const form of [row.name, row.official]) {
      const d = drafts.get(form);
      if (d && d.entry.via === 'alias' && d.entry.code === row.a2) d.entry = { ...d.entry, via: 'name', reason: 'name' };
    }
  }

  const buckets = new Map<string, IndexEntry[]>();
  const countryWords = new Set<string>();
  const demonymWords = new Set<string>();
  for (const { entry, codes } of drafts.values()) {
    const code = entry.code === null ? null : resolveCode(codes);
    if (code === undefined) continue; // ambiguous: "Oranjestad", "Channel Islander"
    const final: IndexEntry = code === entry.code ? entry : { ...entry, code };
    const key = entry.form.slice(0, firstWordEnd(entry.form, 0)).toLowerCase();
    if (!key) continue;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    bucket.push(final);
    if (final.code !== null && final.via !== 'capital' && key.length === entry.form.length) {
      countryWords.add(entry.form);
      if (final.via === 'demonym') demonymWords.add(entry.form);
    }
  }
  for (const bucket of buckets.values()) bucket.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  return { buckets, countryWords, demonymWords };
}

/** One code, the only sovereign state among several ("French": FR over TF), or undefined. */
function resolveCode(codes: ReadonlyMap<string, boolean>): string | undefined {
  if (codes.size === 1) return [...codes.keys()][0];
  const sovereign = [...codes].filter(([, independent]) => independent);
  return sovereign.length === 1 ? sovereign[0][0] : undefined;
}
