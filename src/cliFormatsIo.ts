// File reading and writing for the CLI's commands: articles, the corrections beside them, and several outputs
// written together, each atomically (a temporary file renamed into place), never over an input (cliOutput.ts).
import fs from 'node:fs';
import { CORRECTIONS_FILE_SUFFIX, hasCorrections, MAX_CORRECTIONS_FILE_BYTES, parseCorrections } from './core/engine';
import type { Corrections } from './core/model';
import { looksBinary } from './core/article/articleFile';
import { CommandError, outputProblem, temporaryBeside } from './cliOutput';

const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * The text of an article file (`-` reads stdin), decoded as UTF-8 with its byte-order mark kept; throws a readable
 * Error for a folder, a device or pipe, a file over 20 MB or a binary file. The one reader of the command line.
 */
export function readArticle(file: string): string {
  let bytes: Buffer;
  if (file === '-') {
    bytes = fs.readFileSync(0);
  } else {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new Error('is a directory');
    // A device or pipe ("/dev/zero") could be read for ever.
    if (!stat.isFile()) throw new Error('is not a regular file');
    if (stat.size > MAX_TEXT_BYTES) throw new Error(`is ${(stat.size / 1048576).toFixed(1)} MB, over the 20 MB the CLI reads`);
    bytes = fs.readFileSync(file);
  }
  if (looksBinary(bytes)) throw new Error('looks binary (it has NUL bytes); not analysed');
  return bytes.toString('utf8');
}

/** The usable corrections in `FILE.newslens.json`, or undefined (none for stdin); problems go to stderr (they are not failures). */
export function readCorrectionsBeside(file: string): Corrections | undefined {
  if (file === '-') return undefined;
  const sidecar = `${file}${CORRECTIONS_FILE_SUFFIX}`;
  let raw: string;
  try {
    const stat = fs.statSync(sidecar);
    // a pipe or device would be read for ever; a huge file is not corrections
    if (!stat.isFile()) throw new Error('it is not a regular file');
    if (stat.size > MAX_CORRECTIONS_FILE_BYTES) throw new Error(`it is larger than ${MAX_CORRECTIONS_FILE_BYTES / 1048576} MB`);
    raw = fs.readFileSync(sidecar, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') process.stderr.write(`${sidecar}: cannot read (${(e as Error).message}); no corrections apply\n`);
    return undefined;
  }
  const { corrections, problems, isJson } = parseCorrections(raw);
  for (const p of problems) process.stderr.write(`${sidecar}: ${p}; ${isJson ? 'left out' : 'no corrections apply'}\n`);
  return hasCorrections(corrections) ? corrections : undefined;
}

/**
 * Writes several files, each atomically (a temporary file beside it renamed into place), after checking them
 * all with `outputProblem`; when one fails, the temporary files are removed and the files already renamed stay.
 */
export function writeFiles(files: readonly { path: string; content: string }[], inputs: readonly string[]): void {
  for (const f of files) {
    const problem = outputProblem(f.path, inputs);
    if (problem) throw new CommandError(`${f.path}: ${problem}`);
  }
  const temps: string[] = [];
  const cleanup = (): void => {
    for (const t of temps) fs.rmSync(t, { force: true });
  };
  process.once('exit', cleanup);
  try {
    for (const f of files) {
      const tmp = temporaryBeside(f.path);
      temps.push(tmp);
      fs.writeFileSync(tmp, f.content, { flag: 'wx' });
    }
    files.forEach((f, i) => fs.renameSync(temps[i], f.path));
  } catch (e) {
    throw new CommandError(`cannot write the output (${(e as Error).message})`);
  } finally {
    cleanup();
    process.removeListener('exit', cleanup);
  }
}
