/**
 * Reads the context of ambiguous cues: the sense checks of `CUE_SENSES`, and club names on the sports
 * pages ("the Bombers", "All Blacks", "Union"), which are names there, not policy words.
 */
import type { CueSense } from './lexiconTypes';
import { MEDIUM } from './lexiconTypes';
import { capitalsMarkNames } from './capitals';
import { CUE_SENSES, SPORT_WORDS } from './rules/senses';
import { cueStem, inflectionVariants, tokenizeWords, type WordToken } from './tokenize';

/** A set of words and phrases, each a sequence of lower-case words, indexed by its first word. */
type WordSet = ReadonlyMap<string, readonly (readonly string[])[]>;

/** A `CueSense` ready for matching. */
export interface CompiledSense {
  readonly needs?: WordSet;
  readonly not?: WordSet;
  readonly scope: 'sentence' | 'paragraph';
  readonly capitalisedOnly: boolean;
  readonly reason: string;
}

/** One cue found by the matcher: its token range, topic, weight and sense check, if any. */
export interface FoundCue {
  readonly first: number;
  readonly last: number;
  readonly code: number;
  readonly weight: number;
  readonly term: string;
  readonly sense?: CompiledSense;
}

function compileWords(words: readonly string[]): WordSet {
  const map = new Map<string, string[][]>();
  for (const w of words) {
    const seq = tokenizeWords(w).map((t) => t.lower);
    if (seq.length === 0) continue;
    const list = map.get(seq[0]) ?? [];
    list.push(seq);
    map.set(seq[0], list);
  }
  return map;
}

function compile(sense: CueSense): CompiledSense {
  return {
    ...(sense.needsAny ? { needs: compileWords(sense.needsAny) } : {}),
    ...(sense.notWith ? { not: compileWords(sense.notWith) } : {}),
    scope: sense.scope,
    capitalisedOnly: sense.capitalisedOnly ?? false,
    reason: sense.reason,
  };
}

/** The key of a cue's sense check: topic code and the lexicon term in lower case. */
export const senseKey = (code: number, term: string): string => `${code}\u0000${term.toLowerCase()}`;

/** The built-in sense checks (`CUE_SENSES`) by `senseKey`, for the matcher to attach to its lexicon terms. */
export function compileSenses(): ReadonlyMap<string, CompiledSense> {
  const out = new Map<string, CompiledSense>();
  for (const s of CUE_SENSES) {
    const compiled = compile(s);
    for (const cue of s.cues) out.set(senseKey(s.code, cue), compiled);
  }
  return out;
}

const SPORT = compileWords(SPORT_WORDS);

/** Every word of every context list, and their first three letters: only these are looked for in a text. */
const CONTEXT_WORDS = new Set<string>();
for (const list of [SPORT_WORDS, ...CUE_SENSES.flatMap((c) => [c.needsAny ?? [], c.notWith ?? []])]) {
  for (const w of list) for (const t of tokenizeWords(w)) CONTEXT_WORDS.add(t.lower);
}
const CONTEXT_PREFIXES = new Set([...CONTEXT_WORDS].map((w) => w.slice(0, 3)));
/** Distinct sports words that make a paragraph a sports report. */
const SPORT_PARAGRAPH = 2;

/** Per-scan context: where each word form occurs and sentence numbers, computed on demand. */
class Context {
  readonly #text: string;
  readonly #tokens: readonly WordToken[];
  #positions?: Map<string, number[]>;
  #sentence?: number[];

  constructor(text: string, tokens: readonly WordToken[]) {
    this.#text = text;
    this.#tokens = tokens;
  }

  get length(): number {
    return this.#tokens.length;
  }

