import { parseArticle } from './article/article';
import { applyCorrectionsSteps, hasCorrections } from './entities/corrections';
import { releaseBodySeats } from './countries/bodySeats';
import { buildCountries } from './countries/countryList';
import { groupMentionsSteps } from './entities/group';
import type { Analysis, AnalyzeOptions, ArticleStructure, PlacedMention, RawMention, Span } from './model';
import { extractUnit } from './nlp/pipeline';
import { findQuotesSteps } from './quotes/findQuotes';
import { ReportedCache } from './quotes/reportedCache';
import { createThemeMatcher, scoreThemesSteps, type ParagraphThemeInput, type ThemeHit, type ThemeMatcher } from './themes';
import { articleGenre } from './themes/genres';
import { articleUnits, type Unit } from './pipeline/units';
import { runSteps } from './pipeline/steps';
import { detached } from './pipeline/textCache';
import { ParagraphMemo } from './pipeline/paragraphMemo';
import { movedMention, paragraphAt } from './pipeline/placement';

/** What the NLP finds in one unit of text, offsets relative to the unit. Immutable, shareable across versions. */
export interface UnitResult {
  readonly mentions: readonly RawMention[];
  readonly themeHits: readonly ThemeHit[];
  readonly words: number;
}

/**
 * One analysis of one text taken in pieces, for a scheduler (`analyzeInSlices`): run the units in any order,
 * look at the analysis of those done so far, then assemble the whole in resumable steps.
 */
export interface AnalysisWork {
  /** The analysis units (paragraphs, or pieces of long ones) in document order; offsets into the text. */
  readonly units: readonly Span[];
  /** Whether unit `i`'s NLP result is already cached (running it costs a lookup). */
  isCached(i: number): boolean;
  /** Runs the NLP on unit `i` (memoised by its text). */
  run(i: number): void;
  /**
   * The analysis of the units run so far: the text of the others reads as blank, so offsets hold, and it ends with
   * the last paragraph run (`textLength` is shorter than the text's when later paragraphs have not run yet).
   */
  partial(): Analysis;
  /** The final assembly in resumable steps; it returns what `Analyzer.analyze(text)` returns. Every unit must have run. */
  finish(): Generator<void, Analysis, void>;
}

/** A unit's result placed in the article (see `Analyzer.#placedUnit`). */
interface PlacedUnit {
  readonly start: number;
  readonly paragraph: number;
  readonly mentions: readonly PlacedMention[];
  readonly themeHits: readonly ThemeHit[];
}

/**
 * How many unit results an `Analyzer` keeps for reuse at least (a 1 MB article has about 600 units); it always
 * keeps those of the last text it was given, however many.
 */
const UNIT_CACHE_LIMIT = 4000;
/** Units placed per step of `assembleSteps`. */
const PLACE_BATCH = 50;

/**
 * Analyses texts, remembering the result of each analysis unit (paragraph) by its exact text, so that after an
 * edit only the changed paragraphs go through the NLP again; grouping and themes are recomputed across the
 * whole article, which is cheap. One analyzer per document keeps reuse high; results never depend on what was
 * cached: `analyzer.analyze(t)` equals `analyze(t)` for the same options.
 */
export class Analyzer {
  readonly #options: AnalyzeOptions;
  readonly #themes: ThemeMatcher;
  #cache = new Map<string, UnitResult>();
  #previous = new Map<string, UnitResult>();
  /** Each unit result placed where it last stood in the text: kept while its offset and paragraph stay the same. */
  #placed = new WeakMap<UnitResult, PlacedUnit>();
  /** Each sentence's reported speech, found once while the sentence stays the same (paragraphs `#memo` does not keep). */
  readonly #reported = new ReportedCache();
  /** What the article-level passes read from one paragraph alone, kept while the paragraph stays the same. */
  readonly #memo = new ParagraphMemo();

  constructor(options: AnalyzeOptions = {}) {
    this.#options = options;
    this.#themes = createThemeMatcher(options.extraThemeTerms);
  }

