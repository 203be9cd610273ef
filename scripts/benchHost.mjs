#!/usr/bin/env node
// Host benchmark: `npm run bench:host` (builds first) or `node scripts/benchHost.mjs [--json] [--sizes 0.02,1,5,10]
// [--no-edits] [--no-core] [--pace MS (500)] [--profile DIR] [--baseline]`. Generates articles of real news paragraphs (the body paragraphs
// of samples/ and test/fixtures/, shuffled, each copy made distinct with "Filed as item N."), then runs
// test/bench/host.bench.ts in the real VS Code host through test/host/runTests.mjs: the first article of the
// session (~20 KB) measures the engine's load as well. Per article: VS Code's own part (from the open request until
// the extension host has the document, and until the editor shows it: no decoration can show before), time to first
// decorations (from the open request, and from the moment the extension host had the document) and to the full
// analysis, the extension host's event-loop lag (a 10 ms timer inside the host: longest block, ticks late by
// more than 50 ms; and the garbage collector's pauses, total/longest (longest major)) while opening and analysing, during a burst of 50 edits and during 20 edits paced --pace ms
// apart (edit latency p50/p95), and the host's memory; the lag over 2 s of idling before each article is the
// machine's own noise. Unless --no-core, the core's own time for the same
// text (dist/core.js, one synchronous `Analyzer.analyze` in this process) is measured for comparison. With --profile DIR,
// a CPU profile of the extension host's thread per article (open to the last edit) goes to DIR/<article>.cpuprofile
// (`node scripts/profileBlocks.mjs FILE` lists its longest blocks and our functions' time, robust to a busy machine).
// With --baseline, after the articles a copy of each is opened with News Lens setting it aside (newsLens.maxFileSizeMB 0: no
// analysis, no decorations), watched as long as its open phase lasted with News Lens (VS Code's own lag while opening
// it: at 10 MB its longest block is VS Code's, and at 1 MB reading the document off VS Code's socket can be) and edited
// the same way (unless --no-edits): VS Code's own lag and edit latency per size on that machine, to compare with. Per edit phase, the whole texts the analysis worker was sent (an edit should send only its changes).
// Per edit phase (and for the open, in all), the CPU time per edit of the extension host's thread, of its other threads (the
// analysis worker), and of the workbench renderer's main thread (of that, layout and style): test/bench/processCpu.ts.
// The figures are also kept in .bench/host-last.json. Absolute times depend on the machine's load: compare runs made in the same conditions.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { article, articleName, paragraphs } from './benchArticles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const asJson = process.argv.includes('--json');
const sizes = option('sizes', '0.02,1,5,10').split(',').map(Number);
const suite = path.join(root, 'dist/test/bench/index.js');
if (!fs.existsSync(suite)) {
  console.error('bench:host: dist/test/bench/index.js is missing; run `npm run build` first.');
  process.exit(2);
}

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-bench-'));
const outFile = path.join(workspace, '.bench.json');
const pool = paragraphs();
const files = sizes.map((mb, i) => {
  const name = articleName(mb);
  fs.writeFileSync(path.join(workspace, name), article(pool, mb * 1024 * 1024, 1000 + i));
  return name;
});
// --baseline opens a copy of each article, so that VS Code reads and sends it afresh as it did the article (the
// article's own document may still be held after its editor closed, and would open at once)
const baselineFiles = process.argv.includes('--baseline') ? files.map(f => `alone-${f}`) : [];
for (const f of baselineFiles) fs.copyFileSync(path.join(workspace, f.slice('alone-'.length)), path.join(workspace, f));

const run = spawnSync(process.execPath, [path.join(root, 'test/host/runTests.mjs'), '--suite', suite, '--workspace', workspace,
  '--timeout', option('timeout', '3600')], {
  stdio: asJson ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  env: { ...process.env, NEWS_LENS_BENCH_OUT: outFile, NEWS_LENS_BENCH_FILES: files.join(','),
    NEWS_LENS_BENCH_PACE_MS: option('pace', '500'), NEWS_LENS_BENCH_EDITS: process.argv.includes('--no-edits') ? '0' : '1',
    NEWS_LENS_BENCH_BASELINE: baselineFiles.join(','),
    ...(option('profile') ? { NEWS_LENS_BENCH_PROFILE: path.resolve(option('profile')) } : {}) },
});
const all = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, 'utf8')) : [];
const results = all.filter(r => !r.baseline);
const baselines = all.filter(r => r.baseline);

