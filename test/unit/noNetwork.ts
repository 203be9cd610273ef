// Loaded with `--require` by the unit and CLI mocha runs, and with `node --require` (compiled) into every CLI
// process the CLI tests start: any network use other than loopback throws, is recorded, and fails the run.
// In mocha, a root `afterEach` hook fails the test during which a use happened; in any process, exiting with a
// recorded use prints it on stderr and sets exit code 99.
import { installNetworkGuard } from '../integration/networkGuard';

const guard = installNetworkGuard();
let reported = 0;

/** Marker printed on stderr when a process made a refused network use; the CLI tests look for it. */
export const NETWORK_VIOLATION_MARKER = 'NEWS-LENS-NETWORK-VIOLATION';

function unreported(): string[] {
  const fresh = guard.violations.slice(reported).map(v => `${v.api} -> ${v.target}\n${v.stack}`);
  reported = guard.violations.length;
  return fresh;
}

process.on('exit', () => {
  const fresh = unreported();
  if (fresh.length === 0) return;
  process.stderr.write(`${NETWORK_VIOLATION_MARKER}: ${fresh.join('\n')}\n`);
  process.exitCode = 99;
});

/** Mocha root hooks (picked up when this file is given to mocha with `--require`). */
export const mochaHooks = {
  afterEach(this: Mocha.Context): void {
    const fresh = unreported();
    if (fresh.length > 0) throw new Error(`network use during "${this.currentTest?.fullTitle()}":\n${fresh.join('\n')}`);
  },
};

/** For the guard's own tests: how many uses were refused so far (and marks them as reported). */
export function takeViolations(): number {
  return unreported().length;
}
