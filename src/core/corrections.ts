/**
 * The reader's corrections to an article's entities, kept beside the article (the editor's
 * `<article>.newslens.json`, the CLI reads the same file): names that are not entities, and names that always
 * are one, of a given type. Checked here, applied to the mentions before they are grouped, so every reader of
 * the analysis (decorations, outline, hovers, exports) sees the corrected entities.
 */
import type { EntityType } from './model';
import type { PlacedMention } from './group';

/** The entity types a reader can give a name; countries come from the gazetteer only. */
export type CorrectedType = Exclude<EntityType, 'COUNTRY'>;

/** Corrections for one article. */
export interface Corrections {
  /** Names that are never entities ("Left Menu"): mentions with this text, in any case, are dropped. */
  readonly notEntities?: readonly string[];
  /** Names that are an entity of this type wherever they stand as whole words ("Tenzin Dorje": PERSON). */
  readonly entities?: Readonly<Record<string, CorrectedType>>;
}

/** Corrections after checking, and what was wrong with what the file said. */
export interface CheckedCorrections {
  readonly corrections: Corrections;
  /** One readable sentence per problem; empty when everything was usable. */
  readonly problems: readonly string[];
}

/** The corrections file of an article is the article's file name followed by this ("a.txt.newslens.json"). */
export const CORRECTIONS_FILE_SUFFIX = '.newslens.json';

/** Longest name kept, in UTF-16 code units. */
export const MAX_CORRECTED_NAME_LENGTH = 200;
/** Most names kept per list. */
export const MAX_CORRECTIONS = 2000;

const TYPES: Readonly<Record<string, CorrectedType>> = {
  person: 'PERSON', org: 'ORG', organisation: 'ORG', organization: 'ORG', place: 'PLACE',
};

function usableName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.replace(/\s+/g, ' ').trim();
  return name.length > 0 && name.length <= MAX_CORRECTED_NAME_LENGTH && /[\p{L}\p{N}]/u.test(name) ? name : undefined;
}

/**
 * Checks the parsed content of a corrections file: `{"notEntities": [names], "entities": {name: type}}` with
 * types PERSON, ORG (or organisation) and PLACE in any case. Usable entries are kept; each unusable one is left
 * out and named in `problems`. Other keys are ignored (a later version may add some); a value that is not an
 * object gives no corrections and one problem; `undefined` gives none and no problem.
 */
export function checkCorrections(value: unknown): CheckedCorrections {
  if (value === undefined) return { corrections: {}, problems: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { corrections: {}, problems: ['it must be an object with "notEntities" (a list of names) and "entities" (names with their type)'] };
  }
  const raw = value as { notEntities?: unknown; entities?: unknown };
  const problems: string[] = [];
  const notEntities: string[] = [];
  if (raw.notEntities !== undefined) {
    if (!Array.isArray(raw.notEntities)) problems.push('"notEntities" must be a list of names');
    else {
      for (const item of raw.notEntities) {
        const name = usableName(item);
        if (!name) problems.push(`${JSON.stringify(item)} in "notEntities" is not a usable name (text of 1 to ${MAX_CORRECTED_NAME_LENGTH} characters with a letter or digit)`);
        else if (notEntities.length < MAX_CORRECTIONS) notEntities.push(name);
      }
    }
  }
  const entities: Record<string, CorrectedType> = {};
  if (raw.entities !== undefined) {
    if (typeof raw.entities !== 'object' || raw.entities === null || Array.isArray(raw.entities)) {
      problems.push('"entities" must map names to PERSON, ORG or PLACE');
    } else {
      let kept = 0;
      for (const [key, type] of Object.entries(raw.entities as Record<string, unknown>)) {
        const name = usableName(key);
        const t = typeof type === 'string' ? TYPES[type.trim().toLowerCase()] : undefined;
        if (!name) problems.push(`${JSON.stringify(key)} in "entities" is not a usable name`);
        else if (!t) problems.push(`the type of "${name}" must be PERSON, ORG or PLACE, not ${JSON.stringify(type)}`);
        else if (kept++ < MAX_CORRECTIONS) entities[name] = t;
      }
    }
  }
  return {
    corrections: { ...(notEntities.length ? { notEntities } : {}), ...(Object.keys(entities).length ? { entities } : {}) },
    problems,
  };
}

