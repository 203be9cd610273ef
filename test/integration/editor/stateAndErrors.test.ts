// node-only: bundles the editor layer's own modules with a core that fails or waits on purpose (build.mjs makes a
// node bundle of test/integration/editor/), which the web suite's bundle does not need twice.
// Issue 12, items 8 and 9: push readers never paint an analysis of another version; a failing core is caught,
// logged and shown (the status bar is never left spinning); disposing goes on past a throwing child.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions, Corrections, Entity, Mention } from '../../../src/core/model';
import { AnalysisCache, type CoreModule } from '../../../src/editor/analysisCache';
import { Configuration } from '../../../src/editor/configuration';
import type { CorrectionsStore } from '../../../src/editor/corrections';
import { Decorations } from '../../../src/editor/decorations';
import { Disposable, disposeAll } from '../../../src/editor/disposable';
import { ArticleSelector } from '../../../src/editor/documentSelector';
import { FocusState } from '../../../src/editor/focus';
import { OutlineProvider } from '../../../src/editor/outlineView';
import { StatusBar } from '../../../src/editor/statusBar';
import { openUntitled } from '../helpers';

const HEADER = ' date 2025-05-20\nTalks resume\n\n';

/** An analysis with one person mention per "Alpha" of `text` (all one entity): enough for the readers. */
function alphaAnalysis(text: string): Analysis {
  const mentions: Mention[] = [];
  for (let at = text.indexOf('Alpha'); at >= 0; at = text.indexOf('Alpha', at + 1)) {
    mentions.push({ start: at, end: at + 5, text: 'Alpha', type: 'PERSON', entityId: 'PERSON:alpha', paragraph: 1, reason: 'test' });
  }
  const entity: Entity = { id: 'PERSON:alpha', type: 'PERSON', canonical: 'Alpha', mentions, surfaceForms: ['Alpha'], salience: 1, rank: 1 };
  return {
    textLength: text.length,
    article: { boilerplate: [], paragraphs: [] },
    entities: mentions.length ? [entity] : [],
    mentions,
    countries: [],
    themes: [],
    quotes: [],
    wordCount: 0,
  };
}

/** A core whose analyses wait until `release()`, or which throws when `fail` is set. */
function fakeCore() {
  let open: () => void = () => undefined;
  let gate = Promise.resolve();
  const fake = {
    release: () => open(),
    hold: () => { gate = new Promise<void>(r => (open = r)); },
    fail: undefined as Error | undefined,
    core: async () => ({
      Analyzer: class { } as unknown as CoreModule['Analyzer'],
      analyzeInSlices: (async (_analyzer: unknown, text: string) => {
        if (fake.fail) throw fake.fail;
        await gate;
        return alphaAnalysis(text);
      }) as unknown as CoreModule['analyzeInSlices'],
    }),
  };
  return fake;
}

function memento(): vscode.Memento {
  const values = new Map<string, unknown>();
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? values.get(key) as T : fallback) as T,
    update: async (key: string, value: unknown) => { values.set(key, value); },
  };
}

// A bound for a hung host only (CI may run on a busy machine); the tests wait for states, never for times.
async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const end = Date.now() + 120_000;
  while (!(await check())) {
    assert.ok(Date.now() < end, `gave up waiting for ${what}`);
    await new Promise(r => setTimeout(r, 20));
  }
}

