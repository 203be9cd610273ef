// The host benchmark: opens generated articles in the real extension host (the first of the session is a
// ~20 KB one, so the engine's load is measured too), edits them, and records what the user feels: the
// extension host's event-loop lag, time to first decorations and to the full analysis, edit latency, memory.
// `scripts/benchHost.mjs` generates the articles, runs this through test/host/runTests.mjs and prints the table.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import type { TextsSent } from '../../src/editor/coreModule';
import { startCpuProfile } from './cpuProfile';
import { startLagProbe, type LagFigures, type LagProbe } from './lagProbe';
import { cpuPerEdit, cpuTimes, type CpuPerEdit } from './processCpu';

const BURST_EDITS = 50;
const PACED_EDITS = 20;
const PACE_MS = Number(process.env.NEWS_LENS_BENCH_PACE_MS ?? 500);
/** After the analysis, painting and the view may still run in slices: the open phase keeps watching this long. */
const SETTLE_MS = 1000;
const IDLE_MS = 2000;

interface EditFigures {
  readonly lag: LagFigures;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** From the last edit to the analysis of the final version. */
  readonly reanalysisMs: number;
  /** What the analysis worker was sent of the text during the phase (none without a worker): changes, not whole texts. */
  readonly sent?: TextsSent;
  /** CPU per edit in each process, from the first edit to the phase's end (its re-analysis and settling included). */
  readonly cpu?: CpuPerEdit;
}

interface ArticleFigures {
  readonly file: string;
  readonly chars: number;
  readonly firstDecorationsMs: number | null;
  /** From the moment the extension host had the document (`onDidOpenTextDocument`) to the first decorations. */
  readonly firstDecorationsAfterOpenMs: number | null;
  /**
   * VS Code's own part, from the open request: until the extension host had the document, and until the editor
   * showed it (`showTextDocument` resolved). Decorations need the editor: first decorations well after it are ours.
   */
  readonly documentInHostMs: number | null;
  readonly editorShownMs: number;
  readonly analysisMs: number;
  readonly mentions: number;
  /** The lag over `IDLE_MS` with nothing to do, just before opening: the machine's own noise. */
  readonly idle: LagFigures;
  readonly open: LagFigures;
  /** CPU in each process from the open request to the end of the open phase (totals, not per edit). */
  readonly openCpu?: CpuPerEdit;
  readonly burst?: EditFigures;
  readonly paced?: EditFigures;
  readonly rssMB: number;
  readonly heapMB: number;
}

const sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(s.length * p))]);
};

async function newsLens(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>('news-lens.news-lens');
  assert.ok(ext, 'extension news-lens.news-lens is installed');
  return ext.activate();
}

function painted(api: NewsLensApi, uri: vscode.Uri): number {
  const counts = api.getDecorationCounts(uri);
  return counts ? Object.values(counts.categories).reduce((a, b) => a + b, 0) : 0;
}

/** Edits in the first body paragraph (visible after opening): inserts a word at its start, awaiting each edit. */
async function edit(editor: vscode.TextEditor, n: number, paceMs: number): Promise<number[]> {
  const line = [...Array(Math.min(40, editor.document.lineCount)).keys()]
    .find(i => i > 2 && editor.document.lineAt(i).text.length > 80) ?? 0;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(line, 0), 'Today '), { undoStopBefore: false, undoStopAfter: false }));
    times.push(performance.now() - started);
    if (paceMs > 0) await sleep(paceMs);
  }
  return times;
}

