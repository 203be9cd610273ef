// Reads one file of a `news-lens corpus` run into its corpus record: the part every worker thread (and the
// single-threaded run) does. Bad input is a reason to skip, never an exception.
import fs from 'node:fs';
import path from 'node:path';
import {
  ARTICLE_CONFIDENCE, detectArticle, firstLineOf, hasArticleExtension, isHeaderLine, isOverSizeLimit, looksBinary,
} from './core/article/articleFile';
import { corpusArticle, type CorpusArticle } from './core/corpus';
// The engine is dist/core.js, shared with the extension and the CLI (scripts/build.mjs keeps it out of this bundle).
import { Analyzer, CORRECTIONS_FILE_SUFFIX, hasCorrections, parseCorrections } from './core/engine';

/** Files larger than this many megabytes are skipped (the editor's default `newsLens.maxFileSizeMB`). */
export const MAX_CORPUS_FILE_MB = 5;

/** What became of one file. */
export type CorpusFileResult =
  | { readonly article: CorpusArticle }
  | { readonly skipped: 'unreadable' | 'binary' | 'too large' | 'not an article'; readonly detail?: string };

/** One request to a reader: the file and whether the editor's article rules apply (`--strict`). */
export interface CorpusFileTask {
  readonly file: string;
  readonly strict: boolean;
}

/** Reads and analyses files, one `Analyzer` for all (it keeps nothing between texts but its set-up). */
export class CorpusFileReader {
  readonly #analyzer = new Analyzer();

  /** Lets the engine set itself up (it does on its first text) before the first file comes. */
  warmUp(): void {
    this.#analyzer.analyze('Officials met in Paris.');
  }

  read(task: CorpusFileTask): CorpusFileResult {
    const { file } = task;
    let bytes: Buffer;
    let mtime: Date;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) return { skipped: 'unreadable', detail: 'not a regular file' };
      if (isOverSizeLimit(stat.size, MAX_CORPUS_FILE_MB)) return { skipped: 'too large', detail: `${(stat.size / 1048576).toFixed(1)} MB` };
      mtime = stat.mtime;
      bytes = fs.readFileSync(file);
    } catch (e) {
      return { skipped: 'unreadable', detail: (e as Error).message };
    }
    if (looksBinary(bytes)) return { skipped: 'binary' };
    const text = bytes.toString('utf8');
    if (task.strict && !isArticleText(file, text)) return { skipped: 'not an article' };
    const corrections = readCorrections(file);
    const analysis = corrections ? new Analyzer({ corrections }).analyze(text) : this.#analyzer.analyze(text);
    const id = file.split(path.sep).join('/');
    const folder = path.posix.dirname(id);
    return {
      article: corpusArticle({ id, fileName: path.basename(file), folder: folder === '.' ? '' : folder, fileDate: mtime.toISOString().slice(0, 10) }, text, analysis),
    };
  }
}

/** The editor's rules for a file on disk: an article extension, the header line, or text that reads like an article. */
function isArticleText(file: string, text: string): boolean {
  return hasArticleExtension(file) || isHeaderLine(firstLineOf(text)) || detectArticle(text).confidence >= ARTICLE_CONFIDENCE;
}

/** The reader's corrections beside the article, as in the editor; an unusable file applies nothing here. */
function readCorrections(file: string) {
  let raw: string;
  try {
    raw = fs.readFileSync(`${file}${CORRECTIONS_FILE_SUFFIX}`, 'utf8');
  } catch {
    return undefined;
  }
  const { corrections } = parseCorrections(raw);
  return hasCorrections(corrections) ? corrections : undefined;
}
