import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, openArticle, openUntitled, positionOf } from './helpers';

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

  test('a long article\'s symbols are its most salient entities, in order of first mention, each with its first mentions', async () => {
    // 450 paragraphs (more than the 400 a paragraph outline takes): one minister named in every paragraph, a
    // city in every third, and a new person in each, named once
    const paragraphs = ['Ministers meet in Lisbon over fishing quotas'];
    for (let i = 0; i < 450; i++) {
      paragraphs.push(`Item ${i + 1}. Minister Helena Okafor spoke to delegate Tomas Brandvik${i} about the quotas`
        + `${i % 3 === 0 ? ' in Lisbon' : ''}, and Okafor said talks would go on.`);
    }
    const document = await openUntitled(paragraphs.join('\n\n'));
    await vscode.window.showTextDocument(document);
    const analysis = await (await api()).getAnalysis(document.uri);
    assert.ok(analysis, 'the long article is analysed');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const entities = symbols.filter(s => s.detail !== 'headline' && s.detail !== 'date');
    assert.ok(entities.length > 0 && entities.length <= 200, `${entities.length} entity symbols`);
    const okafor = entities.find(s => s.name === 'Helena Okafor');
    assert.ok(okafor, `top entities: ${entities.slice(0, 10).map(s => s.name).join(', ')}`);
    assert.strictEqual(okafor.children.length, 20, 'the first 20 of its mentions');
    assert.match(okafor.detail, /^Person · \d+×, first 20$/);
    // the most salient entity of the analysis is there, and the symbols follow the text
    const top = [...analysis.entities].sort((a, b) => a.rank - b.rank)[0];
    assert.ok(entities.some(s => s.name === top.canonical), `the top-ranked ${top.canonical} is a symbol`);
    const starts = entities.map(s => document.offsetAt(s.selectionRange.start));
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
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
