// The host benchmark's entry (`npm run bench:host`): VS Code's extension host calls `run()`. Kept apart from the
// integration suite so that `npm test` never runs it.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 0 });
  for (const f of fs.readdirSync(__dirname).filter(f => f.endsWith('.bench.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} benchmark(s) failed.`)) : resolve()));
  });
}
