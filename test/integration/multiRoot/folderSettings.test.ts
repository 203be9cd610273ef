import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, SEED, until } from '../helpers';

/** A file of the workspace folder named `folder` (the .code-workspace lists "fixtures", then "second"). */
function inFolder(folder: string, name: string): vscode.Uri {
  const found = vscode.workspace.workspaceFolders?.find(f => f.name === folder);
  assert.ok(found, `workspace folder ${folder} is open (folders: ${vscode.workspace.workspaceFolders?.map(f => f.name).join(', ')})`);
  return vscode.Uri.joinPath(found.uri, name);
}

async function decorated(uri: vscode.Uri): Promise<{ people: number; countries: number; text: string; names: string[] }> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const a = await api();
  const analysis = await a.getAnalysis(document.uri);
  assert.ok(analysis, `${uri.path} is analysed`);
  await until(`decorations of ${uri.path}`, () => (a.getDecorationCounts(document.uri)?.categories.countries ?? 0) > 0);
  const counts = a.getDecorationCounts(document.uri)!.categories;
  const text = document.getText();
  return {
    people: counts.people, countries: counts.countries, text,
    names: analysis.mentions.filter(m => m.type === 'PERSON').map(m => text.slice(m.start, m.end)),
  };
}

suite('Settings per workspace folder (multi-root)', () => {
  test('a folder that turns people off shows no people there, while the other folder still shows them', async () => {
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 2);
    const second = await decorated(inFolder('second', 'summit.article'));
    assert.ok(second.names.includes('Justin Trudeau'), `people found: ${second.names.join(', ')}`);
    assert.strictEqual(second.people, 0, 'newsLens.decorations.people is false in the second folder');
    assert.ok(second.countries > 0);
    const first = await decorated(inFolder('fixtures', SEED));
    assert.ok(first.people > 0, 'the first folder keeps the default');
    // The window-level value is the default: only the folder's own setting turned people off.
    assert.strictEqual((await api()).getConfiguration().categories.people, true);
  });
});