async function editPhase(api: NewsLensApi, editor: vscode.TextEditor, probe: LagProbe, n: number, paceMs: number): Promise<EditFigures> {
  probe.take();
  const before = await api.getTextsSent();
  const cpuBefore = await cpuTimes();
  const times = await edit(editor, n, paceMs);
  const started = performance.now();
  const analysis = await api.getAnalysis(editor.document.uri);
  // The length from the last line's end: getText() would copy a 10 MB text (~30 ms) inside the probe's watch.
  const { document } = editor;
  assert.strictEqual(analysis?.textLength, document.offsetAt(document.lineAt(document.lineCount - 1).range.end), 'the analysis of the edited text');
  const reanalysisMs = Math.round(performance.now() - started);
  await sleep(SETTLE_MS);
  const after = await api.getTextsSent();
  const cpu = cpuPerEdit(cpuBefore, await cpuTimes(), n);
  const sent = before && after ? {
    whole: after.whole - before.whole, wholeChars: after.wholeChars - before.wholeChars,
    changes: after.changes - before.changes, changeChars: after.changeChars - before.changeChars,
  } : undefined;
  return { lag: probe.take(), p50Ms: pct(times, 0.5), p95Ms: pct(times, 0.95), maxMs: Math.round(Math.max(...times)), reanalysisMs, ...(sent ? { sent } : {}), ...(cpu ? { cpu } : {}) };
}

async function measure(api: NewsLensApi, uri: vscode.Uri, probe: LagProbe, withEdits: boolean): Promise<ArticleFigures> {
  // The profiler's start blocks this thread for a moment: before the idle baseline, not inside the open phase.
  const profileDir = process.env.NEWS_LENS_BENCH_PROFILE;
  const profiler = profileDir ? await startCpuProfile(profileDir) : undefined;
  probe.take();
  await sleep(IDLE_MS);
  const idle = probe.take();
  const cpuBefore = await cpuTimes();
  const started = performance.now();
  let firstDecorationsMs: number | null = null;
  // When the extension host got the document: VS Code's own load of a 10 MB file takes seconds before that.
  let openedAt: number | undefined;
  const opened = vscode.workspace.onDidOpenTextDocument(d => {
    if (d.uri.toString() === uri.toString()) openedAt ??= performance.now();
  });
  const watch = setInterval(() => {
    if (firstDecorationsMs === null && painted(api, uri) > 0) firstDecorationsMs = Math.round(performance.now() - started);
  }, 5);
  const document = await vscode.workspace.openTextDocument(uri);
  opened.dispose();
  const editor = await vscode.window.showTextDocument(document);
  const editorShownMs = Math.round(performance.now() - started);
  assert.ok(api.isArticle(uri), `${uri.path} is annotated`);
  const analysis = await api.getAnalysis(uri);
  const analysisMs = Math.round(performance.now() - started);
  assert.ok(analysis, `${uri.path} has an analysis`);
  await sleep(SETTLE_MS);
  clearInterval(watch);
  const open = probe.take();
  const openCpu = cpuPerEdit(cpuBefore, await cpuTimes(), 1);
  const memory = process.memoryUsage();
  const figures: ArticleFigures = {
    file: uri.path.slice(uri.path.lastIndexOf('/') + 1),
    chars: document.getText().length,
    firstDecorationsMs,
    firstDecorationsAfterOpenMs: firstDecorationsMs === null || openedAt === undefined ? null : Math.round(firstDecorationsMs - (openedAt - started)),
    documentInHostMs: openedAt === undefined ? null : Math.round(openedAt - started),
    editorShownMs,
    analysisMs,
    mentions: analysis.mentions.length,
    idle,
    open,
    ...(openCpu ? { openCpu } : {}),
    rssMB: Math.round(memory.rss / 2 ** 20),
    heapMB: Math.round(memory.heapUsed / 2 ** 20),
    ...(withEdits ? {
      burst: await editPhase(api, editor, probe, BURST_EDITS, 0),
      paced: await editPhase(api, editor, probe, PACED_EDITS, PACE_MS),
    } : {}),
  };
  await profiler?.stop(figures.file);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return figures;
}

/**
 * VS Code alone on `uri`, a copy of the article `measured` (a copy: VS Code reads and sends it afresh, as it did the
 * article), which News Lens sets aside. VS Code's own work on a newly opened large file (tokenising, the minimap,
 * collecting garbage) goes on for seconds: it is watched as long as the article's open phase lasted, so that the open's
 * lag compares like with like and the edits start in the same state.
 */
