import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/model';
import type { SliceOptions } from '../core/pipeline/scheduler';
import type { CoreAnalyzer, CoreModule, TextInput } from './coreModule';
import { AnalysisReceiver, type AnalysisPiece } from './analysisTransfer';

interface Pending {
  readonly resolve: (a: Analysis | undefined) => void;
  readonly reject: (e: Error) => void;
  readonly onProgress?: SliceOptions['onProgress'];
  /** The analysis the worker may refer to for what the new one shares with it. */
  readonly base?: Analysis;
  /** Remembers the run's analysis as the next base. */
  readonly onDone?: (analysis: Analysis) => void;
  readonly watch: ReturnType<typeof setInterval>;
}

/** Milliseconds of reading the worker's messages before the extension host gets a turn. */
const READ_BUDGET_MS = 8;
/** How often a run checks whether its caller gave it up (a newer version, a closed document). */
const CANCEL_POLL_MS = 50;
/** Milliseconds of reading and posting a document's text before the extension host gets a turn. */
const SEND_BUDGET_MS = 8;

/** The error of a run whose text the worker did not have (it was dropped, or its changes did not apply): send it whole. */
export class StaleTextError extends Error {
  override readonly name = 'StaleTextError';
}

/**
 * The core run in a worker thread (`dist/coreWorker.js`), behind the same `CoreModule` shape as the core itself:
 * `new Analyzer(options)` makes a handle whose analyzer lives in the worker, `analyzeInSlices` posts the text
 * and resolves with the analysis (partial ones go to `onProgress`). The engine then loads and runs off the
 * extension host's thread. Undefined when no worker can be started (the caller falls back to the core in the
 * thread); once the worker dies, `isAlive` turns false and its pending runs reject. `codeCacheDirectory`: where the
 * worker keeps the engine's compiled code between sessions (engineLoader.ts); none: it compiles the engine each time.
 */
