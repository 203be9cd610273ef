// A worker thread of `news-lens corpus --jobs N` (bundled as dist/corpusWorker.js): reads and analyses the files
// the main thread sends, one at a time, and posts back each result with its sequence number.
import { parentPort } from 'node:worker_threads';
import { CorpusFileReader, type CorpusFileTask } from './cliCorpusRead';

const reader = new CorpusFileReader();
parentPort?.on('message', (message: CorpusFileTask & { seq: number }) => {
  parentPort?.postMessage({ seq: message.seq, result: reader.read(message) });
});
