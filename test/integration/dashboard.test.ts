// Portable: it writes its corpus with vscode.workspace.fs, so it also runs in the web worker extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RenderReport } from '../../src/editor/dashboardProtocol';
import { api, fixture, screenshot, tidyWorkbench, until } from './helpers';

// A small beat of dated articles (eight countries, their leaders, four topics) written into the fixture workspace.
const LEADERS: readonly [string, string, string][] = [
  ['Japan', 'JP', 'Japanese Prime Minister Shigeru Ishiba'],
  ['India', 'IN', 'Indian Prime Minister Narendra Modi'],
  ['Germany', 'DE', 'German Chancellor Olaf Scholz'],
  ['France', 'FR', 'French President Emmanuel Macron'],
  ['Brazil', 'BR', 'Brazilian President Luiz Inacio Lula da Silva'],
  ['Nigeria', 'NG', 'Nigerian President Bola Tinubu'],
  ['Australia', 'AU', 'Australian Prime Minister Anthony Albanese'],
  ['Canada', 'CA', 'Canadian Prime Minister Mark Carney'],
];
const TOPICS = [
  'tariffs on steel imports and a new free trade agreement to cut customs duties',
  'electricity grids, natural gas pipelines and renewable energy from offshore wind',
  'joint military exercises, arms sales and the defence budget for the navy',
  'a climate accord on carbon emissions, air pollution and protecting forests',
];
const COUNT = 16;

function beat(i: number): { name: string; text: string; countries: string[] } {
  const [a, b] = [LEADERS[i % 8], LEADERS[(i * 3 + 1) % 8]];
  const month = String(1 + (i % 6)).padStart(2, '0');
  const day = String(3 + i).padStart(2, '0');
  const text = ` date 2024-${month}-${day} staff\n${a[0]} and ${b[0]} agree on ${TOPICS[i % 4].split(' ').slice(0, 3).join(' ')}\n\n`
    + `${a[2]} met ${b[2]} on Tuesday. The two leaders discussed ${TOPICS[i % 4]}.\n\n`
    + `${a[0]} and ${b[0]} will meet again next year, officials said.\n`;
  return { name: `zz-corpus/${i % 2 ? 'asia' : 'world'}/beat-${String(i).padStart(2, '0')}.article`, text, countries: [a[1], b[1]] };
}

