#!/usr/bin/env node
// Speed benchmark: `npm run bench` (builds first) or `node scripts/bench.mjs [--json] [--quick] [--rounds N (3)]
// [--eval-dir ../shared/eval]`. Prints a table, or with --json one JSON object. Measured in one run:
//   throughput  News Lens full analysis vs compromise bare extraction (nlp(text) + people/organizations/places
//               with offsets) over the same corpus (samples/ + GMB dev texts when present), interleaved text by
//               text, after a warm-up, medians over rounds. compromise bare is its own, unconfigured instance.
//   edit        re-analysis of a 2,000-word article after a one-paragraph edit, as a fraction of a cold analysis (the two
//               interleaved; medians of wall-clock and of CPU time)
//   big doc     a ~1 MB article through the scheduler the extension uses (fresh child process, --expose-gc):
//               total time, longest synchronous slice, time to the visible range's partial result, peak memory
//   start       load + activate() of the production bundle (.bench/dist/extension.js, made by build.mjs
//               --production) and of dist/extension.js, under a minimal fake `vscode` (fresh child processes), and
//               time to the first analysis of a 1,000-word article including loading the core (fresh child)
//   corpus      2,000 GMB-sized articles through the editor's corpus index steps, the reopen of a persisted index
//               and the CLI's `corpus --jobs 1` vs `--jobs 2` (scripts/benchCorpus.mjs)
// The core is bundled for the benchmark into .bench/core.cjs (same sources and compromise build as dist/), and
// compromise alone into .bench/compromise.cjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchCorpus, corpusRows } from './benchCorpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const benchDir = path.join(root, '.bench');
const coreBundle = path.join(benchDir, 'core.cjs');
const bareBundle = path.join(benchDir, 'compromise.cjs');
const prodExtension = path.join(benchDir, 'dist/extension.js');
const require = createRequire(import.meta.url);
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const asJson = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const rounds = Number(option('rounds', 3));
const evalDir = path.resolve(root, option('eval-dir', '../shared/eval'));
const sampleText = fs.readFileSync(path.join(root, 'samples/india-japan-strategic-dialogue.txt'), 'utf8');
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);

/**
 * An article of at least `minChars` characters built from the sample: its headline, then copies of its body
 * paragraphs, each copy made distinct ("Filed as item 7.") so that no paragraph is served from a cache.
 */
function syntheticArticle(minChars) {
  const paragraphs = sampleText.split(/\n\s*\n/).map(p => p.trim()).filter(p => p && !/^date\b/i.test(p));
  const [headline, ...body] = paragraphs;
  const out = [headline];
  let size = headline.length;
  for (let k = 1; size < minChars; k++) {
    for (const p of body) {
      const q = `${p} Filed as item ${k}.`;
      out.push(q);
      size += q.length + 2;
    }
  }
  return out.join('\n\n') + '\n';
}

/** The first paragraphs of `syntheticArticle` whose word count reaches `words`. */
function articleOfWords(core, words) {
  const paragraphs = syntheticArticle(words * 10).split('\n\n');
  let n = 0;
  let i = 0;
  while (n < words) n += core.countWords(paragraphs[i++]);
  return paragraphs.slice(0, i).join('\n\n') + '\n';
}

/** As scripts/build.mjs tells esbuild: node has Unicode property escapes (else each /\p{..}/u becomes a `new RegExp` per call). */
const supported = { 'regexp-unicode-property-escapes': true };

