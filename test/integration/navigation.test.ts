import * as assert from 'assert';
import * as vscode from 'vscode';
import { openArticle, positionOf } from './helpers';

suite('Symbols, references, highlights and mention navigation', () => {
  test('document symbols list the headline, paragraphs and entities', async () => {
    const { document } = await openArticle();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = symbols.map(s => s.name);
    assert.ok(names.some(n => n.startsWith('India, Japan hold strategic dialogue')), `top-level: ${names.join(' | ')}`);
    assert.ok(names.includes('2020-10-07'), 'the header date is a symbol');
    const entities = symbols.flatMap(s => s.children.map(c => c.name));
    for (const name of ['S Jaishankar', 'Toshimitsu Motegi']) assert.ok(entities.includes(name), `entities: ${entities.join(', ')}`);
  });

  test('Find All References on "Motegi" lists both mentions of Toshimitsu Motegi', async () => {
    const { document } = await openArticle();
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'Motegi', 1));
    assert.deepStrictEqual(locations.map(l => document.getText(l.range)), ['Toshimitsu Motegi', 'Motegi']);
  });

  test('document highlights on "Motegi" mark both mentions', async () => {
    const { document } = await openArticle();
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, positionOf(document, 'Motegi'));
    const texts = highlights.map(h => document.getText(h.range));
    assert.ok(texts.includes('Toshimitsu Motegi') && texts.includes('Motegi'), `highlights: ${texts.join(', ')}`);
  });

  test('next and previous mention move between the mentions of the entity under the cursor, wrapping around', async () => {
    const { editor, document } = await openArticle();
    editor.selection = new vscode.Selection(positionOf(document, 'Toshimitsu'), positionOf(document, 'Toshimitsu'));
    await vscode.commands.executeCommand('newsLens.nextMention');
    assert.strictEqual(document.getText(editor.selection), 'Motegi');
    assert.strictEqual(editor.selection.start.line, positionOf(document, 'Motegi', 1).line);
    await vscode.commands.executeCommand('newsLens.nextMention');
    assert.strictEqual(document.getText(editor.selection), 'Toshimitsu Motegi');
    await vscode.commands.executeCommand('newsLens.previousMention');
    assert.strictEqual(document.getText(editor.selection), 'Motegi');
  });
});
