// The CLI's interchange commands: `--format NAME FILE...` writes standard annotation formats, `compare --gold
// GOLD DIR` scores articles against gold annotations, `import ANNOTATIONS ARTICLE` turns annotations into the
// article's corrections file. The formats themselves are pure core code (src/core/formats).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer, CORRECTIONS_FILE_SUFFIX, parseCorrections } from './core/engine';
import { writeBrat } from './core/formats/brat';
import { addScores, compareWithGold, type Comparison } from './core/formats/compare';
import type { FormatDocument } from './core/formats/document';
import type { ImportProblem } from './core/formats/gold';
import { FORMAT_NAMES, isFormatName, writeFormat } from './core/formats/index';
import { ANNOTATION_EXTENSIONS, readAnnotations } from './core/formats/readAnnotations';
import { correctionsFromGold } from './core/formats/toCorrections';
import { readArticle, readCorrectionsBeside, writeFiles } from './cliFormatsIo';
import { CommandError, outputProblem, withCorrectionFiles } from './cliOutput';

/** The usage lines of these commands, for the CLI's help. */
export const FORMATS_USAGE = `  news-lens --format FORMAT FILE...   the analysis in an annotation format (${FORMAT_NAMES.join('|')});
                                      brat takes one FILE: --out NAME.ann writes NAME.ann and NAME.txt
  news-lens compare --gold GOLD DIR   P/R/F1 and disagreements of DIR's articles against the annotations in
                                      GOLD (NAME.ann, NAME.jsonl or NAME.json for article NAME or NAME.txt)
  news-lens import ANNOTATIONS FILE   make the annotations (.ann, .jsonl, .json) FILE's corrections
                                      (FILE.newslens.json, merged with those already there)`;

const ARTICLE_EXTENSIONS = new Set(['.txt', '.article', '.news']);

const fail = (where: string, message: string): void => void process.stderr.write(`news-lens: ${where}: ${message}\n`);
const usage = (message: string): number => {
  process.stderr.write(`news-lens: ${message}\n${FORMATS_USAGE}\n`);
  return 2;
};
const reportProblems = (file: string, problems: readonly ImportProblem[]): void => {
  for (const p of problems) process.stderr.write(`${file}:${p.line}: ${p.reason}\n`);
};

/** Runs `argv` when it is one of these commands (an exit code), or undefined when it is not one. */
export function runFormatsCommand(argv: readonly string[]): number | undefined {
  const run = (): number => {
    if (argv[0] === 'compare') return runCompare(argv.slice(1));
    if (argv[0] === 'import') return runImport(argv.slice(1));
    return runExport(argv);
  };
  if (argv[0] !== 'compare' && argv[0] !== 'import' && !argv.includes('--format')) return undefined;
  // an interrupted run exits through 'exit', where writeFiles removes its temporary files
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) process.on(signal, () => process.exit(code));
  try {
    return run();
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    process.stderr.write(`news-lens: ${e.message}\n`);
    return 1;
  }
}

function analyseFile(file: string, withCorrections = true) {
  const text = readArticle(file);
  const corrections = withCorrections ? readCorrectionsBeside(file) : undefined;
  return { text, analysis: new Analyzer(corrections ? { corrections } : {}).analyze(text) };
}

function runExport(argv: readonly string[]): number {
  let format: string | undefined;
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--format') format = argv[++i];
    else if (argv[i] === '--out') out = argv[++i];
    else if (argv[i].startsWith('-') && argv[i] !== '-') return usage(`unknown option ${argv[i]} with --format`);
    else files.push(argv[i]);
  }
  if (!format || !isFormatName(format)) return usage(`--format needs one of ${FORMAT_NAMES.join(', ')}`);
  if (argv.includes('--out') && !out) return usage('--out needs a file name');
  if (files.length === 0) return usage('--format needs at least one FILE');
  if (format === 'brat' && files.length !== 1) return usage('brat writes one document: give one FILE');
  if (format === 'brat' && out && !out.endsWith('.ann')) return usage('brat output is NAME.ann (its text goes to NAME.txt beside it)');
  // refused before any analysis: an output over an input, a folder or a read-only file
  for (const target of out ? [out, ...(format === 'brat' ? [`${out.slice(0, -'.ann'.length)}.txt`] : [])] : []) {
    const problem = outputProblem(target, format === 'brat' && target.endsWith('.txt') ? [] : withCorrectionFiles(files));
    if (problem) throw new CommandError(`${target}: ${problem}`);
  }
  const docs: FormatDocument[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const { text, analysis } = analyseFile(file);
      const source = file === '-' ? undefined : pathToFileURL(path.resolve(file)).href;
      docs.push({ text, analysis, name: file === '-' ? 'stdin' : path.basename(file), ...(source ? { source } : {}) });
    } catch (e) {
      fail(file, (e as Error).message);
      failed++;
    }
  }
  if (docs.length === 0) return 1;
  const content = writeFormat(format, docs);
  if (!out) {
    process.stdout.write(content);
    return failed ? 1 : 0;
  }
  const outputs = [{ path: out, content }];
  if (format === 'brat') {
    const txt = `${out.slice(0, -'.ann'.length)}.txt`;
    // the article itself may be NAME.txt: its copy is then the file as it is, and is not written again
    const same = fs.existsSync(txt) && fs.readFileSync(txt, 'utf8') === docs[0].text;
    if (!same) outputs.push({ path: txt, content: writeBrat(docs[0]).txt });
  }
  writeFiles(outputs, withCorrectionFiles(files));
  return failed ? 1 : 0;
}

