// A worker thread of `news-lens corpus --jobs N` (bundled as dist/corpusWorker.js): reads and analyses the batches
// of files the main thread sends, in the order they come, and posts back each batch's results with its number.
import { parentPort } from 'node:worker_threads';
import type { CorpusBatchMessage, CorpusBatchReply } from './cliCorpusPool';
import { CorpusFileReader } from './cliCorpusRead';

const reader = new CorpusFileReader();
// The engine sets itself up on its first text: done now, while the main thread is still finding the files.
reader.warmUp();
parentPort?.on('message', (message: CorpusBatchMessage) => {
  parentPort?.postMessage({ seq: message.seq, results: message.tasks.map(task => reader.read(task)) } satisfies CorpusBatchReply);
});
