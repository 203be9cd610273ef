import type { ArticleStructure, Entity, Mention, Paragraph, Quote, Span } from '../model';
import { runSteps } from '../pipeline/steps';
import { firstStartingAt } from '../text/search';
import { cueAfter, cueBefore, keepReported, reportedCandidates, type Cue } from './cues';
import { findQuotedSpans, type QuotedSpan } from './marks';
import { moved, reportedInParagraph, type ReportedCache } from './reportedCache';
import type { ParagraphMemo } from '../pipeline/paragraphMemo';
import { resolvePhrase, SpeakerIndex, type Speaker, type SpeakerHistory } from './speaker';
import { countWordTokens } from './tokens';

/** Paragraphs searched for reported speech per step of `findQuotesSteps`. */
const PARAGRAPH_BATCH = 200;
/** Quotations given their speaker per step of `findQuotesSteps`. */
const QUOTE_BATCH = 500;

/** Confidence by how the speaker was found; reported speech is a little less sure than a quotation in marks. */
const CONFIDENCE = { name: 0.95, role: 0.85, pronoun: 0.8, continuation: 0.75, none: 0.6 } as const;
const REPORTED_FACTOR = 0.9;

interface Candidate {
  readonly span: Span;
  readonly kind: Quote['kind'];
  readonly cue?: Cue;
  readonly paragraph: number;
}

/**
 * Finds the quotations of an article and their speakers, from its text, layout and grouped mentions (`mentions`
 * sorted by start, as in `Analysis`). Contract:
 * - direct: text in quotation marks with a speech cue on either side (`"...," X said`, `X said: "..."`,
 *   `"...", according to X`), or a whole sentence in marks right after a quotation (same speaker and cue);
 *   marks around a phrase inside a sentence (a scare quote, a title) are no quotation;
 * - reported: the content clause of "X said (that) ...", "X told reporters ...", "according to X, ...";
 * - the speaker is an entity id (by name, pronoun, role or continuation) or null.
 * Returns quotes sorted by start, never overlapping; empty text gives []. Pure text scanning over the grouped
 * mentions: no NLP runs here, so it costs little beside the per-paragraph extraction.
 */
export function findQuotes(text: string, article: ArticleStructure, entities: readonly Entity[], mentions: readonly Mention[]): Quote[] {
  return runSteps(findQuotesSteps(text, article, entities, mentions));
}

/**
 * `findQuotes` in resumable steps (yields between stages and every few hundred paragraphs); same result. With a
 * `memo`, the reported speech of a paragraph it keeps is looked for once while the paragraph stays the same; with a
 * `cache`, that of each sentence of the other paragraphs, across the analyses sharing it.
 */
export function* findQuotesSteps(
  text: string,
  article: ArticleStructure,
  entities: readonly Entity[],
  mentions: readonly Mention[],
  cache?: ReportedCache,
  memo?: ParagraphMemo,
): Generator<void, Quote[], void> {
  const paragraphs = article.paragraphs;
  const quoted = findQuotedSpans(text, paragraphs);
  yield;
  const candidates: Candidate[] = [];
  const taken: Span[] = [];
  let previous: QuotedSpan | undefined;
  for (const q of quoted) {
    const para = paragraphs[q.paragraph];
    const limit = paragraphs[q.lastParagraph].end;
    const cue = (q.closeEnd >= 0 ? cueAfter(text, q.closeEnd, limit) : undefined)
      ?? cueBefore(text, clauseStartBefore(text, para, q.open, previous), q.open);
    const isSentence = startsSentence(text, para, q, previous) && isSentenceLike(text, q);
    previous = q.lastParagraph === q.paragraph ? q : undefined;
    if (!cue && !isSentence) continue;
    if (!cue && q.closeEnd < 0 && q.lastParagraph === q.paragraph && wordsIn(text, q) < 5) continue;
    candidates.push({ span: trimmed(text, q), kind: 'direct', cue, paragraph: q.paragraph });
    taken.push({ start: q.open, end: q.closeEnd >= 0 ? q.closeEnd : q.end }, ...(cue ? [cue.verb] : []));
  }
  yield;
  taken.sort((a, b) => a.start - b.start);
  const isFree = (s: Span): boolean => !overlapsAny(taken, s);
  for (let p = 0; p < paragraphs.length; p++) {
    if (p > 0 && p % PARAGRAPH_BATCH === 0) yield;
    const para = paragraphs[p];
    const kept = memo?.isKept(para) ? memo.of(reportedInParagraph, text, para) : undefined;
    para.sentences.forEach((s, i) => {
      const found = kept ? (kept[i].length === 0 ? kept[i] : kept[i].map(c => moved(c, para.start)))
        : cache ? cache.candidates(text, s.start, s.end) : reportedCandidates(text, s.start, s.end);
      for (const r of keepReported(found, isFree)) candidates.push({ span: r.clause, kind: 'reported', cue: r, paragraph: p });
    });
  }
  yield;
  candidates.sort((a, b) => a.span.start - b.span.start);
  const index = new SpeakerIndex(mentions, entities);
  yield;
  return yield* attribute(text, candidates, index);
}

