import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, baseName, fixture, messageTest, recordingMessages, SEED } from './helpers';

suite('Workspace search', () => {
  test('indexes the articles of the workspace with what each is about, and no other text file', async () => {
    const index = await (await api()).searchWorkspace();
    const names = index.articles.map(a => baseName(a.uri)).sort();
    assert.deepStrictEqual(names, [SEED, 'energyGrids.article', 'envoys.article'], 'notes.txt has no header and matches no include glob');
    const seed = index.articles.find(a => a.uri.endsWith(SEED));
    assert.ok(seed);
    assert.strictEqual(seed.date, '2020-10-07');
    assert.match(seed.title, /^India, Japan hold strategic dialogue/);
    const keys = seed.items.map(i => i.key);
    for (const key of ['COUNTRY:JP', 'COUNTRY:IN', 'PERSON:s jaishankar', 'ORG:united nations', 'THEME:19']) assert.ok(keys.includes(key), `${key} in ${keys.join(', ')}`);
    assert.deepStrictEqual(index.skipped, []);
    assert.strictEqual(index.passedOver, 1, 'notes.txt was passed over, and counted');
  });

  test('Search Articles opens the only article about Germany at its first mention', async () => {
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsLens.searchArticles', 'COUNTRY:DE');
    assert.ok(opened);
    assert.strictEqual(baseName(opened), 'energyGrids.article');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === opened.toString());
    const at = editor.document.offsetAt(editor.selection.active);
    assert.strictEqual(editor.document.getText().slice(at, at + 'Germany'.length), 'Germany');
  });

  test('a large or binary text file that is not an article is passed over silently; a binary article is reported', async () => {
    const log = fixture('zz-server.log.txt');
    const broken = fixture('zz-broken.article');
    try {
      await vscode.workspace.fs.writeFile(log, new TextEncoder().encode('GET /index.html 200\n'.repeat(400_000)));
      await vscode.workspace.fs.writeFile(broken, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
      const index = await (await api()).searchWorkspace();
      assert.ok(!index.articles.some(a => /zz-/.test(a.uri)));
      assert.deepStrictEqual(index.skipped.map(s => [baseName(s.uri), s.reason]), [['zz-broken.article', 'binary']]);
    } finally {
      await vscode.workspace.fs.delete(log).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(broken).then(undefined, () => undefined);
    }
  });

  test('a search for something no article is about opens nothing', async () => {
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsLens.searchArticles', 'COUNTRY:ZZ');
    assert.strictEqual(opened, undefined);
  });

  messageTest('a search that matches nothing says so, with the text files it passed over and how to include them', async () => {
    await recordingMessages(async messages => {
      await vscode.commands.executeCommand('newsLens.searchArticles', 'COUNTRY:ZZ');
      const said = messages.find(m => /none of the 3 articles/.test(m));
      assert.ok(said, JSON.stringify(messages));
      assert.match(said, /1 text file was passed over/);
      assert.match(said, /Annotate This File/);
      assert.match(said, /newsLens\.include/);
    });
  });
});
