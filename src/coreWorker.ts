// The analysis core in a worker thread (node extension host): loading the engine and analysing take no time
// on the extension host's thread. The worker keeps the text of each document under a key, so that after an edit
// only the changes cross over. Protocol (structured clone), one message per line below:
//   in:  { kind: 'text', key, version, piece, isFirst, isLast }  a document version's text, in pieces in order
//        { kind: 'changes', key, base, version, changes }  the changes (editor/coreModule.ts) from version `base` of
//        the text kept under `key` to `version`
//        { kind: 'analyze', run, analyzer, options, text?, key?, version?, length?, priority?, baseRun? }  analyse
//        `text`, or the text kept under `key` when it is of `version` and `length`, with analyzer `analyzer` (made
//        with `options` on first use; it remembers paragraphs between runs). `baseRun`: the run of this analyzer
//        whose analysis the extension host has; when it is the last one sent, the new one refers to it for what
//        they share (editor/analysisTransfer.ts), and no partial analyses are sent (the host shows that one meanwhile)
//        { kind: 'cancel', run }  { kind: 'drop', analyzer }  { kind: 'forget', key }
//   out: { kind: 'piece', run, piece }...  then  { kind: 'progress' | 'done', run, piece? }  (the analysis in pieces,
//        see editor/analysisTransfer.ts; 'done' without a piece: cancelled)  or  { kind: 'error', run, message, stack?,
//        isStaleText? }  (isStaleText: the text kept is not the one asked for; send it whole)
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { parentPort, workerData } from 'worker_threads';
import type { Analyzer } from './core/engine';
import type { Analysis, AnalyzeOptions, Span } from './core/model';
import { analysisPieces } from './editor/analysisTransfer';
import type { TextChange } from './editor/coreModule';
import { loadEngine } from './engineLoader';

type Incoming =
  | { kind: 'analyze'; run: number; analyzer: number; options: AnalyzeOptions; text?: string; key?: number; version?: number; length?: number; priority?: Span; baseRun?: number }
  | { kind: 'text'; key: number; version: number; piece: string; isFirst: boolean; isLast: boolean }
  | { kind: 'changes'; key: number; base: number; version: number; changes: readonly TextChange[] }
  | { kind: 'cancel'; run: number }
  | { kind: 'drop'; analyzer: number }
  | { kind: 'forget'; key: number };

/** Partial analyses sent per run. */
const MAX_PARTIALS = 3;

interface Kept {
  readonly version: number;
  readonly text: string;
}

/** How much nicer than the extension host the analysis thread runs (Linux nice values: 0 normal, 19 nicest). */
const NICENESS = 5;

/**
 * The analysis of a large article runs for seconds; on a machine with two cores it competes for them with the
 * extension host's thread and the workbench, which answer the keystrokes. The analysis thread lowers its own
 * priority so that they win and it takes what is left. Linux only: there a thread's nice value is its own
 * (`setpriority` with pid 0 sets the calling thread's), elsewhere it would slow the whole extension host.
 */
function lowerPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, Math.min(19, os.getPriority(0) + NICENESS));
  } catch {
    // not allowed here (a sandbox): the analysis runs at the host's priority
  }
}

/** What the extension passes the worker: the folder its engine's code cache is kept in (engineLoader.ts). */
interface WorkerData {
  readonly codeCacheDirectory?: string;
}

