// How `news-lens corpus` gets its files analysed: on the main thread (`--jobs 1`), or by N worker threads
// (dist/corpusWorker.js) that each load their own engine while the main thread only walks the folders and
// aggregates. Files travel in batches: one message per batch each way, and every worker holds a second batch in its
// queue while it works on the first, so it never waits for the main thread between files.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusFileResult, CorpusFileTask } from './cliCorpusRead';

/** Analyses batches of files; results come back per batch, in the batch's order. */
export interface CorpusAnalyser {
  analyse(batch: readonly CorpusFileTask[]): Promise<CorpusFileResult[]>;
  close(): Promise<void>;
}

/** What a worker is sent: a batch and its number; it answers with the same number and one result per file. */
export interface CorpusBatchMessage {
  readonly seq: number;
  readonly tasks: readonly CorpusFileTask[];
}

/** A worker's answer to a `CorpusBatchMessage`. */
export interface CorpusBatchReply {
  readonly seq: number;
  readonly results: CorpusFileResult[];
}

/** Batches a worker holds at once: the one it is working on and the next, already in its message queue. */
const BATCHES_PER_WORKER = 2;

/** `--jobs 1`: everything on the main thread; the engine is loaded only here, on the first batch. */
export class InlineAnalyser implements CorpusAnalyser {
  #reader: Promise<{ read(task: CorpusFileTask): CorpusFileResult }> | undefined;

  async analyse(batch: readonly CorpusFileTask[]): Promise<CorpusFileResult[]> {
    this.#reader ??= import('./cliCorpusRead').then(m => new m.CorpusFileReader());
    const reader = await this.#reader;
    return batch.map(task => reader.read(task));
  }

  async close(): Promise<void> {}
}

interface Job {
  readonly tasks: readonly CorpusFileTask[];
  readonly resolve: (results: CorpusFileResult[]) => void;
  readonly reject: (e: Error) => void;
}

interface PoolWorker {
  readonly worker: Worker;
  /** Batches sent to it and not answered yet, by sequence number. */
  readonly pending: Map<number, Job>;
}

/**
 * `--jobs N`: up to N worker threads, each started when a batch finds every running worker busy (a corpus of a
 * few batches starts no more engines than it can use); a batch goes to an idle worker, else to a new one, else to
 * the worker with the fewest batches on hand.
 */
export class WorkerPool implements CorpusAnalyser {
  readonly #size: number;
  readonly #workers: PoolWorker[] = [];
  readonly #waiting: Job[] = [];
  #seq = 0;
  #failure: Error | undefined;

  constructor(size: number) {
    this.#size = size;
  }

  #start(): PoolWorker {
    const entry: PoolWorker = { worker: new Worker(path.join(__dirname, 'corpusWorker.js')), pending: new Map() };
    entry.worker.on('message', (m: CorpusBatchReply) => {
      const job = entry.pending.get(m.seq);
      entry.pending.delete(m.seq);
      job?.resolve(m.results);
      this.#dispatch();
    });
    entry.worker.on('error', e => this.#fail(e));
    entry.worker.on('exit', code => {
      if (entry.pending.size > 0) this.#fail(new Error(`a corpus worker stopped (exit code ${code})`));
    });
    this.#workers.push(entry);
    return entry;
  }

  analyse(batch: readonly CorpusFileTask[]): Promise<CorpusFileResult[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ tasks: batch, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#waiting.length > 0) {
      const least = this.#workers.reduce<PoolWorker | undefined>((a, b) => (a && a.pending.size <= b.pending.size ? a : b), undefined);
      const target = least && least.pending.size === 0 ? least
        : this.#workers.length < this.#size ? this.#start()
          : least && least.pending.size < BATCHES_PER_WORKER ? least : undefined;
      if (!target) return;
      const job = this.#waiting.shift() as Job;
      const seq = this.#seq++;
      target.pending.set(seq, job);
      target.worker.postMessage({ seq, tasks: job.tasks } satisfies CorpusBatchMessage);
    }
  }

  /** A worker that fails takes the run down with a clear error: its batches would otherwise never be answered. */
  #fail(e: Error): void {
    this.#failure ??= e;
    for (const w of this.#workers) {
      for (const job of w.pending.values()) job.reject(e);
      w.pending.clear();
    }
    for (const job of this.#waiting.splice(0)) job.reject(e);
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map(w => w.worker.terminate()));
  }
}