async function buildCore() {
  const esbuild = await import('esbuild');
  fs.mkdirSync(benchDir, { recursive: true });
  await esbuild.build({
    stdin: {
      contents: `export { analyze, Analyzer, countWords } from './src/core/analyze';
        export { analyzeInSlices } from './src/core/pipeline/scheduler';`,
      resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts',
    },
    bundle: true, format: 'cjs', platform: 'neutral', mainFields: ['module', 'main'], target: 'node20', supported,
    outfile: coreBundle, loader: { '.txt': 'text' }, logLevel: 'warning', sourcemap: true,
  });
  // The extension as users get it: the production build of scripts/build.mjs, for the start-up figure.
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--production', '--outdir', path.join(benchDir, 'dist')],
    { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the production build failed');
  // Bare compromise from the same sources the extension bundles (its ESM build), as a separate instance.
  await esbuild.build({
    stdin: { contents: `export { default } from 'compromise';`, resolveDir: root, loader: 'js' },
    bundle: true, format: 'cjs', platform: 'neutral', mainFields: ['module', 'main'], target: 'node20', supported,
    outfile: bareBundle, logLevel: 'warning',
  });
}

function child(mode, nodeArgs = [], args = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, self, '--child', mode, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return { error: (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(-6).join('\n') };
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

// ---- throughput -------------------------------------------------------------------------------------------

function corpus() {
  const texts = fs.readdirSync(path.join(root, 'samples')).filter(f => f.endsWith('.txt'))
    .map(f => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));
  const gmb = path.join(evalDir, 'gmb-ner-dev.jsonl');
  let gmbTexts = 0;
  if (fs.existsSync(gmb)) {
    const lines = fs.readFileSync(gmb, 'utf8').split('\n').filter(l => l.trim());
    for (const l of quick ? lines.slice(0, 200) : lines) texts.push(JSON.parse(l).text);
    gmbTexts = texts.length - 1;
  }
  return { texts, gmbTexts };
}

function throughput(core) {
  const nlp = require(bareBundle).default;
  const bare = text => {
    const doc = nlp(text);
    const o = { offset: true, terms: true };
    return doc.people().json(o).length + doc.organizations().json(o).length + doc.places().json(o).length;
  };
  const full = text => core.analyze(text).mentions.length;
  const { texts, gmbTexts } = corpus();
  const words = texts.reduce((n, t) => n + core.countWords(t), 0);
  for (const t of texts.slice(0, 60)) { full(t); bare(t); }
  const ours = [];
  const theirs = [];
  for (let r = 0; r < rounds; r++) {
    let a = 0;
    let b = 0;
    texts.forEach((t, i) => {
      // Alternate which goes first so neither always runs on a warmer cache.
      const first = (i + r) % 2 === 0;
      const t0 = performance.now();
      if (first) full(t); else bare(t);
      const t1 = performance.now();
      if (first) bare(t); else full(t);
      const t2 = performance.now();
      a += first ? t1 - t0 : t2 - t1;
      b += first ? t2 - t1 : t1 - t0;
    });
    ours.push(words / (a / 1000));
    theirs.push(words / (b / 1000));
  }
  const ratios = ours.map((o, i) => o / theirs[i]);
  return {
    corpusTexts: texts.length, corpusGmbTexts: gmbTexts, corpusWords: words, rounds,
    newsLensWordsPerSec: median(ours), compromiseWordsPerSec: median(theirs), throughputRatio: median(ratios),
  };
}

// ---- edit --------------------------------------------------------------------------------------------------

function editCost(core, trials = 31) {
  const text = articleOfWords(core, 2000);
  const paragraphs = text.split('\n\n');
  // "Cold" means nothing cached in the analyzer, not a cold JIT: warm the code first.
  for (let i = 0; i < 3; i++) new core.Analyzer().analyze(text);
  const analyzer = new core.Analyzer();
  analyzer.analyze(text);
  const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const cold = [];
  const warm = [];
  const coldCpu = [];
  const warmCpu = [];
  // Cold analyses and edits side by side, one of each per trial, so that the load of a shared machine falls on both
  // alike; CPU time (this process) beside wall-clock time, as a machine busy with other work stretches only the latter.
  for (let i = 0; i < trials; i++) {
    let t0 = performance.now();
    let c0 = cpuMs();
    new core.Analyzer().analyze(text);
    cold.push(performance.now() - t0);
    coldCpu.push(cpuMs() - c0);
    // A different paragraph each time, and each edit new, so the edited paragraph is never cached.
    const k = 1 + ((i * 3) % (paragraphs.length - 1));
    const edited = paragraphs.map((p, j) => (j === k ? `${p} Officials added remark ${i}.` : p)).join('\n\n');
    t0 = performance.now();
    c0 = cpuMs();
    analyzer.analyze(edited);
    warm.push(performance.now() - t0);
    warmCpu.push(cpuMs() - c0);
  }
  return {
    editWords: core.countWords(text), coldMs: median(cold), editMs: median(warm), editFraction: median(warm) / median(cold),
    coldCpuMs: median(coldCpu), editCpuMs: median(warmCpu), editCpuFraction: median(warmCpu) / median(coldCpu),
  };
}

// ---- children ----------------------------------------------------------------------------------------------

async function bigDocChild() {
  const core = require(coreBundle);
  const text = syntheticArticle(1024 * 1024);
  core.analyze(sampleText);
  global.gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const slices = [];
  const steps = {};
  const timed = (name, f) => (...args) => {
    const t0 = performance.now();
    try { return f(...args); } finally { (steps[name] ??= []).push(performance.now() - t0); }
  };
  const inner = new core.Analyzer();
  // The scheduler's view of the analyzer, timed: planning, each unit's NLP, partial assemblies, and the final
  // assembly, which runs in steps across slices (the time of each step lands in steps.assembleStep).
  const analyzer = {
    work: timed('plan', t => {
      const work = inner.work(t);
      return {
        units: work.units, isCached: i => work.isCached(i), run: timed('unit', i => work.run(i)),
        partial: timed('assemble', () => work.partial()),
        finish: () => {
          const it = work.finish();
          const next = timed('assembleStep', () => it.next());
          return { next, [Symbol.iterator]() { return this; } };
        },
      };
    }),
  };
  // Wall-clock slices are what the editor feels; on a busy machine they include time the OS gave to other
  // processes, so each slice's CPU time (this process, all threads) is recorded too.
  const cpuSlices = [];
  const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  let sliceStart = performance.now();
  let sliceCpu = cpuMs();
  const endSlice = () => {
    slices.push(performance.now() - sliceStart);
    cpuSlices.push(cpuMs() - sliceCpu);
  };
  let firstPartialMs = null;
  const t0 = performance.now();
  const result = await core.analyzeInSlices(analyzer, text, {
    priority: { start: 0, end: 6000 },
    yieldFn: () => {
      endSlice();
      sample();
      return new Promise(r => setImmediate(() => { sliceStart = performance.now(); sliceCpu = cpuMs(); r(); }));
    },
    onProgress: () => { firstPartialMs ??= performance.now() - t0; },
  });
  endSlice();
  const totalMs = performance.now() - t0;
  sample();
  const sorted = [...slices].sort((a, b) => a - b);
  const mb = x => x / 1024 / 1024;
  return {
    bigDocChars: text.length, bigDocWords: core.countWords(text), bigDocUnits: inner.work(text).units.length,
    bigDocMentions: result.mentions.length, bigDocTotalMs: totalMs, bigDocMaxSliceMs: sorted.at(-1),
    bigDocP99SliceMs: sorted[Math.floor(sorted.length * 0.99)], bigDocSlices: slices.length,
    bigDocMaxSliceCpuMs: Math.max(...cpuSlices),
    bigDocFirstPartialMs: firstPartialMs, bigDocPlanMs: steps.plan[0],
    // The final assembly is the sum of its steps; every `partial` call is a partial result.
    bigDocFinalAssembleMs: steps.assembleStep.reduce((x, y) => x + y, 0),
    bigDocPartialAssembles: steps.assemble?.length ?? 0,
    bigDocMaxPartialAssembleMs: Math.max(0, ...(steps.assemble ?? [])),
    bigDocMaxUnitMs: Math.max(...steps.unit),
    bigDocPeakHeapMB: mb(peakHeap), bigDocPeakRssMB: mb(peakRss), bigDocHeapGrowthMB: mb(peakHeap - base.heapUsed),
  };
}

/** A fake `vscode` good enough for activate(): every member is a no-op that returns another such member. */
function fakeVscode() {
  const cache = new Map();
  const make = name => {
    if (cache.has(name)) return cache.get(name);
    const target = function () {};
    const assigned = new Map();
    const p = new Proxy(target, {
      set(_t, key, value) {
        assigned.set(key, value);
        return true;
      },
      get(_t, key) {
        if (assigned.has(key)) return assigned.get(key);
        if (key === 'then') return undefined;
        if (key === Symbol.iterator) return function* () {};
        if (key === Symbol.toPrimitive) return () => 0;
        if (key === 'dispose') return () => undefined;
        if (key === 'get') return (_k, fallback) => fallback;
        if (key === 'length') return 0;
        return make(`${name}.${String(key)}`);
      },
      apply: () => make(`${name}()`),
      construct: () => make(`new ${name}`),
    });
    cache.set(name, p);
    return p;
  };
  return make('vscode');
}

async function activateChild() {
  const ext = path.resolve(option('extension', prodExtension));
  if (!fs.existsSync(ext)) return { activateNote: `${path.relative(root, ext)} missing` };
  // esbuild's interop copies the module's own keys, so the fake exports every name the bundle reads from it.
  const proxy = fakeVscode();
  const typings = fs.readFileSync(path.join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...typings.matchAll(/^\texport (?:namespace|class|enum|const|function|let) (\w+)/gm)].map(m => m[1]));
  const vscode = Object.fromEntries([...names].map(n => [n, proxy[n]]));
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
  const context = {
    subscriptions: [], extensionPath: root, extensionUri: proxy.Uri, globalState: proxy.Memento,
    workspaceState: proxy.Memento, extensionMode: 1, asAbsolutePath: p => path.join(root, p),
    storageUri: undefined, globalStorageUri: proxy.Uri, logUri: proxy.Uri, extension: proxy.Extension,
  };
  const t0 = performance.now();
  const mod = require(ext);
  const t1 = performance.now();
  await mod.activate(context);
  const t2 = performance.now();
  return { activateMs: t2 - t0, activateLoadMs: t1 - t0, activateCallMs: t2 - t1,
    activateNote: `require + activate() of ${path.relative(root, ext)} under a minimal fake vscode` };
}

async function firstAnalysisChild() {
  const t0 = performance.now();
  const core = require(coreBundle);
  const t1 = performance.now();
  const text = articleOfWords(core, 1000);
  const t2 = performance.now();
  core.analyze(text);
  const t3 = performance.now();
  return { firstAnalysisMs: t1 - t0 + (t3 - t2), firstAnalysisLoadMs: t1 - t0, firstAnalysisWords: core.countWords(text) };
}

// ---- main --------------------------------------------------------------------------------------------------

const childMode = option('child');
if (childMode) {
  const run = { bigdoc: bigDocChild, activate: activateChild, first: firstAnalysisChild }[childMode];
  process.stdout.write(`${JSON.stringify(await run())}\n`);
  process.exit(0);
}

await buildCore();
const say = s => { if (!asJson) process.stderr.write(`${s}\n`); };
say('bench: start (fresh child processes)');
const dev = child('activate', [], ['--extension', path.join(root, 'dist/extension.js')]);
const start = { ...child('activate'), activateDevBundleMs: dev.activateMs ?? null, ...child('first') };
say('bench: big document (fresh child process)');
const big = child('bigdoc', ['--expose-gc']);
const core = require(coreBundle);
say('bench: edit');
const edit = editCost(core);
say(`bench: throughput over ${rounds} rounds`);
const tp = throughput(core);
say(`bench: corpus (${quick ? 200 : 2000} articles: index, reopen, CLI --jobs 1 and 2)`);
const corpusBench = await benchCorpus(quick ? 200 : 2000).catch(e => ({ corpusError: e.message }));
const result = { ...tp, ...edit, ...big, ...start, ...corpusBench, node: process.version };
for (const [k, v] of Object.entries(result)) if (typeof v === 'number' && !Number.isInteger(v)) result[k] = round(v, k.endsWith('Ratio') || k.endsWith('Fraction') ? 3 : 1);

if (asJson) {
  console.log(JSON.stringify(result));
} else {
  const rows = [
    ['throughput', 'News Lens words/s', result.newsLensWordsPerSec, ''],
    ['', 'compromise bare words/s', result.compromiseWordsPerSec, ''],
    ['', 'ratio', result.throughputRatio, '>= 1.9'],
    ['', 'corpus', `${result.corpusTexts} texts, ${result.corpusWords} words, ${result.rounds} rounds`, ''],
    ['edit', `cold / edit ms (${result.editWords} words)`, `${result.coldMs} / ${result.editMs}`, ''],
    ['', 'edit fraction', result.editFraction, '<= 0.12'],
    ['', `cold / edit CPU ms; edit fraction in CPU time`, `${result.coldCpuMs} / ${result.editCpuMs}; ${result.editCpuFraction}`, ''],
    ['big doc', `total ms (${result.bigDocChars} chars, ${result.bigDocUnits} units)`, result.bigDocTotalMs, ''],
    ['', 'longest slice ms (p99; longest in CPU ms)', `${result.bigDocMaxSliceMs} (${result.bigDocP99SliceMs}; ${result.bigDocMaxSliceCpuMs})`, '<= 50'],
    ['', 'plan / final assemble ms', `${result.bigDocPlanMs} / ${result.bigDocFinalAssembleMs}`, ''],
    ['', 'first partial (visible range) ms', result.bigDocFirstPartialMs, ''],
    ['memory', 'peak heap / RSS MB', `${result.bigDocPeakHeapMB} / ${result.bigDocPeakRssMB}`, ''],
    ['start', 'activate ms (production bundle)', `${result.activateMs} (load ${result.activateLoadMs}, call ${result.activateCallMs})`, '<= 50'],
    ['', 'activate ms, development bundle (dist/)', result.activateDevBundleMs, ''],
    ['', `first analysis ms (${result.firstAnalysisWords} words, incl. load)`, `${result.firstAnalysisMs} (load ${result.firstAnalysisLoadMs})`, ''],
    ...(corpusBench.corpusError ? [] : corpusRows(result)),
  ];
  const w = [0, 1, 2].map(c => Math.max(...rows.map(r => String(r[c] ?? '-').length)));
  for (const r of rows) console.log(r.map((x, c) => String(x ?? '-').padEnd(w[c] ?? 0)).join('  ').trimEnd());
  console.log(`activate: ${result.activateNote}; big doc slices are wall-clock, CPU ms shown for the longest`);
  for (const e of [big.error, start.error, corpusBench.corpusError].filter(Boolean)) console.log(`error: ${e}`);
}
