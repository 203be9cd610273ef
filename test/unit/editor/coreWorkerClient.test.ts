import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startCoreWorker } from '../../../src/editor/coreWorkerClient';

// A stand-in worker: run 1 gets a piece that refers to an analysis the extension host never had (unreadable on
// that side), every other run a plain empty analysis.
const FAKE_WORKER = `
const { parentPort } = require('worker_threads');
parentPort.on('message', m => {
  if (m.kind !== 'analyze') return;
  if (m.run === 1) parentPort.postMessage({ kind: 'piece', run: 1, piece: { part: 'keep', of: 'mentions', from: 0, to: 1, shift: 0 } });
  const rest = { keys: ['textLength'], articleKeys: [], rest: { textLength: m.text.length }, article: {} };
  parentPort.postMessage({ kind: 'done', run: m.run, piece: { part: 'rest', json: JSON.stringify(rest) } });
});
`;

// A stand-in worker that answers a run on the text kept under key 1 only once it is cancelled, with a whole analysis,
// as the real worker does when it finished the run just before the cancellation reached it; the others at once. Each
// analysis says which earlier run its request named as the base (`baseRun`).
const LATE_WORKER = `
const { parentPort } = require('worker_threads');
const answer = (run, baseRun) => parentPort.postMessage({ kind: 'done', run, piece: { part: 'rest',
  json: JSON.stringify({ keys: ['textLength', 'baseRun'], articleKeys: [], rest: { textLength: 4, baseRun: baseRun ?? null }, article: {} }) } });
const held = new Map();
parentPort.on('message', m => {
  if (m.kind === 'analyze' && m.key === 1) held.set(m.run, m.baseRun);
  else if (m.kind === 'analyze') answer(m.run, m.baseRun);
  else if (m.kind === 'cancel' && held.has(m.run)) answer(m.run, held.get(m.run));
});
`;

describe('the analysis worker client', () => {
  let dir: string;
  let lateDir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-worker-'));
    fs.writeFileSync(path.join(dir, 'coreWorker.js'), FAKE_WORKER);
    lateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-worker-'));
    fs.writeFileSync(path.join(lateDir, 'coreWorker.js'), LATE_WORKER);
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(lateDir, { recursive: true, force: true });
  });

  it('the analysis of a run given up that the worker had finished is the base the next run names, as the worker\'s last one sent', async () => {
    const core = startCoreWorker(lateDir);
    assert.ok(core);
    try {
      const analyzer = new core.Analyzer({});
      for (const key of [1, 2]) assert.ok(await core.sendText(key, { kind: 'whole', version: 1, length: 4, pieces: ['text'] }, () => false));
      // run 1 is given up; the worker's answer, its analysis, crosses the cancellation
      assert.strictEqual(await core.analyzeKept(analyzer, 1, 1, 4, { isCancelled: () => true }), undefined, 'the run was given up');
      // run 2, of another analyzer, is answered after that late answer (the worker's messages keep their order)
      const other = await core.analyzeKept(new core.Analyzer({}), 2, 1, 4, {}) as unknown as { baseRun: number | null };
      assert.strictEqual(other.baseRun, null);
      const next = await core.analyzeKept(analyzer, 2, 1, 4, {}) as unknown as { baseRun: number | null };
      assert.strictEqual(next.baseRun, 1, 'the next run names the analysis of the run given up as its base');
    } finally {
      core.dispose();
    }
  });

  it('a message it cannot read fails that run only: later runs are still answered', async () => {
    const core = startCoreWorker(dir);
    assert.ok(core);
    try {
      const analyzer = new core.Analyzer({});
      await assert.rejects(core.analyzeInSlices(analyzer, 'first', {}), /earlier analysis/);
      const second = await core.analyzeInSlices(analyzer, 'second text', {});
      assert.strictEqual(second?.textLength, 'second text'.length);
    } finally {
      core.dispose();
    }
  });
});

