// node-only: writes articles, corrections files and symbolic links with fs, os and path.
// Issue 13: loses nothing, lets nothing out. Corrections writes (item 1), corrections files as untrusted input
// (item 2) and names shown as text, never markup (item 5), in the real extension host.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';
import type { OutlineNode } from '../../src/editor/outlineTree';
import { api, fixture, messageTest, recordingMessages, until } from './helpers';

suite('Hostile and careless input (issue 13)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-hostile-'));
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the envoys fixture (plus `extra` text) in `folder`, open in an editor, with its first analysis. */
  async function openCopy(name: string, options: { sidecar?: string; extra?: string; folder?: string } = {}): Promise<{ document: vscode.TextDocument; file: string; analysis: Analysis }> {
    const file = path.join(options.folder ?? dir, name);
    fs.writeFileSync(file, fs.readFileSync(fixture('envoys.article').fsPath, 'utf8') + (options.extra ?? ''));
    if (options.sidecar !== undefined) fs.writeFileSync(`${file}.newslens.json`, options.sidecar);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    const analysis = await (await api()).getAnalysis(document.uri);
    assert.ok(analysis, `${name} is analysed`);
    return { document, file, analysis };
  }

  const saved = (file: string): { notEntities?: string[]; entities?: Record<string, string> } =>
    JSON.parse(fs.readFileSync(`${file}.newslens.json`, 'utf8'));

  test('item 1: five "Not an Entity" at once keep all five names (writes to one file run one after another)', async () => {
    const { document, file, analysis } = await openCopy('race.article');
    const picked = analysis.entities.filter(e => e.type !== 'COUNTRY').slice(0, 5);
    assert.strictEqual(picked.length, 5, analysis.entities.map(e => e.canonical).join(', '));
    const results = await Promise.all(picked.map(e => vscode.commands.executeCommand<string[] | undefined>('newsLens.markNotEntity', document.uri.toString(), e.id)));
    assert.ok(results.every(r => r !== undefined), 'each command says it saved');
    const listed = new Set(saved(file).notEntities);
    for (const e of picked) assert.ok(listed.has(e.canonical), `${e.canonical} is in ${[...listed].join(', ')}`);
  });

  test('item 1: with the corrections file open and edited but unsaved, "Not an Entity" keeps the reader\'s edit', async () => {
    const { document, file, analysis } = await openCopy('dirty.article', { sidecar: '{\n  "notEntities": []\n}\n' });
    const sidecar = await vscode.workspace.openTextDocument(vscode.Uri.file(`${file}.newslens.json`));
    const editor = await vscode.window.showTextDocument(sidecar);
    await editor.edit(b => b.replace(new vscode.Range(0, 0, sidecar.lineCount, 0), '{"entities": {"Tibetan exiles": "ORG"}}'));
    assert.ok(sidecar.isDirty);
    const beijing = analysis.entities.find(e => e.canonical === 'Beijing');
    assert.ok(beijing);
    const dropped = await vscode.commands.executeCommand<string[] | undefined>('newsLens.markNotEntity', document.uri.toString(), beijing.id);
    assert.deepStrictEqual(dropped, ['Beijing']);
    assert.deepStrictEqual(JSON.parse(sidecar.getText()), { entities: { 'Tibetan exiles': 'ORG' }, notEntities: ['Beijing'] });
    assert.deepStrictEqual(saved(file), { entities: { 'Tibetan exiles': 'ORG' }, notEntities: ['Beijing'] }, 'written to disk too');
    assert.ok(!sidecar.isDirty, 'saved, so no "file modified since" conflict is left');
    await until('the analysis to apply both', async () => {
      const names = ((await (await api()).getAnalysis(document.uri))?.entities ?? []).map(e => `${e.type}:${e.canonical}`);
      return !names.includes('PLACE:Beijing') && names.includes('ORG:Tibetan exiles');
    });
  });

  messageTest('item 2: a corrections file that is a symbolic link is never written through, and its target is never quoted', async () => {
    const outside = path.join(dir, 'outside-target.txt');
    fs.writeFileSync(outside, 'secret first line\nsecond line\n');
    const file = path.join(dir, 'linked.article');
    fs.symlinkSync(outside, `${file}.newslens.json`);
    await recordingMessages(async messages => {
      const { document } = await openCopy('linked.article');
      const result = await vscode.commands.executeCommand<string | undefined>('newsLens.markAsEntity', document.uri, 'Tibetan exiles', 'ORG');
      assert.strictEqual(result, undefined);
      assert.strictEqual(fs.readFileSync(outside, 'utf8'), 'secret first line\nsecond line\n', 'the link\'s target is untouched');
      assert.ok(messages.some(m => /symbolic link/.test(m) && /Nothing was changed/.test(m)), JSON.stringify(messages));
      assert.ok(!messages.some(m => /secret/.test(m)), JSON.stringify(messages));
    });
  });

  messageTest('item 2: a corrections file in a linked folder of the workspace is never written', async () => {
    const outside = fs.mkdtempSync(path.join(dir, 'outside-'));
    const link = fixture('zz-linked-folder').fsPath;
    fs.symlinkSync(outside, link);
    try {
      await recordingMessages(async messages => {
        const { document } = await openCopy('inside.article', { folder: link });
        const result = await vscode.commands.executeCommand<string | undefined>('newsLens.markAsEntity', document.uri, 'Tibetan exiles', 'ORG');
        assert.strictEqual(result, undefined);
        assert.deepStrictEqual(fs.readdirSync(outside), ['inside.article'], 'no corrections file appeared outside the workspace');
        assert.ok(messages.some(m => /linked folder/.test(m)), JSON.stringify(messages));
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(link, { force: true });
    }
  });

  messageTest('item 2: a corrections file nested 20,000 deep costs no annotation: the rest applies and the user is told once', async () => {
    await recordingMessages(async messages => {
      const deep = `{"notEntities": ["Beijing", ${'['.repeat(20_000)}${']'.repeat(20_000)}]}`;
      const { document, analysis } = await openCopy('deep.article', { sidecar: deep });
      const names = analysis.entities.map(e => e.canonical);
      assert.ok(names.includes('Tenzin Dorje') && !names.includes('Beijing'), names.join(', '));
      await until('a warning about the file', () => messages.some(m => /deep\.article\.newslens\.json/.test(m)));
      // Mark as Entity cannot write the file back (too deep to rewrite): told, and the file is kept as it was.
      const result = await vscode.commands.executeCommand<string | undefined>('newsLens.markAsEntity', document.uri, 'Tibetan exiles', 'ORG');
      assert.strictEqual(result, undefined);
      assert.strictEqual(fs.readFileSync(`${document.uri.fsPath}.newslens.json`, 'utf8'), deep);
    });
  });

  test('item 2: a name "__proto__" or "constructor" is a name like any other', async () => {
    const { document, file } = await openCopy('proto.article', { extra: '\n\nThe constructor spoke to __proto__ reporters.\n', sidecar: '{"entities": {"Dharamsala": "constructor"}}' });
    const newsLens = await api();
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.markAsEntity', document.uri, '__proto__', 'ORG'), '__proto__');
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.markAsEntity', document.uri, 'constructor', 'PERSON'), 'constructor');
    assert.deepStrictEqual(Object.entries(saved(file).entities ?? {}), [['Dharamsala', 'constructor'], ['__proto__', 'ORG'], ['constructor', 'PERSON']]);
    await until('both names to be entities', async () => {
      const names = ((await newsLens.getAnalysis(document.uri))?.entities ?? []).map(e => `${e.type}:${e.canonical}`);
      return names.includes('ORG:__proto__') && names.includes('PERSON:constructor');
    });
    const types = ((await newsLens.getAnalysis(document.uri))?.entities ?? []).map(e => e.type);
    assert.ok(types.every(t => ['PERSON', 'ORG', 'PLACE', 'COUNTRY'].includes(t)), types.join(', '));
  });

  test('item 5: names are text: the view\'s tooltips escape Markdown, quick picks escape $(icon) syntax', async () => {
    const evil = '[Evil](command:workbench.action.closeWindow)';
    const icon = '$(alert) Holdings';
    const { document } = await openCopy('names.article', { extra: `\n\nOfficials of ${evil} met ${icon} staff.\n`, sidecar: JSON.stringify({ entities: { [evil]: 'ORG', [icon]: 'ORG' } }) });
    const newsLens = await api();
    const analysis = await newsLens.getAnalysis(document.uri);
    const canonicals = (analysis?.entities ?? []).map(e => e.canonical);
    assert.ok(canonicals.includes(evil) && canonicals.includes(icon), canonicals.join(', '));

    // the view follows the active editor: find both entities' tree items
    const provider = newsLens.outline;
    const tooltips: string[] = [];
    await until('the view to list the article\'s organisations', async () => {
      tooltips.length = 0;
      for (const group of (await provider.getChildren()) ?? []) {
        for (const node of (await provider.getChildren(group)) ?? []) {
          const item = await provider.getTreeItem(node as OutlineNode);
          const tip = item.tooltip;
          if (tip instanceof vscode.MarkdownString && /Evil|Holdings/.test(tip.value)) tooltips.push(tip.value);
        }
      }
      return tooltips.length === 2;
    });
    for (const tip of tooltips) {
      assert.doesNotMatch(tip, /(?<!\\)\[Evil/, `the name is escaped in ${tip}`);
      assert.doesNotMatch(tip, /(?<!\\)\$\(alert\)/, `the icon syntax is escaped in ${tip}`);
    }

    const w = vscode.window as unknown as Record<string, unknown>;
    const original = w.showQuickPick;
    const labels: string[] = [];
    w.showQuickPick = (items: readonly vscode.QuickPickItem[]) => {
      labels.push(...items.map(i => i.label));
      return Promise.resolve(undefined);
    };
    try {
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document === document);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('newsLens.markNotEntity');
    } finally {
      w.showQuickPick = original;
    }
    const shown = labels.find(l => l.includes('Holdings'));
    assert.ok(shown, JSON.stringify(labels));
    assert.match(shown, /\\\$\(alert\) Holdings$/, 'the name\'s $(alert) shows as written');
  });
});

