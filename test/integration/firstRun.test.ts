// node-only: writes its articles into a temporary folder with fs and os.
// What a new user meets in the first ten minutes: plain-text articles without a header line, word wrap, the quiet
// "Annotate This File" hint, readers that follow corrections, and commands that can be found.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, fixture, messageTest, positionOf, recordingMessages, until } from './helpers';

// Written for these tests. A wire report without the header line, one long paragraph per line.
const HEADLINE = 'Harbour strike halts grain exports for a third day';
const PARAGRAPHS = [
  'ROTTERDAM, March 3 (Reuters) - Dock workers at Europe\'s largest port stayed off the job for a third day on Tuesday, leaving dozens of grain ships waiting at anchor, union officials said.',
  'The strike began after talks over night-shift pay broke down late on Sunday, according to a statement from the port authority, which said it hoped to resume negotiations this week.',
  '"We are not asking for the moon, we are asking for a fair night rate," said a union spokeswoman, who added that members would vote on any new offer.',
  'Traders said the stoppage had already pushed up freight costs for cargoes from the Black Sea, and warned that a longer strike could delay deliveries to mills across northern Europe.',
];
// Long lines: each paragraph line holds several of the sentences above, as scraped articles do.
const WIRE = `${HEADLINE}\n${Array.from({ length: 40 }, (_, i) => [0, 1, 2, 3].map(k => PARAGRAPHS[(i + k) % 4]).join(' ')).join('\n')}\n`;
// Prose without a headline, dateline or byline: reads somewhat like an article, not clearly enough.
const PROSE = `Every spring the people of a small valley town walk the hillsides with notebooks, counting the hives their grandparents kept. This year they found fewer than half.

Farmers told the local council that a wet summer and a new pest had hit the colonies hard. The council has promised money for new hives, but the beekeepers say money alone will not bring the bees back.

"You cannot buy a colony that knows this valley," one of them said. Younger families have begun to join the count, and the school now keeps two hives of its own.

The count will be repeated in the autumn, when the council expects a report from the regional agricultural office.
`;

type Symbols = (vscode.DocumentSymbol & vscode.SymbolInformation)[] | undefined;
const symbolNames = async (uri: vscode.Uri): Promise<string[]> => {
  const symbols = await vscode.commands.executeCommand<Symbols>('vscode.executeDocumentSymbolProvider', uri);
  const names: string[] = [];
  const walk = (list: readonly vscode.DocumentSymbol[]) => list.forEach(s => { names.push(s.name); walk(s.children ?? []); });
  walk(symbols ?? []);
  return names;
};

