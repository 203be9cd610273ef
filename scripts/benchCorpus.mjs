#!/usr/bin/env node
// Corpus benchmark (run by `npm run bench`, or alone: `node scripts/benchCorpus.mjs [--json] [--articles N (2000)]
// [--eval-dir ../shared/eval]`; needs `npm run build` for the CLI). Writes N GMB-sized articles into a temporary
// folder (the GMB dev and train texts read from ../shared/eval at run time, each given a header date over one year;
// without them, articles cut from samples/), then measures, in a fresh child process with --expose-gc:
//   index    what the editor's corpus index does per file, in the same order (read, analyse in slices with
//            analyzeInSlices, make the corpus record), one file after another with a turn for the host between
//            files: articles/s, the longest block of the event loop (perf_hooks event-loop delay, max), and the heap
//            the records hold
//   reopen   what a reopened workspace does before the dashboard shows: read the persisted index file, parse and
//            check every entry (isCorpusArticle), and compute the dashboard's figures; median of 5
//   cli      `news-lens corpus DIR --json` with --jobs 1 and --jobs 2 (wall clock), and the speed-up
// (`npm run bench -- --quick` uses 200 articles.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const require = createRequire(import.meta.url);
const bundle = path.join(root, '.bench/corpus.cjs');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const evalDir = path.resolve(root, option('eval-dir', '../shared/eval'));
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const r1 = x => Math.round(x * 10) / 10;

async function buildBundle() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    stdin: {
      contents: `export { Analyzer } from './src/core/analyze';
        export { analyzeInSlices } from './src/core/pipeline/scheduler';
        export { corpusArticle, isCorpusArticle } from './src/core/corpus';
        export { dashboardData } from './src/editor/dashboardData';`,
      resolveDir: root, loader: 'ts', sourcefile: 'bench-corpus-entry.ts',
    },
    bundle: true, format: 'cjs', platform: 'neutral', mainFields: ['module', 'main'], target: 'node20',
    outfile: bundle, loader: { '.txt': 'text' }, logLevel: 'warning',
  });
}

/** N article files in `dir`: GMB dev texts (or pieces of the sample) with a header date and a headline. */
function writeArticles(dir, count) {
  // Dev, then train texts: 4,796 different articles, so that up to that many no article repeats another. A
  // repeated text would be served from the one Analyzer's unit cache in `--jobs 1` and analysed again by
  // whichever worker did not see it first in `--jobs 2`, which measures the cache, not the threads.
  const gmb = ['gmb-ner-dev.jsonl', 'gmb-ner-train.jsonl'].map(f => path.join(evalDir, f)).filter(f => fs.existsSync(f));
  let texts;
  let source;
  if (gmb.length > 0) {
    texts = gmb.flatMap(f => fs.readFileSync(f, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l).text));
    source = `GMB ${gmb.length > 1 ? 'dev and train' : 'dev'} texts${count > texts.length ? `, ${texts.length} different` : ''}`;
  } else {
    const paragraphs = fs.readFileSync(path.join(root, 'samples/india-japan-strategic-dialogue.txt'), 'utf8')
      .split(/\n\s*\n/).map(p => p.trim()).filter(p => p && !/^date\b/i.test(p));
    texts = paragraphs.map((_, i) => paragraphs.slice(i, i + 4).join('\n\n'));
    source = 'pieces of samples/';
  }
  let words = 0;
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length];
    const day = new Date(Date.UTC(2020, 0, 1) + (i % 366) * 86_400_000).toISOString().slice(0, 10);
    const headline = text.split(/(?<=[.!?])\s/)[0].slice(0, 120);
    fs.mkdirSync(path.join(dir, `desk-${i % 10}`), { recursive: true });
    fs.writeFileSync(path.join(dir, `desk-${i % 10}`, `a${String(i).padStart(5, '0')}.article`), ` date ${day} bench\n${headline}\n\n${text}\n`);
    words += text.split(/\s+/).length;
  }
  return { source, words };
}

