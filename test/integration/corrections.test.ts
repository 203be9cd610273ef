// node-only: copies fixtures into a temporary folder with fs and os.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';
import { api, fixture, messageTest, recordingMessages, until } from './helpers';

suite('Corrections', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-corrections-'));
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the envoys fixture in a folder of its own, open in an editor, with its first analysis. */
  async function openCopy(name: string, sidecar?: string): Promise<{ document: vscode.TextDocument; file: string; analysis: Analysis }> {
    const file = path.join(dir, name);
    fs.copyFileSync(fixture('envoys.article').fsPath, file);
    if (sidecar !== undefined) fs.writeFileSync(`${file}.newslens.json`, sidecar);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    const analysis = await (await api()).getAnalysis(document.uri);
    assert.ok(analysis);
    return { document, file, analysis };
  }

  const names = (a: Analysis | undefined) => (a?.entities ?? []).map(e => `${e.type}:${e.canonical}`);

  test('Mark Selection as Entity and Not an Entity write the corrections file and change the analysis', async () => {
    const { document, file, analysis } = await openCopy('marked.article');
    const newsLens = await api();
    assert.ok(!names(analysis).includes('ORG:Tibetan exiles'), names(analysis).join(', '));

    const marked = await vscode.commands.executeCommand<string>('newsLens.markAsEntity', document.uri, 'Tibetan exiles', 'ORG');
    assert.strictEqual(marked, 'Tibetan exiles');
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(`${file}.newslens.json`, 'utf8')), { entities: { 'Tibetan exiles': 'ORG' } });
    await until('the analysis to show the corrected organisation', async () => names(await newsLens.getAnalysis(document.uri)).includes('ORG:Tibetan exiles'));

    const beijing = (await newsLens.getAnalysis(document.uri))?.entities.find(e => e.canonical === 'Beijing');
    assert.ok(beijing);
    const dropped = await vscode.commands.executeCommand<string[]>('newsLens.markNotEntity', document.uri.toString(), beijing.id);
    assert.deepStrictEqual(dropped, ['Beijing']);
    const saved = JSON.parse(fs.readFileSync(`${file}.newslens.json`, 'utf8')) as { notEntities: string[]; entities: Record<string, string> };
    assert.deepStrictEqual(saved, { entities: { 'Tibetan exiles': 'ORG' }, notEntities: ['Beijing'] });
    await until('Beijing to leave the analysis', async () => !names(await newsLens.getAnalysis(document.uri)).includes('PLACE:Beijing'));
    assert.ok(names(await newsLens.getAnalysis(document.uri)).includes('ORG:Tibetan exiles'), 'the earlier correction stays');
  });

  test('editing the corrections file by hand re-analyses the article', async () => {
    const { document, file } = await openCopy('edited.article');
    const newsLens = await api();
    fs.writeFileSync(`${file}.newslens.json`, JSON.stringify({ notEntities: ['India'] }));
    const sidecar = await vscode.workspace.openTextDocument(vscode.Uri.file(`${file}.newslens.json`));
    const editor = await vscode.window.showTextDocument(sidecar);
    await editor.edit(b => b.replace(new vscode.Range(0, 0, sidecar.lineCount, 0), JSON.stringify({ notEntities: ['India', 'Beijing'] })));
    await sidecar.save();
    await until('India and Beijing to leave the analysis', async () => {
      const n = names(await newsLens.getAnalysis(document.uri));
      return !n.includes('COUNTRY:India') && !n.includes('PLACE:Beijing');
    });
  });

  messageTest('a corrections file that is not JSON is reported once, changes nothing and is never overwritten', async () => {
    await recordingMessages(async messages => {
      const broken = '{ "notEntities": ["India", ';
      const { document, file, analysis } = await openCopy('broken.article', broken);
      assert.ok(names(analysis).includes('COUNTRY:India'), 'no corrections apply');
      await until('a warning about the file', () => messages.some(m => /broken\.article\.newslens\.json/.test(m) && /not valid JSON/.test(m)));
      const result = await vscode.commands.executeCommand<string | undefined>('newsLens.markAsEntity', document.uri, 'Tibetan exiles', 'ORG');
      assert.strictEqual(result, undefined);
      assert.strictEqual(fs.readFileSync(`${file}.newslens.json`, 'utf8'), broken, 'the file is left as it was');
      assert.ok(messages.some(m => /not a JSON object/.test(m) && /Nothing was changed/.test(m)), JSON.stringify(messages));
      await (await api()).getAnalysis(document.uri);
      assert.strictEqual(messages.filter(m => /not valid JSON/.test(m)).length, 1, JSON.stringify(messages));
    });
  });

  messageTest('a corrections file over the size limit is reported, unread, and a folder in its place is reported too', async () => {
    await recordingMessages(async messages => {
      const huge = JSON.stringify({ notEntities: ['India', 'x'.repeat(3 * 1024 * 1024)] });
      const { analysis } = await openCopy('huge.article', huge);
      assert.ok(names(analysis).includes('COUNTRY:India'), 'no corrections apply');
      await until('a warning about the file', () => messages.some(m => /huge\.article\.newslens\.json/.test(m) && /larger than 2 MB/.test(m)));
      const file = path.join(dir, 'folder.article');
      fs.copyFileSync(fixture('envoys.article').fsPath, file);
      fs.mkdirSync(`${file}.newslens.json`);
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(document);
      const withFolder = await (await api()).getAnalysis(document.uri);
      assert.ok(names(withFolder).includes('COUNTRY:India'), 'no corrections apply');
      await until('a warning about the folder', () => messages.some(m => /folder\.article\.newslens\.json/.test(m) && /could not read/.test(m)));
    });
  });
});