  /** Token range [from, to] of the scope around token `i`. */
  scope(i: number, scope: 'sentence' | 'paragraph'): [number, number] {
    if (scope === 'paragraph') return [0, this.#tokens.length - 1];
    const s = (this.#sentence ??= this.#sentences());
    let from = i;
    let to = i;
    while (from > 0 && s[from - 1] === s[i]) from--;
    while (to + 1 < s.length && s[to + 1] === s[i]) to++;
    return [from, to];
  }

  /** Whether token `i` starts its sentence (or the text). */
  startsSentence(i: number): boolean {
    const s = (this.#sentence ??= this.#sentences());
    return i === 0 || s[i - 1] !== s[i];
  }

  /** Distinct entries of `set` found in tokens [from, to], leaving out tokens [skipFrom, skipTo]. */
  found(set: WordSet, from: number, to: number, skipFrom = -1, skipTo = -2): Set<string> {
    const positions = (this.#positions ??= this.#index());
    const out = new Set<string>();
    for (const [first, seqs] of set) {
      for (const k of positions.get(first) ?? NONE) {
        if (k < from || k > to || (k >= skipFrom && k <= skipTo)) continue;
        for (const seq of seqs) {
          if (this.#continues(seq, k, to)) out.add(seq.join(' '));
        }
      }
    }
    return out;
  }

  #continues(seq: readonly string[], k: number, to: number): boolean {
    if (k + seq.length - 1 > to) return false;
    for (let j = 1; j < seq.length; j++) {
      if (!(this.#positions!.get(seq[j]) ?? NONE).includes(k + j)) return false;
    }
    return true;
  }

  /** Each word form (the word and its possible base forms) with the tokens where it occurs, in order. */
  #index(): Map<string, number[]> {
    const out = new Map<string, number[]>();
    const add = (form: string, i: number): void => {
      const list = out.get(form);
      if (!list) out.set(form, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    for (let i = 0; i < this.#tokens.length; i++) {
      const lower = this.#tokens[i].lower;
      if (CONTEXT_WORDS.has(lower)) add(lower, i);
      // Base forms share their first three letters with the word ("policies" -> "policy"): only words that
      // may be an inflection of a context word are inflected.
      if (lower.length < 4 || !CONTEXT_PREFIXES.has(lower.slice(0, 3))) continue;
      for (const v of inflectionVariants(lower)) {
        if (CONTEXT_WORDS.has(v)) add(v, i);
      }
    }
    return out;
  }

  #sentences(): number[] {
    const out: number[] = new Array(this.#tokens.length);
    let n = 0;
    for (let i = 0; i < this.#tokens.length; i++) {
      if (i > 0 && endsSentence(this.#text, this.#tokens[i - 1], this.#tokens[i])) n++;
      out[i] = n;
    }
    return out;
  }
}

const NONE: readonly number[] = [];

/** A sentence ends between two words at ".", "!" or "?" or a line break, not after "Mr." or "U.S.". */
function endsSentence(text: string, prev: WordToken, next: WordToken): boolean {
  for (let i = prev.end; i < next.start; i++) {
    const c = text[i];
    if (c === '\n' || c === '!' || c === '?') return true;
    if (c === '.' && !(prev.surface.length <= 2 && prev.surface[0] === prev.surface[0].toUpperCase())) return true;
  }
  return false;
}

const isFirm = (c: FoundCue): boolean => !c.sense && c.weight >= MEDIUM;

function senseHolds(ctx: Context, cues: readonly FoundCue[], index: number): boolean {
  const cue = cues[index];
  const sense = cue.sense!;
  const [from, to] = ctx.scope(cue.first, sense.scope);
  // A second firm cue of the topic confirms, and so does the same cue said again ("Space ... space").
  const stem = cueStem(cue.term);
  const seconds = new Set<string>();
  for (const other of cues) {
    if (other === cue || other.code !== cue.code || other.first < from || other.last > to) continue;
    const otherStem = cueStem(other.term);
    if (otherStem === stem ? other.first !== cue.first : isFirm(other)) seconds.add(otherStem);
  }
  let confirms = seconds.size;
  if (sense.needs) confirms += ctx.found(sense.needs, from, to, cue.first, cue.last).size;
  const against = sense.not ? ctx.found(sense.not, from, to, cue.first, cue.last).size : 0;
  if (sense.needs && confirms === 0) return false;
  return against === 0 || confirms > against;
}

/**
 * Which of the `cues` found in `text` count: a cue with a sense check counts when its context reads that
 * way (see `CueSense`); in a sports paragraph (two or more distinct sports words) a lexicon word written
 * with a capital inside a sentence, where capitals mark names, is a club's name ("the Bombers",
 * "Union") and does not count. Returns one flag per cue, in order.
 */
export function cuesThatCount(text: string, tokens: readonly WordToken[], cues: readonly FoundCue[], isNameTerm: (term: string) => boolean): boolean[] {
  const ctx = new Context(text, tokens);
  let sport: boolean | undefined;
  return cues.map((cue, i) => {
    const surface = tokens[cue.first].surface;
    const isCapitalised = surface[0] !== surface[0].toLowerCase();
    if (cue.sense && (isCapitalised || !cue.sense.capitalisedOnly) && !senseHolds(ctx, cues, i)) return false;
    if (isNameTerm(cue.term) || !isCapitalised || ctx.startsSentence(cue.first)) return true;
    sport ??= ctx.found(SPORT, 0, ctx.length - 1).size >= SPORT_PARAGRAPH;
    return !(sport && capitalsMarkNames(text, tokens[cue.first].start, tokens[cue.last].end));
  });
}
