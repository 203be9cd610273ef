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

describe('the analysis worker client', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-worker-'));
    fs.writeFileSync(path.join(dir, 'coreWorker.js'), FAKE_WORKER);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

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
