import * as fs from 'fs';

/**
 * CPU time per process, to say where an edit's time goes: the extension host's own thread (where our editor layer
 * and every other extension run), the other threads of its process (the analysis worker, and V8's and libuv's helper
 * threads), and the workbench renderer's main thread (laying out and painting the decorations). The extension host's
 * threads are read from /proc (Linux; 10 ms ticks), the renderer's time from the test runner (test/host/runTests.mjs),
 * which reads it over the Chrome DevTools Protocol.
 */
export interface CpuTimes {
  readonly hostMs: number;
  readonly otherThreadsMs: number;
  /** The renderer's main thread: all its tasks, and of that script, layout and style recalculation. */
  readonly renderer?: { readonly taskMs: number; readonly scriptMs: number; readonly layoutMs: number; readonly styleMs: number };
}

/** Clock ticks per second of /proc's times (USER_HZ: 100 on every Linux architecture node runs on). */
const TICK_MS = 10;

/** The extension host's threads' CPU time so far; undefined without /proc. */
function threadTimes(): { hostMs: number; otherThreadsMs: number } | undefined {
  let hostMs = 0;
  let otherThreadsMs = 0;
  try {
    for (const task of fs.readdirSync('/proc/self/task')) {
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      } catch {
        continue;   // the thread ended meanwhile
      }
      // after "pid (comm) ": state is field 3, utime and stime fields 14 and 15
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      if (Number(task) === process.pid) hostMs += ms;
      else otherThreadsMs += ms;
    }
  } catch {
    return undefined;
  }
  return { hostMs, otherThreadsMs };
}

/** The renderer's main-thread times from the runner (the screenshot server's /renderer); undefined when it has none. */
async function rendererTimes(): Promise<CpuTimes['renderer']> {
  const shots = process.env.VSCODE_TEST_SCREENSHOT_URL;
  if (!shots) return undefined;
  try {
    const res = await fetch(new URL('/renderer', shots));
    return res.ok ? (await res.json()) as CpuTimes['renderer'] : undefined;
  } catch {
    return undefined;
  }
}

/** CPU times so far; subtract two with `cpuPerEdit`. */
export async function cpuTimes(): Promise<CpuTimes | undefined> {
  const threads = threadTimes();
  if (!threads) return undefined;
  const renderer = await rendererTimes();
  return { ...threads, ...(renderer ? { renderer } : {}) };
}

/** CPU per edit, per process, between two readings (`n` edits apart), in ms rounded to 0.1. */
export interface CpuPerEdit {
  readonly hostMs: number;
  readonly otherThreadsMs: number;
  readonly rendererMs?: number;
  readonly rendererLayoutMs?: number;
}

export function cpuPerEdit(before: CpuTimes | undefined, after: CpuTimes | undefined, n: number): CpuPerEdit | undefined {
  if (!before || !after || n <= 0) return undefined;
  const per = (a: number, b: number) => Math.round(((b - a) / n) * 10) / 10;
  return {
    hostMs: per(before.hostMs, after.hostMs),
    otherThreadsMs: per(before.otherThreadsMs, after.otherThreadsMs),
    ...(before.renderer && after.renderer ? {
      rendererMs: per(before.renderer.taskMs, after.renderer.taskMs),
      rendererLayoutMs: per(before.renderer.layoutMs + before.renderer.styleMs, after.renderer.layoutMs + after.renderer.styleMs),
    } : {}),
  };
}
