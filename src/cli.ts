import fs from 'node:fs';
import readline from 'node:readline';
import { CORPUS_USAGE } from './cliCorpus';
import { FORMATS_USAGE, runFormatsCommand } from './cliFormats';
import { readArticle, readCorrectionsBeside } from './cliFormatsIo';
import { CommandError, openOutput, type Output, outputProblem, withCorrectionFiles } from './cliOutput';
// The engine is dist/core.js, shared with the extension (scripts/build.mjs keeps it out of dist/cli.js).
import { Analyzer, toJsonlRecord } from './core/engine';
import type { Analysis, Entity, EntityType } from './core/model';
import { collapseSpace } from './core/text/whitespace';
import sample from '../samples/india-japan-strategic-dialogue.txt';

const USAGE = `Usage:
  news-lens [FILE...]                 summarise each article (- reads stdin; no FILE: the bundled sample)
  news-lens --json FILE...            the full analysis of each file as JSON, one object per line
  news-lens --jsonl [IN.jsonl|-]      read {"id","text"} records (stdin when IN is - or absent) and
                                      write one {"id","entities","themes","quotes"} line
                                      per record
${CORPUS_USAGE}
${FORMATS_USAGE}
Options:
  --out FILE     write the output to FILE (atomically: a temporary file renamed into place)
  --no-color     plain output even on a terminal (NO_COLOR is honoured too)
  -h, --help     this text
  -v, --version  the version
An article's corrections are read from FILE.newslens.json beside it (as News Lens in VS Code writes them).
Exit code: 0 when everything was read and analysed, 1 when some input failed (the rest is still
processed and each failure is reported on stderr with its file and line), 2 for a usage error.`;

const TYPE_LABEL: Record<EntityType, string> = { PERSON: 'People', ORG: 'Organisations', PLACE: 'Places', COUNTRY: 'Countries' };
const KNOWN_FLAGS = new Set(['--json', '--jsonl', '--no-color', '-h', '--help', '-v', '--version']);

/** Runs every command but `corpus` (see cliEntry.ts) with the command-line arguments; returns the exit code. */
export function main(argv: readonly string[]): Promise<number> | number {
  const formats = runFormatsCommand(argv);
  if (formats !== undefined) return formats;
  const flags = new Set<string>();
  const args: string[] = [];
  let outFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') {
      outFile = argv[++i];
      if (!outFile) return usageError('--out needs a file name');
    } else if (a.startsWith('-') && a !== '-') {
      if (!KNOWN_FLAGS.has(a)) return usageError(`unknown option ${a}`);
      flags.add(a);
    } else {
      args.push(a);
    }
  }
  if (flags.has('-h') || flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (flags.has('-v') || flags.has('--version')) {
    process.stdout.write('news-lens 0.1.0\n');
    return 0;
  }
  if (flags.has('--json') && flags.has('--jsonl')) return usageError('--json and --jsonl exclude each other');
  if (flags.has('--jsonl') && args.length > 1) return usageError('--jsonl reads one input (a file, or - for stdin)');
  // Signal handlers first: until a handler is installed a signal kills the process outright, and one arriving
  // just after the temporary output file appeared would leave it behind.
  let out: Output | undefined;
  process.on('exit', () => out?.abort());
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) process.on(signal, () => process.exit(code));
  // `news-lens ... | head -1`: a reader that stops reading is a normal end, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  process.stderr.on('error', () => undefined);
  if (outFile) {
    const clash = outputProblem(outFile, flags.has('--jsonl') ? [args[0] ?? '-'] : withCorrectionFiles(args));
    if (clash) {
      fail(outFile, clash);
      return 2;
    }
  }
  try {
    out = openOutput(outFile);
  } catch (e) {
    fail(outFile ?? '<stdout>', `cannot write the output (${(e as Error).message})`);
    return 1;
  }
  const output = out;
  const color = !outFile && process.stdout.isTTY === true && !flags.has('--no-color') && !process.env.NO_COLOR;
  const run = async (): Promise<number> => (flags.has('--jsonl') ? runJsonl(args[0], output) : runFiles(args, output, flags.has('--json'), color));
  return run().then(code => {
    output.close();
    return code;
  }).catch((e: unknown) => {
    output.abort();
    if (!(e instanceof CommandError)) throw e;
    process.stderr.write(`news-lens: ${e.message}\n`);
    return 1;
  });
}

function usageError(message: string): number {
  process.stderr.write(`news-lens: ${message}\n${USAGE}\n`);
  return 2;
}

function fail(where: string, message: string): void {
  process.stderr.write(`news-lens: ${where}: ${message}\n`);
}