async function alone(api: NewsLensApi, uri: vscode.Uri, probe: LagProbe, measured: ArticleFigures): Promise<object> {
  probe.take();
  await sleep(IDLE_MS);
  const idle = probe.take();
  const cpuBefore = await cpuTimes();
  const started = performance.now();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const editorShownMs = Math.round(performance.now() - started);
  await sleep(Math.max(IDLE_MS, measured.analysisMs + SETTLE_MS - editorShownMs));
  const open = probe.take();
  const openCpu = cpuPerEdit(cpuBefore, await cpuTimes(), 1);
  assert.strictEqual(await api.getAnalysis(uri), undefined, 'the baseline article is set aside');
  const phase = async (n: number, paceMs: number) => {
    probe.take();
    const cpuBefore = await cpuTimes();
    const times = await edit(editor, n, paceMs);
    await sleep(SETTLE_MS);
    const cpu = cpuPerEdit(cpuBefore, await cpuTimes(), n);
    return { lag: probe.take(), p50Ms: pct(times, 0.5), p95Ms: pct(times, 0.95), maxMs: Math.round(Math.max(...times)), ...(cpu ? { cpu } : {}) };
  };
  const withEdits = process.env.NEWS_LENS_BENCH_EDITS !== '0';
  const figures = {
    file: uri.path.slice(uri.path.lastIndexOf('/') + 1), of: measured.file, baseline: true, idle, editorShownMs,
    watchedMs: Math.round(performance.now() - started), open, ...(openCpu ? { openCpu } : {}),
    ...(withEdits ? { burst: await phase(BURST_EDITS, 0), paced: await phase(PACED_EDITS, PACE_MS) } : {}),
  };
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return figures;
}

suite('Host benchmark', () => {
  test('articles opened, analysed and edited in the extension host', async () => {
    const out = process.env.NEWS_LENS_BENCH_OUT;
    const files = (process.env.NEWS_LENS_BENCH_FILES ?? '').split(',').filter(Boolean);
    assert.ok(out && files.length, 'run through scripts/benchHost.mjs');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the generated articles\' folder is open');
    const probe = startLagProbe();
    const api = await newsLens();
    await vscode.workspace.getConfiguration('newsLens').update('maxFileSizeMB', 64, vscode.ConfigurationTarget.Global);
    // The edits must stay in the editor: code-server's auto-save would write them (and run save participants).
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    // The built-in merge-conflict extension reads the whole text on each edit to look for conflict markers (~60 ms
    // at 10 MB on a busy machine): off, so that the lag the probe sees is News Lens's own.
    for (const key of ['decorators.enabled', 'codeLens.enabled']) {
      await vscode.workspace.getConfiguration('merge-conflict').update(key, false, vscode.ConfigurationTarget.Global);
    }
    const results: ArticleFigures[] = [];
    try {
      for (const f of files) {
        const r = await measure(api, vscode.Uri.joinPath(folder.uri, f), probe, process.env.NEWS_LENS_BENCH_EDITS !== '0');
        results.push(r);
        fs.writeFileSync(out, JSON.stringify(results, null, 1));
      }
      // VS Code alone: a copy of each article, set aside by News Lens (over the size limit: no analysis, no
      // decorations), opened and edited the same way; its lag and edit latency are what the editor costs without us
      const baselineFiles = (process.env.NEWS_LENS_BENCH_BASELINE ?? '').split(',').filter(Boolean);
      if (baselineFiles.length) {
        await vscode.workspace.getConfiguration('newsLens').update('maxFileSizeMB', 0, vscode.ConfigurationTarget.Global);
        const baselines: object[] = [];
        for (const f of baselineFiles) {
          const measured = results.find(r => f === `alone-${r.file}`);
          assert.ok(measured, `${f} is a copy of a measured article`);
          baselines.push(await alone(api, vscode.Uri.joinPath(folder.uri, f), probe, measured));
          fs.writeFileSync(out, JSON.stringify([...results, ...baselines], null, 1));
        }
      }
    } finally {
      probe.stop();
    }
  });
});