/**
 * Reads the text of a corrections file: JSON (a leading byte-order mark allowed) checked by `checkCorrections`.
 * Blank text gives no corrections and no problem; text that is not JSON gives none and says so (`isJson` false).
 */
export function parseCorrections(text: string): CheckedCorrections & { readonly isJson: boolean } {
  if (text.trim() === '') return { corrections: {}, problems: [], isJson: true };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { corrections: {}, problems: [`it is not valid JSON (${(e as Error).message})`], isJson: false };
  }
  return { ...checkCorrections(value), isJson: true };
}

/** Whether `corrections` changes anything. */
export function hasCorrections(corrections: Corrections | undefined): boolean {
  return !!corrections && (!!corrections.notEntities?.length || Object.keys(corrections.entities ?? {}).length > 0);
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

/** Where `name` stands in `text` as whole words, in order, not overlapping; blanks in the name match any run of blanks. */
function occurrences(text: string, name: string): { start: number; end: number }[] {
  const words = name.split(' ');
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf(words[0], from);
    if (start < 0) return out;
    from = start + 1;
    let end = start + words[0].length;
    let ok = start === 0 || !isWordChar(text.charCodeAt(start - 1));
    for (let k = 1; k < words.length && ok; k++) {
      let p = end;
      while (p < text.length && (text[p] === ' ' || text[p] === '\t' || text[p] === '\u00a0')) p++;
      ok = p > end && text.startsWith(words[k], p);
      end = p + words[k].length;
    }
    if (ok && (end >= text.length || !isWordChar(text.charCodeAt(end)))) {
      out.push({ start, end });
      from = end;
    }
  }
}

/**
 * The mentions after the reader's corrections: those whose text is a "not an entity" name (any case) are
 * dropped; every whole-word occurrence of an "entity" name becomes a mention of its type, replacing the mentions
 * it overlaps (reason `user:corrections`). `paragraphAt(offset)` gives the paragraph index of an added mention.
 * Sorted by start, never overlapping, like the input. Resumable: it yields after each name it looked for, so a
 * scheduler can spread a long article's corrections over several slices.
 */
export function* applyCorrectionsSteps(
  text: string,
  mentions: readonly PlacedMention[],
  corrections: Corrections,
  paragraphAt: (offset: number) => number,
): Generator<void, PlacedMention[], void> {
  const not = new Set((corrections.notEntities ?? []).map(n => n.toLowerCase()));
  let out = mentions.filter(m => !not.has(text.slice(m.start, m.end).replace(/\s+/g, ' ').toLowerCase()));
  const added: PlacedMention[] = [];
  // longer names first, so "Bank of Japan Holdings" wins over "Bank of Japan"
  for (const [name, type] of Object.entries(corrections.entities ?? {}).sort((a, b) => b[0].length - a[0].length)) {
    if (not.has(name.toLowerCase())) continue;
    yield;
    // a name's occurrences never overlap each other; a longer name's, already taken, win
    const fresh = occurrences(text, name).filter(o => !overlapsAny(added, o));
    for (const o of fresh) added.push({ start: o.start, end: o.end, type, reason: 'user:corrections', paragraph: paragraphAt(o.start) });
    if (fresh.length) added.sort((a, b) => a.start - b.start);
  }
  if (added.length === 0) return out;
  out = out.filter(m => !overlapsAny(added, m));
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

/** Whether `m` overlaps one of `sorted` (sorted by start, not overlapping each other): a binary search. */
function overlapsAny(sorted: readonly { start: number; end: number }[], m: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= m.start) lo = mid + 1;
    else if (sorted[mid].start >= m.end) hi = mid - 1;
    else return true;
  }
  return false;
}
