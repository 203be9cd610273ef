// node-only: keeps and restores the fixture workspace's settings file with fs.
// Issue 13, item 6: Restricted Mode in the real host. `npm run test:restricted` starts the host with workspace trust
// on and the fixture folder untrusted and runs only the tests named "Restricted Mode"; trusted runs skip this suite.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, fixture, openArticle, SEED, until } from './helpers';

suite('Restricted Mode (issue 13, item 6)', () => {
  const settingsFile = path.join(fixture('.').fsPath, '.vscode/settings.json');
  let original: string | undefined;
  suiteSetup(function () {
    if (vscode.workspace.isTrusted) this.skip();
    original = fs.readFileSync(settingsFile, 'utf8');
  });
  suiteTeardown(() => {
    if (original !== undefined) fs.writeFileSync(settingsFile, original);
  });

  test('the workspace is untrusted, and News Lens still annotates articles', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const { document, api: newsLens } = await openArticle(SEED);
    const analysis = await newsLens.getAnalysis(document.uri);
    assert.ok(analysis && analysis.entities.length > 0, 'the seed article is analysed');
    assert.ok(analysis.countries.some(c => c.code === 'JP'));
  });

  test('workspace values of newsLens.maxFileSizeMB and newsLens.include are ignored', async () => {
    const newsLens = await api();
    const section = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('newsLens');
    // what an untrusted repository could ship: a tiny size limit and an include glob matching every text file (VS
    // Code may refuse to write them here), with an unrestricted setting that shows when News Lens has read them
    for (const [key, value] of [['maxFileSizeMB', 0.001], ['include', ['**/*.txt']]] as const) {
      await section().update(key, value, vscode.ConfigurationTarget.Workspace).then(undefined, () => undefined);
    }
    await section().update('debounceMs', 301, vscode.ConfigurationTarget.Workspace);
    await until('News Lens to read the workspace settings', () => newsLens.getConfiguration().debounceMs === 301);
    assert.strictEqual(section().get('maxFileSizeMB'), 5, 'VS Code ignores the restricted workspace value');
    assert.strictEqual(newsLens.getConfiguration().maxFileSizeMB, 5);
    assert.deepStrictEqual(newsLens.getConfiguration().include, []);
    const notes = await vscode.workspace.openTextDocument(fixture('notes.txt'));
    await vscode.window.showTextDocument(notes);
    assert.strictEqual(newsLens.isArticle(notes.uri), false, 'the workspace include glob does not make notes.txt an article');
    const { document } = await openArticle(SEED);
    assert.ok(await newsLens.getAnalysis(document.uri), 'the size limit of the workspace does not stop the analysis');
  });
});
