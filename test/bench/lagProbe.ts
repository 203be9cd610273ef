/** The extension host's event-loop lag, seen from inside it: a 10 ms timer records how late each tick fires. */
const PERIOD_MS = 10;

/** What a probe saw between `mark()` calls: the longest block, how many ticks were late by more than 50 ms. */
export interface LagFigures {
  readonly longestMs: number;
  readonly over50: number;
  readonly p99Ms: number;
  readonly ticks: number;
}

/** A running lag probe; `take()` returns the figures since the last `take()` (or the start) and resets them. */
export interface LagProbe {
  take(): LagFigures;
  stop(): void;
}

export function startLagProbe(): LagProbe {
  let lates: number[] = [];
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
      return {
        longestMs: Math.round(all[all.length - 1]),
        over50: all.filter(x => x > 50).length,
        p99Ms: Math.round(all[Math.min(all.length - 1, Math.floor(all.length * 0.99))]),
        ticks: all.length,
      };
    },
    stop: () => clearInterval(timer),
  };
}