  /** The analysis of `text` as work in pieces (see `AnalysisWork`); planning (the article structure) happens here. */
  work(text: string): AnalysisWork {
    const { article, units } = this.#plan(text);
    this.#age(units.length);
    const texts = units.map(u => text.slice(u.start, u.end));
    const results: (UnitResult | undefined)[] = units.map(() => undefined);
    return {
      units,
      isCached: i => this.#has(texts[i]),
      run: i => { results[i] = this.#unit(texts[i]); },
      partial: () => this.#assemblePartial(text, article, units, results),
      finish: () => {
        if (results.includes(undefined)) throw new Error('finish() before every unit ran');
        return this.#assembleSteps(text, article, units, results as UnitResult[]);
      },
    };
  }

  /** Splits `text` into article structure and analysis units, without running the NLP. */
  #plan(text: string): { article: ArticleStructure; units: Unit[] } {
    const article = parseArticle(text);
    this.#reported.age(article.paragraphs.reduce((n, p) => n + p.sentences.length, 0));
    return { article, units: articleUnits(text, article) };
  }

  /** The NLP result for one unit's text, from the cache when the same text was seen. */
  #unit(unitText: string): UnitResult {
    let r = this.#cache.get(unitText);
    if (r) return r;
    r = this.#previous.get(unitText);
    if (r) {
      this.#cache.set(detached(unitText), r);
      return r;
    }
    // A copy of the unit's text, for the key and the NLP: what the result keeps holds no view of the whole text,
    // which would keep every version of a large article alive (see `detached`).
    const own = detached(unitText);
    r = { mentions: extractUnit(own), themeHits: this.#themes.match(own), words: countWords(own) };
    this.#cache.set(own, r);
    return r;
  }

  /**
   * Starts a new generation of the unit cache when it holds more than the limit: what the last texts used
   * survives one more round. Only between texts, never in the middle of one: an article with more units than the
   * limit (10 MB has ~6,000) would otherwise lose, at each rotation, units it has not reached yet.
   */
  #age(units: number): void {
    if (this.#cache.size <= Math.max(UNIT_CACHE_LIMIT, units)) return;
    this.#previous = this.#cache;
    this.#cache = new Map();
  }

