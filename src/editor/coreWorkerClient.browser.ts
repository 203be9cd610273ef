import type { CoreModule } from './analysisCache';

/**
 * The web build's stand-in for `coreWorkerClient.ts`: the web worker extension host runs the core in its own
 * thread, in time slices, so no worker is started (the loader falls back to the core itself).
 */
export function startCoreWorker(_directory: string): (CoreModule & { readonly isAlive: () => boolean; dispose(): void }) | undefined {
  return undefined;
}