function runFiles(files: readonly string[], out: Output, json: boolean, color: boolean): number {
  let failed = 0;
  const analyzer = new Analyzer();
  const inputs = files.length > 0 ? files : ['(bundled sample)'];
  for (const file of inputs) {
    let text: string;
    try {
      text = files.length > 0 ? readArticle(file) : sample;
    } catch (e) {
      fail(file, (e as Error).message);
      failed++;
      continue;
    }
    try {
      // The reader's corrections beside the article, as in the editor; a bad file is reported and applies nothing.
      const corrections = files.length > 0 && file !== '-' ? readCorrectionsBeside(file) : undefined;
      const analysis = corrections ? new Analyzer({ corrections }).analyze(text) : analyzer.analyze(text);
      out.write(json ? `${JSON.stringify({ file, ...analysis })}\n` : summary(file, text, analysis, color));
    } catch (e) {
      if (e instanceof CommandError) throw e;
      // One article that breaks the analysis costs that article only: the batch goes on.
      fail(file, `could not be analysed (${(e as Error)?.message ?? String(e)})`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}


async function runJsonl(input: string | undefined, out: Output): Promise<number> {
  const name = input && input !== '-' ? input : '<stdin>';
  let stream: NodeJS.ReadableStream;
  if (input && input !== '-') {
    try {
      if (fs.statSync(input).isDirectory()) throw new Error('is a directory');
      fs.accessSync(input, fs.constants.R_OK);
    } catch (e) {
      throw new CommandError(`${name}: ${(e as Error).message}`);
    }
    stream = fs.createReadStream(input, { encoding: 'utf8' });
  } else {
    stream = process.stdin;
  }
  const analyzer = new Analyzer();
  let line = 0;
  let failed = 0;
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await lines.next();
    } catch (e) {
      throw new CommandError(`${name}:${line + 1}: cannot read (${(e as Error).message})`);
    }
    if (next.done) break;
    const raw = next.value;
    line++;
    if (raw.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (e) {
      fail(`${name}:${line}`, `not JSON (${(e as Error).message})`);
      failed++;
      continue;
    }
    const r = record as { id?: unknown; text?: unknown };
    if (typeof r !== 'object' || r === null || typeof r.text !== 'string') {
      fail(`${name}:${line}`, 'the record has no "text" string');
      failed++;
      continue;
    }
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : line;
    out.write(`${JSON.stringify(toJsonlRecord(id, analyzer.analyze(r.text)))}\n`);
  }
  return failed > 0 ? 1 : 0;
}

/**
 * "8 entities: 2 people, 1 organisation, 2 places, 3 countries": the rows the summary lists, counted the same
 * way (a country named only inside an organisation or place name has a row of its own under Countries).
 */
function entityCounts(a: Analysis): string {
  const n = (type: EntityType): number => a.entities.filter(e => e.type === type).length;
  const parts: [number, string, string][] = [
    [n('PERSON'), 'person', 'people'], [n('ORG'), 'organisation', 'organisations'], [n('PLACE'), 'place', 'places'],
    [a.countries.length, 'country', 'countries'],
  ];
  const total = parts.reduce((sum, [k]) => sum + k, 0);
  const named = parts.filter(([k]) => k > 0).map(([k, one, many]) => `${k} ${k === 1 ? one : many}`);
  return `${total} ${total === 1 ? 'entity' : 'entities'}${named.length ? `: ${named.join(', ')}` : ''}`;
}

function summary(file: string, text: string, a: Analysis, color: boolean): string {
  const bold = (s: string): string => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string): string => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const hue = (type: EntityType, s: string): string =>
    color ? `\x1b[${{ PERSON: 36, ORG: 35, PLACE: 32, COUNTRY: 33 }[type]}m${s}\x1b[39m` : s;
  const lines: string[] = [bold(file)];
  const headline = a.article.headline ? text.slice(a.article.headline.start, a.article.headline.end) : '(no headline)';
  lines.push(`  ${dim('date')}      ${a.article.date ?? '(none)'}`, `  ${dim('headline')}  ${headline}`,
    `  ${dim('size')}      ${a.wordCount} words, ${a.article.paragraphs.length} paragraphs, ${entityCounts(a)}`);
  for (const type of ['PERSON', 'ORG', 'PLACE'] as const) {
    const es = a.entities.filter(e => e.type === type).sort(bySalience);
    if (es.length === 0) continue;
    lines.push(`  ${bold(TYPE_LABEL[type])}`);
    for (const e of es) lines.push(`    ${hue(type, e.canonical)} ${dim(`x${e.mentions.length}`)}${e.role ? dim(`  (${e.role})`) : ''}`);
  }
  if (a.countries.length > 0) {
    lines.push(`  ${bold('Countries')}`);
    for (const c of a.countries) {
      const vias = [...new Set(c.mentions.map(m => m.via ?? 'name'))].join(', ');
      lines.push(`    ${c.flag} ${hue('COUNTRY', c.name)} ${dim(`${c.code}  x${c.mentions.length}  via ${vias}`)}`);
    }
  }
  if (a.themes.length > 0) {
    lines.push(`  ${bold('Themes')}`);
    for (const t of a.themes) {
      const words = [...new Set(t.evidence.map(e => e.text.toLowerCase()))].slice(0, 6).join(', ');
      lines.push(`    ${t.name} ${dim(`(CAP ${t.code}, ${t.score.toFixed(2)})`)}  ${dim(words)}`);
    }
  }
  if (a.quotes.length > 0) {
    lines.push(`  ${bold('Quotes')}`);
    const names = new Map(a.entities.map(e => [e.id, e.canonical]));
    for (const q of a.quotes) {
      const who = q.speakerEntityId === null ? '(speaker unknown)' : names.get(q.speakerEntityId) ?? q.speakerEntityId;
      const words = collapseSpace(q.text);
      lines.push(`    ${who}${dim(` ${q.kind}${q.cue ? `, ${q.cue.text}` : ''}`)}  ${dim(words.length > 90 ? `${words.slice(0, 89)}…` : words)}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}

function bySalience(a: Entity, b: Entity): number {
  return a.rank - b.rank;
}
