import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, openArticle, openUntitled, positionOf, screenshot, sleep, tidyWorkbench, until } from './helpers';

async function labels<T>(provider: vscode.TreeDataProvider<T>, element?: T): Promise<string[]> {
  const children = (await provider.getChildren(element)) ?? [];
  return Promise.all(children.map(async c => {
    const label = (await provider.getTreeItem(c)).label;
    return typeof label === 'string' ? label : label?.label ?? '';
  }));
}

suite('The News Lens view', () => {
  test('shows the date and headline, then Countries and People groups for the seed article', async () => {
    const { api } = await openArticle();
    const roots = await labels(api.outline);
    assert.ok(roots[0].startsWith('2020-10-07 · India, Japan hold strategic dialogue'), roots.join(' | '));
    assert.ok(roots.includes('Countries') && roots.includes('People'), roots.join(' | '));
  });

  test('lists people with their mentions as children', async () => {
    const { api } = await openArticle();
    const groups = (await api.outline.getChildren()) ?? [];
    let people: (typeof groups)[number] | undefined;
    for (const g of groups) if ((await api.outline.getTreeItem(g)).label === 'People') people = g;
    const names = await labels(api.outline, people);
    assert.ok(names.includes('Toshimitsu Motegi'), names.join(', '));
    const motegi = ((await api.outline.getChildren(people)) ?? [])[names.indexOf('Toshimitsu Motegi')];
    const mentions = await labels(api.outline, motegi);
    assert.strictEqual(mentions.length, 2);
    assert.ok(mentions.every(m => m.includes('Motegi')), mentions.join(' | '));
  });

  test('countries show their flags', async () => {
    const { api } = await openArticle();
    const groups = (await api.outline.getChildren()) ?? [];
    const countries = groups[(await labels(api.outline)).indexOf('Countries')];
    const names = await labels(api.outline, countries);
    assert.ok(names.includes('🇯🇵 Japan') && names.includes('🇮🇳 India'), names.join(', '));
  });

  test('Countries lists what the status bar counts, a country named only inside an organisation too, and follows edits', async function () {
    this.timeout(180_000);
    const a = await api();
    const content = ' date 2024-05-02 x\nBanks act\n\nThe Bank of Japan and the Reserve Bank of India met officials in France on Monday.\n';
    const document = await openUntitled(content);
    const editor = await vscode.window.showTextDocument(document);
    const countries = async () => {
      const groups = (await a.outline.getChildren()) ?? [];
      const i = (await labels(a.outline)).indexOf('Countries');
      return i < 0 ? [] : labels(a.outline, groups[i]);
    };
    try {
      await until('the view lists three countries', async () => (await countries()).length === 3);
      assert.deepStrictEqual([...await countries()].sort(), ['🇫🇷 France', '🇮🇳 India', '🇯🇵 Japan']);
      assert.match(a.getStatusBarText(), /\b3 countries\b/);
      const at = content.indexOf('the Reserve Bank of India');
      await editor.edit(e => e.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 'the Reserve Bank of India'.length)), 'the central bank'));
      await until('the view and the status bar follow the edit', async () =>
        (await countries()).length === 2 && /\b2 countries\b/.test(a.getStatusBarText()));
      assert.deepStrictEqual([...await countries()].sort(), ['🇫🇷 France', '🇯🇵 Japan']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('theme rows lead with the theme name and a strength in words; the codes are in the tooltip', async () => {
    const { api, document } = await openArticle();
    const top = (await api.getAnalysis(document.uri))?.themes[0];
    assert.ok(top, 'the seed has a theme');
    const groups = (await api.outline.getChildren()) ?? [];
    const themes = groups[(await labels(api.outline)).indexOf('Themes')];
    const rows = (await api.outline.getChildren(themes)) ?? [];
    const item = await api.outline.getTreeItem(rows[0]);
    assert.strictEqual(item.label, top.name);
    assert.match(String(item.description), /^(?:strong|moderate|slight) · \d+ words?$/);
    assert.doesNotMatch(String(item.description), /CAP|\d\.\d/, 'no codes or raw scores in the row');
    assert.match(String(item.tooltip), new RegExp(`CAP ${top.code}`));
    assert.match(String(item.tooltip), /IPTC/);
  });

  test('sorting by name and filtering change what the view lists', async () => {
    const { api } = await openArticle();
    const people = async () => {
      const groups = (await api.outline.getChildren()) ?? [];
      const i = (await labels(api.outline)).indexOf('People');
      return i < 0 ? [] : labels(api.outline, groups[i]);
    };
    try {
      await vscode.commands.executeCommand('newsLens.sortBy', 'name');
      const byName = await people();
      assert.deepStrictEqual(byName, [...byName].sort((a, b) => a.localeCompare(b)));
      await vscode.commands.executeCommand('newsLens.filter', 'motegi');
      assert.deepStrictEqual(await people(), ['Toshimitsu Motegi']);
    } finally {
      await vscode.commands.executeCommand('newsLens.clearFilter');
      await vscode.commands.executeCommand('newsLens.sortBy', 'salience');
    }
  });

  test('Reveal in News Lens opens the view on the entity under the cursor (screenshot)', async () => {
    const { editor, document } = await openArticle();
    await tidyWorkbench();
    const at = positionOf(document, 'Jaishankar');
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('newsLens.revealInView');
    await sleep(1000);
    await screenshot('news-lens-view');
  });

  test('Reveal in News Lens accepts a document and an entity id, as hover links pass them', async () => {
    const { document, api } = await openArticle();
    const analysis = await api.getAnalysis(document.uri);
    const japan = analysis?.countries.find(c => c.code === 'JP');
    assert.ok(japan);
    await vscode.commands.executeCommand('newsLens.revealInView', document.uri.toString(), japan.entityId);
  });
});
