// Where the CLI's outputs go: the check that an output file may be written, and one output written atomically (a
// temporary file beside it, renamed into place when the run ends well). Shared by every command that writes a file.
import fs from 'node:fs';
import path from 'node:path';
import { CORRECTIONS_FILE_SUFFIX } from './core/engine';

/** A failure that stops the command (unreadable input, unwritable output): `news-lens: message`, exit code 1, no stack trace. */
export class CommandError extends Error {}

/**
 * Why `file` must not be written as an output of a run reading `inputs` (`-` is the standard input), or undefined:
 * it is a folder, a read-only file, or the same file as one of `inputs` (through links too, or stdin redirected
 * from it), which the output would replace.
 */
export function outputProblem(file: string, inputs: readonly string[]): string | undefined {
  let target: fs.Stats;
  try {
    target = fs.statSync(file);
  } catch {
    return undefined; // a new file
  }
  if (target.isDirectory()) return 'is a folder; the output needs a file name';
  if (target.isFile() && (target.mode & 0o222) === 0) return 'is read-only; nothing was written';
  for (const input of inputs) {
    let s: fs.Stats;
    try {
      s = input === '-' ? fs.fstatSync(0) : fs.statSync(input);
    } catch {
      continue; // an input that cannot be read is reported when it is read
    }
    if (s.dev === target.dev && s.ino === target.ino) {
      return `is ${input === '-' ? 'the standard input' : 'an input'} of this run (${fs.realpathSync(file)}); the output would replace it, so nothing was written`;
    }
  }
  return undefined;
}

/** The files a run analysing `articles` reads: each article and the corrections beside it (`-` has none). */
export function withCorrectionFiles(articles: readonly string[]): string[] {
  return articles.flatMap(a => (a === '-' ? [a] : [a, `${a}${CORRECTIONS_FILE_SUFFIX}`]));
}

/** One output of a run: the standard output, or a file written atomically. */
export interface Output {
  write(s: string): void;
  /** Puts the output in place (renames the temporary file over the target). */
  close(): void;
  /** Drops the output: the temporary file is removed and an existing target is left as it was. Idempotent. */
  abort(): void;
}

/** The temporary file beside `file` that an atomic write fills before renaming it into place. */
export function temporaryBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

/** The standard output (no `file`), or `file` written through a temporary file; write failures throw `CommandError`. */
export function openOutput(file: string | undefined): Output {
  if (!file) return { write: s => process.stdout.write(s), close: () => undefined, abort: () => undefined };
  const tmp = temporaryBeside(file);
  const fd = fs.openSync(tmp, 'wx');
  let isOpen = true;
  const failed = (e: unknown): CommandError => new CommandError(`${file}: cannot write the output (${(e as Error).message})`);
  const abort = (): void => {
    if (!isOpen) return;
    isOpen = false;
    try {
      fs.closeSync(fd);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  };
  return {
    write: s => {
      try {
        fs.writeSync(fd, s);
      } catch (e) {
        throw failed(e);
      }
    },
    close: () => {
      try {
        fs.closeSync(fd);
        fs.renameSync(tmp, file);
        isOpen = false;
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        isOpen = false;
        throw failed(e);
      }
    },
    abort,
  };
}
