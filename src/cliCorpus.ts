// `news-lens corpus DIR...`: every article under the folders, analysed on all cores (worker threads) and streamed
// into one corpus summary, or into the corpus table (CSV or JSON lines) written as the files are read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CORPUS_EXTENSIONS, CorpusFileReader, type CorpusFileResult, type CorpusFileTask } from './cliCorpusRead';
import { corpusJson, corpusText } from './cliCorpusOutput';
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
                                      (default: the number of cores); --top: list length (default 100).`;

type Format = 'text' | 'json' | 'csv' | 'jsonl';

interface CorpusOptions {
  readonly roots: readonly string[];
  readonly format: Format;
  readonly jobs: number;
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
  const reader = parsed.jobs > 1 ? new WorkerPool(parsed.jobs) : new InlineReader();
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
  // Results are taken in file order; at most `window` files are in flight, so memory stays flat.
  const window = Math.max(4, parsed.jobs * 4);
  const queue: { file: string; result: Promise<CorpusFileResult> }[] = [];
  try {
    for (const root of parsed.roots) {
      for await (const file of walk(root)) {
        if (typeof file !== 'string') {
          take(file.path, { skipped: 'unreadable', detail: file.error });
          continue;
        }
        queue.push({ file, result: reader.read({ file, strict: parsed.strict }) });
        while (queue.length >= window) {
          const next = queue.shift() as (typeof queue)[number];
          take(next.file, await next.result);
        }
      }
    }
    for (const next of queue) take(next.file, await next.result);
  } finally {
    await reader.close();
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
  let jobs = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
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

/**
 * Every .txt/.article/.news file under `root` (or `root` itself when it is a file), depth first in name order.
 * Hidden folders and node_modules are passed over; symbolic links to folders are not followed (no cycles).
 * A folder that cannot be listed is yielded as an error.
 */
async function* walk(root: string): AsyncGenerator<string | { path: string; error: string }> {
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

interface FileReader {
  read(task: CorpusFileTask): Promise<CorpusFileResult>;
  close(): Promise<void>;
}

/** `--jobs 1`: everything on the main thread. */
class InlineReader implements FileReader {
  readonly #reader = new CorpusFileReader();
  read(task: CorpusFileTask): Promise<CorpusFileResult> {
    return Promise.resolve(this.#reader.read(task));
  }
  async close(): Promise<void> {}
}

/** `--jobs N`: N worker threads (dist/corpusWorker.js), each given the next file when it is free. */
class WorkerPool implements FileReader {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #waiting: { task: CorpusFileTask; resolve: (r: CorpusFileResult) => void; reject: (e: Error) => void }[] = [];
  readonly #pending = new Map<number, { worker: Worker; resolve: (r: CorpusFileResult) => void; reject: (e: Error) => void }>();
  #seq = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(path.join(__dirname, 'corpusWorker.js'));
      worker.on('message', (m: { seq: number; result: CorpusFileResult }) => {
        const job = this.#pending.get(m.seq);
        this.#pending.delete(m.seq);
        job?.resolve(m.result);
        this.#release(worker);
      });
      worker.on('error', e => {
        for (const [seq, job] of this.#pending) {
          if (job.worker !== worker) continue;
          this.#pending.delete(seq);
          job.reject(e);
        }
      });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  read(task: CorpusFileTask): Promise<CorpusFileResult> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ task, resolve, reject });
      const worker = this.#idle.pop();
      if (worker) this.#release(worker);
    });
  }

  #release(worker: Worker): void {
    const next = this.#waiting.shift();
    if (!next) {
      this.#idle.push(worker);
      return;
    }
    const seq = this.#seq++;
    this.#pending.set(seq, { worker, resolve: next.resolve, reject: next.reject });
    worker.postMessage({ seq, ...next.task });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map(w => w.terminate()));
  }
}