// The real worker (src/coreWorker.ts, loaded through tsx in the worker thread), analysing texts it keeps.
describe('the analysis worker', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-worker-'));
    const source = path.resolve('src/coreWorker.ts');
    // tsx by its resolved path: nothing under the temporary folder's parents need hold a node_modules
    fs.writeFileSync(path.join(dir, 'coreWorker.js'), `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(source)});\n`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('sends partial analyses of a long text, and none after an edit, when the extension host shows the last one', async () => {
    const core = startCoreWorker(dir);
    assert.ok(core);
    try {
      const paragraph = 'Minister Lena Varga met officials of the Orbis Trade Council in Vienna on Monday to discuss tariffs.';
      const text = `Talks resume\n\n${Array.from({ length: 1200 }, (_, i) => `${paragraph} Item ${i}.`).join('\n\n')}\n`;
      const analyzer = new core.Analyzer({});
      const partials: number[] = [];
      const onProgress = (partial: { textLength: number }) => partials.push(partial.textLength);
      assert.ok(await core.sendText(1, { kind: 'whole', version: 1, length: text.length, pieces: [text] }, () => false));
      const first = await core.analyzeKept(analyzer, 1, 1, text.length, { onProgress });
      assert.strictEqual(first?.textLength, text.length);
      assert.ok(partials.length > 0 && partials.every(n => n < text.length), 'the first analysis shows its beginning early');
      partials.length = 0;
      // An edit in the first paragraph, inside the part a partial analysis would preview.
      const at = text.indexOf('Minister');
      const edited = `${text.slice(0, at)}Today ${text.slice(at)}`;
      assert.ok(await core.sendText(1, { kind: 'changes', version: 2, length: edited.length, base: 1, changes: [{ offset: at, length: 0, text: 'Today ' }] }, () => false));
      const second = await core.analyzeKept(analyzer, 1, 2, edited.length, { onProgress });
      assert.strictEqual(second?.textLength, edited.length);
      for (const m of second.mentions) assert.strictEqual(edited.slice(m.start, m.end), m.text);
      assert.deepStrictEqual(partials, [], 'no partial analysis after the edit');
      // what crossed over: the text once, then the edit's six code units
      assert.deepStrictEqual(core.textsSent(), { whole: 1, wholeChars: text.length, changes: 1, changeChars: 'Today '.length });
    } finally {
      core.dispose();
    }
  });

  it('runs its thread nicer than the extension host\'s (Linux), so that the host wins a busy machine\'s cores', async function () {
    if (process.platform !== 'linux') this.skip();
    const niceOf = (task: string): number => {
      const stat = fs.readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    const threads = () => fs.readdirSync('/proc/self/task');
    const before = new Set(threads());
    const core = startCoreWorker(dir);
    assert.ok(core);
    try {
      const text = 'Minister Lena Varga met officials in Vienna on Monday.\n';
      assert.strictEqual((await core.analyzeInSlices(new core.Analyzer({}), text, {}))?.textLength, text.length);
      const host = niceOf(String(process.pid));
      const started = threads().filter(t => !before.has(t)).map(niceOf);
      assert.ok(started.includes(Math.min(19, host + 5)), `a new thread at nice ${host + 5} (new threads: ${started.join(', ')})`);
      assert.strictEqual(os.getPriority(0), host, 'the extension host\'s thread keeps its priority');
    } finally {
      core.dispose();
    }
  });

  it('a superseded run asking for an older version late leaves the newer text kept on both sides', async () => {
    const core = startCoreWorker(dir);
    assert.ok(core);
    try {
      const text = 'Talks resume\n\nMinister Lena Varga met officials of the Orbis Trade Council in Vienna on Monday.\n';
      const analyzer = new core.Analyzer({});
      assert.ok(await core.sendText(7, { kind: 'whole', version: 1, length: text.length, pieces: [text] }, () => false));
      const edited = `Today ${text}`;
      assert.ok(await core.sendText(7, { kind: 'changes', version: 2, length: edited.length, base: 1, changes: [{ offset: 0, length: 0, text: 'Today ' }] }, () => false));
      // the run for version 1 posts its request after version 2's changes (it was superseded on the way)
      await assert.rejects(core.analyzeKept(analyzer, 7, 1, text.length, {}), (e: Error) => e.name === 'StaleTextError');
      assert.strictEqual(core.textVersion(7), 2, 'the client still knows the worker keeps version 2');
      const second = await core.analyzeKept(analyzer, 7, 2, edited.length, {});
      assert.strictEqual(second?.textLength, edited.length);
      assert.strictEqual(core.textsSent().whole, 1, 'no whole text again');
    } finally {
      core.dispose();
    }
  });
});
