/**
 * Finds theme trigger words and phrases in a text: one left-to-right scan over word tokens, walking
 * a trie keyed by normalised words. The longest phrase starting at a word wins and consumes its
 * words, so "UN reform" is one hit and "reform" inside it is not counted again.
 */
import type { ExtraThemeTerms } from '../model';
import { THEME_RULES } from './lexicon';
import type { ThemeRule } from './lexiconTypes';
import { isNameTerm } from './capitals';
import { compileSenses, cuesThatCount, senseKey, type CompiledSense, type FoundCue } from './senses';
import { capTopic } from './topics';
import { MAX_EXTRA_TERM_LENGTH, MAX_EXTRA_TERMS_PER_TOPIC } from './userTerms';
import { inflectionVariants, tokenizeWords, type WordToken } from './tokenize';
import { isAllCaps } from '../text/caps';

/** One trigger found in a text. Offsets are UTF-16 code units into the text given, end exclusive. */
export interface ThemeHit {
  readonly start: number;
  readonly end: number;
  /** CAP major topic code. */
  readonly code: number;
  /** CAP subtopic code when the rule names one. */
  readonly subtopic?: number;
  /** Strength of this single occurrence (see `ThemeRule.weight`). */
  readonly weight: number;
  /** The lexicon term as written in the rule ("UN reform"); identical surface forms share it. */
  readonly term: string;
  /** The rule's reason ("user term" for extra terms). */
  readonly reason: string;
}

/** The reason of the hits of the user's own theme words. */
export const USER_TERM = 'user term';

/** A matcher built from the lexicon and, optionally, user terms. */
export interface ThemeMatcher {
  /** Hits in `text`, sorted by start then code; no two hits of different spans overlap. */
  match(text: string): ThemeHit[];
}

interface Payload {
  readonly code: number;
  readonly subtopic?: number;
  readonly weight: number;
  readonly term: string;
  readonly reason: string;
  /** The sense check of a lexicon cue that needs one (user terms have none). */
  readonly sense?: CompiledSense;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  payloads?: Payload[];
}

/** Prefix of keys for words that only match as written in capitals. */
const CASED = '^';

const newNode = (): TrieNode => ({ next: new Map() });

/** "UN", "IT": two or more capitals. "5G" and "I" are ordinary words. */
const isAcronym = (surface: string): boolean => isAllCaps(surface, 2);

function wordKey(token: WordToken): string {
  return isAcronym(token.surface) ? CASED + token.surface : token.lower;
}

function addTerm(root: TrieNode, term: string, payload: Omit<Payload, 'term'>): void {
  const words = tokenizeWords(term);
  if (words.length === 0) return;
  let node = root;
  for (const w of words) {
    const key = wordKey(w);
    let child = node.next.get(key);
    if (!child) {
      child = newNode();
      node.next.set(key, child);
    }
    node = child;
  }
  const list = (node.payloads ??= []);
  const same = list.find((p) => p.code === payload.code);
  // The same term listed twice for one topic keeps its strongest reading.
  if (same) {
    if (same.weight >= payload.weight) return;
    list.splice(list.indexOf(same), 1);
  }
  list.push({ ...payload, term });
}

const SENSES = compileSenses();

function buildIndex(rules: readonly ThemeRule[], userRules: readonly ThemeRule[] = []): TrieNode {
  const root = newNode();
  for (const rule of rules) {
    for (const term of rule.terms) {
      const sense = SENSES.get(senseKey(rule.code, term));
      addTerm(root, term, { code: rule.code, subtopic: rule.subtopic, weight: rule.weight, reason: rule.reason, ...(sense ? { sense } : {}) });
    }
  }
  for (const rule of userRules) {
    for (const term of rule.terms) addTerm(root, term, { code: rule.code, weight: rule.weight, reason: rule.reason });
  }
  return root;
}

/** Whether a phrase may continue across the characters between two words. */
function joins(text: string, prev: WordToken, next: WordToken): boolean {
  const gap = next.start - prev.end;
  if (gap === 0) return true;
  if (gap > 3) return false;
  for (let i = prev.end; i < next.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0xa0 || c === 0x09 || c === 0x2d || c === 0x2010 || c === 0x2011) continue;
    // "U.N." and "U.S." keep their letters together, so do "S&P", "R&D" and "9/11".
    if ((c === 0x2e || c === 0x26 || c === 0x2f) && prev.surface.length <= 2) continue;
    return false;
  }
  return true;
}

/** "WHO WILL PAY FOR IT": two or more capitalised words nearby mean a shouted headline. */
function isCapsContext(tokens: readonly WordToken[], i: number): boolean {
  let shouting = 0;
  for (let k = Math.max(0, i - 3); k <= Math.min(tokens.length - 1, i + 3); k++) {
    if (k !== i && isAllCaps(tokens[k].surface, 3)) shouting++;
  }
  return shouting >= 2;
}

/** Keys for a token written in capitals: "^NATO", and "^NGO" for "NGOs". */
function casedKeys(tokens: readonly WordToken[], i: number): readonly string[] {
  const surface = tokens[i].surface;
  const first = surface.charCodeAt(0);
  // Fast exit: a word starting with a lower-case ASCII letter is no acronym.
  if (first >= 0x61 && first <= 0x7a) return NO_KEYS;
  const keys: string[] = [];
  if (isAcronym(surface) && !isCapsContext(tokens, i)) keys.push(CASED + surface);
  if (surface.endsWith('s') && isAcronym(surface.slice(0, -1)) && !isCapsContext(tokens, i)) {
    keys.push(CASED + surface.slice(0, -1));
  }
  return keys;
}

