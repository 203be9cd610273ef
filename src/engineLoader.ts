// Loads the analysis engine in the worker thread (coreWorker.ts) with a V8 code cache. Parsing and compiling the
// engine's bundle (dist/core.js, ~5 MB) and the functions its first analysis runs took about a third of the time from
// starting the worker to the first article's analysis; the code V8 compiled in the last session is kept in the
// extension's global storage and compiled from there, as VS Code does for its own code.
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';

type Engine = typeof import('./core/engine');

/** The engine and, when its code cache is missing or stale, a function that writes it (call it after the first analysis). */
export interface LoadedEngine {
  readonly engine: Engine;
  /** Writes the code compiled so far to the cache folder; undefined when the cache was used or there is none. */
  readonly saveCodeCache?: () => void;
}

/** Code cache files, named after the size and modification time of the bundle they were made from. */
const CACHE_PREFIX = 'core-';
const CACHE_SUFFIX = '.v8cache';

/**
 * The engine from `bundle` (dist/core.js), compiled with the V8 code cache kept in `cacheDirectory` when there is one
 * (and without it when it is missing, unreadable or stale); `sources()` when there is no bundle (the unit tests run the
 * sources). The cache file names the bundle's size and modification time, so a rebuilt or updated engine never meets
 * code compiled from another; V8 itself rejects a cache made by another V8 or with other flags.
 */
export function loadEngine(bundle: string, cacheDirectory: string | undefined, sources: () => Engine): LoadedEngine {
  if (!fs.existsSync(bundle)) return { engine: sources() };
  const cacheFile = cacheDirectory && cacheFileOf(bundle, cacheDirectory);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const module = { exports: {} as Engine };
  const compiled = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  compiled.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  const isCached = cachedData !== undefined && !script.cachedDataRejected;
  return { engine: module.exports, ...(cacheDirectory && cacheFile && !isCached ? { saveCodeCache: () => saveCodeCache(script, cacheDirectory, cacheFile) } : {}) };
}

/** The cache file of `bundle` in `cacheDirectory`; undefined when the bundle cannot be read. */
function cacheFileOf(bundle: string, cacheDirectory: string): string | undefined {
  try {
    const stat = fs.statSync(bundle);
    return path.join(cacheDirectory, `${CACHE_PREFIX}${stat.size}-${Math.round(stat.mtimeMs)}${CACHE_SUFFIX}`);
  } catch {
    return undefined;
  }
}

/** The cache in `file`; undefined when there is none or it cannot be read. */
function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes `script`'s code cache as `cacheFile` (whole or not at all) and removes the caches of other bundles. */
function saveCodeCache(script: vm.Script, cacheDirectory: string, cacheFile: string): void {
  try {
    fs.mkdirSync(cacheDirectory, { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(partial, script.createCachedData());
    fs.renameSync(partial, cacheFile);
    for (const name of fs.readdirSync(cacheDirectory)) {
      const file = path.join(cacheDirectory, name);
      if (file !== cacheFile && name.startsWith(CACHE_PREFIX) && name.endsWith(CACHE_SUFFIX)) fs.rmSync(file, { force: true });
    }
  } catch {
    // a read-only or full disk: the next session compiles the engine again
  }
}
