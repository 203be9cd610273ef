import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';

// A stand-in for dist/core.js: a CommonJS bundle whose exports tell where they came from.
const BUNDLE = `const path = require('path');
exports.from = path.basename(__filename);
exports.double = n => 2 * n;
`;

interface Loaded {
  readonly from: string;
  readonly doubled: number;
  readonly changed: boolean;
  /** Whether the load offered to write the cache (none was there, or it was not used). */
  readonly hadNoCache: boolean;
}

/**
 * `loadEngine` in a worker thread of its own, as the analysis worker runs it: a new V8 isolate each time (within one
 * isolate V8 reuses what it compiled from the same source and never reads a cache). With `save`, writes the cache.
 */
function load(bundle: string, cache: string | undefined, save = false): Promise<Loaded> {
  const code = `require(${JSON.stringify(require.resolve('tsx/cjs'))});
const { parentPort, workerData } = require('worker_threads');
const { loadEngine } = require(${JSON.stringify(path.resolve('src/engineLoader.ts'))});
const loaded = loadEngine(workerData.bundle, workerData.cache, () => ({ from: 'sources', double: () => 0 }));
if (workerData.save) loaded.saveCodeCache?.();
const e = loaded.engine;
parentPort.postMessage({ from: e.from, doubled: e.double(21), changed: e.changed === true, hadNoCache: loaded.saveCodeCache !== undefined });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { bundle, cache, save } });
    worker.once('message', m => {
      resolve(m as Loaded);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('the engine loader (the analysis worker\'s code cache)', function () {
  this.timeout(60_000);
  let dir: string;
  let bundle: string;
  let cache: string;
  const cacheFiles = () => (fs.existsSync(cache) ? fs.readdirSync(cache).filter(f => f.endsWith('.v8cache')) : []);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-engine-'));
    bundle = path.join(dir, 'core.js');
    cache = path.join(dir, 'cache');
    fs.writeFileSync(bundle, BUNDLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads the sources when there is no bundle', async () => {
    const loaded = await load(path.join(dir, 'missing.js'), cache);
    assert.deepStrictEqual(loaded, { from: 'sources', doubled: 0, changed: false, hadNoCache: false });
  });

  it('runs the bundle as a CommonJS module, with no cache to write when given no folder', async () => {
    assert.deepStrictEqual(await load(bundle, undefined), { from: 'core.js', doubled: 42, changed: false, hadNoCache: false });
  });

  it('writes the cache when asked, and the next load compiles from it', async () => {
    assert.strictEqual((await load(bundle, cache, true)).hadNoCache, true);
    assert.strictEqual(cacheFiles().length, 1);
    assert.deepStrictEqual(await load(bundle, cache), { from: 'core.js', doubled: 42, changed: false, hadNoCache: false });
  });

  it('a changed bundle gets a cache of its own, which replaces the old one', async () => {
    await load(bundle, cache, true);
    const [old] = cacheFiles();
    fs.writeFileSync(bundle, `${BUNDLE}exports.changed = true;\n`);
    const changed = await load(bundle, cache, true);
    assert.strictEqual(changed.changed, true);
    assert.strictEqual(changed.hadNoCache, true, 'the old cache is not this bundle\'s');
    const files = cacheFiles();
    assert.strictEqual(files.length, 1);
    assert.notStrictEqual(files[0], old);
    assert.strictEqual((await load(bundle, cache)).hadNoCache, false);
  });

  it('a damaged cache is not used: the bundle loads all the same and the cache is written again', async () => {
    await load(bundle, cache, true);
    const [file] = cacheFiles();
    fs.writeFileSync(path.join(cache, file), 'not a code cache');
    const loaded = await load(bundle, cache, true);
    assert.deepStrictEqual(loaded, { from: 'core.js', doubled: 42, changed: false, hadNoCache: true });
    assert.notStrictEqual(fs.readFileSync(path.join(cache, file), 'utf8'), 'not a code cache');
    assert.strictEqual((await load(bundle, cache)).hadNoCache, false);
  });
});