suite('The first ten minutes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-first-'));
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, text: string): Promise<vscode.TextEditor> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
  }

  test('a plain-text article without the header line is recognised by its content and read wrapped', async () => {
    const editor = await open('strike.txt', WIRE);
    const newsLens = await api();
    assert.strictEqual(editor.document.languageId, 'plaintext');
    assert.ok(newsLens.isArticle(editor.document.uri), 'recognised as an article');
    const analysis = await newsLens.getAnalysis(editor.document.uri);
    assert.ok(analysis?.countries.some(c => c.code === 'NL' || c.code === 'GB') || analysis?.entities.length, 'annotated');
    await until('word wrap for the article', () => newsLens.isWrapped(editor.document.uri));
    // Wrapped, 40 lines of several hundred characters fill the editor long before the twentieth line.
    await until('the editor to show the long lines wrapped', () => {
      const shown = editor.visibleRanges[0];
      return !!shown && shown.end.line < 20;
    });
    const settings = vscode.workspace.getConfiguration('editor', { uri: editor.document.uri, languageId: 'plaintext' }).inspect('wordWrap');
    assert.strictEqual(settings?.globalValue, undefined, 'no user setting was written');
    assert.strictEqual(settings?.workspaceLanguageValue, undefined, 'no workspace setting was written');
  });

  messageTest('prose that reads somewhat like an article gets a quiet status-bar hint, never a pop-up; the hint annotates it', async () => {
    await recordingMessages(async messages => {
      const editor = await open('bees.txt', PROSE);
      const newsLens = await api();
      const uri = editor.document.uri;
      await until('the hint', () => newsLens.getArticleHintText() === '$(book) Annotate This File');
      assert.ok(!newsLens.isArticle(uri), 'below the bar: not annotated unasked');
      assert.deepStrictEqual(await symbolNames(uri), [], 'no symbols before it is annotated');
      await vscode.commands.executeCommand('newsLens.annotateThisFile', uri);
      await until('the file to be annotated', () => newsLens.isArticle(uri));
      await until('the hint to go', () => newsLens.getArticleHintText() === '');
      await until('the Outline symbols to follow Annotate This File', async () => (await symbolNames(uri)).some(n => n.startsWith('¶')));
      assert.deepStrictEqual(messages, [], 'no notification');
    });
  });

  test('notes that are not an article get no hint', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('notes.txt'));
    await vscode.window.showTextDocument(document);
    const newsLens = await api();
    await until('the notes to be the active editor', () => vscode.window.activeTextEditor?.document === document);
    assert.strictEqual(newsLens.getArticleHintText(), '');
    assert.ok(!newsLens.isArticle(document.uri));
  });

  test('the Outline symbols follow Not an Entity without an edit', async () => {
    const file = path.join(dir, 'envoys.article');
    fs.copyFileSync(fixture('envoys.article').fsPath, file);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    const newsLens = await api();
    const beijing = (await newsLens.getAnalysis(document.uri))?.entities.find(e => e.canonical === 'Beijing');
    assert.ok(beijing);
    assert.ok((await symbolNames(document.uri)).includes('Beijing'));
    await vscode.commands.executeCommand('newsLens.markNotEntity', document.uri.toString(), beijing.id);
    await until('the symbols to drop Beijing', async () => !(await symbolNames(document.uri)).includes('Beijing'));
    assert.strictEqual(document.version, 1, 'the text did not change');
  });

  test('people, organisations, places and countries have four different symbol kinds', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('envoys.article'));
    await (await api()).getAnalysis(document.uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const kinds = new Map<string, vscode.SymbolKind>();
    for (const s of symbols.flatMap(p => p.children)) kinds.set(s.detail, s.kind);
    assert.ok(kinds.has('Person') && kinds.has('Country'), [...kinds.keys()].join(', '));
    assert.strictEqual(new Set(kinds.values()).size, kinds.size, 'no two types share a kind');
    // Object, Module, Namespace and Package draw the same icon.
    const braces = [vscode.SymbolKind.Object, vscode.SymbolKind.Module, vscode.SymbolKind.Namespace, vscode.SymbolKind.Package];
    assert.ok([...kinds.values()].filter(k => braces.includes(k)).length <= 1);
  });

  test('Mark Selection as Entity is in the palette without a selection, and Copy Summary is in the editor context menu', () => {
    const manifest = vscode.extensions.getExtension('news-lens.news-lens')?.packageJSON as {
      contributes: { menus: Record<string, { command: string; when?: string }[]> };
    };
    const palette = manifest.contributes.menus.commandPalette.find(m => m.command === 'newsLens.markAsEntity');
    assert.ok(palette && !/editorHasSelection/.test(palette.when ?? ''), JSON.stringify(palette));
    const context = manifest.contributes.menus['editor/context'];
    assert.ok(context.some(m => m.command === 'newsLens.copySummary' && m.when === 'newsLens.isArticle'));
    assert.ok(context.some(m => m.command === 'newsLens.markAsEntity' && !/editorHasSelection/.test(m.when ?? '')));
  });

  test('Mark Selection as Entity with no selection offers the word under the cursor', async () => {
    const file = path.join(dir, 'cursor.article');
    fs.copyFileSync(fixture('envoys.article').fsPath, file);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = await vscode.window.showTextDocument(document);
    await (await api()).getAnalysis(document.uri);
    const at = positionOf(document, 'vigil');
    editor.selection = new vscode.Selection(at, at);
    let result: string | undefined | null = null;
    const running = vscode.commands.executeCommand<string | undefined>('newsLens.markAsEntity').then(r => { result = r; });
    // The type pick opens with Person first; accept it once it is there.
    await until('the type pick to be accepted', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return result !== null;
    });
    await running;
    assert.strictEqual(result, 'vigil');
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(`${file}.newslens.json`, 'utf8')), { entities: { vigil: 'PERSON' } });
  });

  messageTest('Mark Selection as Entity with nothing under the cursor says what to select', async () => {
    await recordingMessages(async messages => {
      const file = path.join(dir, 'blank.article');
      fs.writeFileSync(file, fs.readFileSync(fixture('envoys.article').fsPath, 'utf8').replace('Envoys meet', '\n\nEnvoys meet'));
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const editor = await vscode.window.showTextDocument(document);
      await (await api()).getAnalysis(document.uri);
      editor.selection = new vscode.Selection(1, 0, 1, 0);
      const result = await vscode.commands.executeCommand<string | undefined>('newsLens.markAsEntity');
      assert.strictEqual(result, undefined);
      assert.ok(messages.some(m => /put the cursor on a word, or select a name/.test(m)), JSON.stringify(messages));
      assert.ok(!fs.existsSync(`${file}.newslens.json`), 'nothing written');
    });
  });
});
