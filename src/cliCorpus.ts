// `news-lens corpus DIR...`: every article under the folders, analysed on all cores (worker threads) and streamed
// into one corpus summary, or into the corpus table (CSV or JSON lines) written as the files are read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CorpusAnalyser, InlineAnalyser, WorkerPool } from './cliCorpusPool';
import type { CorpusFileResult } from './cliCorpusRead';
import { corpusJson, corpusText } from './cliCorpusOutput';
import { ARTICLE_EXTENSIONS, TEXT_EXTENSIONS } from './core/article/articleFile';
import { CORPUS_CSV_HEADER, CorpusAccumulator, corpusCsvLine, corpusRow } from './core/corpus';

export const CORPUS_USAGE = `  news-lens corpus DIR... [--json|--csv|--jsonl] [--jobs N] [--strict] [--top N]
                                      what a folder of articles is about: entities, countries, themes,
                                      a timeline and who appears with whom (--json: one object);
                                      --csv/--jsonl write the corpus table, one row per article.
                                      Every .txt, .article and .news file under DIR is an article;
                                      --strict keeps only .article/.news files, those with the
                                      " date YYYY-MM-DD" header line and text files that read like
                                      a news article (as the editor decides). Files over 5 MB, binary or
                                      unreadable files are skipped and counted. --jobs: worker threads
                                      (default: one per core; none, all on the main thread, for fewer
                                      than 500 files); --top: list length (default 100).`;

type Format = 'text' | 'json' | 'csv' | 'jsonl';

/** Extensions `corpus` reads, lower case. */
export const CORPUS_EXTENSIONS: ReadonlySet<string> = new Set([...TEXT_EXTENSIONS, ...ARTICLE_EXTENSIONS]);

/** Files per message to a worker: about 30 ms of work for GMB-sized articles, so the message costs nothing beside it. */
const BATCH_FILES = 8;

/**
 * Without `--jobs`, a corpus of fewer files than this is read on the main thread. Each worker loads and warms up
 * its own engine (about 0.5 s to load, and some 2 s more of CPU before V8 has compiled it: the first thousand
 * articles run slower than the rest), so two workers only broke even with the main thread alone at about 800
 * GMB-sized articles (measured on a busy 2-core machine: 400 articles 3.0 s on the main thread, 3.1-3.7 s on two
 * workers; 800 articles 4.7-6.9 s and 4.7-5.5 s).
 */
const SMALL_CORPUS = 500;

const CORES = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

/** A folder that could not be listed. */
interface WalkError {
  readonly path: string;
  readonly error: string;
}

/** Files sent together, and their results in the same order. */
interface Batch {
  readonly files: readonly string[];
  readonly results: Promise<readonly CorpusFileResult[]>;
}

interface CorpusOptions {
  readonly roots: readonly string[];
  readonly format: Format;
  /** Worker threads asked for; undefined: chosen by the corpus's size. */
  readonly jobs: number | undefined;
  readonly strict: boolean;
  readonly top: number;
}