async function indexChild(dir) {
  const core = require(bundle);
  const files = fs.readdirSync(dir, { recursive: true }).filter(f => f.endsWith('.article')).sort().map(f => path.join(dir, f));
  // the engine loads on the first analysis (measured by bench.mjs as "first analysis"), not counted here
  await core.analyzeInSlices(new core.Analyzer(), fs.readFileSync(files[0], 'utf8'), {});
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const entries = {};
  const options = {};
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const t0 = performance.now();
  for (const file of files) {
    const text = await fs.promises.readFile(file, 'utf8');
    const analysis = await core.analyzeInSlices(new core.Analyzer(options), text, {});
    const stat = fs.statSync(file);
    entries[`file://${file}`] = {
      mtime: stat.mtimeMs, size: stat.size, hash: '00000000',
      article: core.corpusArticle({ id: `file://${file}`, fileName: path.basename(file), folder: path.basename(path.dirname(file)) }, text, analysis),
    };
    await new Promise(r => setTimeout(r, 0));
  }
  const indexMs = performance.now() - t0;
  loop.disable();
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const stored = path.join(dir, 'corpus-index.json');
  fs.writeFileSync(stored, JSON.stringify({ format: 1, entries }));
  const reopen = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    const data = JSON.parse(fs.readFileSync(stored, 'utf8'));
    const articles = Object.values(data.entries).map(e => e.article).filter(a => core.isCorpusArticle(a));
    const shown = core.dashboardData({ articles, skipped: [], isComplete: true }, {});
    reopen.push(performance.now() - t);
    if (shown.articles !== files.length) throw new Error(`reopened ${shown.articles} of ${files.length}`);
  }
  return {
    indexArticles: files.length, indexMs, indexArticlesPerSec: files.length / (indexMs / 1000),
    indexLongestBlockMs: loop.max / 1e6, indexHeapMB: (heapAfter - heapBefore) / 1048576,
    storedMB: fs.statSync(stored).size / 1048576, reopenMs: median(reopen),
  };
}

function cli(dir, jobs) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'corpus', dir, '--json', '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`corpus --jobs ${jobs}: ${r.stderr.slice(-500)}`);
  return { ms, articles: JSON.parse(r.stdout).articles };
}

if (option('child') === 'index') {
  process.stdout.write(`${JSON.stringify(await indexChild(option('dir')))}\n`);
  process.exit(0);
}

/** Every figure, as one object (also used by scripts/bench.mjs). */
export async function benchCorpus(count = 2000) {
  await buildBundle();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-corpus-bench-'));
  try {
    const { source, words } = writeArticles(dir, count);
    const child = spawnSync(process.execPath, ['--expose-gc', self, '--child', 'index', '--dir', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(child.stderr.slice(-800));
    const index = JSON.parse(child.stdout.trim().split('\n').at(-1));
    fs.rmSync(path.join(dir, 'corpus-index.json'));
    const one = cli(dir, 1);
    const two = cli(dir, 2);
    if (one.articles !== count || two.articles !== count) throw new Error(`the CLI read ${one.articles} / ${two.articles} of ${count}`);
    const result = { corpusSource: source, corpusWordsPerArticle: Math.round(words / count), ...index,
      cliJobs1Ms: one.ms, cliJobs2Ms: two.ms, cliSpeedup: one.ms / two.ms, cores: os.availableParallelism?.() ?? os.cpus().length };
    for (const [k, v] of Object.entries(result)) if (typeof v === 'number' && !Number.isInteger(v)) result[k] = k === 'cliSpeedup' ? Math.round(v * 100) / 100 : r1(v);
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Table rows for scripts/bench.mjs: [area, what, figure, target]. */
export function corpusRows(c) {
  return [
    ['corpus', `index articles/s (${c.indexArticles} articles, ${c.corpusWordsPerArticle} words each, ${c.corpusSource})`, c.indexArticlesPerSec, ''],
    ['', 'index longest event-loop block ms', c.indexLongestBlockMs, '<= 50'],
    ['', 'index records heap MB / stored file MB', `${c.indexHeapMB} / ${c.storedMB}`, ''],
    ['', 'reopen: persisted index to dashboard figures ms', c.reopenMs, '<= 1000'],
    ['', `CLI corpus --jobs 1 / --jobs 2 ms (${c.cores} cores)`, `${c.cliJobs1Ms} / ${c.cliJobs2Ms}`, ''],
    ['', 'CLI --jobs 2 speed-up', c.cliSpeedup, ''],
  ];
}

if (process.argv[1] === self) {
  const c = await benchCorpus(Number(option('articles', 2000)));
  if (process.argv.includes('--json')) console.log(JSON.stringify(c));
  else for (const r of corpusRows(c)) console.log(r.map(x => String(x ?? '-')).join('  ').trimEnd());
}
