// What the extension host takes in from the analysis worker, counted instead of timed (timings on a shared machine are
// noise; these figures are the same on every run): `node --expose-gc --import tsx scripts/benchTransfer.ts [--sizes 1,10]
// [--json] [--cache DIR]`. For benchHost's articles (scripts/benchArticles.mjs, same seeds) it runs the worker's side in this process
// (the core, then editor/analysisTransfer.ts's pieces, as src/coreWorker.ts does) for the opening (the preview of the
// beginning, then the whole analysis) and for benchHost's edit ('Today ' at the first body paragraph's start, against
// the analysis the host has), and the host's side as src/editor/coreWorkerClient.ts does: each message through the
// structured clone (v8.serialize / v8.deserialize, what postMessage does), into an AnalysisReceiver, then what the
// first paint reads (the decorations of the first 32 K code units, the symbols of the 200 first-ranked entities).
// Per phase: messages and their bytes (the largest one too), the heap the host allocated (the sum over garbage
// collections of what grew between them, read with v8.GCProfiler) and the objects and heap it still holds after a
// full collection (v8.queryObjects, the count of live objects). --cache DIR keeps the core's analyses there (structured
// clones, read back when present): the figures of two versions of the editor layer over the same engine in minutes.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { Analyzer, analyzeInSlices } from '../src/core/engine';
import type { Analysis, Span } from '../src/core/model';
import { firstEndingAfter, firstStartingAt } from '../src/core/text/search';
import { AnalysisReceiver, analysisPieces } from '../src/editor/analysisTransfer';
import { article, articleName, paragraphs } from './benchArticles.mjs';

const option = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
/** benchHost's default sizes, whose positions give each article its seed. */
const HOST_SIZES = [0.02, 1, 5, 10];
const sizes = option('sizes', '1,10').split(',').map(Number);
const PAINT_CHARS = 32 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('benchTransfer: run with node --expose-gc --import tsx');
  process.exit(2);
}

interface Phase {
  readonly phase: string;
  readonly messages: number;
  readonly bytes: number;
  readonly largestMessage: number;
  readonly allocatedMB: number;
  readonly liveObjects: number;
  readonly retainedMB: number;
  /** Bytes per part of the analysis ('keep quotes': references to the earlier analysis's quotes). */
  readonly byPart: Record<string, number>;
}

const used = () => v8.getHeapStatistics().used_heap_size;
const liveObjects = () => v8.queryObjects(Object, { format: 'count' }) as number;

/** What the first paint reads of `analysis` (decorations.ts's window, documentSymbols.ts's entity symbols). */
function firstReads(analysis: Analysis): number {
  const within = (spans: readonly Span[]) => spans.slice(firstEndingAfter(spans, 0), firstStartingAt(spans, PAINT_CHARS));
  let n = within(analysis.mentions).length + within(analysis.quotes).length;
  for (const t of analysis.themes) n += within(t.evidence).length;
  const top = [...analysis.entities].sort((a, b) => a.rank - b.rank).slice(0, 200);
  for (const e of top) n += e.mentions.slice(0, 20).reduce((k, m) => k + m.text.length, 0) > 0 ? 1 : 0;
  return n;
}

/**
 * The host's side of `analyses` (each sent against the base it names), measured; returns the last analysis received,
 * kept alive as the host keeps it.
 */
