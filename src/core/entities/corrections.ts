/**
 * The reader's corrections to an article's entities, kept beside the article (the editor's
 * `<article>.newslens.json`, the CLI reads the same file): names that are not entities, and names that always
 * are one, of a given type. Checked here, applied to the mentions before they are grouped, so every reader of
 * the analysis (decorations, outline, hovers, exports) sees the corrected entities.
 */
import type { CorrectedType, Corrections, PlacedMention } from '../model';
import { firstEndingAfter } from '../text/search';
import { collapseSpace, normaliseSpace } from '../text/whitespace';

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
/**
 * Largest corrections file read, in bytes (and in characters of its text): 2000 names of 200 characters in each
 * list fit with room to spare; a larger file is refused whole, unread, so it never stalls the editor.
 */
export const MAX_CORRECTIONS_FILE_BYTES = 2 * 1024 * 1024;
/** Most problems listed for one file; the rest are counted in a last line. */
export const MAX_PROBLEMS = 20;

// A Map, not an object: a type written "constructor" or "__proto__" must not find Object's own members.
const TYPES: ReadonlyMap<string, CorrectedType> = new Map([
  ['person', 'PERSON'], ['org', 'ORG'], ['organisation', 'ORG'], ['organization', 'ORG'], ['place', 'PLACE'],
]);

function usableName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = normaliseSpace(value);
  return name.length > 0 && name.length <= MAX_CORRECTED_NAME_LENGTH && /[\p{L}\p{N}]/u.test(name) ? name : undefined;
}

/**
 * A bad value in a few words, safe for any input: a short string is quoted, anything else is named by its kind
 * (a problem never stringifies the value, which may be nested thousands deep or megabytes long).
 */
