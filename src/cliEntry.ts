// The command line's entry (bundled as dist/cli.js). `news-lens corpus` runs first and without the engine: with
// worker threads each worker loads its own, and the main thread only walks the folders and aggregates. Every other
// command loads src/cli.ts, and with it the engine, on demand.
import { runCorpus } from './cliCorpus';

const argv = process.argv.slice(2);
const run = argv[0] === 'corpus' ? runCorpus(argv.slice(1)) : import('./cli').then(cli => cli.main(argv));
run.then(
  code => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`news-lens: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