const NO_KEYS: readonly string[] = [];

/** Per-scan lookup of a token in a trie node: capitals first, then the word, then its base forms. */
class Stepper {
  readonly #tokens: readonly WordToken[];
  readonly #cased: (readonly string[] | undefined)[];
  readonly #variants = new Map<string, readonly string[]>();

  constructor(tokens: readonly WordToken[]) {
    this.#tokens = tokens;
    this.#cased = new Array(tokens.length);
  }

  step(node: TrieNode, i: number): TrieNode | undefined {
    const cased = (this.#cased[i] ??= casedKeys(this.#tokens, i));
    for (const k of cased) {
      const child = node.next.get(k);
      if (child) return child;
    }
    const lower = this.#tokens[i].lower;
    const exact = node.next.get(lower);
    if (exact) return exact;
    let variants = this.#variants.get(lower);
    if (!variants) {
      variants = inflectionVariants(lower);
      this.#variants.set(lower, variants);
    }
    for (const v of variants) {
      const child = node.next.get(v);
      if (child) return child;
    }
    return undefined;
  }
}

function scan(root: TrieNode, text: string): ThemeHit[] {
  const tokens = tokenizeWords(text);
  const stepper = new Stepper(tokens);
  const hits: ThemeHit[] = [];
  const cues: FoundCue[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node = stepper.step(root, i);
    let bestEnd = -1;
    let best: Payload[] | undefined;
    let j = i;
    while (node) {
      if (node.payloads) {
        bestEnd = j;
        best = node.payloads;
      }
      if (j + 1 >= tokens.length || node.next.size === 0 || !joins(text, tokens[j], tokens[j + 1])) break;
      j++;
      node = stepper.step(node, j);
    }
    if (!best) {
      i++;
      continue;
    }
    const start = tokens[i].start;
    const end = tokens[bestEnd].end;
    for (const p of [...best].sort((a, b) => a.code - b.code)) {
      if (p.code === 0) continue;
      hits.push({ start, end, code: p.code, subtopic: p.subtopic, weight: p.weight, term: p.term, reason: p.reason });
      cues.push({ first: i, last: bestEnd, code: p.code, weight: p.weight, term: p.term, ...(p.sense ? { sense: p.sense } : {}) });
    }
    i = bestEnd + 1;
  }
  if (hits.length === 0) return hits;
  const counts = cuesThatCount(text, tokens, cues, isNameTerm);
  return hits.filter((_, k) => counts[k]);
}

function checkExtraTerms(extra: ExtraThemeTerms): ThemeRule[] {
  const rules: ThemeRule[] = [];
  for (const [key, terms] of Object.entries(extra)) {
    const code = Number(key);
    if (!Number.isInteger(code) || !capTopic(code)) {
      throw new RangeError(`extraThemeTerms: ${key} is not a CAP major topic code`);
    }
    if (!Array.isArray(terms)) throw new TypeError(`extraThemeTerms[${key}] must be an array of strings`);
    const clean = terms
      .filter((t): t is string => typeof t === 'string')
      .map((t) => t.trim())
      .filter((t) => t.length > 0 && t.length <= MAX_EXTRA_TERM_LENGTH)
      .slice(0, MAX_EXTRA_TERMS_PER_TOPIC);
    if (clean.length > 0) rules.push({ terms: clean, code, weight: 1, reason: USER_TERM });
  }
  return rules;
}

class TrieThemeMatcher implements ThemeMatcher {
  readonly #root: TrieNode;

  constructor(rules: readonly ThemeRule[], userRules: readonly ThemeRule[] = []) {
    this.#root = buildIndex(rules, userRules);
  }

  match(text: string): ThemeHit[] {
    return scan(this.#root, text);
  }
}

const defaultMatcher: ThemeMatcher = new TrieThemeMatcher(THEME_RULES);

/**
 * A matcher over the built-in lexicon plus `extra` user terms (CAP code -> literal words or
 * phrases, matched like lexicon terms, weight 1, reason "user term"). Without extra terms the
 * shared default matcher is returned. Throws RangeError for a key that is not a CAP major topic
 * code; non-string, empty and over-long (> 100 chars) terms are ignored. Build it once per set of
 * options: indexing the lexicon takes a few milliseconds.
 */
export function createThemeMatcher(extra?: ExtraThemeTerms): ThemeMatcher {
  if (!extra || Object.keys(extra).length === 0) return defaultMatcher;
  const rules = checkExtraTerms(extra);
  if (rules.length === 0) return defaultMatcher;
  return new TrieThemeMatcher(THEME_RULES, rules);
}

/**
 * Theme triggers in `text` from the built-in lexicon, sorted by start (then code). Offsets are
 * UTF-16 code units into `text`, end exclusive; a phrase hides the words inside it. Empty text
 * gives an empty array.
 */
export function matchThemeTerms(text: string): ThemeHit[] {
  return defaultMatcher.match(text);
}
