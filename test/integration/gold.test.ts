// node-only: copies a fixture into a temporary folder with fs and os.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Comparison } from '../../src/core/formats/compare';
import { api, fixture, until } from './helpers';

suite('Import annotations and compare with gold', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-gold-'));
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function openCopy(name: string) {
    const file = path.join(dir, name);
    fs.copyFileSync(fixture('envoys.article').fsPath, file);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    const analysis = await (await api()).getAnalysis(document.uri);
    assert.ok(analysis && analysis.mentions.length >= 3, 'the fixture has mentions');
    return { document, file, analysis };
  }

  test('a brat gold layer with a dropped and a retyped span gives one extra, one wrong type and the right scores', async () => {
    const { document, analysis } = await openCopy('compared.article');
    const ann = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportAnalysis', document.uri, 'brat', vscode.Uri.file(path.join(dir, 'gold.ann')));
    const tLines = fs.readFileSync(ann.fsPath, 'utf8').split('\n').filter(l => l.startsWith('T'));
    const [first, second, ...rest] = tLines;
    const [id, head, covered] = second.split('\t');
    const retyped = head.startsWith('PERSON') ? head.replace(/^PERSON/, 'ORG') : head.replace(/^\S+/, 'PERSON');
    fs.writeFileSync(ann.fsPath, [`${id}\t${retyped}\t${covered}`, ...rest].join('\n'));

    const c = await vscode.commands.executeCommand<Comparison>('newsLens.importAnnotations', document.uri, ann, 'gold');
    assert.ok(c, 'a comparison');
    assert.deepStrictEqual(c.disagreements.map(d => d.kind).sort(), ['extra', 'wrong-type']);
    const extra = c.disagreements.find(d => d.kind === 'extra');
    assert.strictEqual(document.getText().slice(extra!.start, extra!.end), first.split('\t')[2]);
    const n = analysis.mentions.length;
    assert.strictEqual(c.scores.truePositives, n - 2);
    assert.strictEqual(c.scores.precision, (n - 2) / n);
    assert.strictEqual(c.scores.recall, (n - 2) / (n - 1));
    const again = await vscode.commands.executeCommand<Comparison>('newsLens.compareWithGold', document.uri);
    assert.deepStrictEqual(again?.scores, c.scores, 'Compare with Gold reads the same layer');
  });

  test('a file whose spans do not slice the article is refused and nothing is written', async () => {
    const { document, file } = await openCopy('refused.article');
    const bad = path.join(dir, 'bad.ann');
    fs.writeFileSync(bad, 'T1\tPERSON 0 4\tNope\n');
    for (const mode of ['gold', 'corrections']) {
      const result = await vscode.commands.executeCommand('newsLens.importAnnotations', document.uri, vscode.Uri.file(bad), mode);
      assert.strictEqual(result, undefined, mode);
    }
    assert.ok(!fs.existsSync(`${file}.newslens.json`), 'no corrections file');
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.compareWithGold', document.uri), undefined, 'no gold layer');
  });

  test('annotations imported as corrections become the article\'s entities', async () => {
    const { document, file } = await openCopy('imported.article');
    const text = document.getText();
    const word = text.match(/\b[A-Z][a-z]{3,}\b/g)!.find(w => !text.slice(0, text.indexOf(w)).includes(w))!;
    const start = [...text.slice(0, text.indexOf(word))].length;
    const ann = path.join(dir, 'mine.ann');
    fs.writeFileSync(ann, `T1\tPERSON ${start} ${start + word.length}\t${word}\n`);
    const written = await vscode.commands.executeCommand<boolean>('newsLens.importAnnotations', document.uri, vscode.Uri.file(ann), 'corrections');
    assert.strictEqual(written, true);
    const corrections = JSON.parse(fs.readFileSync(`${file}.newslens.json`, 'utf8')) as { entities: Record<string, string> };
    assert.strictEqual(corrections.entities[word], 'PERSON');
    const newsLens = await api();
    await until(`the analysis to show ${word} as a person`, async () =>
      !!(await newsLens.getAnalysis(document.uri))?.entities.some(e => e.type === 'PERSON' && e.canonical === word));
  });
});