/** Runs `news-lens corpus` with the arguments after `corpus`; resolves to the exit code. */
export async function runCorpus(argv: readonly string[]): Promise<number> {
  const parsed = parse(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`news-lens corpus: ${parsed}\nUsage:\n${CORPUS_USAGE}\n`);
    return 2;
  }
  const skipped: Record<string, number> = {};
  let unreadable = 0;
  const acc = new CorpusAccumulator();
  const write = (s: string) => process.stdout.write(s);
  if (parsed.format === 'csv') write(CORPUS_CSV_HEADER);
  let written = 0;
  const take = (file: string, result: CorpusFileResult) => {
    if ('article' in result) {
      written++;
      if (parsed.format === 'csv') write(corpusCsvLine(corpusRow(result.article)));
      else if (parsed.format === 'jsonl') write(`${JSON.stringify(corpusRow(result.article))}\n`);
      else acc.add(result.article);
      return;
    }
    skipped[result.skipped] = (skipped[result.skipped] ?? 0) + 1;
    if (result.skipped === 'unreadable') unreadable++;
    if (result.skipped !== 'not an article') process.stderr.write(`news-lens: ${file}: skipped, ${result.skipped}${result.detail ? ` (${result.detail})` : ''}\n`);
  };
  const found = walkAll(parsed.roots);
  // Without --jobs, a small corpus is read on this thread: loading an engine per worker would cost more than it saves.
  const ahead: (string | WalkError)[] = [];
  let jobs = parsed.jobs;
  if (jobs === undefined) {
    let files = 0;
    for (let next = await found.next(); !next.done; next = await found.next()) {
      ahead.push(next.value);
      if (typeof next.value === 'string' && ++files >= SMALL_CORPUS) break;
    }
    jobs = files < SMALL_CORPUS ? 1 : CORES;
  }
  const analyser: CorpusAnalyser = jobs > 1 ? new WorkerPool(jobs) : new InlineAnalyser();
  // Results are taken in file order, batch by batch; at most `window` batches are in flight, so memory stays flat.
  const window = jobs * 4;
  const queue: Batch[] = [];
  const takeBatch = async (b: Batch) => {
    const results = await b.results;
    b.files.forEach((f, i) => take(f, results[i]));
  };
  let batch: string[] = [];
  const send = async () => {
    if (batch.length > 0) {
      const results = analyser.analyse(batch.map(file => ({ file, strict: parsed.strict })));
      results.catch(() => undefined);   // a failed worker is reported when its batch's turn comes, not before
      queue.push({ files: batch, results });
    }
    batch = [];
    while (queue.length >= window) await takeBatch(queue.shift() as Batch);
  };
  try {
    for await (const f of prepend(ahead, found)) {
      if (typeof f === 'string') {
        batch.push(f);
        if (batch.length >= BATCH_FILES) await send();
        continue;
      }
      // a folder that cannot be listed is reported in its place among the files
      await send();
      queue.push({ files: [f.path], results: Promise.resolve([{ skipped: 'unreadable', detail: f.error }]) });
    }
    await send();
    for (const b of queue) await takeBatch(b);
  } finally {
    await analyser.close();
  }
  if (parsed.format === 'json') write(`${JSON.stringify(corpusJson(acc.summary({ limit: parsed.top }), skipped))}\n`);
  if (parsed.format === 'text') write(corpusText(acc.summary({ limit: parsed.top }), skipped, Math.min(parsed.top, 10)));
  const total = Object.values(skipped).reduce((n, k) => n + k, 0);
  if (parsed.format === 'csv' || parsed.format === 'jsonl') {
    process.stderr.write(`news-lens: ${written} article(s) in the table${total ? `, ${total} file(s) skipped` : ''}\n`);
  }
  return unreadable > 0 ? 1 : 0;
}

function parse(argv: readonly string[]): CorpusOptions | string {
  const roots: string[] = [];
  let format: Format = 'text';
  let jobs: number | undefined;
  let strict = false;
  let top = 100;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json' || a === '--csv' || a === '--jsonl') {
      if (format !== 'text') return `${a} and --${format} exclude each other`;
      format = a.slice(2) as Format;
    } else if (a === '--jobs' || a === '--top') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 1024) return `${a} needs a whole number from 1 to 1024`;
      if (a === '--jobs') jobs = n;
      else top = n;
    } else if (a === '--strict') {
      strict = true;
    } else if (a.startsWith('-')) {
      return `unknown option ${a}`;
    } else {
      roots.push(a);
    }
  }
  if (roots.length === 0) return 'name at least one folder';
  for (const r of roots) if (!fs.existsSync(r)) return `${r}: no such file or folder`;
  return { roots, format, jobs, strict, top };
}

/** Every file of `walk` under each root in turn. */
async function* walkAll(roots: readonly string[]): AsyncGenerator<string | WalkError> {
  for (const root of roots) yield* walk(root);
}

/** The items already taken from `rest`, then the rest. */
async function* prepend<T>(ahead: readonly T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* ahead;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Every .txt/.article/.news file under `root` (or `root` itself when it is a file), depth first in name order.
 * Hidden folders and node_modules are passed over; symbolic links to folders are not followed (no cycles).
 * A folder that cannot be listed is yielded as an error.
 */
async function* walk(root: string): AsyncGenerator<string | WalkError> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(root);
  } catch (e) {
    yield { path: root, error: (e as Error).message };
    return;
  }
  if (!stat.isDirectory()) {
    yield root;
    return;
  }
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(root, { withFileTypes: true });
  } catch (e) {
    yield { path: root, error: (e as Error).message };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') yield* walk(full);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && CORPUS_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      yield full;
    }
  }
}
