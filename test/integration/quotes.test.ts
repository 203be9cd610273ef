import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Category } from '../../src/editor/configuration';
import { hoverText, openArticle, positionOf, screenshot, tidyWorkbench, until } from './helpers';

const ALL: Category[] = ['people', 'organisations', 'places', 'countries', 'themes', 'quotes'];

async function labelOf<T>(provider: vscode.TreeDataProvider<T>, node: T): Promise<string> {
  const label = (await provider.getTreeItem(node)).label;
  return typeof label === 'string' ? label : label?.label ?? '';
}

/** The child of `parent` (a root when undefined) whose label is `label`. */
async function child<T>(provider: vscode.TreeDataProvider<T>, parent: T | undefined, label: string): Promise<T> {
  const children = (await provider.getChildren(parent)) ?? [];
  for (const c of children) if ((await labelOf(provider, c)) === label) return c;
  assert.fail(`no "${label}" among ${(await Promise.all(children.map(c => labelOf(provider, c)))).join(', ')}`);
}

suite('Quotations', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('newsLens.chooseCategories', ALL);
    await vscode.commands.executeCommand('closeReferenceSearch').then(undefined, () => undefined);
  });

  test('quotations are decorated in a category of their own, which turns off alone (screenshot)', async () => {
    const { editor, document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    const expected = analysis?.quotes.length ?? 0;
    assert.ok(expected >= 3, 'the seed has its quotations');
    await until('quotations painted', () => api.getDecorationCounts(document.uri)?.categories.quotes === expected);
    await tidyWorkbench();
    editor.revealRange(document.lineAt(positionOf(document, 'Explored further').line).range, vscode.TextEditorRevealType.InCenter);
    await screenshot('seed-quotations');
    await vscode.commands.executeCommand('newsLens.chooseCategories', ALL.filter(c => c !== 'quotes'));
    await until('quotations hidden', () => api.getDecorationCounts(document.uri)?.categories.quotes === 0);
    assert.strictEqual(api.getConfiguration().categories.quotes, false);
    assert.ok((api.getDecorationCounts(document.uri)?.categories.people ?? 0) > 0, 'people stay highlighted');
  });

  test('hovering the direct quotation shows its speaker, the cue and a Show Quotes link', async () => {
    const { document } = await openArticle();
    const text = await hoverText(document, positionOf(document, 'Reviewed global situations'));
    assert.match(text, /Quotation/);
    assert.match(text, /said by \*\*S Jaishankar\*\*/);
    assert.match(text, /cue “said”/);
    assert.match(text, /command:newsLens\.showQuotes/);
  });

  test('hovering reported speech says so and names the speaker found by role', async () => {
    const { document } = await openArticle();
    const text = await hoverText(document, positionOf(document, 'the talks covered cooperation'));
    assert.match(text, /Reported speech/);
    assert.match(text, /S Jaishankar/);
    assert.match(text, /speaker found by role/);
    assert.match(text, /cue “tweeted”/);
  });

  test('a person\'s hover counts their quotations', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    const jaishankar = analysis?.entities.find(e => e.canonical === 'S Jaishankar');
    const count = analysis?.quotes.filter(q => q.speakerEntityId === jaishankar?.id).length ?? 0;
    assert.ok(count >= 3);
    const text = await hoverText(document, positionOf(document, 'S Jaishankar'));
    assert.ok(text.includes(`${count} quotations`), text);
    assert.match(text, /command:newsLens\.showQuotes/);
  });

  test('the News Lens view groups Quotes by speaker, and the person\'s item shows the count', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    const count = analysis?.quotes.filter(q => analysis.entities.find(e => e.id === q.speakerEntityId)?.canonical === 'S Jaishankar').length ?? 0;
    await until('the view follows the article', async () => ((await api.outline.getChildren()) ?? []).length > 0);
    const quotes = await child(api.outline, undefined, 'Quotes');
    const speaker = await child(api.outline, quotes, 'S Jaishankar');
    const items = (await api.outline.getChildren(speaker)) ?? [];
    assert.strictEqual(items.length, count);
    assert.ok((await labelOf(api.outline, items[0])).startsWith('“'), 'quotation items show the quoted words');
    const person = await child(api.outline, await child(api.outline, undefined, 'People'), 'S Jaishankar');
    assert.match(String((await api.outline.getTreeItem(person)).description), new RegExp(`${count} quotes`));
  });

  test('Show Quotes lists the speaker\'s quotations, each range holding the quoted words', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    const jaishankar = analysis?.entities.find(e => e.canonical === 'S Jaishankar');
    assert.ok(analysis && jaishankar);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('newsLens.showQuotes', document.uri.toString(), jaishankar.id);
    const expected = analysis.quotes.filter(q => q.speakerEntityId === jaishankar.id);
    assert.strictEqual(locations.length, expected.length);
    locations.forEach((l, i) => assert.strictEqual(document.getText(l.range), expected[i].text));
    const motegi = analysis.entities.find(e => e.canonical === 'Toshimitsu Motegi');
    assert.ok(motegi);
    assert.deepStrictEqual(await vscode.commands.executeCommand('newsLens.showQuotes', document.uri.toString(), motegi.id), []);
  });
});
