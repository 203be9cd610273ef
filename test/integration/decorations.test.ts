import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis, Span } from '../../src/core/model';
import type { Category } from '../../src/editor/configuration';
import { api as newsLens, fixture, openArticle, openUntitled, positionOf, screenshot, SEED, sleep, tidyWorkbench, until } from './helpers';

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

  test('a repaint sends only the decoration types the edits did not already move into place; a pause sends them all', async () => {
    // Untitled: the edits stay in the editor (code-server's auto-save would write them into the fixture meanwhile).
    const document = await openUntitled((await vscode.workspace.openTextDocument(fixture(SEED))).getText());
    const editor = await vscode.window.showTextDocument(document);
    const api = await newsLens();
    const painted = () => {
      const counts = api.getDecorationCounts(document.uri);
      assert.ok(counts);
      return counts;
    };
    await until('the article painted', () => {
      const counts = api.getDecorationCounts(document.uri);
      return counts?.version === document.version && counts.categories.people > 0;
    });
    const before = await api.getAnalysis(document.uri);
    assert.ok(before);
    const spansOf = (a: Analysis) => [...a.mentions, ...a.quotes, ...a.themes.flatMap(t => t.evidence)];
    try {
      // A word at the start of a body paragraph that starts with no mention: what follows moves, nothing changes.
      const line = [...Array(document.lineCount).keys()].find(i => {
        const at = document.offsetAt(new vscode.Position(i, 0));
        return i > 2 && document.lineAt(i).text.length > 80 && !spansOf(before).some(s => s.start <= at && at <= s.end);
      });
      assert.ok(line !== undefined);
      const at = document.offsetAt(new vscode.Position(line, 0));
      const start = painted();
      assert.ok(await editor.edit(b => b.insert(new vscode.Position(line, 0), 'Today ')));
      const moved = await api.getAnalysis(document.uri);
      assert.ok(moved);
      const shifted = (s: Span) => (s.start > at ? `${s.start + 6}:${s.end + 6}` : `${s.start}:${s.end}`);
      assert.deepStrictEqual(spansOf(moved).map(s => `${s.start}:${s.end}`), spansOf(before).map(shifted), 'the same spans, moved');
      await until('the edited version painted', () => painted().version === document.version);
      assert.strictEqual(painted().skips - start.skips, 8, 'no decoration type sent again');

      const people = painted().categories.people;
      const skips = painted().skips;
      await editor.edit(b => b.insert(document.positionAt(document.getText().length), '\nAngela Merkel spoke to reporters.\n'));
      await api.getAnalysis(document.uri);
      await until('the new mention painted', () => painted().version === document.version);
      assert.strictEqual(painted().categories.people, people + 1);
      assert.ok(painted().skips - skips < 8, 'the people were sent again');

      // setDecorations carries no version: once the typing pauses, every type is sent again in full.
      const calls = painted().calls;
      await until('a full paint', () => painted().calls >= calls + 8);
      assert.strictEqual(painted().version, document.version);
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
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