export function startCoreWorker(directory: string, codeCacheDirectory?: string): (Required<CoreModule> & { readonly isAlive: () => boolean; dispose(): void }) | undefined {
  const file = path.join(directory, 'coreWorker.js');
  let worker: Worker;
  try {
    if (!fs.existsSync(file)) return undefined;
    worker = new Worker(file, { workerData: { codeCacheDirectory } });
  } catch {
    return undefined;
  }
  worker.unref();
  let isAlive = true;
  let nextRun = 0;
  let nextAnalyzer = 0;
  const pending = new Map<number, Pending>();
  /**
   * Runs given up (cancelled) whose answer may still come: the worker may have finished one and sent its analysis
   * before the cancellation reached it. That analysis is what the worker will refer to next time (its last one sent),
   * so it is read all the same and becomes this side's base too; dropping it left the two sides disagreeing, and every
   * later run of the analyzer sent a preview and its whole analysis again (a 1 MB article edited at a steady pace).
   */
  const abandoned = new Map<number, Pick<Pending, 'base' | 'onDone'>>();
  const settle = (run: number): Pending | undefined => {
    const p = pending.get(run);
    if (p) clearInterval(p.watch);
    pending.delete(run);
    return p;
  };
  const fail = (e: Error) => {
    isAlive = false;
    abandoned.clear();
    for (const run of [...pending.keys()]) settle(run)?.reject(e);
  };
  worker.on('error', fail);
  worker.on('exit', code => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
  // Analyses arrive in pieces, one message each: no message takes long to read.
  const receivers = new Map<number, AnalysisReceiver>();
  const received = (run: number, piece: AnalysisPiece | undefined): Analysis | undefined => {
    const receiver = receivers.get(run);
    receivers.delete(run);
    return piece && (receiver ?? receiverOf(run)).add(piece);
  };
  const receiverOf = (run: number): AnalysisReceiver => new AnalysisReceiver((pending.get(run) ?? abandoned.get(run))?.base);
  /**
   * Hands a run's analysis, partial or whole, to its caller in a task of its own: what the caller does with it (the
   * paint, the status bar, the symbols waiting for it) then never adds to a task that read the worker's messages.
   */
  const deliver = (give: () => void): void => void setImmediate(give);
  // A port hands over every queued message in one go: they are read here a few milliseconds' worth at a time.
  type Message = { kind: string; run: number; piece?: AnalysisPiece; message?: string; stack?: string; isStaleText?: boolean };
  const inbox: Message[] = [];
  let isDraining = false;
  const drain = () => {
    const started = performance.now();
    while (inbox.length && performance.now() - started < READ_BUDGET_MS) {
      const m = inbox.shift() as Message;
      try {
        handle(m);
      } catch (e) {
        // A message this side cannot read fails its own run; an exception here would otherwise leave `isDraining`
        // set, and no message of any run would be read again (every later analysis waiting for ever).
        receivers.delete(m.run);
        abandoned.delete(m.run);
        settle(m.run)?.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    isDraining = inbox.length > 0;
    if (isDraining) setImmediate(drain);
  };
  worker.on('message', (m: Message) => {
    inbox.push(m);
    if (!isDraining) {
      isDraining = true;
      setImmediate(drain);
    }
  });
  const handle = (m: Message): void => {
    if (m.kind === 'piece' && m.piece) {
      if (!pending.has(m.run) && !abandoned.has(m.run)) return;
      let receiver = receivers.get(m.run);
      if (!receiver) receivers.set(m.run, (receiver = receiverOf(m.run)));
      receiver.add(m.piece);
    } else if (m.kind === 'progress') {
      // a partial analysis of a run given up is of no use (the worker refers to whole ones only): not read
      if (!pending.has(m.run)) {
        receivers.delete(m.run);
        return;
      }
      const partial = received(m.run, m.piece);
      const p = pending.get(m.run);
      if (partial && p?.onProgress) deliver(() => pending.get(m.run) === p && p.onProgress?.(partial, { unitsDone: 0, unitsTotal: 0 }));
    } else if (m.kind === 'done') {
      const analysis = pending.has(m.run) || abandoned.has(m.run) ? received(m.run, m.piece) : undefined;
      const late = abandoned.get(m.run);
      abandoned.delete(m.run);
      const p = settle(m.run);
      if (analysis) (p ?? late)?.onDone?.(analysis);
      if (p) deliver(() => p.resolve(analysis));
    } else if (m.kind === 'error') {
      receivers.delete(m.run);
      abandoned.delete(m.run);
      settle(m.run)?.reject(m.isStaleText ? new StaleTextError(m.message) : Object.assign(new Error(m.message), { stack: m.stack }));
    }
  };
  // The worker's analyzer goes when its handle does.
  /** Per analyzer: the last whole analysis received and its run (what the worker may refer to next time). */
  const had = new Map<number, { run: number; analysis: Analysis }>();
  /** The analyzers whose handles are still held (the late answer of a run given up may come after its handle went). */
  const live = new Set<number>();
  const handles = new FinalizationRegistry<number>(id => {
    live.delete(id);
    had.delete(id);
    if (isAlive) worker.postMessage({ kind: 'drop', analyzer: id });
  });

  class WorkerAnalyzer {
    readonly id = ++nextAnalyzer;
    readonly options: AnalyzeOptions;
    constructor(options: AnalyzeOptions = {}) {
      this.options = options;
      live.add(this.id);
      handles.register(this, this.id);
    }
  }

  const start = (options: SliceOptions, message: (run: number) => object, analyzer?: number): Promise<Analysis | undefined> => {
    if (!isAlive) return Promise.reject(new Error('the analysis worker is not running'));
    const run = ++nextRun;
    return new Promise((resolve, reject) => {
      const watch = setInterval(() => {
        if (!options.isCancelled?.()) return;
        worker.postMessage({ kind: 'cancel', run });
        const p = settle(run);
        // the worker answers every run, a cancelled one too: with its analysis when it had finished it
        if (p?.onDone) abandoned.set(run, { base: p.base, onDone: p.onDone });
        else receivers.delete(run);
        p?.resolve(undefined);
      }, CANCEL_POLL_MS);
      const base = analyzer === undefined ? undefined : had.get(analyzer);
      const onDone = analyzer === undefined ? undefined : (analysis: Analysis) => {
        if (live.has(analyzer)) had.set(analyzer, { run, analysis });
      };
      pending.set(run, { resolve, reject, onProgress: options.onProgress, watch, base: base?.analysis, onDone });
      worker.postMessage({ ...message(run), run, baseRun: base?.run });
    });
  };

  const sent = { whole: 0, wholeChars: 0, changes: 0, changeChars: 0 };
  /** Per text key: the document version whose text the worker keeps, once all of it was posted. */
  const kept = new Map<number, number>();
  /** Posts `input` as the worker's text under `key`, a few milliseconds at a time; false when cancelled on the way. */
  const sends = new Map<number, number>();
  const sendText = async (key: number, input: TextInput, isCancelled: () => boolean): Promise<boolean> => {
    if (!isAlive) throw new Error('the analysis worker is not running');
    // A newer send under the same key stops this one: their pieces must not mix.
    const send = (sends.get(key) ?? 0) + 1;
    sends.set(key, send);
    if (input.kind === 'changes') {
      worker.postMessage({ kind: 'changes', key, base: input.base, version: input.version, changes: input.changes });
      sent.changes++;
      for (const c of input.changes) sent.changeChars += c.text.length;
      kept.set(key, input.version);
      return true;
    }
    // Until the last piece is posted the worker has no whole text under this key.
    kept.delete(key);
    sent.whole++;
    let started = performance.now();
    let isFirst = true;
    let previous: string | undefined;
    for (const piece of input.pieces) {
      if (previous !== undefined) {
        worker.postMessage({ kind: 'text', key, version: input.version, piece: previous, isFirst, isLast: false });
        sent.wholeChars += previous.length;
        isFirst = false;
      }
      previous = piece;
      if (performance.now() - started >= SEND_BUDGET_MS) {
        await new Promise<void>(r => setImmediate(r));
        if (isCancelled() || !isAlive || sends.get(key) !== send) return false;
        started = performance.now();
      }
    }
    worker.postMessage({ kind: 'text', key, version: input.version, piece: previous ?? '', isFirst, isLast: true });
    sent.wholeChars += previous?.length ?? 0;
    kept.set(key, input.version);
    return true;
  };

  return {
    Analyzer: WorkerAnalyzer as unknown as CoreModule['Analyzer'],
    analyzeInSlices(analyzer: CoreAnalyzer, text: string, options: SliceOptions = {}): Promise<Analysis | undefined> {
      const handle = analyzer as unknown as WorkerAnalyzer;
      return start(options, () => ({ kind: 'analyze', analyzer: handle.id, options: handle.options, text, priority: options.priority }));
    },
    textVersion: key => kept.get(key),
    sendText,
    async analyzeKept(analyzer: CoreAnalyzer, key: number, version: number, length: number, options: SliceOptions = {}): Promise<Analysis | undefined> {
      const handle = analyzer as unknown as WorkerAnalyzer;
      try {
        return await start(options, () => ({
          kind: 'analyze', analyzer: handle.id, options: handle.options, key, version, length, priority: options.priority,
        }), handle.id);
      } catch (e) {
        // the worker lacks this version: send it whole next time, unless a newer version has been posted since (a
        // superseded run's request came late; the worker keeps the newer text)
        if (e instanceof StaleTextError && kept.get(key) === version) kept.delete(key);
        throw e;
      }
    },
    forgetText: key => {
      kept.delete(key);
      sends.delete(key);
      if (isAlive) worker.postMessage({ kind: 'forget', key });
    },
    textsSent: () => ({ ...sent }),
    isAlive: () => isAlive,
    dispose: () => {
      isAlive = false;
      void worker.terminate();
    },
  };
}