/** The gold file for an article: GOLD/NAME.ext, or GOLD/STEM.ext for NAME = STEM.txt (.article, .news). */
function goldFileFor(goldDir: string, article: string): string | undefined {
  const name = path.basename(article);
  const stem = name.slice(0, name.length - path.extname(name).length);
  for (const base of [name, stem]) {
    for (const ext of ANNOTATION_EXTENSIONS) {
      const candidate = path.join(goldDir, `${base}${ext}`);
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
  }
  return undefined;
}

const pct = (x: number): string => x.toFixed(3);
const line = (label: string, c: Comparison['scores']): string =>
  `${label}  P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}  (exact ${c.truePositives}, predicted ${c.predicted}, gold ${c.gold})\n`;

function runCompare(argv: readonly string[]): number {
  let gold: string | undefined;
  let out: string | undefined;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--gold') gold = argv[++i];
    else if (argv[i] === '--out') out = argv[++i];
    else if (argv[i].startsWith('-')) return usage(`unknown option ${argv[i]} for compare`);
    else dirs.push(argv[i]);
  }
  if (!gold || dirs.length !== 1) return usage('compare needs --gold GOLD_DIR and one DIR of articles');
  for (const dir of [gold, dirs[0]]) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CommandError(`${dir}: not a folder`);
  }
  const articles = fs.readdirSync(dirs[0]).sort()
    .filter(n => ARTICLE_EXTENSIONS.has(path.extname(n).toLowerCase()))
    .map(n => path.join(dirs[0], n))
    .filter(f => fs.statSync(f).isFile());
  let text = '';
  const all: Comparison['scores'][] = [];
  let failed = 0;
  for (const file of articles) {
    const goldFile = goldFileFor(gold, file);
    if (!goldFile) {
      process.stderr.write(`news-lens: ${file}: no gold file in ${gold}; not compared\n`);
      continue;
    }
    try {
      const { text: article, analysis } = analyseFile(file);
      const read = readAnnotations(goldFile, fs.readFileSync(goldFile, 'utf8'), article);
      if (read.problems.length) {
        reportProblems(goldFile, read.problems);
        failed++;
        continue;
      }
      const c = compareWithGold(analysis.mentions.map(m => ({ start: m.start, end: m.end, label: m.type, text: m.text })), read.spans);
      all.push(c.scores);
      text += line(path.basename(file), c.scores);
      for (const d of c.disagreements) {
        const what = [d.predicted && `News Lens ${JSON.stringify(d.predicted.text)} ${d.predicted.label}`, d.gold && `gold ${JSON.stringify(d.gold.text)} ${d.gold.label}`];
        text += `  ${d.kind.padEnd(14)} ${d.start}-${d.end}  ${what.filter(Boolean).join(' / ')}\n`;
      }
    } catch (e) {
      fail(file, (e as Error).message);
      failed++;
    }
  }
  text += line(`all ${all.length} article${all.length === 1 ? '' : 's'} (micro)`, addScores(all));
  if (out) writeFiles([{ path: out, content: text }], articles);
  else process.stdout.write(text);
  return failed ? 1 : 0;
}

function runImport(argv: readonly string[]): number {
  const [annotations, article, ...rest] = argv;
  if (!annotations || !article || rest.length || argv.some(a => a.startsWith('-'))) return usage('import needs ANNOTATIONS and the article FILE');
  const { text, analysis } = analyseFile(article, false);
  const read = readAnnotations(annotations, readArticle(annotations), text);
  if (read.problems.length) {
    reportProblems(annotations, read.problems);
    process.stderr.write(`news-lens: ${annotations}: not imported; nothing was written\n`);
    return 1;
  }
  const target = `${article}${CORRECTIONS_FILE_SUFFIX}`;
  let existing = {};
  if (fs.existsSync(target)) {
    const parsed = parseCorrections(fs.readFileSync(target, 'utf8'));
    if (!parsed.isJson || parsed.problems.length) throw new CommandError(`${target}: ${parsed.problems[0]}; fix it first, nothing was written`);
    existing = parsed.corrections;
  }
  const imported = correctionsFromGold(read.spans, analysis.mentions, existing);
  for (const s of imported.skipped) process.stderr.write(`${annotations}: left out ${s}\n`);
  writeFiles([{ path: target, content: `${JSON.stringify(imported.corrections, null, 2)}\n` }], [article, annotations]);
  const c = imported.corrections;
  process.stdout.write(`${target}: ${Object.keys(c.entities ?? {}).length} entities, ${(c.notEntities ?? []).length} not entities\n`);
  return 0;
}
