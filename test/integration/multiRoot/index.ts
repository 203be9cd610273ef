// The multi-root suite's entry (`npm run test:multiroot`): run in test/multiRoot/workspace.code-workspace, whose
// second folder sets its own News Lens settings. Loads the `*.test.js` files of this folder only.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import '../noNetwork';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, slow: 5_000 });
  for (const f of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} multi-root test(s) failed.`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}
