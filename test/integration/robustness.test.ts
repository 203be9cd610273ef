// node-only: measures process memory, opens sockets and writes temporary files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';
import { api, fixture, messageTest, openUntitled, recordingMessages, SEED, until } from './helpers';
import { hostNetworkGuard } from './noNetwork';

// Deterministic pseudo-random numbers (mulberry32), so that a failing edit sequence can be replayed.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['Angela Merkel ', 'United Nations', ' Tokyo', '\n\n', '\r\n', 'Japan', '😀', '\u200b', 'e\u0301', 'مصر ',
  'trade deal. ', 'THE PRIME MINISTER ', '!!!', '\t', ' ', 'x', 'Indian', '“quoted”'];

/** What the decorations of an article should count, from its analysis (default settings, no focus). */
function expectedCounts(a: Analysis): Record<string, number> {
  const by = (t: string) => a.mentions.filter(m => m.type === t).length;
  return { people: by('PERSON'), organisations: by('ORG'), places: by('PLACE'), countries: by('COUNTRY'),
    themes: a.themes.reduce((n, t) => n + t.evidence.length, 0), quotes: a.quotes.length };
}

async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}


/** Closes the active editor without a save prompt (untitled documents are reverted first). */
async function revertAndClose(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('Robustness under load and bad input', () => {
  const seedText = () => fs.readFileSync(fixture(SEED).fsPath, 'utf8');

  suiteTeardown(async () => {
    await closeAllEditors();
    const ours = hostNetworkGuard.violations.map(v => `${v.api} -> ${v.target}\n${v.stack}`);
    if (hostNetworkGuard.noted.length) {
      console.warn(`network guard: ${hostNetworkGuard.noted.length} non-local use(s) by other code in the host (not News Lens) let through`);
    }
    assert.deepStrictEqual(ours, [], 'News Lens made network requests during the integration suite');
  });

  test('the network guard is active in the extension host', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const net = require('net') as typeof import('net');
    const before = hostNetworkGuard.violations.length;
    assert.throws(() => net.connect(80, '192.0.2.1'), /refused/);
    assert.strictEqual(hostNetworkGuard.violations.length, before + 1);
    hostNetworkGuard.violations.pop(); // provoked on purpose
  });

  test('200 rapid edits end with an analysis and decorations equal to a fresh analysis of the final text', async function () {
    this.timeout(600_000);
    const a = await api();
    const document = await openUntitled(seedText());
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await a.getAnalysis(document.uri);
    const next = random(6);
    for (let i = 0; i < 200; i++) {
      const text = document.getText();
      const at = Math.floor(next() * (text.length + 1));
      const del = next() < 0.5 ? 0 : Math.min(text.length - at, Math.floor(next() * 30));
      const insert = next() < 0.3 ? '' : INSERTS[Math.floor(next() * INSERTS.length)];
      const range = new vscode.Range(document.positionAt(at), document.positionAt(at + del));
      // Not awaited one by one with any analysis: edits arrive faster than the debounce.
      assert.ok(await editor.edit(b => b.replace(range, insert), { undoStopBefore: false, undoStopAfter: false }), `edit ${i} applied`);
      if (i % 40 === 0) void a.getAnalysis(document.uri); // a reader asks in the middle of the storm
    }
    const finalText = document.getText();
    const edited = await a.getAnalysis(document.uri);
    assert.ok(edited, 'the edited document has an analysis');
    assert.strictEqual(edited.textLength, finalText.length);

    const fresh = await openUntitled(finalText);
    await vscode.window.showTextDocument(fresh, vscode.ViewColumn.Two);
    const freshAnalysis = await a.getAnalysis(fresh.uri);
    assert.ok(freshAnalysis);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(edited)), JSON.parse(JSON.stringify(freshAnalysis)));
    for (const m of edited.mentions) assert.strictEqual(finalText.slice(m.start, m.end), m.text);

    const want = expectedCounts(freshAnalysis);
    await until('the edited editor\'s decorations to match a fresh analysis', () =>
      JSON.stringify(a.getDecorationCounts(document.uri)?.categories) === JSON.stringify(want));
    await until('the fresh editor\'s decorations', () =>
      JSON.stringify(a.getDecorationCounts(fresh.uri)?.categories) === JSON.stringify(want));
    await closeAllEditorsReverting();
  });

  test('edits at several places at once (one change event), each analysed, end equal to a fresh analysis', async function () {
    this.timeout(600_000);
    const a = await api();
    const document = await openUntitled(seedText());
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await a.getAnalysis(document.uri);
    const next = random(11);
    for (let i = 0; i < 6; i++) {
      // The analysis worker keeps the text of the version it analysed last: this edit reaches it as changes only.
      const text = document.getText();
      const spots = [0, 1, 2].map(() => Math.floor(next() * (text.length + 1))).sort((x, y) => x - y);
      assert.ok(await editor.edit(b => {
        b.insert(document.positionAt(spots[0]), INSERTS[i]);
        if (spots[1] + 5 <= spots[2]) b.replace(new vscode.Range(document.positionAt(spots[1]), document.positionAt(spots[1] + 5)), 'Japan ');
        b.insert(document.positionAt(spots[2]), INSERTS[i + 6]);
        b.insert(document.positionAt(text.length), ' Angela Merkel spoke.');
      }), `edit ${i} applied`);
      const analysis = await a.getAnalysis(document.uri);
      assert.ok(analysis);
      const now = document.getText();
      assert.strictEqual(analysis.textLength, now.length);
      for (const m of analysis.mentions) assert.strictEqual(now.slice(m.start, m.end), m.text, `edit ${i}: ${m.text} at ${m.start}`);
    }
    const fresh = await openUntitled(document.getText());
    const freshAnalysis = await a.getAnalysis(fresh.uri);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(await a.getAnalysis(document.uri))), JSON.parse(JSON.stringify(freshAnalysis)));
    await closeAllEditorsReverting();
  });

  test('opening and closing documents again and again leaves no cached state behind', async function () {
    this.timeout(600_000);
    const a = await api();
    await closeAllEditorsReverting();
    const baseDocs = vscode.workspace.textDocuments.length;
    const baseCache = a.getCacheSize();
    const heapBefore = process.memoryUsage().heapUsed;
    const text = seedText();
    const closed: vscode.Uri[] = [];
    for (let i = 0; i < 40; i++) {
      const document = await openUntitled(`${text}\n\nRound ${i}: Angela Merkel met officials in Tokyo.`);
      await vscode.window.showTextDocument(document);
      assert.ok(await a.getAnalysis(document.uri), `round ${i} analysed`);
      closed.push(document.uri);
      await revertAndClose();
    }
    await until('every closed document to be released', () => vscode.workspace.textDocuments.length <= baseDocs);
    await until('the analysis cache to shrink back', () => a.getCacheSize() <= baseCache);
    for (const uri of closed) assert.strictEqual(a.getDecorationCounts(uri), undefined, `decoration counts kept for ${uri}`);
    const grownMB = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
    // 40 analyses of a 2.5 kB article are a few MB at most; a leak of documents or analyses shows as far more.
    assert.ok(grownMB < 60, `heap grew by ${grownMB.toFixed(1)} MB over 40 open/close rounds`);
  });

  messageTest('a binary document is not analysed and the user is told once', async () => {
    const a = await api();
    await recordingMessages(async messages => {
      const document = await openUntitled(' date 2020-10-07 Left Menu\nPK\u0003\u0004\u0000\u0000 binary junk \u0000 Japan');
      const editor = await vscode.window.showTextDocument(document);
      assert.strictEqual(await a.getAnalysis(document.uri), undefined);
      await editor.edit(b => b.insert(new vscode.Position(1, 0), 'more '));
      assert.strictEqual(await a.getAnalysis(document.uri), undefined);
      // both analyses are settled: a second message would have been shown by now
      await until('the binary message', () => messages.some(m => /binary/i.test(m)));
      const told = messages.filter(m => /binary/i.test(m));
      assert.strictEqual(told.length, 1, `messages: ${JSON.stringify(messages)}`);
      assert.strictEqual(a.getDecorationCounts(document.uri)?.categories.countries ?? 0, 0);
    });
    await closeAllEditorsReverting();
  });

  messageTest('binary and over-limit files on disk (the real cases: a renamed .zip, a 6 MB dump) are not analysed, each told once', async function () {
    const a = await api();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-robust-'));
    try {
      const binary = path.join(dir, 'renamed-archive.txt');
      fs.writeFileSync(binary, Buffer.concat([Buffer.from(' date 2020-10-07 Left Menu\nJapan '), Buffer.from([0, 1, 2, 0x50, 0x4b, 3, 4, 0])]));
      const large = path.join(dir, 'dump.txt');
      const paragraph = 'Japan and India agreed to expand trade and investment in the Indo-Pacific region.\n\n';
      fs.writeFileSync(large, ` date 2020-10-07 Left Menu\nA very long dump\n\n${paragraph.repeat(Math.ceil(6 * 1048576 / paragraph.length))}`);
      await recordingMessages(async messages => {
        let isBinaryOpened = false;
        for (const file of [binary, large]) {
          let document: vscode.TextDocument;
          try {
            document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
          } catch (e) {
            // VS Code itself may refuse to open a binary file as text: then nothing reaches News Lens.
            assert.strictEqual(file, binary, `opening ${file}: ${e}`);
            continue;
          }
          isBinaryOpened ||= file === binary;
          await vscode.window.showTextDocument(document);
          assert.strictEqual(a.isArticle(document.uri), true, `${file} has the article header`);
          assert.strictEqual(await a.getAnalysis(document.uri), undefined, `${file} is not analysed`);
          assert.strictEqual(await a.getAnalysis(document.uri), undefined);
        }
        await until('the size message', () => messages.some(m => /dump\.txt/.test(m)));
        if (isBinaryOpened) await until('the binary message', () => messages.some(m => /renamed-archive\.txt/.test(m)));
        const binaryTold = messages.filter(m => /renamed-archive\.txt/.test(m));
        const largeTold = messages.filter(m => /dump\.txt/.test(m));
        assert.strictEqual(binaryTold.length, isBinaryOpened ? 1 : 0, `binary opened: ${isBinaryOpened}; messages: ${JSON.stringify(messages)}`);
        assert.strictEqual(largeTold.length, 1, `messages: ${JSON.stringify(messages)}`);
        assert.match(largeTold[0], /MB/);
      });
    } finally {
      await closeAllEditorsReverting();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  messageTest('a document over newsLens.maxFileSizeMB is not analysed and the user is told once', async () => {
    const a = await api();
    const section = vscode.workspace.getConfiguration('newsLens');
    await recordingMessages(async messages => {
      await section.update('maxFileSizeMB', 0.001, vscode.ConfigurationTarget.Global); // about 1000 characters
      try {
        await until('the limit to apply', () => a.getConfiguration().maxFileSizeMB === 0.001);
        const document = await openUntitled(seedText());
        const editor = await vscode.window.showTextDocument(document);
        assert.strictEqual(await a.getAnalysis(document.uri), undefined);
        await editor.edit(b => b.insert(new vscode.Position(1, 0), 'Breaking: '));
        assert.strictEqual(await a.getAnalysis(document.uri), undefined);
        await until('the size message', () => messages.some(m => /maxFileSizeMB|limit/i.test(m)));
        const told = messages.filter(m => /maxFileSizeMB|limit/i.test(m));
        assert.strictEqual(told.length, 1, `messages: ${JSON.stringify(messages)}`);
      } finally {
        await section.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
      }
    });
    await closeAllEditorsReverting();
  });

  messageTest('lowering newsLens.maxFileSizeMB below an open article already analysed sets it aside', async () => {
    const a = await api();
    const section = vscode.workspace.getConfiguration('newsLens');
    const document = await openUntitled(seedText());
    await vscode.window.showTextDocument(document);
    assert.ok(await a.getAnalysis(document.uri));
    await recordingMessages(async () => {
      await section.update('maxFileSizeMB', 0.001, vscode.ConfigurationTarget.Global);
      try {
        await until('the article set aside', async () => (await a.getAnalysis(document.uri)) === undefined);
        await until('its decorations cleared', () => Object.values(a.getDecorationCounts(document.uri)?.categories ?? {}).every(n => n === 0));
      } finally {
        await section.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
      }
    });
    await closeAllEditorsReverting();
  });
});

suite('Settings robustness', () => {
  messageTest('invalid setting values fall back to the defaults with one clear message', async () => {
    const a = await api();
    const section = vscode.workspace.getConfiguration('newsLens');
    await recordingMessages(async messages => {
      try {
        await section.update('debounceMs', 'fast', vscode.ConfigurationTarget.Global);
        await section.update('decorations.people', 'yes', vscode.ConfigurationTarget.Global);
        await section.update('minThemeScore', -3, vscode.ConfigurationTarget.Global);
        await section.update('include', 'notes.txt', vscode.ConfigurationTarget.Global);
        await until('a warning about the settings', () => messages.some(m => /minThemeScore/.test(m)));
        const c = a.getConfiguration();
        assert.strictEqual(c.debounceMs, 300);
        assert.strictEqual(c.categories.people, true);
        assert.strictEqual(c.minThemeScore, 0.05);
        assert.deepStrictEqual(c.include, []);
        const last = messages[messages.length - 1];
        for (const key of ['debounceMs', 'decorations.people', 'minThemeScore', 'include']) assert.match(last, new RegExp(`newsLens\\.${key.replace('.', '\\.')}`));
        assert.match(last, /default/);
        // Changing another, valid setting does not repeat the warning about values already reported.
        const before = messages.length;
        await section.update('statusBar.enabled', false, vscode.ConfigurationTarget.Global);
        // the settings are read, and any warning shown, before the new snapshot is visible
        await until('the valid change to apply', () => a.getConfiguration().statusBarEnabled === false);
        assert.deepStrictEqual(messages.slice(before), [], 'the same invalid settings were reported again');
        // Analysis still works with the defaults.
        const document = await openUntitled(fs.readFileSync(fixture(SEED).fsPath, 'utf8'));
        assert.ok((await a.getAnalysis(document.uri))?.mentions.length);
      } finally {
        for (const key of ['debounceMs', 'decorations.people', 'minThemeScore', 'include', 'statusBar.enabled']) {
          await section.update(key, undefined, vscode.ConfigurationTarget.Global);
        }
      }
    });
    await closeAllEditorsReverting();
  });

  messageTest('user theme words apply without reload, and bad ones are reported once and ignored', async () => {
    const a = await api();
    const section = vscode.workspace.getConfiguration('newsLens');
    const document = await openUntitled('Chip makers expand\n\nThe new lithography plant opened on Monday.');
    const hasWord = (x: Analysis | undefined): boolean => !!x?.themes.some(t => t.code === 17 && t.evidence.some(e => e.text === 'lithography'));
    assert.ok(!hasWord(await a.getAnalysis(document.uri)), '"lithography" is not in the built-in lexicon');
    await recordingMessages(async messages => {
      try {
        await section.update('themeTerms', { Technology: ['lithography'] }, vscode.ConfigurationTarget.Global);
        await until('the theme words to apply', () => a.getConfiguration().themeTerms[17]?.[0] === 'lithography');
        // What the last look saw, for the message if the word never comes.
        let seen = '';
        await until('the analysis to use the user word', async () => {
          const analysis = await a.getAnalysis(document.uri);
          seen = `${document.uri.toString()} version ${document.version} text ${JSON.stringify(document.getText().slice(0, 30))}, `
            + `listed ${JSON.stringify(vscode.workspace.textDocuments.find(d => d.uri.toString() === document.uri.toString())?.getText().slice(0, 30))}, `
            + `closed ${document.isClosed}, open ${vscode.workspace.textDocuments.filter(d => d.uri.toString() === document.uri.toString()).length}, `
            + `article ${a.isArticle(document.uri)}, themes ${JSON.stringify(analysis?.themes.map(t => [t.code, t.evidence.map(e => e.text)]))}, `
            + `words ${JSON.stringify(a.getConfiguration().themeTerms)}`;
          return hasWord(analysis);
        }).catch((e: Error) => assert.fail(`${e.message}; last seen: ${seen}`));
        assert.deepStrictEqual(messages, []);
        await section.update('themeTerms', { Sport: ['goal'], 17: [42, '((a+)+)$'] }, vscode.ConfigurationTarget.Global);
        await until('a warning about the theme words', () => messages.some(m => /newsLens\.themeTerms/.test(m)));
        assert.match(messages[messages.length - 1], /"Sport" is not a CAP major topic/);
        assert.deepStrictEqual(a.getConfiguration().themeTerms, {});
      } finally {
        await section.update('themeTerms', undefined, vscode.ConfigurationTarget.Global);
      }
    });
    await closeAllEditorsReverting();
  });

  test('Restricted Mode is declared with what it limits: workspace settings cannot raise the size limit or widen include', () => {
    const ext = vscode.extensions.getExtension('news-lens.news-lens');
    type Untrusted = { supported?: unknown; description?: string; restrictedConfigurations?: string[] };
    const untrusted = (ext?.packageJSON as { capabilities?: { untrustedWorkspaces?: Untrusted } }).capabilities?.untrustedWorkspaces;
    assert.ok(untrusted, 'capabilities.untrustedWorkspaces is declared');
    assert.strictEqual(untrusted.supported, 'limited');
    assert.match(untrusted.description ?? '', /maxFileSizeMB/);
    const declared = Object.keys((ext?.packageJSON as { contributes: { configuration: { properties: object } } }).contributes.configuration.properties);
    for (const key of untrusted.restrictedConfigurations ?? []) assert.ok(declared.includes(key), `${key} is a contributed setting`);
    assert.ok(untrusted.restrictedConfigurations?.includes('newsLens.maxFileSizeMB'));
    assert.ok(untrusted.restrictedConfigurations?.includes('newsLens.include'));
  });
});

async function closeAllEditorsReverting(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length > 0; i++) await revertAndClose();
  await closeAllEditors();
}