suite('Editor state and errors (issue 12, items 8 and 9)', () => {
  const owned: vscode.Disposable[] = [];
  const logged: unknown[][] = [];
  const log = { error: (...args: unknown[]) => logged.push(args) } as unknown as vscode.LogOutputChannel;

  teardown(async () => {
    disposeAll(owned.splice(0));
    logged.length = 0;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  function readers(core: () => Promise<CoreModule>) {
    const config = new Configuration();
    const selector = new ArticleSelector(config, memento());
    const cache = new AnalysisCache(config, selector, core, undefined, log);
    const focus = new FocusState();
    const decorations = new Decorations(cache, config, focus);
    const statusBar = new StatusBar(cache, config, selector);
    const outline = new OutlineProvider(cache, selector, memento());
    owned.push(outline, statusBar, decorations, focus, cache, selector, config);
    return { cache, focus, decorations, statusBar, outline };
  }

  test('during the debounce, decorations and the view keep the last analysis\'s version and never paint it on the new text', async () => {
    const fake = fakeCore();
    const document = await openUntitled(`${HEADER}Alpha met Alpha.\n`);
    const editor = await vscode.window.showTextDocument(document);
    const { cache, focus, decorations, outline } = readers(fake.core);
    // a state, not a single call: a configuration event left by an earlier test may supersede the first run
    await until('the first analysis', async () => (await cache.get(document))?.mentions.length === 2);
    await until('the first paint', () => decorations.countsFor(document.uri)?.version === document.version);
    const painted = document.version;
    const previews = () => outline.getChildren().flatMap(g => outline.getChildren(g)).flatMap(e => outline.getChildren(e))
      .map(n => (n.kind === 'mention' ? n.preview.slice(n.highlight[0], n.highlight[1]) : n.kind));
    assert.deepStrictEqual(previews(), ['Alpha', 'Alpha']);

    fake.hold();
    assert.ok(await editor.edit(b => b.insert(document.positionAt(HEADER.length), 'Beta and Alpha: ')));
    const pending = cache.get(document);
    // Readers repaint on focus and view changes while the new version is analysed.
    focus.toggle(document.uri, 'PERSON:alpha');
    outline.refresh();
    assert.strictEqual(cache.current(document), undefined, 'no analysis of the new version yet');
    assert.strictEqual(cache.latest(document)?.version, painted);
    assert.strictEqual(decorations.countsFor(document.uri)?.version, painted, 'the old analysis was not painted on the new text');
    assert.deepStrictEqual(previews(), ['Alpha', 'Alpha'], 'the view keeps previews made from their own text');

    fake.release();
    assert.strictEqual((await pending)?.mentions.length, 3);
    await until('the new version painted', () => decorations.countsFor(document.uri)?.version === document.version);
    assert.strictEqual(decorations.countsFor(document.uri)?.focused, 3);
    assert.deepStrictEqual(previews(), ['Alpha', 'Alpha', 'Alpha']);
  });

  test('a core that throws is caught, logged once per version and shown in the status bar, never left spinning', async () => {
    const fake = fakeCore();
    fake.fail = new Error('the core failed on purpose');
    const document = await openUntitled(`${HEADER}Alpha met Alpha.\n`);
    const editor = await vscode.window.showTextDocument(document);
    const { cache, statusBar } = readers(fake.core);
    assert.strictEqual(await cache.get(document), undefined, 'the failure resolves to no analysis, not a rejection');
    assert.strictEqual(await cache.get(document), undefined);
    assert.match(cache.failure(document) ?? '', /failed on purpose/);
    await until('the status bar to show the failure', () => statusBar.text === '$(error) News Lens');
    assert.strictEqual(logged.length, 1, 'logged once for the version, however often it is asked for');
    assert.match(String(logged[0][0]), /Analysing .* failed/);

    fake.fail = undefined;
    assert.ok(await editor.edit(b => b.insert(document.positionAt(HEADER.length), 'Alpha. ')));
    assert.strictEqual((await cache.get(document))?.mentions.length, 3, 'the next version is analysed again');
    assert.strictEqual(cache.failure(document), undefined);
    await until('the status bar to show the counts', () => statusBar.text.includes('$(person) 1'));
  });

  test('a corrections change during an analysis: the newest corrections win, even when the older read returns last', async () => {
    // The corrections read by each run of this document, resolved by the test in the order it chooses. The cache
    // also analyses any article an earlier test left visible: those reads are answered at once and not counted.
    const reads: ((c: Corrections) => void)[] = [];
    const changed = new vscode.EventEmitter<vscode.Uri>();
    let ours = '';
    const corrections = {
      get: (uri: vscode.Uri) => new Promise<Corrections>(r => (uri.toString() === ours ? reads.push(r) : r({}))),
      onDidChange: changed.event,
    } as unknown as CorrectionsStore;
    // The fake analysis names what the analyzer was made with: the reason of each mention is its corrections' tag.
    class TaggedAnalyzer {
      readonly tag: string;
      constructor(options: AnalyzeOptions) {
        this.tag = String((options.corrections?.notEntities ?? ['none'])[0]);
      }
    }
    const analysing: string[] = [];
    let open: () => void = () => undefined;
    const gate = new Promise<void>(r => (open = r));
    const core = async (): Promise<CoreModule> => ({
      Analyzer: TaggedAnalyzer as unknown as CoreModule['Analyzer'],
      analyzeInSlices: (async (analyzer: TaggedAnalyzer, text: string) => {
        analysing.push(analyzer.tag);
        await gate;
        const analysis = alphaAnalysis(text);
        return { ...analysis, mentions: analysis.mentions.map(m => ({ ...m, reason: analyzer.tag })) };
      }) as unknown as CoreModule['analyzeInSlices'],
    });
    const document = await openUntitled(`${HEADER}Alpha met Alpha.\n`);
    ours = document.uri.toString();
    const config = new Configuration();
    const selector = new ArticleSelector(config, memento());
    const cache = new AnalysisCache(config, selector, core, corrections, log);
    owned.push(cache, selector, config, changed);
    void cache.get(document);
    await until('the first run to read the corrections', () => reads.length === 1);
    // The file changes while the first run still reads it: a second run reads the new content, and gets it first.
    changed.fire(document.uri);
    await until('the second run to read the corrections', () => reads.length === 2);
    reads[1]({ notEntities: ['new'] });
    await until('the second run to analyse with the new corrections', () => analysing.includes('new'));
    // Then the first run's read returns, with the old content: it must neither analyse with it nor be stored.
    reads[0]({ notEntities: ['old'] });
    open();
    await until('the analysis made with the new corrections', async () => (await cache.get(document))?.mentions[0]?.reason === 'new');
    assert.deepStrictEqual(analysing.filter(t => t === 'old'), [], 'no run analysed with the old corrections after the new were read');
  });

  test('theme words changed during an analysis: the analysis kept is the one made with the new words', async () => {
    // The fake analysis names the theme words its analyzer was made with, in the reason of each mention.
    class WordsAnalyzer {
      readonly words: string;
      constructor(options: AnalyzeOptions) {
        this.words = JSON.stringify(options.extraThemeTerms ?? {});
      }
    }
    const analysing: string[] = [];
    let open: () => void = () => undefined;
    const gate = new Promise<void>(r => (open = r));
    const core = async (): Promise<CoreModule> => ({
      Analyzer: WordsAnalyzer as unknown as CoreModule['Analyzer'],
      analyzeInSlices: (async (analyzer: WordsAnalyzer, text: string) => {
        analysing.push(analyzer.words);
        await gate;
        const analysis = alphaAnalysis(text);
        return { ...analysis, mentions: analysis.mentions.map(m => ({ ...m, reason: analyzer.words })) };
      }) as unknown as CoreModule['analyzeInSlices'],
    });
    const document = await openUntitled(`${HEADER}Alpha met Alpha.\n`);
    const { cache } = readers(core);
    const section = vscode.workspace.getConfiguration('newsLens');
    const words = JSON.stringify({ 17: ['lithography'] });
    try {
      void cache.get(document);
      await until('the first run to analyse', () => analysing.length > 0);
      await section.update('themeTerms', { Technology: ['lithography'] }, vscode.ConfigurationTarget.Global);
      await until('a run with the new words', () => analysing.includes(words));
      open();
      await until('the analysis made with the new words', async () => (await cache.get(document))?.mentions[0]?.reason === words);
      assert.strictEqual(cache.latest(document)?.analysis.mentions[0]?.reason, words, 'what push readers show was made with the new words');
    } finally {
      open();
      await section.update('themeTerms', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a document set aside as too large is analysed once newsLens.maxFileSizeMB is raised, without an edit', async () => {
    const fake = fakeCore();
    const document = await openUntitled(`${HEADER}Alpha met Alpha.\n`);
    const editor = await vscode.window.showTextDocument(document);
    const { cache } = readers(fake.core);
    const section = vscode.workspace.getConfiguration('newsLens');
    try {
      await until('the first analysis', async () => (await cache.get(document))?.mentions.length === 2);
      await section.update('maxFileSizeMB', 0.0001, vscode.ConfigurationTarget.Global); // about 100 characters
      assert.ok(await editor.edit(b => b.insert(document.positionAt(document.getText().length), 'Alpha again. '.repeat(10))));
      await until('the grown document to be set aside', async () => (await cache.get(document)) === undefined && cache.blockedReason(document.uri) === 'tooLarge');
      await section.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
      await until('the analysis under the raised limit', async () => (await cache.get(document))?.mentions.length === 12);
      assert.strictEqual(cache.blockedReason(document.uri), undefined);
    } finally {
      await section.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('disposing goes on past a child that throws, and reports every error', () => {
    const disposed: string[] = [];
    class Owner extends Disposable {
      constructor() {
        super();
        for (const name of ['a', 'b', 'c', 'd']) {
          this._register({ dispose: () => { disposed.push(name); if (name === 'b' || name === 'd') throw new Error(`${name} failed`); } });
        }
      }
    }
    const owner = new Owner();
    assert.throws(() => owner.dispose(), (e: unknown) => e instanceof AggregateError && e.errors.map(x => (x as Error).message).join() === 'd failed,b failed');
    assert.deepStrictEqual(disposed, ['d', 'c', 'b', 'a'], 'every child, in reverse order');
    owner.dispose();
    assert.deepStrictEqual(disposed, ['d', 'c', 'b', 'a'], 'idempotent');
  });
});