function describe(value: unknown): string {
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : `a text of ${value.length} characters`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/** Collects problems, keeping the first `MAX_PROBLEMS` and counting the rest. */
class Problems {
  readonly #kept: string[] = [];
  #more = 0;

  add(problem: string): void {
    if (this.#kept.length < MAX_PROBLEMS) this.#kept.push(problem);
    else this.#more++;
  }

  list(): string[] {
    return this.#more ? [...this.#kept, `${this.#more} more problem${this.#more === 1 ? '' : 's'}`] : this.#kept;
  }
}

/**
 * Checks the parsed content of a corrections file: `{"notEntities": [names], "entities": {name: type}}` with
 * types PERSON, ORG (or organisation) and PLACE in any case. Usable entries are kept; each unusable one is left
 * out and named in `problems` (at most `MAX_PROBLEMS` of them, then a count). Other keys are ignored (a later
 * version may add some); a value that is not an object gives no corrections and one problem; `undefined` gives
 * none and no problem. Never throws, whatever the depth or size of `value`; keys such as "__proto__" or
 * "constructor" are names like any other (the `entities` record holds them as own properties).
 */
export function checkCorrections(value: unknown): CheckedCorrections {
  if (value === undefined) return { corrections: {}, problems: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { corrections: {}, problems: ['it must be an object with "notEntities" (a list of names) and "entities" (names with their type)'] };
  }
  const raw = value as { notEntities?: unknown; entities?: unknown };
  const problems = new Problems();
  const notEntities: string[] = [];
  const notEntitiesValue = Object.hasOwn(raw, 'notEntities') ? raw.notEntities : undefined;
  if (notEntitiesValue !== undefined) {
    if (!Array.isArray(notEntitiesValue)) problems.add('"notEntities" must be a list of names');
    else {
      notEntitiesValue.forEach((item: unknown, i) => {
        const name = usableName(item);
        if (!name) problems.add(`entry ${i + 1} of "notEntities" (${describe(item)}) is not a usable name (text of 1 to ${MAX_CORRECTED_NAME_LENGTH} characters with a letter or digit)`);
        else if (notEntities.length < MAX_CORRECTIONS) notEntities.push(name);
      });
    }
  }
  const entities: [string, CorrectedType][] = [];
  const entitiesValue = Object.hasOwn(raw, 'entities') ? raw.entities : undefined;
  if (entitiesValue !== undefined) {
    if (typeof entitiesValue !== 'object' || entitiesValue === null || Array.isArray(entitiesValue)) {
      problems.add('"entities" must map names to PERSON, ORG or PLACE');
    } else {
      const seen = new Set<string>();
      for (const [key, type] of Object.entries(entitiesValue as Record<string, unknown>)) {
        const name = usableName(key);
        const t = typeof type === 'string' ? TYPES.get(type.trim().toLowerCase()) : undefined;
        if (!name) problems.add(`the name ${describe(key)} in "entities" is not a usable name`);
        else if (!t) problems.add(`the type of ${describe(name)} must be PERSON, ORG or PLACE, not ${describe(type)}`);
        else if (entities.length < MAX_CORRECTIONS && !seen.has(name)) {
          seen.add(name);
          entities.push([name, t]);
        }
      }
    }
  }
  return {
    // fromEntries defines own properties: a name "__proto__" stays a name, not the record's prototype
    corrections: { ...(notEntities.length ? { notEntities } : {}), ...(entities.length ? { entities: Object.fromEntries(entities) } : {}) },
    problems: problems.list(),
  };
}

/**
 * Reads the text of a corrections file: JSON (a leading byte-order mark allowed) checked by `checkCorrections`.
 * Blank text gives no corrections and no problem. Text that is not JSON, or longer than
 * `MAX_CORRECTIONS_FILE_BYTES`, gives none and says so (`isJson` false: nothing of the file applies). A problem
 * never quotes the text itself (a JSON error gives its line and column only), whatever file it came from.
 */
export function parseCorrections(text: string): CheckedCorrections & { readonly isJson: boolean } {
  if (text.length > MAX_CORRECTIONS_FILE_BYTES) {
    return { corrections: {}, problems: [`it is larger than ${MAX_CORRECTIONS_FILE_BYTES / 1048576} MB, more than a corrections file needs`], isJson: false };
  }
  if (text.trim() === '') return { corrections: {}, problems: [], isJson: true };
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return { corrections: {}, problems: [`it is not valid JSON${whereJsonFailed(body, e)}`], isJson: false };
  }
  return { ...checkCorrections(value), isJson: true };
}

/** " (line 3, column 7)" from a JSON.parse error, or nothing: never the excerpt of the text V8 puts in some messages. */
function whereJsonFailed(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : '';
  if (/end of JSON input/.test(message)) return ' (it ends before it is complete)';
  const at = /at position (\d+)/.exec(message);
  if (!at) return '';
  const position = Math.min(Number(at[1]), text.length);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return ` (line ${line}, column ${position - before.lastIndexOf('\n')})`;
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
  let out = mentions.filter(m => !not.has(collapseSpace(text.slice(m.start, m.end)).toLowerCase()));
  const added: PlacedMention[] = [];
  // longer names first, so "Bank of Japan Holdings" wins over "Bank of Japan"
  for (const [name, type] of Object.entries(corrections.entities ?? {}).sort((a, b) => b[0].length - a[0].length)) {
    if (not.has(name.toLowerCase())) continue;
    yield;
    // a name's occurrences never overlap each other; a longer name's, already taken, win
    const fresh = occurrences(text, name).filter(o => !overlapsAny(added, o));
    for (const o of fresh) added.push({ start: o.start, end: o.end, type, source: 'user', reason: 'user:corrections', paragraph: paragraphAt(o.start) });
    if (fresh.length) added.sort((a, b) => a.start - b.start);
  }
  if (added.length === 0) return out;
  out = out.filter(m => !overlapsAny(added, m));
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

/** Whether `m` overlaps one of `sorted` (sorted by start, not overlapping each other): a binary search. */
function overlapsAny(sorted: readonly { start: number; end: number }[], m: { start: number; end: number }): boolean {
  // the first span ending after m starts is the only one that can overlap it
  const i = firstEndingAfter(sorted, m.start);
  return i < sorted.length && sorted[i].start < m.end;
}