if (!process.argv.includes('--no-core')) {
  const { Analyzer } = createRequire(import.meta.url)(path.join(root, 'dist/core.js'));
  new Analyzer().analyze(article(pool, 20 * 1024, 1));   // warm-up: load and initialise the engine
  for (const r of results) {
    const text = fs.readFileSync(path.join(workspace, r.file), 'utf8');
    const started = performance.now();
    new Analyzer().analyze(text);
    r.coreMs = Math.round(performance.now() - started);
  }
}
fs.rmSync(workspace, { recursive: true, force: true });
fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
fs.writeFileSync(path.join(root, '.bench/host-last.json'), JSON.stringify(all, null, 1));

if (asJson) {
  console.log(JSON.stringify({ exitCode: run.status, results, ...(baselines.length ? { baselines } : {}) }, null, 1));
} else {
  const rows = [['article', 'idle: longest', 'doc in host', 'editor shown', 'first deco ms', 'after open', 'analysis ms', 'core ms', 'open: longest block', '>50ms', 'gc', 'burst: longest', 'edit p95',
    'reanalysis', 'gc', 'whole texts sent', 'cpu/edit', 'paced: longest', 'edit p95', 'reanalysis', 'gc', 'whole texts sent', 'cpu/edit', 'open cpu', 'rss MB']];
  // Whole texts the worker was sent during an edit phase (an edit should send its changes only), and their size.
  const whole = f => (f?.sent ? `${f.sent.whole} (${(f.sent.wholeChars / 2 ** 20).toFixed(1)} MB)` : '-');
  // The garbage collector's pauses in a phase: total ms / longest ms (longest major one).
  const gc = lag => (lag?.gc ? `${lag.gc.totalMs}/${lag.gc.longestMs} (${lag.gc.longestMajorMs})` : '-');
  // CPU per edit (or in all, for the open) in ms: extension host thread / its other threads (the analysis worker) /
  // renderer main thread (of which layout and style).
  const cpu = c => (c ? `${c.hostMs}/${c.otherThreadsMs}/${c.rendererMs ?? '-'} (${c.rendererLayoutMs ?? '-'})` : '-');
  for (const r of results) {
    rows.push([`${r.file} (${(r.chars / 1024 / 1024).toFixed(2)} MB, ${r.mentions} mentions)`, r.idle?.longestMs ?? '-', r.documentInHostMs ?? '-', r.editorShownMs ?? '-', r.firstDecorationsMs ?? '-', r.firstDecorationsAfterOpenMs ?? '-', r.analysisMs,
      r.coreMs ?? '-', r.open.longestMs, r.open.over50, gc(r.open), r.burst?.lag.longestMs ?? '-', r.burst?.p95Ms ?? '-', r.burst?.reanalysisMs ?? '-', gc(r.burst?.lag), whole(r.burst), cpu(r.burst?.cpu),
      r.paced?.lag.longestMs ?? '-', r.paced?.p95Ms ?? '-', r.paced?.reanalysisMs ?? '-', gc(r.paced?.lag), whole(r.paced), cpu(r.paced?.cpu), cpu(r.openCpu), r.rssMB]);
  }
  console.log(`\n| ${rows[0].join(' | ')} |\n|${rows[0].map(() => '---').join('|')}|`);
  for (const row of rows.slice(1)) console.log(`| ${row.join(' | ')} |`);
  if (baselines.length) console.log('\nVS Code alone (--baseline: a copy of each article, set aside by News Lens, watched as long as the article\'s open phase was):');
  for (const b of baselines) {
    const edits = b.burst ? `; burst edit p50/p95/max ${b.burst.p50Ms}/${b.burst.p95Ms}/${b.burst.maxMs}, longest block ${b.burst.lag.longestMs}, cpu/edit ${cpu(b.burst.cpu)}`
      + `; paced ${b.paced.p50Ms}/${b.paced.p95Ms}/${b.paced.maxMs}, longest block ${b.paced.lag.longestMs}, cpu/edit ${cpu(b.paced.cpu)}` : '';
    console.log(`- ${b.of}: editor shown ${b.editorShownMs} ms, open: longest block ${b.open.longestMs} ms, ${b.open.over50} over 50 ms, gc ${gc(b.open)}, `
      + `cpu ${cpu(b.openCpu)} (watched ${(b.watchedMs / 1000).toFixed(1)} s; idle before: longest ${b.idle.longestMs} ms)${edits}.`);
  }
  console.log(`\n${os.cpus().length} CPUs, load average ${os.loadavg().map(x => x.toFixed(1)).join(' ')}; times in ms.`);
}
process.exit(run.status ?? 2);
