// How many of the entities the engine shows are plainly wrong, judged against a reader's gold list of the people,
// organisations and places an article names (test/newsroom/x.gold.json beside x.txt; format in
// scripts/newsroom.ts). Pure: no file access, so scripts/newsroom.ts and scripts/eval.mjs share it.

/** One gold entity: every surface form the article uses for it, and the types a reader accepts. */
export interface GoldEntity {
  readonly name: string;
  readonly type: GoldType | readonly GoldType[];
  readonly aliases?: readonly string[];
  /** false for names a reader would not miss (a fictional character, a passing brand, a competition). */
  readonly important?: boolean;
}
export type GoldType = 'PERSON' | 'ORG' | 'PLACE';

/** The part of a shown entity the judge reads (`Entity` of src/core/model.ts fits). */
export interface ShownEntity {
  readonly type: string;
  readonly canonical: string;
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly text: string; readonly reason?: string }[];
}

export type WrongKind = 'type' | 'boundary' | 'grouping' | 'not-a-name';
export const WRONG_KINDS: readonly WrongKind[] = ['type', 'boundary', 'grouping', 'not-a-name'];

/** The verdict on one article: every shown entity judged wrong with its kind, and the important gold names missed. */
export interface ArticleVerdict {
  readonly shown: number;
  readonly wrong: readonly { readonly entity: ShownEntity; readonly kind: WrongKind }[];
  readonly important: number;
  readonly missed: readonly string[];
}

/**
 * A name as a reader compares it: case-insensitive, curly quotes straightened, whitespace collapsed, without a
 * leading "the " or honorific ("Dr Hana Lindqvist") and without a trailing possessive ("Sainsbury's", "Wales'").
 */
export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
    .replace(/^the /, '').replace(/^(?:mr|mrs|ms|miss|dr|prof|sir|dame)\.? (?=\S)/, '').replace(/'s?$/, '');
}

const typesOf = (g: GoldEntity): readonly string[] => (typeof g.type === 'string' ? [g.type] : g.type);
const formsOf = (g: GoldEntity): string[] => [...new Set([g.name, ...(g.aliases ?? [])].map(normaliseName))];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `form` as a whole word or phrase (no letter or digit either side; any run of spaces between its words), global, with `flags`. */
export function wholeFormPattern(form: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, `gu${flags}`);
}

/** Every whole-word occurrence of every gold form in the text, with the gold entity it belongs to. */
function goldOccurrences(text: string, gold: readonly GoldEntity[]): { start: number; end: number; of: number }[] {
  const straight = text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"');
  const out: { start: number; end: number; of: number }[] = [];
  gold.forEach((g, of) => {
    for (const form of formsOf(g)) {
      for (const m of straight.matchAll(wholeFormPattern(form, 'i'))) out.push({ start: m.index, end: m.index + m[0].length, of });
    }
  });
  return out;
}

/**
 * Judges every shown entity of one article. Right: all its mention texts are forms of one gold entity whose types
 * include the shown type (COUNTRY counts as PLACE). Wrong, by kind: `type` (one gold entity, a type it does not
 * allow), `boundary` (a mention is no gold form but overlaps one in the text: cut or joined; or every mention is cut
 * out of a longer name of another gold entity: "Edinburgh" of "University of Edinburgh"), `grouping` (mentions of
 * two or more gold entities), `not-a-name` (a mention overlaps no gold form). An important gold entity (important
 * !== false) is found when a right entity is it.
 */
export function judgeArticle(text: string, gold: readonly GoldEntity[], shown: readonly ShownEntity[]): ArticleVerdict {
  const byForm = new Map<string, number[]>();
  gold.forEach((g, i) => formsOf(g).forEach(f => byForm.set(f, [...(byForm.get(f) ?? []), i])));
  const occurrences = goldOccurrences(text, gold);
  const found = new Set<number>();
  const wrong: { entity: ShownEntity; kind: WrongKind }[] = [];
  for (const entity of shown) {
    const kind = judgeEntity(entity);
    if (typeof kind === 'number') found.add(kind);
    else wrong.push({ entity, kind });
  }
  const important = gold.map((g, i) => ({ g, i })).filter(({ g }) => g.important !== false);
  return { shown: shown.length, wrong, important: important.length, missed: important.filter(({ i }) => !found.has(i)).map(({ g }) => g.name) };

  // The gold entity's index when right, else the kind of error.
  function judgeEntity(entity: ShownEntity): number | WrongKind {
    const candidates = entity.mentions.map(m => byForm.get(normaliseName(m.text)));
    if (candidates.some(c => c === undefined)) {
      const unmatched = entity.mentions.filter((_, k) => candidates[k] === undefined);
      return unmatched.some(m => occurrences.some(o => o.start < m.end && m.start < o.end)) ? 'boundary' : 'not-a-name';
    }
    // "London" shown only where it is part of "Terry London": a cut, though "London" is a name of its own
    const isCut = (m: ShownEntity['mentions'][number], own: readonly number[]): boolean => occurrences.some(o =>
      !own.includes(o.of) && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);
    if (entity.mentions.every((m, k) => isCut(m, candidates[k]!))) return 'boundary';
    const common = candidates.reduce((a, c) => a!.filter(i => c!.includes(i)))!;
    if (common.length === 0) return 'grouping';
    const type = entity.type === 'COUNTRY' ? 'PLACE' : entity.type;
    return common.find(i => typesOf(gold[i]).includes(type)) ?? 'type';
  }
}

/** Figures summed over verdicts: shown, wrong (by kind), important and found. */
export function sumVerdicts(verdicts: readonly ArticleVerdict[]): { shown: number; wrong: number; byKind: Record<WrongKind, number>; important: number; found: number } {
  const byKind = Object.fromEntries(WRONG_KINDS.map(k => [k, 0])) as Record<WrongKind, number>;
  let shown = 0, wrong = 0, important = 0, found = 0;
  for (const v of verdicts) {
    shown += v.shown;
    wrong += v.wrong.length;
    important += v.important;
    found += v.important - v.missed.length;
    for (const w of v.wrong) byKind[w.kind]++;
  }
  return { shown, wrong, byKind, important, found };
}

/** One line of figures: "shown 255, wrong 17 (6.7%: type 3, boundary 5, grouping 2, not-a-name 7), important found 180/190 (94.7%)". */
export function formatFigures(s: ReturnType<typeof sumVerdicts>): string {
  const pct = (n: number, d: number): string => (d === 0 ? '-' : `${(100 * n / d).toFixed(1)}%`);
  const kinds = WRONG_KINDS.map(k => `${k} ${s.byKind[k]}`).join(', ');
  return `shown ${s.shown}, wrong ${s.wrong} (${pct(s.wrong, s.shown)}: ${kinds}), important found ${s.found}/${s.important} (${pct(s.found, s.important)})`;
}
