import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Category } from '../../src/editor/configuration';
import { openArticle, positionOf, screenshot, sleep, tidyWorkbench, until } from './helpers';

const ALL: Category[] = ['people', 'organisations', 'places', 'countries', 'themes', 'quotes'];

suite('Decorations, toggles and focus', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('newsLens.clearFocus');
    await vscode.commands.executeCommand('newsLens.chooseCategories', ALL);
  });

  test('the seed article is decorated with people and countries (screenshot)', async () => {
    const { editor, document, api } = await openArticle();
    await until('decorations', () => (api.getDecorationCounts(document.uri)?.categories.people ?? 0) > 0);
    const counts = api.getDecorationCounts(document.uri);
    assert.ok(counts && counts.categories.countries > 0, JSON.stringify(counts));
    await tidyWorkbench();
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await sleep(800);
    await screenshot('seed-decorations');
  });

  test('turning a category off removes its decorations and keeps the others', async () => {
    const { document, api } = await openArticle();
    await vscode.commands.executeCommand('newsLens.chooseCategories', ['organisations', 'places', 'countries', 'themes', 'quotes']);
    await until('people to be hidden', () => api.getDecorationCounts(document.uri)?.categories.people === 0);
    assert.strictEqual(api.getConfiguration().categories.people, false);
    assert.ok((api.getDecorationCounts(document.uri)?.categories.countries ?? 0) > 0);
  });

  test('toggle all hides every decoration and shows them again', async () => {
    const { document, api } = await openArticle();
    await vscode.commands.executeCommand('newsLens.toggleDecorations');
    await until('all hidden', () => Object.values(api.getDecorationCounts(document.uri)?.categories ?? {}).every(n => n === 0));
    await vscode.commands.executeCommand('newsLens.toggleDecorations');
    await until('shown again', () => (api.getDecorationCounts(document.uri)?.categories.people ?? 0) > 0);
  });

  test('focusing on Toshimitsu Motegi marks his two mentions and dims the others; running it again clears it', async () => {
    const { editor, document, api } = await openArticle();
    const at = positionOf(document, 'Motegi', 1);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('newsLens.focusEntity');
    assert.ok(api.getFocus(), 'focus is set');
    await until('focus painted', () => api.getDecorationCounts(document.uri)?.focused === 2);
    assert.ok((api.getDecorationCounts(document.uri)?.dimmed ?? 0) > 0);
    await screenshot('focus-motegi');
    await vscode.commands.executeCommand('newsLens.focusEntity');
    assert.strictEqual(api.getFocus(), undefined);
    await until('focus cleared', () => api.getDecorationCounts(document.uri)?.focused === 0);
  });

  test('Clear Focus (the Esc key binding) ends the focus', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    const person = analysis?.entities.find(e => e.type === 'PERSON');
    assert.ok(person);
    await vscode.commands.executeCommand('newsLens.focusEntity', person.id);
    assert.strictEqual(api.getFocus()?.entityId, person.id);
    await vscode.commands.executeCommand('newsLens.clearFocus');
    assert.strictEqual(api.getFocus(), undefined);
  });

  test('the status bar says what it counts, and shows the top theme of the active article', async () => {
    const { api, document } = await openArticle();
    await until('status bar text', () => api.getStatusBarText().includes('$(person)'));
    const text = api.getStatusBarText();
    for (const what of [/\$\(person\) \d+ (?:person|people)\b/, /\$\(organization\) \d+ organisations?\b/, /\$\(location\) \d+ places?\b/, /\$\(globe\) \d+ countr(?:y|ies)\b/]) {
      assert.match(text, what);
    }
    const top = (await api.getAnalysis(document.uri))?.themes[0];
    assert.ok(top && text.endsWith(`$(tag) ${top.name}`), text);
  });

  test('typing keeps the old decorations until the new analysis arrives, then updates', async () => {
    const { editor, document, api } = await openArticle();
    const before = await api.getAnalysis(document.uri);
    try {
      await editor.edit(b => b.insert(document.positionAt(document.getText().length), '\nAngela Merkel spoke to reporters.\n'));
      const during = api.getDecorationCounts(document.uri);
      assert.ok((during?.categories.people ?? 0) > 0, 'decorations stay while typing');
      const after = await api.getAnalysis(document.uri);
      assert.notStrictEqual(after, before);
      const text = document.getText();
      assert.ok(after?.mentions.some(m => text.slice(m.start, m.end) === 'Angela Merkel'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
