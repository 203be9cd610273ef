// `npm run fuzz`: the core's property tests (test/unit/property/properties.ts) with a random seed and many more
// cases than `npm test` gives them, then the command line under generated arguments, --out targets and signals
// (scripts/fuzzCli.mjs; needs `npm run build`). Options: --runs N (cases per property, default 10x the test's
// count), --cli-runs N (command lines, default 60; 0 skips them), --seed S (replay a run), --only TEXT
// (properties whose name contains TEXT; "cli" for the command line). Exit code 1 when a property fails; the
// counterexample, the seed and the path to replay it are printed.
import fc from 'fast-check';
import { tsImport } from 'tsx/esm/api';
import { fuzzCli } from './fuzzCli.mjs';

const option = name => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const seed = option('seed') !== undefined ? Number(option('seed')) : (Math.random() * 2 ** 31) | 0;
const runs = option('runs') !== undefined ? Number(option('runs')) : undefined;
const only = option('only');
const cliRuns = option('cli-runs') !== undefined ? Number(option('cli-runs')) : 60;
if (!Number.isInteger(seed) || (runs !== undefined && !(runs > 0)) || !(cliRuns >= 0)) {
  console.error('usage: node scripts/fuzz.mjs [--runs N] [--cli-runs N] [--seed S] [--only TEXT]');
  process.exit(2);
}

const { CORE_PROPERTIES } = await tsImport('../test/unit/property/properties.ts', import.meta.url);
console.log(`fuzz: seed ${seed} (replay with --seed ${seed})`);
let failed = 0;
for (const prop of CORE_PROPERTIES) {
  if (only && !prop.name.includes(only)) continue;
  const numRuns = runs ?? prop.runs * 10;
  const started = Date.now();
  const details = await fc.check(prop.property(), { seed, numRuns });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`FAIL ${prop.name}: after ${details.numRuns} cases, ${secs}s`);
    console.log(fc.defaultReportMessage(details));
    // The message says what broke; stack lines are cut short (tsx inlines whole modules into frame names).
    const error = details.errorInstance;
    console.log(String(error?.stack ?? error ?? '').split('\n').slice(0, 16).map(l => l.slice(0, 200)).join('\n'));
  } else {
    console.log(`ok   ${prop.name}: ${details.numRuns} cases, ${secs}s`);
  }
}
if (cliRuns > 0 && (!only || only === 'cli')) {
  const started = Date.now();
  const details = await fuzzCli({ seed, runs: cliRuns });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`FAIL the command line under generated arguments, --out targets and signals: after ${details.numRuns} runs, ${secs}s`);
    console.log(fc.defaultReportMessage(details));
    console.log(String(details.errorInstance?.message ?? details.errorInstance ?? ''));
  } else {
    console.log(`ok   the command line under generated arguments, --out targets and signals: ${details.numRuns} runs, ${secs}s`);
  }
}
console.log(failed ? `fuzz: ${failed} propert${failed === 1 ? 'y' : 'ies'} failed (seed ${seed})` : `fuzz: all passed (seed ${seed})`);
process.exit(failed ? 1 : 0);