function receive(phase: string, sent: readonly { analysis: Analysis; base?: Analysis }[], hostBase: Analysis | undefined): { figures: Phase; analysis: Analysis | undefined } {
  // The worker's messages, serialised before the measurement: only the host's side is counted.
  const byPart: Record<string, number> = {};
  const runs = sent.map(({ analysis, base }) => [...analysisPieces(analysis, base)].map(piece => {
    const buffer = v8.serialize({ kind: 'piece', run: 1, piece });
    const part = piece.part === 'keep' ? `keep ${piece.of}` : piece.part;
    byPart[part] = (byPart[part] ?? 0) + buffer.length;
    return buffer;
  }));
  gc!();
  const objectsBefore = liveObjects();
  gc!();
  const usedBefore = used();
  const profiler = new v8.GCProfiler();
  profiler.start();
  let analysis: Analysis | undefined;
  for (const messages of runs) {
    const receiver = new AnalysisReceiver(hostBase);
    for (const buffer of messages) {
      const { piece } = v8.deserialize(buffer) as { piece: Parameters<AnalysisReceiver['add']>[0] };
      analysis = receiver.add(piece) ?? analysis;
    }
    if (analysis) firstReads(analysis);
  }
  const usedAfter = used();
  const stats = profiler.stop()?.statistics ?? [];
  let allocated = 0;
  let last = usedBefore;
  for (const s of stats) {
    allocated += s.beforeGC.heapStatistics.usedHeapSize - last;
    last = s.afterGC.heapStatistics.usedHeapSize;
  }
  allocated += usedAfter - last;
  const bytes = runs.flat().map(b => b.length);
  gc!();
  const retained = used() - usedBefore;
  const figures: Phase = {
    phase, messages: bytes.length, bytes: bytes.reduce((a, b) => a + b, 0), largestMessage: Math.max(...bytes),
    allocatedMB: allocated / 2 ** 20, liveObjects: liveObjects() - objectsBefore, retainedMB: retained / 2 ** 20, byPart,
  };
  return { figures, analysis };
}

/**
 * The worker's analyses of `text`: the opening run's preview of the beginning (the first partial analysis; the later
 * ones depend on timing) and whole analysis, then that of benchHost's edit ('Today ' at the first body paragraph's
 * start) by the same analyzer.
 */
async function analyses(text: string, name: string): Promise<{ preview: Analysis; whole: Analysis; edited: Analysis }> {
  const dir = option('cache', '');
  const file = dir && path.join(dir, `${name}.v8`);
  if (file && fs.existsSync(file)) return v8.deserialize(fs.readFileSync(file)) as { preview: Analysis; whole: Analysis; edited: Analysis };
  const analyzer = new Analyzer();
  const previews: Analysis[] = [];
  const whole = await analyzeInSlices(analyzer, text, { budgetMs: 1e9, progressIntervalMs: 1e9, onProgress: p => previews.push(p) });
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > 2 && l.length > 80);
  const at = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  const edited = await analyzeInSlices(analyzer, `${text.slice(0, at)}Today ${text.slice(at)}`, { budgetMs: 1e9 });
  if (!whole || !edited || !previews.length) throw new Error('no analysis');
  const out = { preview: previews[0], whole, edited };
  if (file) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, v8.serialize(out));
  }
  return out;
}

async function main(): Promise<void> {
  const pool = paragraphs();
  const rows: (Phase & { article: string })[] = [];
  for (const mb of sizes) {
    const seed = 1000 + Math.max(0, HOST_SIZES.indexOf(mb));
    const text: string = article(pool, mb * 1024 * 1024, seed);
    const { preview, whole, edited } = await analyses(text, articleName(mb));
    const open = receive('open', [{ analysis: preview }, { analysis: whole }], undefined);
    rows.push({ article: articleName(mb), ...open.figures });
    const edit = receive('edit', [{ analysis: edited, base: whole }], open.analysis);
    rows.push({ article: articleName(mb), ...edit.figures });
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 1));
    return;
  }
  const head = ['article', 'phase', 'messages', 'bytes', 'largest message', 'allocated MB', 'live objects', 'retained MB'];
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const r of rows) {
    console.log(`| ${[r.article, r.phase, r.messages, r.bytes, r.largestMessage, r.allocatedMB.toFixed(1), r.liveObjects, r.retainedMB.toFixed(1)].join(' | ')} |`);
  }
  console.log('\nBytes per part:');
  for (const r of rows) console.log(`  ${r.article} ${r.phase}: ${Object.entries(r.byPart).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

void main();