suite('The workspace search is honest about coverage (issue 13, item 4)', () => {
  const made: string[] = [];
  /** Writes `text` at `name` in the fixture workspace; removed after the suite. */
  const put = (name: string, text: string): string => {
    const file = fixture(name).fsPath;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    made.push(name.split('/')[0]);
    return file;
  };
  const article = (what: string): string => ` date 2024-03-01\n${what} talks in Oslo\n\nNorway hosted ${what} talks in Oslo on Friday.\n`;
  const names = (index: { articles: readonly { uri: string }[] }): string[] => index.articles.map(a => vscode.workspace.asRelativePath(vscode.Uri.parse(a.uri))).sort();
  suiteTeardown(async () => {
    for (const name of new Set(made)) fs.rmSync(fixture(name).fsPath, { recursive: true, force: true });
    await vscode.workspace.getConfiguration('search').update('exclude', undefined, vscode.ConfigurationTarget.Global);
  });

  test('a capped search reads the same files, the first by path, on every run, and says how many it read of how many', async () => {
    for (let i = 0; i < 6; i++) put(`zz-many/a${i}.article`, article(`Round ${i}`));
    const newsLens = await api();
    const first = await newsLens.searchWorkspace({ maxFiles: 3 });
    const second = await newsLens.searchWorkspace({ maxFiles: 3 });
    assert.deepStrictEqual(names(first), names(second));
    assert.strictEqual(first.coverage.read, 3);
    assert.ok(first.coverage.found >= 9, JSON.stringify(first.coverage));
    assert.strictEqual(first.coverage.isCancelled, false);
    const whole = await newsLens.searchWorkspace();
    assert.strictEqual(whole.coverage.read, whole.coverage.found, 'an uncapped search reads every file');
    assert.ok(names(whole).includes('zz-many/a5.article'));
  });

  test('a cancelled search says it was cancelled and how far it got', async () => {
    const source = new vscode.CancellationTokenSource();
    source.cancel();
    const index = await (await api()).searchWorkspace({ token: source.token });
    assert.strictEqual(index.coverage.isCancelled, true);
    assert.ok(index.coverage.read < index.coverage.found, JSON.stringify(index.coverage));
    source.dispose();
  });

  test('files in search.exclude and .gitignore folders, and files reached through a symbolic link, are not read', async () => {
    put('zz-hidden/excluded.article', article('Hidden'));
    put('zz-ignored/ignored.article', article('Ignored'));
    put('.gitignore', 'zz-ignored/\n');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-outside-'));
    fs.writeFileSync(path.join(outside, 'outside.article'), article('Outside'));
    fs.symlinkSync(outside, fixture('zz-link').fsPath);
    made.push('zz-link');
    try {
      await vscode.workspace.getConfiguration('search').update('exclude', { '**/zz-hidden': true }, vscode.ConfigurationTarget.Global);
      const index = await (await api()).searchWorkspace();
      const read = names(index);
      for (const left of ['zz-hidden/excluded.article', 'zz-ignored/ignored.article', 'zz-link/outside.article']) assert.ok(!read.includes(left), `${left} in ${read.join(', ')}`);
      assert.ok(read.includes('envoys.article'), read.join(', '));
      assert.deepStrictEqual(index.skipped.map(s => [vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri)), s.reason]), [['zz-link/outside.article', 'reached through a symbolic link']]);
    } finally {
      fs.rmSync(fixture('.gitignore').fsPath, { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

suite('Settings and trust (issue 13, item 6)', () => {
  messageTest('an include glob with too many wildcards is refused with a message, before VS Code\'s matcher sees it', async () => {
    const newsLens = await api();
    const section = vscode.workspace.getConfiguration('newsLens');
    await recordingMessages(async messages => {
      try {
        await section.update('include', ['**/*a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*.txt'], vscode.ConfigurationTarget.Global);
        await until('a warning about newsLens.include', () => messages.some(m => /newsLens\.include/.test(m) && /wildcards/.test(m)));
        assert.deepStrictEqual(newsLens.getConfiguration().include, []);
        await section.update('include', ['**/*.story', 'notes/*.txt'], vscode.ConfigurationTarget.Global);
        await until('ordinary globs to apply', () => newsLens.getConfiguration().include.length === 2);
      } finally {
        await section.update('include', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });
});