suite('Dashboard and corpus index', () => {
  const articles = Array.from({ length: COUNT }, (_, i) => beat(i));
  let folder: vscode.Uri;

  suiteSetup(async () => {
    folder = fixture('zz-corpus');
    for (const a of articles) await vscode.workspace.fs.writeFile(fixture(a.name), new TextEncoder().encode(a.text));
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await (await api()).corpus.scan();
  });

  test('indexes every article of the workspace, with its entities, countries and dates', async () => {
    const corpus = await (await api()).corpus.scan();
    const beats = corpus.articles.filter(a => a.id.includes('/zz-corpus/'));
    assert.strictEqual(beats.length, COUNT);
    assert.ok(corpus.articles.some(a => a.id.endsWith('energyGrids.article')));
    assert.ok(!corpus.articles.some(a => a.id.endsWith('notes.txt')), 'notes.txt is no article');
    const first = beats.find(a => a.id.endsWith('beat-00.article'));
    assert.strictEqual(first?.date, '2024-01-03');
    assert.strictEqual(first?.folder, 'zz-corpus/world');
    const modi = first?.items.find(i => i.key === 'PERSON:narendra modi');
    assert.ok(modi, JSON.stringify(first?.items.map(i => i.key)));
    assert.strictEqual(articles[0].text.split('\n')[modi.line].slice(modi.character, modi.character + 'Narendra Modi'.length), 'Narendra Modi');
    assert.strictEqual(corpus.isComplete, true);
  });

  test('Go to Symbol in Workspace finds a person of the corpus and points at a mention', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Narendra Modi');
    const modi = symbols.find(s => s.name === 'Narendra Modi');
    assert.ok(modi, symbols.map(s => s.name).join(', '));
    assert.match(modi.containerName, /News Lens person · \d+ articles/);
    const document = await vscode.workspace.openTextDocument(modi.location.uri);
    assert.strictEqual(document.getText(modi.location.range.with({ end: modi.location.range.start.translate(0, 13) })), 'Narendra Modi');
  });

  test('the dashboard draws the map, the timeline and the lists, filters, lists articles and opens one at its mention', async () => {
    const nl = await api();
    await tidyWorkbench();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const total = (await nl.corpus.scan()).articles.length;
    await vscode.commands.executeCommand('newsLens.openDashboard');
    await until('the dashboard drew the whole corpus', () => nl.dashboard.lastReport()?.articles === total && !nl.dashboard.lastReport()?.filter.keys, 30_000);
    const report = nl.dashboard.lastReport() as RenderReport;
    assert.ok(report.shapes > 150, `${report.shapes} country shapes`);
    for (const code of ['JP', 'IN', 'DE', 'FR', 'BR', 'NG', 'AU', 'CA']) assert.ok(report.shaded.includes(code), `${code} in ${report.shaded.join(' ')}`);
    assert.ok(!report.shaded.includes('AR'), 'no article mentions Argentina');
    assert.ok(report.timelineBars >= 6, `${report.timelineBars} bars`);
    assert.ok(report.people.includes('Narendra Modi'), report.people.join(', '));
    assert.ok(report.themes.length > 0 && report.pairs > 0);

    // the host starts in the light theme: a theme change restyles the webview, which draws again with its colours
    const reveal = async (part: 'top' | 'lists') => {
      let done = false;
      const listening = nl.dashboard.onDidReveal(p => { done = p === part; });
      await nl.dashboard.request({ type: 'reveal', part });
      await until(`the dashboard showed its ${part}`, () => done);
      listening.dispose();
    };
    const inTheme = async (theme: string, kind: string, shot: string) => {
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      // the webview redraws when its theme changes; asking again covers a change it saw before the request
      let checks = 0;
      await until(`the dashboard drew in ${theme}`, async () => {
        if (nl.dashboard.lastReport()?.theme === kind) return true;
        if (++checks % 20 === 0) await nl.dashboard.handle({ type: 'filter', filter: {} });
        return false;
      });
      await reveal('top');
      await screenshot(shot);
      await reveal('lists');
      await screenshot(`${shot}-lists`);
    };
    // the host follows the browser's colour scheme (window.autoDetectColorScheme): the test sets its themes itself
    const windowSettings = vscode.workspace.getConfiguration('window');
    const autoDetect = windowSettings.inspect('autoDetectColorScheme')?.globalValue;
    const workbench = vscode.workspace.getConfiguration('workbench');
    const colorTheme = workbench.inspect('colorTheme')?.globalValue;
    try {
      await windowSettings.update('autoDetectColorScheme', false, vscode.ConfigurationTarget.Global);
      await inTheme('Default Dark Modern', 'vscode-dark', 'dashboard-dark');
      await inTheme('Default Light Modern', 'vscode-light', 'dashboard-light');
    } finally {
      await workbench.update('colorTheme', colorTheme, vscode.ConfigurationTarget.Global);
      await windowSettings.update('autoDetectColorScheme', autoDetect, vscode.ConfigurationTarget.Global);
    }

    const brazil = articles.filter(a => a.countries.includes('BR')).length;
    await nl.dashboard.handle({ type: 'filter', filter: { keys: ['COUNTRY:BR'] } });
    await until('the dashboard drew the articles about Brazil', () => nl.dashboard.lastReport()?.filter.keys?.[0] === 'COUNTRY:BR');
    assert.strictEqual(nl.dashboard.lastReport()?.articles, brazil);
    assert.ok(nl.dashboard.lastReport()?.shaded.includes('BR'));

    await nl.dashboard.handle({ type: 'filter', filter: {} });
    await nl.dashboard.handle({ type: 'query', query: { keys: ['COUNTRY:DE'], title: 'Germany' } });
    await until('the dashboard listed the articles about Germany', () => !!nl.dashboard.lastReport()?.list);
    const expected = articles.filter(a => a.countries.includes('DE')).map(a => a.text.split('\n')[1]);
    const energyGrids = 1; // the fixture energyGrids.article is about Germany too
    assert.strictEqual(nl.dashboard.lastReport()?.list?.length, expected.length + energyGrids);
    for (const title of expected) assert.ok(nl.dashboard.lastReport()?.list?.includes(title), title);

    const corpus = await nl.corpus.current();
    const target = corpus.articles.find(a => a.id.endsWith('beat-02.article'));
    const de = target?.items.find(i => i.key === 'COUNTRY:DE');
    assert.ok(target && de);
    await nl.dashboard.handle({ type: 'open', id: target.id, line: de.line, character: de.character });
    await until('the article opened', () => vscode.window.activeTextEditor?.document.uri.toString() === target.id);
    const editor = vscode.window.activeTextEditor as vscode.TextEditor;
    const at = editor.document.offsetAt(editor.selection.active);
    assert.match(editor.document.getText().slice(at, at + 7), /^German/);
  });

  test('the index is kept in workspace storage: a reopened workspace shows it at once, a malformed file is rebuilt', async () => {
    const nl = await api();
    const scanned = await nl.corpus.scan();
    const file = nl.corpus.storeFile;
    assert.ok(file, 'the fixture workspace has storage');
    const stored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    assert.strictEqual(Object.values(stored.entries).filter((e: unknown) => (e as { article?: unknown }).article).length, scanned.articles.length);
    await nl.corpus.reload();
    const reopened = await nl.corpus.current();
    assert.deepStrictEqual(reopened.articles.map(a => a.id), scanned.articles.map(a => a.id), 'the stored corpus, before any file is read');
    await nl.corpus.scan(); // the scan the reopening started ends (and writes the index) before the file is spoilt
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{"format":1,"entries":{"x":{"mtime":"soon"}}}'));
    await nl.corpus.reload();
    assert.deepStrictEqual((await nl.corpus.current()).articles, [], 'the malformed file was discarded as a whole');
    const rebuilt = await nl.corpus.scan();
    assert.deepStrictEqual(rebuilt.articles.map(a => a.id), scanned.articles.map(a => a.id));
    assert.ok(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))).entries, 'written again');
  });

  test('a new article file joins the corpus through the file watcher', async () => {
    const nl = await api();
    const extra = fixture('zz-corpus/late.article');
    await vscode.workspace.fs.writeFile(extra, new TextEncoder().encode(' date 2024-07-01 x\nChile votes\n\nChilean President Gabriel Boric voted in Santiago, Chile.\n'));
    await until('the watcher added the new article', async () => (await nl.corpus.current()).articles.some(a => a.id === extra.toString()), 30_000);
    const chile = (await nl.corpus.current()).articles.find(a => a.id === extra.toString());
    assert.ok(chile?.items.some(i => i.key === 'COUNTRY:CL'));
  });
});