/**
 * Resolves speakers in document order, so that a pronoun or a cueless quotation can lean on the one before;
 * yields every `QUOTE_BATCH` candidates.
 */
function* attribute(text: string, candidates: readonly Candidate[], index: SpeakerIndex): Generator<void, Quote[], void> {
  const history: SpeakerHistory = { gender: new Map() };
  const quotes: Quote[] = [];
  let lastDirect: { paragraph: number; speaker: Speaker; cue: Quote['cue'] } | undefined;
  for (let k = 0; k < candidates.length; k++) {
    if (k > 0 && k % QUOTE_BATCH === 0) yield;
    const c = candidates[k];
    let speaker: Speaker;
    let cue: Quote['cue'];
    if (c.cue) {
      speaker = resolvePhrase(index, c.cue.phrase, c.cue.side, history, c.paragraph);
      cue = { start: c.cue.verb.start, end: c.cue.verb.end, text: text.slice(c.cue.verb.start, c.cue.verb.end) };
    } else if (lastDirect && c.paragraph - lastDirect.paragraph <= 1) {
      speaker = lastDirect.speaker.entityId ? { entityId: lastDirect.speaker.entityId, via: 'continuation' } : { entityId: null };
      cue = lastDirect.cue;
    } else {
      speaker = { entityId: null };
      cue = undefined;
    }
    if (speaker.entityId) {
      const e = index.entity(speaker.entityId);
      if (e) history.last = { entityId: e.id, type: e.type, paragraph: c.paragraph, at: c.cue?.verb.start ?? c.span.start };
    }
    if (c.kind === 'direct') lastDirect = { paragraph: c.paragraph, speaker, cue };
    const base = CONFIDENCE[speaker.via ?? 'none'] * (c.kind === 'reported' ? REPORTED_FACTOR : 1);
    quotes.push({
      start: c.span.start,
      end: c.span.end,
      text: text.slice(c.span.start, c.span.end),
      kind: c.kind,
      ...(cue ? { cue } : {}),
      speakerEntityId: speaker.entityId,
      ...(speaker.via ? { speakerVia: speaker.via } : {}),
      confidence: Math.round(base * 100) / 100,
      paragraph: c.paragraph,
    });
  }
  return quotes;
}

/** Where the clause holding the opening mark at `open` starts: its sentence, or just after the quotation before. */
function clauseStartBefore(text: string, para: Paragraph, open: number, previous: QuotedSpan | undefined): number {
  let from = para.start;
  for (const s of para.sentences) if (s.start <= open) from = s.start;
  if (previous && previous.closeEnd > from && previous.closeEnd <= open) from = previous.closeEnd;
  return from;
}

/** Whether the quotation opens a sentence: at the paragraph's start, after a sentence end or another quotation. */
function startsSentence(text: string, para: Paragraph, q: QuotedSpan, previous: QuotedSpan | undefined): boolean {
  const before = text.slice(para.start, q.open).trimEnd();
  if (before === '') return true;
  if (previous && previous.closeEnd >= 0 && text.slice(previous.closeEnd, q.open).trim() === '' ) return true;
  return /[.!?]["'”’]?$/.test(before);
}

/** A whole sentence or more in marks: capitalised, at least three words, ending in punctuation inside the marks. */
function isSentenceLike(text: string, q: QuotedSpan): boolean {
  const inner = text.slice(q.start, q.end).trim();
  if (!/^[\p{Lu}"'“‘]/u.test(inner) || wordsIn(text, q) < 3) return false;
  return q.closeEnd < 0 || q.lastParagraph > q.paragraph || /[.,!?…]$/.test(inner);
}

function wordsIn(text: string, q: Span): number {
  return countWordTokens(text, q.start, q.end);
}

/** The quotation's words without the spaces just inside the marks. */
function trimmed(text: string, q: Span): Span {
  let { start, end } = q;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Whether `s` overlaps one of `sorted` (sorted by start, disjoint, so their ends are sorted too): binary search. */
function overlapsAny(sorted: readonly Span[], s: Span): boolean {
  const lo = firstStartingAt(sorted, s.end);
  // the spans starting before `s` ends: only the last ones can still reach into it
  for (let i = lo - 1; i >= 0 && i >= lo - 2; i--) if (sorted[i].end > s.start) return true;
  return false;
}
