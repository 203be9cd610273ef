import * as fs from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';

/** A CPU profile of the extension host's own thread, started and stopped around one article's phases. */
export interface CpuProfiler {
  /** Stops the profile begun by the last `start` and writes it to `<directory>/<name>.cpuprofile`. */
  stop(name: string): Promise<void>;
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r as T))));
}

/** Starts profiling this thread (sampling every `intervalUs`); the profile goes to `directory` (Chrome DevTools format). */
export async function startCpuProfile(directory: string, intervalUs = 500): Promise<CpuProfiler> {
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: intervalUs });
  await post(session, 'Profiler.start');
  return {
    async stop(name) {
      const { profile } = await post<{ profile: object }>(session, 'Profiler.stop');
      fs.mkdirSync(directory, { recursive: true });
      fs.writeFileSync(path.join(directory, `${name}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
    },
  };
}
