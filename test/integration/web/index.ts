// The integration suite's entry in the browser's web worker extension host (`runTests.mjs --web`). scripts/build.mjs
// bundles this file with every integration test that is not marked `// node-only:` into one browser script: a web
// worker host loads a single file and resolves no module but `vscode`, so a Node built-in reaching this path fails
// the build, and one used at run time fails the run.
import 'mocha/mocha.js';

mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 180_000, slow: 5_000 });

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}