const port = parentPort;
if (port) {
  lowerPriority();
  // The engine's bundle beside this file (dist/core.js), with its code cache; the unit tests run the sources.
  const loaded = loadEngine(path.join(__dirname, 'core.js'), (workerData as WorkerData | undefined)?.codeCacheDirectory,
    () => createRequire(__filename)('./core/engine') as typeof import('./core/engine'));
  const { analyzeInSlices } = loaded.engine;
  // The code cache is written once the first analysis compiled what an analysis runs.
  let saveCodeCache = loaded.saveCodeCache;
  const analyzers = new Map<number, Analyzer>();
  const texts = new Map<number, Kept>();
  const arriving = new Map<number, { version: number; pieces: string[] }>();
  const running = new Set<number>();
  /** Per analyzer: the last whole analysis sent, and its run. */
  const lastSent = new Map<number, { run: number; analysis: Analysis }>();
  port.on('message', (m: Incoming) => {
    if (m.kind === 'cancel') running.delete(m.run);
    else if (m.kind === 'drop') {
      analyzers.delete(m.analyzer);
      lastSent.delete(m.analyzer);
    }
    else if (m.kind === 'forget') {
      texts.delete(m.key);
      arriving.delete(m.key);
    } else if (m.kind === 'text') receiveText(m);
    else if (m.kind === 'changes') applyChanges(m);
    else void analyze(m);
  });
  const receiveText = (m: Extract<Incoming, { kind: 'text' }>): void => {
    let into = arriving.get(m.key);
    if (m.isFirst || into?.version !== m.version) arriving.set(m.key, (into = { version: m.version, pieces: [] }));
    into.pieces.push(m.piece);
    if (!m.isLast) return;
    arriving.delete(m.key);
    texts.set(m.key, { version: m.version, text: into.pieces.join('') });
  };
  const applyChanges = (m: Extract<Incoming, { kind: 'changes' }>): void => {
    const kept = texts.get(m.key);
    if (kept?.version !== m.base) {
      texts.delete(m.key);
      return;
    }
    let text = kept.text;
    for (const c of m.changes) text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
    texts.set(m.key, { version: m.version, text });
  };
  const send = (kind: 'progress' | 'done', run: number, analysis: Analysis | undefined, base?: Analysis): void => {
    if (!analysis) return port.postMessage({ kind, run });
    for (const piece of analysisPieces(analysis, base)) port.postMessage(piece.part === 'rest' ? { kind, run, piece } : { kind: 'piece', run, piece });
  };
  const analyze = async (m: Extract<Incoming, { kind: 'analyze' }>): Promise<void> => {
    running.add(m.run);
    try {
      const kept = m.key === undefined ? undefined : texts.get(m.key);
      const text = m.text ?? (kept && kept.version === m.version && kept.text.length === m.length ? kept.text : undefined);
      if (text === undefined) {
        // A request for an older version than the one kept (a superseded run's) leaves the newer text in place
        if (m.key !== undefined && !(kept && m.version !== undefined && kept.version > m.version)) texts.delete(m.key);
        port.postMessage({ kind: 'error', run: m.run, message: 'the analysis worker does not have this version of the text', isStaleText: true });
        return;
      }
      let analyzer = analyzers.get(m.analyzer);
      if (!analyzer) analyzers.set(m.analyzer, (analyzer = new loaded.engine.Analyzer(m.options)));
      let partials = 0;
      // The extension host shows this document's last analysis (it was sent and is the run's base) until the new
      // one arrives: a partial analysis would show less than it does, and cost the host about as much to read.
      const sent = lastSent.get(m.analyzer);
      const hostShows = sent !== undefined && sent.run === m.baseRun;
      const analysis = await analyzeInSlices(analyzer, text, {
        // Slices only let cancellations in: nothing else waits on this thread.
        budgetMs: 50,
        isCancelled: () => !running.has(m.run),
        priority: m.priority,
        // The first partial analyses paint what is on screen; later ones would cost the extension host about as
        // much reading as the whole analysis does, for readers that can wait for it.
        onProgress: hostShows ? undefined : partial => {
          if (++partials <= MAX_PARTIALS) send('progress', m.run, partial);
        },
      });
      const base = lastSent.get(m.analyzer);
      send('done', m.run, analysis, base && base.run === m.baseRun ? base.analysis : undefined);
      if (analysis) lastSent.set(m.analyzer, { run: m.run, analysis });
      if (analysis && saveCodeCache) {
        setImmediate(saveCodeCache);
        saveCodeCache = undefined;
      }
    } catch (e) {
      port.postMessage({ kind: 'error', run: m.run, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
    } finally {
      running.delete(m.run);
    }
  };
}
