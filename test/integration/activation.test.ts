import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, fixture, openArticle, SEED, until } from './helpers';

suite('Activation and which documents are articles', () => {
  test('the extension activates and returns its API', async () => {
    const a = await api();
    assert.strictEqual(typeof a.getAnalysis, 'function');
    assert.strictEqual(vscode.extensions.getExtension('news-lens.news-lens')?.isActive, true);
  });

  test('the seed .txt article opens annotated with no configuration', async () => {
    const { document, api: a } = await openArticle(SEED);
    // firstLine cannot claim a .txt file from plaintext in VS Code 1.100: the header line makes it an article instead.
    assert.strictEqual(document.languageId, 'plaintext');
    assert.strictEqual(a.isArticle(document.uri), true);
    const analysis = await a.getAnalysis(document.uri);
    assert.ok(analysis && analysis.mentions.length > 0, 'the seed has mentions');
    assert.strictEqual(analysis.article.date, '2020-10-07');
  });

  test('an untitled document starting with the date header gets the News Article language from firstLine', async () => {
    const document = await vscode.workspace.openTextDocument({ content: ' date 2021-01-05 Left Menu\nA headline\n\nSome text.\n' });
    assert.strictEqual(document.languageId, 'news-article');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a .article file gets the News Article language and an analysis', async () => {
    const { document, api: a } = await openArticle('energyGrids.article');
    assert.strictEqual(document.languageId, 'news-article');
    const analysis = await a.getAnalysis(document.uri);
    assert.ok(analysis, 'analysed');
    const text = document.getText();
    const names = analysis.mentions.map(m => text.slice(m.start, m.end));
    assert.ok(names.includes('Scholz'), `mentions: ${names.join(', ')}`);
  });

  test('a plain-text file without the header is not annotated until the user opts it in', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('notes.txt'));
    await vscode.window.showTextDocument(document);
    const a = await api();
    assert.strictEqual(a.isArticle(document.uri), false);
    assert.strictEqual(await a.getAnalysis(document.uri), undefined);
    await vscode.commands.executeCommand('newsLens.annotateThisFile');
    assert.strictEqual(a.isArticle(document.uri), true);
    const analysis = await a.getAnalysis(document.uri);
    const text = document.getText();
    assert.ok(analysis?.mentions.some(m => text.slice(m.start, m.end) === 'Angela Merkel'), 'Angela Merkel is found once opted in');
    await vscode.commands.executeCommand('newsLens.stopAnnotatingThisFile');
    assert.strictEqual(a.isArticle(document.uri), false);
    await until('decorations to clear', () => (a.getDecorationCounts(document.uri)?.categories.people ?? 0) === 0);
  });

  test('a glob in newsLens.include makes a plain-text file an article, and the setting applies without reload', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('notes.txt'));
    const a = await api();
    const section = vscode.workspace.getConfiguration('newsLens');
    try {
      await section.update('include', ['**/notes.txt'], vscode.ConfigurationTarget.Global);
      await until('the glob to apply', () => a.isArticle(document.uri));
    } finally {
      await section.update('include', undefined, vscode.ConfigurationTarget.Global);
    }
    await until('the glob to be removed', () => !a.isArticle(document.uri));
  });
});
