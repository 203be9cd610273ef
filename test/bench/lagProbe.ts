import { PerformanceObserver } from 'perf_hooks';

/**
 * The extension host's event-loop lag, seen from inside it: a 10 ms timer records how late each tick fires. Beside
 * it, the garbage collector's pauses on this thread (`gc` performance entries), to tell its blocks from ours.
 */
const PERIOD_MS = 10;

/** What a probe saw between `mark()` calls: the longest block, how many ticks were late by more than 50 ms. */
export interface LagFigures {
  readonly longestMs: number;
  readonly over50: number;
  readonly p99Ms: number;
  readonly ticks: number;
  /** Garbage collections on this thread: how many, their total and longest pause, and the longest major one. */
  readonly gc: { readonly count: number; readonly totalMs: number; readonly longestMs: number; readonly longestMajorMs: number };
}

/** A running lag probe; `take()` returns the figures since the last `take()` (or the start) and resets them. */
export interface LagProbe {
  take(): LagFigures;
  stop(): void;
}

export function startLagProbe(): LagProbe {
  let lates: number[] = [];
  let gcs: { ms: number; isMajor: boolean }[] = [];
  const gcObserver = new PerformanceObserver(list => {
    // detail.kind: 1 minor (scavenge), 2 major (mark-compact), 4 incremental marking, 8 weak callbacks.
    for (const e of list.getEntries()) gcs.push({ ms: e.duration, isMajor: ((e as { detail?: { kind?: number } }).detail?.kind ?? 0) !== 1 });
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  let expected = performance.now() + PERIOD_MS;
  const timer = setInterval(() => {
    const t = performance.now();
    lates.push(Math.max(0, t - expected));
    expected = t + PERIOD_MS;
  }, PERIOD_MS);
  return {
    take() {
      // The tick still owed right now counts too: a block that has just ended shows in this phase, not the next.
      const t = performance.now();
      const owed = Math.max(0, t - expected);
      const all = [...lates, owed].sort((a, b) => a - b);
      lates = [];
      const taken = gcs;
      gcs = [];
      return {
        longestMs: Math.round(all[all.length - 1]),
        over50: all.filter(x => x > 50).length,
        p99Ms: Math.round(all[Math.min(all.length - 1, Math.floor(all.length * 0.99))]),
        ticks: all.length,
        gc: {
          count: taken.length,
          totalMs: Math.round(taken.reduce((n, g) => n + g.ms, 0)),
          longestMs: Math.round(Math.max(0, ...taken.map(g => g.ms))),
          longestMajorMs: Math.round(Math.max(0, ...taken.filter(g => g.isMajor).map(g => g.ms))),
        },
      };
    },
    stop: () => {
      clearInterval(timer);
      gcObserver.disconnect();
    },
  };
}
