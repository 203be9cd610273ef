// Imported first by the integration suite's entry: from then on, any network use other than loopback made by
// News Lens (its bundle or these tests, told apart by the call stack) throws and is recorded, and the robustness
// suite fails on it. Uses by VS Code's own built-in extensions, which share this extension host, are only noted.
import * as path from 'path';
import { installNetworkGuard, type NetworkGuard } from './networkGuard';

const ROOT = path.resolve(__dirname, '../../..');
const OURS = `${path.join(ROOT, 'dist')}${path.sep}`;
const GUARD_FRAME = /[\\/](networkGuard|noNetwork)\.js:/;

/** Whether a call stack passes through News Lens code (the bundle or the test files), ignoring the guard's frames. */
export function isOurs(stack: string): boolean {
  return stack.split('\n').some(line => line.includes(OURS) && !GUARD_FRAME.test(line));
}

/** The extension host's guard, installed once when this module loads. */
export const hostNetworkGuard: NetworkGuard = installNetworkGuard({ shouldRefuse: isOurs });