  /** Whether `unitText` would be served from the cache. */
  #has(unitText: string): boolean {
    return this.#cache.has(unitText) || this.#previous.has(unitText);
  }

  /**
   * `r`'s mentions and theme hits moved to unit `u`'s place, reused from the last text when the unit stood at the
   * same offset in the same paragraph (the paragraphs before an edit): copying the mentions of every unit, objects
   * of many shapes, was the largest single cost of re-analysing a 2,000-word article after an edit.
   */
  #placedUnit(r: UnitResult, u: Unit): PlacedUnit {
    const cached = this.#placed.get(r);
    if (cached && cached.start === u.start && cached.paragraph === u.paragraph) return cached;
    // Pushed, not mapped: an array `map` makes in optimised code is of another kind than one it makes before, and
    // `#assembleSteps`, reading both, would fall back from optimised code (`wrong map`; see `groupMentionsSteps`)
    const mentions: PlacedMention[] = [];
    for (const m of r.mentions) mentions.push(movedMention(m, u));
    const themeHits: ThemeHit[] = [];
    // a hit's fields are the matcher's, all of them always set
    for (const h of r.themeHits) themeHits.push({ start: h.start + u.start, end: h.end + u.start, code: h.code, subtopic: h.subtopic, weight: h.weight, term: h.term, reason: h.reason });
    const p: PlacedUnit = { start: u.start, paragraph: u.paragraph, mentions, themeHits };
    this.#placed.set(r, p);
    return p;
  }

  /** Assembles the analysis from each unit's result (`results[i]` belongs to `units[i]`). */
  #assemble(text: string, article: ArticleStructure, units: readonly Unit[], results: readonly UnitResult[]): Analysis {
    return runSteps(this.#assembleSteps(text, article, units, results));
  }

  /**
   * The analysis of the units that have a result: the others are blanked out (same length, so offsets hold), which
   * keeps article-level steps such as finding repeated names from reaching into text that was not analysed yet.
   * The text ends with the last paragraph that has a result: the article-level steps then cost in proportion to
   * what was analysed, not to the whole article (a partial of the first screen of a 10 MB article is cheap).
   */
  #assemblePartial(text: string, article: ArticleStructure, units: readonly Unit[], results: readonly (UnitResult | undefined)[]): Analysis {
    const doneUnits: Unit[] = [];
    const doneResults: UnitResult[] = [];
    let last = -1;
    units.forEach((u, i) => {
      const r = results[i];
      if (!r) return;
      doneUnits.push(u);
      doneResults.push(r);
      last = Math.max(last, u.paragraph);
    });
    const paragraphs = article.paragraphs.slice(0, last + 1);
    const end = Math.max(paragraphs.at(-1)?.end ?? 0, article.header?.end ?? 0, article.headline?.end ?? 0);
    const pieces: string[] = [];
    let at = 0;
    units.forEach((u, i) => {
      if (results[i] || u.start >= end) return;
      pieces.push(text.slice(at, u.start), ' '.repeat(u.end - u.start));
      at = u.end;
    });
    pieces.push(text.slice(at, end));
    // the lead is the paragraph after the headline: a partial that ends with the headline has none yet
    const lead = article.lead && article.lead.end <= end ? article.lead : undefined;
    return this.#assemble(pieces.join(''), { ...article, paragraphs, lead }, doneUnits, doneResults);
  }

  /**
   * The assembly in resumable steps: the generator yields between stages (placing, grouping, countries, themes)
   * and inside the long ones, so that a scheduler can spread the assembly of a very large article over
   * several time slices.
   */
  *#assembleSteps(
    text: string,
    article: ArticleStructure,
    units: readonly Unit[],
    results: readonly UnitResult[],
  ): Generator<void, Analysis, void> {
    const placed: PlacedMention[] = [];
    // (pushed, not mapped: see `#placedUnit`)
    const hitsByParagraph: ThemeHit[][] = [];
    const wordsByParagraph: number[] = [];
    for (let i = 0; i < article.paragraphs.length; i++) {
      hitsByParagraph.push([]);
      wordsByParagraph.push(0);
    }
    for (let i = 0; i < units.length; i++) {
      if (i > 0 && i % PLACE_BATCH === 0) yield;
      const u = units[i];
      const r = results[i];
      const p = this.#placedUnit(r, u);
      for (const m of p.mentions) placed.push(m);
      for (const h of p.themeHits) hitsByParagraph[u.paragraph].push(h);
      wordsByParagraph[u.paragraph] += r.words;
    }
    yield;
    const memo = this.#memo.withKeys(paragraphKeys(article, units, results));
    const corrected = hasCorrections(this.#options.corrections)
      ? yield* applyCorrectionsSteps(text, placed, this.#options.corrections ?? {}, offset => paragraphAt(article, offset))
      : placed;
    const released = releaseBodySeats(text, corrected);
    yield;
    const { entities, mentions } = yield* groupMentionsSteps(text, released, article, memo);
    yield;
    const countries = buildCountries(entities);
    yield;
    const themeInput: ParagraphThemeInput[] = [];
    for (let i = 0; i < article.paragraphs.length; i++) themeInput.push({ hits: hitsByParagraph[i], kind: article.paragraphs[i].kind });
    const themes = yield* scoreThemesSteps(
      text,
      themeInput,
      { minThemeScore: this.#options.minThemeScore, names: mentions, genre: articleGenre(text, article.paragraphs) },
    );
    yield;
    const quotes = yield* findQuotesSteps(text, article, entities, mentions, this.#reported, memo);
    return {
      textLength: text.length,
      article,
      entities,
      mentions,
      countries,
      themes,
      quotes,
      wordCount: wordsByParagraph.reduce((a, b) => a + b, 0),
    };
  }

  /** The whole analysis of `text` in one synchronous call. */
  analyze(text: string): Analysis {
    const { article, units } = this.#plan(text);
    this.#age(units.length);
    return this.#assemble(text, article, units, units.map(u => this.#unit(text.slice(u.start, u.end))));
  }
}

/**
 * The one entry point of the core: `(text, options) -> Analysis`. Offsets are UTF-16 code units into `text`,
 * end exclusive. Empty or blank text gives an analysis with no paragraphs, entities or themes.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer(options).analyze(text);
}

/**
 * For each paragraph, the result of the one unit it is (the same text gives the same result: the key of what the
 * article-level passes read from the paragraph alone, see `ParagraphMemo`), or undefined for a paragraph cut into
 * several units or without a result.
 */
function paragraphKeys(article: ArticleStructure, units: readonly Unit[], results: readonly UnitResult[]): (UnitResult | undefined)[] {
  const keys: (UnitResult | undefined)[] = article.paragraphs.map(() => undefined);
  units.forEach((u, i) => {
    const p = article.paragraphs[u.paragraph];
    if (u.start === p.start && u.end === p.end) keys[u.paragraph] = results[i];
  });
  return keys;
}

/** Counts words as runs of characters between white space; empty text has 0. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (!isSpace && !inWord) n++;
    inWord = !isSpace;
  }
  return n;
}
