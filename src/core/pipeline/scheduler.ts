import type { AnalysisWork, Analyzer } from '../analyze';
import type { Analysis, Span } from '../model';

/** What the scheduler needs of an `Analyzer`: the analysis of a text as work in pieces (`AnalysisWork`). */
export type SliceableAnalyzer = Pick<Analyzer, 'work'>;

/** How `analyzeInSlices` shares the thread. Every field is optional; defaults suit an editor's extension host. */
export interface SliceOptions {
  /** Milliseconds of synchronous work per slice before yielding (default 16). One unit always runs per slice. */
  readonly budgetMs?: number;
  /** A monotonic clock in milliseconds (default `performance.now`, else `Date.now`). */
  readonly now?: () => number;
  /** Gives the event loop a turn between slices (default `setImmediate` when present, else `setTimeout(0)`). */
  readonly yieldFn?: () => Promise<void>;
  /** Checked before each slice: once it returns true the work stops and the result is `undefined`. */
  readonly isCancelled?: () => boolean;
  /** The range to analyse first (the visible range in an editor); offsets into the text, end exclusive. */
  readonly priority?: Span;
  /**
   * Receives partial analyses of the units finished so far (in document order; the text of the other units
   * reads as blank to them, and each ends with the last paragraph done: its `textLength` is short of the text's),
   * first the preview of a long text (see `previewChars`), then once the priority range is done, then each time
   * the units done have at least doubled and `progressIntervalMs` has passed. Each call runs in a slice of its own;
   * once assembling the next partial result would likely take longer than the budget (its cost grows with the units
   * done), no more are made. None when most units are cached (a re-analysis after an edit: a partial would cost
   * about what the final result does and show less than the analysis the reader already has). Not called for the
   * final result.
   */
  readonly onProgress?: (partial: Analysis, progress: SliceProgress) => void;
  /** Minimum milliseconds between two partial analyses after the first (default 250). */
  readonly progressIntervalMs?: number;
  /**
   * With `onProgress`, a long text first gets a preview: the analysis of its beginning alone, to the end of the
   * line at or after this many code units (or after the priority range, when that ends sooner than a quarter of the
   * text), made before the whole article is even planned, and reported as the first partial analysis (default
   * 16384; 0: none). Only when that beginning is under a quarter of the text and not already in the analyzer's
   * cache (not after an edit). Its paragraphs are the article's own, so they cost a cache lookup afterwards.
   */
  readonly previewChars?: number;
}

/** How far an analysis in slices has come: units done out of the article's total. */
export interface SliceProgress {
  readonly unitsDone: number;
  readonly unitsTotal: number;
}

/** Default slice budget: about one frame, well below the 50 ms a long task is allowed. */
export const DEFAULT_BUDGET_MS = 16;
const DEFAULT_PROGRESS_INTERVAL_MS = 250;
const DEFAULT_PREVIEW_CHARS = 16 * 1024;
// Starting guess for NLP cost, ~15k words/s at ~6 chars a word; refined from measured units as work goes on.
const INITIAL_MS_PER_CHAR = 0.011;

/**
 * Analyses `text` with `analyzer` in time slices of about `budgetMs`, yielding between them, so that a large
 * document never blocks the thread for long. Units already in the analyzer's cache come first (they cost a
 * lookup), then the units meeting `priority`, then the rest in document order. The final result deep-equals
 * `analyzer.analyze(text)` (and so `analyze(text)` for the same options), whatever was cached or cancelled
 * before. Resolves to `undefined` when `isCancelled` turns true; empty text gives the empty analysis.
 * Planning (article structure) runs as one synchronous step, in a slice of its own when it is long; the final
 * assembly runs in steps (`AnalysisWork.finish`) spread over as many slices as it needs.
 */
