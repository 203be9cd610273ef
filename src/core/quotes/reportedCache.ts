import type { Span } from '../model';
import { isQuoteMark, reportedCandidates, type ReportedCandidate } from './cues';
import type { Token } from './tokens';
import { splitSentences } from '../article/article';
import { detached, TextCache } from '../pipeline/textCache';

/** How many sentences a `ReportedCache` keeps at least (a 1 MB article has about 8,000). */
const SENTENCE_CACHE_LIMIT = 20000;

/**
 * The reported-speech candidates of sentences (`reportedCandidates`), remembered by what they depend on: the
 * sentence's text and whether a quotation mark stands right before it. Offsets are kept relative to the sentence,
 * so a sentence that moved after an edit is served from the cache too. Bounded as `TextCache` says.
 */
export class ReportedCache {
  // by the sentence's text, one cache for each answer to "a quotation mark right before it?"
  readonly #plain = new TextCache<readonly ReportedCandidate[]>(SENTENCE_CACHE_LIMIT);
  readonly #afterMark = new TextCache<readonly ReportedCandidate[]>(SENTENCE_CACHE_LIMIT);

  /** Called before each analysis with its number of sentences. */
  age(sentences: number): void {
    this.#plain.age(sentences);
    this.#afterMark.age(sentences);
  }

  /** `reportedCandidates(text, start, end)`, from the cache when the same sentence was seen. */
  candidates(text: string, start: number, end: number): readonly ReportedCandidate[] {
    const isAfterMark = isQuoteMark(text[start - 1]);
    const sentence = text.slice(start, end);
    // found in a copy of the sentence (and the mark before it), so that the tokens kept hold no view of the text
    const relative = (isAfterMark ? this.#afterMark : this.#plain).get(sentence, () =>
      reportedCandidates(detached((isAfterMark ? '"' : ' ') + sentence), 1, sentence.length + 1).map(c => moved(c, -1)));
    return start === 0 || relative.length === 0 ? relative : relative.map(c => moved(c, start));
  }
}

/**
 * The reported-speech candidates (`reportedCandidates`) of each sentence of a paragraph (`splitSentences` of its
 * text), offsets into the paragraph: a fact for `ParagraphMemo`. A sentence reads only itself and the character
 * before it, the paragraph's own for every sentence but the first, and white space before the first, so each list is
 * the one the whole text gives, moved.
 */
export function reportedInParagraph(paragraph: string): ReportedCandidate[][] {
  return splitSentences(paragraph, 0, paragraph.length).map(s => reportedCandidates(paragraph, s.start, s.end));
}

/** Candidate `c` with every offset moved by `by`. */
export function moved(c: ReportedCandidate, by: number): ReportedCandidate {
  return {
    at: c.at + by,
    // the verb of "X said" is its token, the one of "according to" a span
    verb: 'text' in c.verb ? movedToken(c.verb as Token, by) : movedSpan(c.verb, by),
    clause: movedSpan(c.clause, by),
    side: c.side,
    phrase: c.phrase.map(t => movedToken(t, by)),
  };
}

function movedSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

function movedToken(t: Token, by: number): Token {
  return { start: t.start + by, end: t.end + by, text: t.text, lower: t.lower, isWord: t.isWord };
}
