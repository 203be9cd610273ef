// The analysis core in a worker thread (node extension host): loading the engine and analysing take no time
// on the extension host's thread. Protocol (structured clone), one message per line below:
//   in:  { kind: 'analyze', run, analyzer, options, text, priority? }  analyse `text` with analyzer `analyzer`
//        (made with `options` on first use; it remembers paragraphs between runs)
//        { kind: 'cancel', run }  { kind: 'drop', analyzer }
//   out: { kind: 'piece', run, piece }...  then  { kind: 'progress' | 'done', run, piece? }  (the analysis in pieces,
//        see editor/analysisTransfer.ts; 'done' without a piece: cancelled)  or  { kind: 'error', run, message, stack? }
import { parentPort } from 'worker_threads';
import { Analyzer, analyzeInSlices } from './core/engine';
import type { Analysis, AnalyzeOptions, Span } from './core/model';
import { analysisPieces } from './editor/analysisTransfer';

type Incoming =
  | { kind: 'analyze'; run: number; analyzer: number; options: AnalyzeOptions; text: string; priority?: Span }
  | { kind: 'cancel'; run: number }
  | { kind: 'drop'; analyzer: number };

const port = parentPort;
if (port) {
  const analyzers = new Map<number, Analyzer>();
  const running = new Set<number>();
  port.on('message', (m: Incoming) => {
    if (m.kind === 'cancel') running.delete(m.run);
    else if (m.kind === 'drop') analyzers.delete(m.analyzer);
    else void analyze(m);
  });
  const send = (kind: 'progress' | 'done', run: number, analysis: Analysis | undefined): void => {
    if (!analysis) return port.postMessage({ kind, run });
    for (const piece of analysisPieces(analysis)) port.postMessage(piece.part === 'rest' ? { kind, run, piece } : { kind: 'piece', run, piece });
  };
  const analyze = async (m: Extract<Incoming, { kind: 'analyze' }>): Promise<void> => {
    running.add(m.run);
    try {
      let analyzer = analyzers.get(m.analyzer);
      if (!analyzer) analyzers.set(m.analyzer, (analyzer = new Analyzer(m.options)));
      const analysis = await analyzeInSlices(analyzer, m.text, {
        // Slices only let cancellations in: nothing else waits on this thread.
        budgetMs: 50,
        isCancelled: () => !running.has(m.run),
        priority: m.priority,
        onProgress: partial => send('progress', m.run, partial),
      });
      send('done', m.run, analysis);
    } catch (e) {
      port.postMessage({ kind: 'error', run: m.run, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
    } finally {
      running.delete(m.run);
    }
  };
}