export async function analyzeInSlices(
  analyzer: SliceableAnalyzer,
  text: string,
  options: SliceOptions = {},
): Promise<Analysis | undefined> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const now = options.now ?? defaultNow;
  const yieldFn = options.yieldFn ?? defaultYield;
  const isCancelled = options.isCancelled ?? (() => false);
  const interval = options.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS;
  const onProgress = options.onProgress;
  if (isCancelled()) return undefined;
  if (onProgress) {
    const end = previewEnd(text, options.previewChars ?? DEFAULT_PREVIEW_CHARS, options.priority);
    const beginning = end === undefined ? undefined : analyzer.work(text.slice(0, end));
    if (end !== undefined && beginning?.units.some((_, i) => !beginning.isCached(i))) {
      const preview = await analyzeInSlices(analyzer, text.slice(0, end), { ...options, onProgress: undefined, priority: undefined });
      if (!preview || isCancelled()) return undefined;
      onProgress(preview, { unitsDone: 0, unitsTotal: 0 });
      if (!(await pause(yieldFn, isCancelled))) return undefined;
    }
  }

  let sliceStart = now();
  const work = analyzer.work(text);
  const { units } = work;
  const order = workOrder(work, options.priority);
  // Planning a very large article takes a slice of its own.
  if (now() - sliceStart >= budget / 2) {
    if (!(await pause(yieldFn, isCancelled))) return undefined;
    sliceStart = now();
  }
  let done = 0;
  let msPerChar = INITIAL_MS_PER_CHAR;
  let priorityLeft = order.prioritised;
  let lastReport = { done: 0, at: -Infinity, ms: 0 };

  while (done < units.length) {
    // One slice: at least one unit, then more while the estimated cost of the next still fits the budget.
    for (let inSlice = 0; done < units.length; inSlice++) {
      const i = order.indices[done];
      const isCached = done < order.cached;
      const started = now();
      const length = units[i].end - units[i].start;
      if (inSlice > 0 && started - sliceStart + (isCached ? 0 : length * msPerChar) > budget) break;
      work.run(i);
      if (!isCached && length > 0) {
        // Moving average: one odd unit does not swing the estimate.
        msPerChar = 0.7 * msPerChar + 0.3 * ((now() - started) / length);
      }
      if (!isCached && priorityLeft > 0) priorityLeft--;
      done++;
    }
    if (done === units.length) break;
    if (!(await pause(yieldFn, isCancelled))) return undefined;
    // A partial assembly costs about in proportion to the units done: none is made once the next would
    // likely take more than the budget (a large article well under way).
    if (onProgress && order.cached * 2 < units.length && shouldReport(done, priorityLeft, lastReport, now(), interval)
      && (lastReport.done === 0 || (lastReport.ms * done) / lastReport.done <= budget)) {
      const started = now();
      const partial = work.partial();
      lastReport = { done, at: now(), ms: now() - started };
      onProgress(partial, { unitsDone: done, unitsTotal: units.length });
      if (!(await pause(yieldFn, isCancelled))) return undefined;
    }
    sliceStart = now();
  }
  // The final assembly gets a slice of its own unless this one is still young.
  if (now() - sliceStart >= budget / 2 && !(await pause(yieldFn, isCancelled))) return undefined;
  // The final assembly in steps, yielding whenever a slice has used its budget.
  return runInSlices(work.finish(), { budgetMs: budget, now, yieldFn, isCancelled });
}

/**
 * Runs `steps` (a generator whose every `yield` marks a point where the work may pause) to its end in slices of about
 * `budgetMs`: after each step it yields to the event loop once the slice has used its budget, and then stops with
 * `undefined` if `isCancelled` turned true. The first slice runs before this returns (work that fits the budget is
 * done at once); a step is never cut, so a slice lasts at most the budget plus one step. Resolves to the generator's
 * return value; when the work was spread over several slices and the last one is not young, after one more yield,
 * so that what the caller does with it starts a slice of its own. Of `options` only `budgetMs`, `now`, `yieldFn` and
 * `isCancelled` are read.
 */
export async function runInSlices<T>(steps: Iterator<unknown, T>, options: SliceOptions = {}): Promise<T | undefined> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const now = options.now ?? defaultNow;
  const yieldFn = options.yieldFn ?? defaultYield;
  const isCancelled = options.isCancelled ?? (() => false);
  let started = now();
  let spread = false;
  for (;;) {
    const r = steps.next();
    if (r.done) {
      if (spread && now() - started >= budget / 2 && !(await pause(yieldFn, isCancelled))) return undefined;
      return r.value;
    }
    if (now() - started >= budget) {
      if (!(await pause(yieldFn, isCancelled))) return undefined;
      started = now();
      spread = true;
    }
  }
}

/** Where the preview of `text` ends (a line end), or undefined when the text gets none. */
function previewEnd(text: string, chars: number, priority: Span | undefined): number | undefined {
  if (chars <= 0) return undefined;
  const lineEnd = text.indexOf('\n', Math.max(chars, priority?.end ?? 0));
  return lineEnd >= 0 && lineEnd + 1 < text.length / 4 ? lineEnd + 1 : undefined;
}

interface WorkOrder {
  /** Unit indices in the order to process them. */
  readonly indices: readonly number[];
  /** How many leading entries of `indices` are cached. */
  readonly cached: number;
  /** How many uncached units meet the priority range (they follow the cached ones). */
  readonly prioritised: number;
}

function workOrder(work: AnalysisWork, priority?: Span): WorkOrder {
  const cached: number[] = [];
  const first: number[] = [];
  const rest: number[] = [];
  work.units.forEach((u, i) => {
    if (work.isCached(i)) cached.push(i);
    else if (priority && u.start < Math.max(priority.end, priority.start + 1) && priority.start < u.end) first.push(i);
    else rest.push(i);
  });
  return { indices: [...cached, ...first, ...rest], cached: cached.length, prioritised: first.length };
}

function shouldReport(done: number, priorityLeft: number, last: { done: number; at: number }, at: number, interval: number): boolean {
  if (last.done === 0) return priorityLeft === 0;
  // Doubling keeps the total cost of partial assemblies linear in the article's size.
  return at - last.at >= interval && done >= 2 * last.done;
}

async function pause(yieldFn: () => Promise<void>, isCancelled: () => boolean): Promise<boolean> {
  await yieldFn();
  return !isCancelled();
}

function defaultNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function defaultYield(): Promise<void> {
  // setImmediate (node, the desktop extension host) lets I/O and timers run without setTimeout's 1 ms clamp.
  const g = globalThis as { setImmediate?: (f: () => void) => unknown };
  return new Promise(resolve => (g.setImmediate ? g.setImmediate(resolve) : setTimeout(resolve, 0)));
}
