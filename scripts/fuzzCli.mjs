// The command line under generated argument combinations, for `npm run fuzz` (issue 13, item 3): inputs that are
// articles, missing files, folders, links and corrections files; `--out` onto an input, a link to one, its
// corrections file, a folder, a read-only file or a new file; and a signal (SIGINT, SIGTERM, SIGHUP) sent at a
// random point of the run, or none. After every run: every input is byte for byte as it was, no temporary file
// is left, stderr holds no stack trace, the exit code is one the CLI documents, and a refused or interrupted
// `--out` file keeps its previous content.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist/cli.js');
const SAMPLE = fs.readFileSync(path.join(root, 'samples/india-japan-strategic-dialogue.txt'), 'utf8');
const EXIT_CODES = new Set([0, 1, 2, 129, 130, 143]);

const INPUTS = ['a.txt', 'b.txt', 'missing.txt', 'folder', 'link-to-a.txt', 'a.txt.newslens.json', '-'];
const OUTS = ['none', 'new.txt', 'a.txt', 'link-to-a.txt', 'a.txt.newslens.json', 'folder', 'locked.txt', 'previous.txt'];

const runArbitrary = fc.record({
  mode: fc.constantFrom('summary', '--json', '--jsonl'),
  inputs: fc.array(fc.constantFrom(...INPUTS), { minLength: 0, maxLength: 4 }),
  out: fc.constantFrom(...OUTS),
  signal: fc.option(fc.constantFrom('SIGINT', 'SIGTERM', 'SIGHUP'), { nil: undefined }),
  signalAfterMs: fc.integer({ min: 0, max: 400 }),
  stdinIsA: fc.boolean(),
});

/** A fresh folder with the inputs; returns it with a snapshot of every file's bytes. */
function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-fuzz-cli-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), SAMPLE);
  fs.writeFileSync(path.join(dir, 'b.txt'), SAMPLE.replace(/Japan/g, 'Norway'));
  fs.writeFileSync(path.join(dir, 'a.txt.newslens.json'), '{"notEntities": ["Japan"], "entities": {"constructor": "person"}}');
  fs.mkdirSync(path.join(dir, 'folder'));
  fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'link-to-a.txt'));
  fs.writeFileSync(path.join(dir, 'locked.txt'), 'locked\n', { mode: 0o444 });
  fs.writeFileSync(path.join(dir, 'previous.txt'), 'previous\n');
  return dir;
}

function snapshot(dir) {
  const files = {};
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.lstatSync(full).isFile()) files[name] = fs.readFileSync(full, 'utf8');
  }
  return files;
}

/** Runs one generated combination; throws with what broke. */
async function check(run) {
  const dir = stage();
  try {
    const before = snapshot(dir);
    const args = [...(run.mode === 'summary' ? [] : [run.mode]), ...(run.mode === '--jsonl' ? run.inputs.slice(0, 1) : run.inputs).map(i => (i === '-' ? i : path.join(dir, i)))];
    if (run.out !== 'none') args.push('--out', path.join(dir, run.out));
    const stdin = run.stdinIsA ? fs.openSync(path.join(dir, 'a.txt'), 'r') : 'ignore';
    const child = spawn(process.execPath, [CLI, ...args], { stdio: [stdin, 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    if (typeof stdin === 'number') fs.closeSync(stdin);
    let stderr = '';
    child.stderr.on('data', d => { stderr += d; });
    // random timing is the point here: fuzzing looks for the moment that breaks, a test never would
    const timer = run.signal ? setTimeout(() => child.kill(run.signal), run.signalAfterMs) : undefined;
    const code = await new Promise(resolve => child.on('close', (c, s) => resolve(c ?? s)));
    clearTimeout(timer);
    const after = snapshot(dir);
    const problems = [];
    // killed by the signal itself: only before the CLI's handlers exist, when it has no temporary file yet
    if (!EXIT_CODES.has(code) && code !== run.signal) problems.push(`exit ${code}`);
    if (/\n\s+at /.test(stderr)) problems.push(`a stack trace:\n${stderr.slice(0, 2000)}`);
    const left = fs.readdirSync(dir).filter(f => f.endsWith('.tmp'));
    if (left.length) problems.push(`temporary files left: ${left.join(', ')}`);
    // What the run reads: its inputs (through links), an input's corrections file, and stdin when it reads it.
    const inputs = run.mode === '--jsonl' ? run.inputs.slice(0, 1) : run.inputs;
    const used = new Set(inputs.map(i => (i === 'link-to-a.txt' ? 'a.txt' : i)));
    if (used.has('a.txt') && inputs.includes('a.txt')) used.add('a.txt.newslens.json');
    if (run.stdinIsA && (inputs.includes('-') || (run.mode === '--jsonl' && inputs.length === 0))) used.add('a.txt');
    const target = run.out === 'link-to-a.txt' ? 'a.txt' : run.out;
    for (const name of ['a.txt', 'b.txt', 'a.txt.newslens.json', 'locked.txt', 'previous.txt']) {
      // only a writable file the run does not read may be replaced, and only by a run that was not refused
      const mayChange = name === target && name !== 'locked.txt' && !used.has(name) && code !== 2;
      if (!mayChange && after[name] !== before[name]) problems.push(`${name} changed`);
    }
    if (problems.length) throw new Error(`${problems.join('; ')}\n  args: ${args.map(a => a.replace(dir, '<dir>')).join(' ')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `runs` generated combinations from `seed`; returns fast-check's details. */
export function fuzzCli({ seed, runs }) {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  return fc.check(fc.asyncProperty(runArbitrary, check), { seed, numRuns: runs });
}
