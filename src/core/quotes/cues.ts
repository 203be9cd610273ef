import type { Span } from '../model';
import { BARE_CLAUSE_VERBS, LISTENER_VERBS, LISTENERS, NOT_CLAUSE_OPENERS, NOT_SPEAKING_BEFORE, NOT_SUBJECT_START, SPEECH_VERBS, VERB_MODIFIERS } from './lexicon';
import { isClauseEnd, tokenize, type Token } from './tokens';

/** A speech cue: the verb (or "according to") and the phrase naming the speaker, on the verb's `side`. */
export interface Cue {
  readonly verb: Span;
  readonly phrase: readonly Token[];
  readonly side: 'subject' | 'object';
}

/** Reported speech: a cue and the content clause it introduces. */
export interface ReportedSpeech extends Cue {
  readonly clause: Span;
}

/** Words a cue may look through after a closing mark before giving up: `"...," the 34-year-old said`. */
const AFTER_WINDOW = 12;
/** Words of a speaker phrase after the verb: `said Gbadebo Rhodes-Vivour, the Labour Party candidate`. */
const OBJECT_WINDOW = 10;
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);
const ADVERBIAL_STARTS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'this', 'also', 'separately', 'via', 'from', 'through', 'when', 'late', 'shortly']);

/** Whether `text` holds a speech verb or "according" as a word: a cheap look before tokenizing. */
function hasCueWord(text: string): boolean {
  // the runs of ASCII letters, scanned by hand: this runs on every sentence of the article at each analysis
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 32 : 0;
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const w = text.slice(start, i).toLowerCase();
    if (w === 'according' || SPEECH_VERBS.has(w)) return true;
    start = -1;
  }
  return false;
}

const isVerb = (t: Token | undefined): boolean => t !== undefined && t.isWord && SPEECH_VERBS.has(t.lower);
const isAccordingTo = (ts: readonly Token[], i: number): boolean => ts[i]?.lower === 'according' && ts[i + 1]?.lower === 'to';

/**
 * The cue after a closing quotation mark at `from` (one past the mark), looking no further than `limit`:
 * `"...," Jaishankar said` (subject before the verb), `"...," said Niels van Dam` (after it),
 * `"...", according to the ministry`. Undefined when the sentence goes on without a speech verb.
 */
export function cueAfter(text: string, from: number, limit: number): Cue | undefined {
  const ts = tokenize(text, from, Math.min(limit, from + 200));
  const i = ts[0]?.text === ',' || ts[0]?.text === '—' ? 1 : 0;
  if (isAccordingTo(ts, i)) return { verb: { start: ts[i].start, end: ts[i + 1].end }, phrase: objectPhrase(ts, i + 2), side: 'object' };
  const first = ts[i] as Token | undefined;
  if (!first?.isWord) return undefined;
  if (isVerb(first)) {
    const phrase = objectPhrase(ts, i + 1);
    return phrase.length > 0 && phrase[0].lower !== 'that' ? { verb: first, phrase, side: 'object' } : undefined;
  }
  if (NOT_SUBJECT_START.has(first.lower)) return undefined;
  for (let k = i; k < ts.length && k < i + AFTER_WINDOW; k++) {
    if (isClauseEnd(ts[k])) return undefined;
    if (isVerb(ts[k]) && k > i && !NOT_SPEAKING_BEFORE.has(ts[k - 1].lower)) return { verb: ts[k], phrase: ts.slice(i, k), side: 'subject' };
  }
  return undefined;
}

function objectPhrase(ts: readonly Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < ts.length && out.length < OBJECT_WINDOW; k++) {
    if (!ts[k].isWord && ts[k].text !== '-' && ts[k].text !== '’' && ts[k].text !== "'") break;
    out.push(ts[k]);
  }
  return out;
}

/**
 * The cue before an opening quotation mark at `open`, within the clause starting at `from`:
 * `Kikilias said: "..."`, `she wrote in a memo: "..."`, `He said, "..."`. The clause must end in a colon or
 * comma (or the verb itself) right before the mark. Undefined otherwise.
 */
export function cueBefore(text: string, from: number, open: number): Cue | undefined {
  const ts = tokenize(text, from, open);
  if (ts.length < 2) return undefined;
  let end = ts.length;
  const isColon = ts[end - 1].text === ':';
  if (isColon || ts[end - 1].text === ',') end--;
  else if (!isVerb(ts[end - 1])) return undefined;
  // "tweeted from his official account on Friday: ..." goes further than "he said, ..."
  const window = isColon ? 14 : 7;
  for (let v = end - 1; v >= 0 && end - v <= window; v--) {
    if (isClauseEnd(ts[v])) return undefined;
    if (!isVerb(ts[v])) continue;
    let start = v;
    while (start > 0 && !isClauseEnd(ts[start - 1])) start--;
    const phrase = ts.slice(start, v);
    const before = phrase.filter(t => t.isWord && !VERB_MODIFIERS.has(t.lower)).pop();
    if (!before || NOT_SPEAKING_BEFORE.has(before.lower)) return undefined;
    return { verb: ts[v], phrase, side: 'subject' };
  }
  return undefined;
}

/**
 * Reported speech in one sentence `[start, end)`: "X said (that) CLAUSE", "X told reporters (that) CLAUSE",
 * "According to X, CLAUSE", "CLAUSE, according to X". `isFree(offset)` is false where a direct quotation or its
 * cue lies; verbs there are skipped and clauses reaching there are dropped. The clause runs to the end of the
 * sentence, without its final punctuation. Returned in document order.
 */
