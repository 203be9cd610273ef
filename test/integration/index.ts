// The integration suite's entry: VS Code's extension host calls `run()` (code-server host or @vscode/test-electron).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import './noNetwork';

export function run(): Promise<void> {
  // generous: a busy machine makes a test slower, never red (tests wait for states, these only bound them)
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 180_000, slow: 5_000 });
  // runTests.mjs --grep TEXT: only the tests whose full title holds TEXT (the dark screenshots run only theirs)
  const grep = process.env.NEWS_LENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}