export function findReported(text: string, start: number, end: number, isFree: (s: Span) => boolean): ReportedSpeech[] {
  return keepReported(reportedCandidates(text, start, end), isFree);
}

/** A reported-speech candidate of a sentence, with the start of the token (verb or "according") it was found at. */
export interface ReportedCandidate extends ReportedSpeech {
  readonly at: number;
}

/**
 * What `findReported` keeps of a sentence's candidates (`reportedCandidates`): each one whose clause and verb are
 * free, unless it starts inside the clause of the one kept before it. In document order.
 */
export function keepReported(candidates: readonly ReportedCandidate[], isFree: (s: Span) => boolean): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.at < lastEnd || !isFree(c.clause) || !isFree(c.verb)) continue;
    out.push({ verb: c.verb, phrase: c.phrase, side: c.side, clause: c.clause });
    lastEnd = c.clause.end;
  }
  return out;
}

/**
 * Every reported speech of the sentence `[start, end)` that `findReported` could keep, before the checks against
 * direct quotations, in document order; offsets into `text`. It reads the sentence and whether a quotation mark
 * stands right before it (`quoteBefore`), nothing else of the text.
 */
export function reportedCandidates(text: string, start: number, end: number): ReportedCandidate[] {
  // Most sentences attribute nothing: a cheap look for a cue word before tokenizing
  if (!hasCueWord(text.slice(start, end))) return [];
  const ts = tokenize(text, start, end);
  const out: ReportedCandidate[] = [];
  const stop = sentenceEnd(text, start, end);
  const push = (at: number, r: ReportedSpeech): void => {
    if (r.clause.end - r.clause.start < 2) return;
    // "X tweeted using his account:" introduces a quotation rather than reporting one
    if (/:\s*$/.test(text.slice(r.clause.start, r.clause.end))) return;
    if (!/[\p{L}\p{N}]+\P{L}+[\p{L}\p{N}]+\P{L}+[\p{L}\p{N}]/u.test(text.slice(r.clause.start, r.clause.end))) return;
    out.push({ ...r, at });
  };
  for (let k = 0; k < ts.length; k++) {
    if (isAccordingTo(ts, k)) {
      const phrase = objectPhrase(ts, k + 2);
      const verb = { start: ts[k].start, end: ts[k + 1].end };
      const afterPhrase = ts[k + 2 + phrase.length];
      const next = ts[k + 3 + phrase.length];
      if (k === 0 && afterPhrase?.text === ',' && next) {
        push(ts[k].start, { verb, phrase, side: 'object', clause: { start: next.start, end: stop } });
      } else if (k > 0 && ts[k - 1].text === ',' && !isQuoteMark(text[ts[k - 1].start - 1])) {
        push(ts[k].start, { verb, phrase, side: 'object', clause: { start: ts[0].start, end: ts[k - 1].start } });
      }
      continue;
    }
    if (!isVerb(ts[k]) || k === 0) continue;
    let s = k;
    while (s > 0 && !isClauseEnd(ts[s - 1])) s--;
    const phrase = ts.slice(s, k);
    const before = phrase.filter(t => t.isWord && !VERB_MODIFIERS.has(t.lower)).pop();
    if (!before || NOT_SPEAKING_BEFORE.has(before.lower)) continue;
    const from = clauseStart(ts, k);
    if (from === undefined || ts[from].start >= stop) continue;
    push(ts[k].start, { verb: ts[k], phrase, side: 'subject', clause: { start: ts[from].start, end: stop } });
  }
  return out;
}

/** Whether `c` (a character of the text, or undefined past its start) is a quotation mark: `"...", according to X`. */
export function isQuoteMark(c: string | undefined): boolean {
  return c !== undefined && /["”’']/.test(c);
}

/** The index of the token that starts the content clause after the verb at `k`, or undefined. */
function clauseStart(ts: readonly Token[], k: number): number | undefined {
  let j = k + 1;
  const thatWithin = (n: number): number | undefined => {
    for (let x = j; x < ts.length && x <= j + n; x++) {
      if (ts[x].lower === 'that') return x + 1 < ts.length ? x + 1 : undefined;
      if (isClauseEnd(ts[x]) || isVerb(ts[x])) return undefined;
    }
    return undefined;
  };
  if (LISTENER_VERBS.has(ts[k].lower)) {
    if (ts[j] && LISTENERS.has(ts[j].lower)) j++;
    else return thatWithin(6);
  }
  if (ts[j] && (ADVERBIAL_STARTS.has(ts[j].lower) || DAYS.has(ts[j].lower))) {
    const that = thatWithin(8);
    if (that !== undefined) return that;
    while (ts[j] && (DAYS.has(ts[j].lower) || ts[j].lower === 'on' || ts[j].lower === 'also' || ts[j].lower === 'later')) j++;
  }
  const t = ts[j];
  if (!t || !t.isWord) return undefined;
  if (t.lower === 'that') return j + 1 < ts.length ? j + 1 : undefined;
  if (!BARE_CLAUSE_VERBS.has(ts[k].lower)) return undefined;
  return NOT_CLAUSE_OPENERS.has(t.lower) || isVerb(t) ? undefined : j;
}

/** The sentence's end without its final punctuation and closing marks that follow it. */
function sentenceEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?]/.test(text[e - 1])) e--;
  return e;
}
