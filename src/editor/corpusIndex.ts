import * as vscode from 'vscode';
import { ARTICLE_FILE_GLOB, hasArticleExtension, isOverSizeLimit, looksBinary } from '../core/article/articleFile';
import { corpusArticle, type CorpusArticle } from '../core/corpus';
import type { CoreModule } from './analysisCache';
import { type Configuration, optionsFrom } from './configuration';
import type { CorrectionsStore } from './corrections';
import { type CorpusEntry, CorpusStore, fnv1a } from './corpusStore';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';
import { fileName } from './lookup';

/** The corpus as the index holds it now. */
export interface CorpusSnapshot {
  /** In path order. */
  readonly articles: readonly CorpusArticle[];
  /** Article files set aside, with why. */
  readonly skipped: readonly { readonly uri: string; readonly reason: string }[];
  /** False while a scan is under way (the snapshot may then miss or hold stale articles). */
  readonly isComplete: boolean;
}

/** Most files in one corpus. */
const MAX_FILES = 20_000;
/** Articles analysed between two notices to the dashboard while a scan runs. */
const NOTIFY_EVERY = 25;

/**
 * The persistent corpus index: every article of the workspace (the editor's article rules: `.article`/`.news`,
 * text files with the header line or matching `newsLens.include`, files opted in; minus `newsLens.exclude`,
 * `files.exclude` and `search.exclude`) as a corpus record. Scans run in the background with a cancellable
 * progress notification; a file is analysed again only when its bytes (or the options and corrections it was read
 * with) changed, and the records are kept in workspace storage, so a reopened workspace shows its corpus at once.
 * File watchers and setting changes start a new scan.
 */
export class CorpusIndex extends Disposable {
  readonly #config: Configuration;
  readonly #selector: ArticleSelector;
  readonly #corrections: CorrectionsStore;
  readonly #loadCore: () => Promise<CoreModule>;
  readonly #store: CorpusStore;
  #entries: Map<string, CorpusEntry> | undefined;
  #loading: Promise<void> | undefined;
  #scan: Promise<void> | undefined;
  #rescan = false;
  /** Whether the running scan shows a cancellable notification (else a status-bar spinner: watcher updates). */
  #isLoud = false;
  #cancel: vscode.CancellationTokenSource | undefined;
  #isComplete = false;
  /** The reader cancelled the last scan: no scan starts by itself until the files change or one is asked for. */
  #wasCancelled = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires when the corpus changed (during a scan every few articles, and when it ends). */
  readonly onDidChange = this.#onDidChange.event;

  constructor(config: Configuration, selector: ArticleSelector, corrections: CorrectionsStore, loadCore: () => Promise<CoreModule>, storage: vscode.Uri | undefined) {
    super();
    this.#config = config;
    this.#selector = selector;
    this.#corrections = corrections;
    this.#loadCore = loadCore;
    this.#store = new CorpusStore(storage);
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(ARTICLE_FILE_GLOB));
    const later = () => this.#scheduleScan();
    this._register(watcher.onDidChange(later));
    this._register(watcher.onDidCreate(later));
    this._register(watcher.onDidDelete(later));
    // only the settings that change what is indexed or how
    const indexKey = () => JSON.stringify([optionsFrom(config.current), config.current.include, config.current.exclude, config.current.maxFileSizeMB]);
    let lastKey = indexKey();
    this._register(config.onDidChange(() => {
      const key = indexKey();
      if (key !== lastKey) later();
      lastKey = key;
    }));
    this._register(vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) later();
    }));
    this._register({ dispose: () => { this.#cancel?.cancel(); if (this.#timer) clearTimeout(this.#timer); } });
  }

  /** The corpus now: the stored one at first, then as scans update it. Starts loading and a scan on first use. */
  async current(): Promise<CorpusSnapshot> {
    await this.#load();
    if (!this.#scan && !this.#isComplete && !this.#wasCancelled) void this.scan(this.#entries?.size === 0);
    return this.snapshot();
  }

  /**
   * Scans the workspace (or joins the running scan) and resolves with the corpus once the scan ends. A loud scan
   * shows a cancellable progress notification with counts; a quiet one (updates after file changes, which
   * re-read only what changed) a spinner in the status bar.
   */
  async scan(isLoud = true): Promise<CorpusSnapshot> {
    await this.#load();
    this.#isLoud = isLoud;
    this.#wasCancelled = false;
    if (this.#scan) {
      this.#rescan = true;
      await this.#scan;
      return this.snapshot();
    }
    this.#scan = this.#runScans().finally(() => { this.#scan = undefined; });
    await this.#scan;
    return this.snapshot();
  }

  /**
   * Forgets what is in memory and reads the stored index again, as a reopened workspace does (after the running
   * scan ends). The next `current()` shows the stored corpus and starts a scan.
   */
  async reload(): Promise<void> {
    await this.#scan;
    this.#entries = undefined;
    this.#loading = undefined;
    this.#isComplete = false;
    await this.#load();
  }

  /** Where the index is kept, when the workspace has storage. */
  get storeFile(): vscode.Uri | undefined {
    return this.#store.file;
  }

  /** Stops the running scan (what was read so far stays). */
  cancel(): void {
    this.#cancel?.cancel();
  }

  snapshot(): CorpusSnapshot {
    const articles: CorpusArticle[] = [];
    const skipped: { uri: string; reason: string }[] = [];
    for (const [uri, e] of [...(this.#entries ?? new Map<string, CorpusEntry>())].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (e.article) articles.push(e.article);
      else if (e.skipped) skipped.push({ uri, reason: e.skipped });
    }
    return { articles, skipped, isComplete: this.#isComplete && !this.#scan };
  }

  #load(): Promise<void> {
    this.#loading ??= this.#store.load().then(entries => {
      this.#entries ??= entries;
    });
    return this.#loading;
  }

  #scheduleScan(): void {
    this.#isComplete = false;
    if (this.#timer) clearTimeout(this.#timer);
    // changes come in bursts (a checkout, a copied folder): one scan after the burst
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#entries) void this.scan(false);
    }, 500);
  }

  async #runScans(): Promise<void> {
    do {
      this.#rescan = false;
      await vscode.window.withProgress({
        location: this.#isLoud ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window,
        title: 'News Lens: indexing the articles of the workspace', cancellable: this.#isLoud,
      }, async (progress, token) => {
        this.#cancel = new vscode.CancellationTokenSource();
        const stop = token.onCancellationRequested(() => this.#cancel?.cancel());
        try {
          await this.#scanOnce(this.#cancel.token, (done, total, analysed) =>
            progress.report({ message: `${done} of ${total} files, ${analysed} analysed`, increment: 100 / Math.max(1, total) }));
        } finally {
          stop.dispose();
          this.#cancel.dispose();
          this.#cancel = undefined;
        }
      });
    } while (this.#rescan && !this.isDisposed);
  }

  async #scanOnce(token: vscode.CancellationToken, report: (done: number, total: number, analysed: number) => void): Promise<void> {
    const entries = this.#entries as Map<string, CorpusEntry>;
    const { files, included } = await this.#candidates();
    const wanted = new Set(files.map(u => u.toString()));
    for (const uri of [...entries.keys()]) if (!wanted.has(uri)) entries.delete(uri);
    const options = optionsFrom(this.#config.current);
    const optionsKey = JSON.stringify(options);
    const optedIn = new Set(this.#selector.optedIn());
    let analysed = 0;
    let done = 0;
    for (const uri of files) {
      if (token.isCancellationRequested || this.isDisposed) break;
      report(done++, files.length, analysed);
      const key = uri.toString();
      const mustBeArticle = included.has(key) || hasArticleExtension(uri.path) || optedIn.has(key);
      const entry = await this.#read(uri, entries.get(key), { optionsKey, options, mustBeArticle, matchedByInclude: included.has(key) }, token);
      if (!entry) continue;
      if (entry.analysed) analysed++;
      entries.set(key, entry.entry);
      if (entry.analysed && analysed % NOTIFY_EVERY === 0) this.#onDidChange.fire();
      // between two files the host gets its turn, whatever the file cost
      await new Promise(r => setTimeout(r, 0));
    }
    this.#isComplete = !token.isCancellationRequested;
    this.#wasCancelled = token.isCancellationRequested && !this.isDisposed;
    await this.#store.save(entries);
    this.#onDidChange.fire();
  }

  /** The file's entry (`analysed` when it was analysed now), or undefined when cancelled part-way. */
  async #read(
    uri: vscode.Uri, old: CorpusEntry | undefined,
    context: { optionsKey: string; options: ReturnType<typeof optionsFrom>; mustBeArticle: boolean; matchedByInclude: boolean },
    token: vscode.CancellationToken,
  ): Promise<{ entry: CorpusEntry; analysed: boolean } | undefined> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return { entry: { mtime: 0, size: 0, hash: '', skipped: 'unreadable' }, analysed: false };
    }
    const corrections = await this.#corrections.get(uri);
    const seed = fnv1a(new TextEncoder().encode(`${context.optionsKey}\u0000${JSON.stringify(corrections)}\u0000${context.mustBeArticle}`));
    if (old && old.mtime === stat.mtime && old.size === stat.size && old.hash.startsWith(seed)) return { entry: old, analysed: false };
    const base = { mtime: stat.mtime, size: stat.size };
    if (isOverSizeLimit(stat.size, this.#config.current.maxFileSizeMB)) {
      return { entry: { ...base, hash: seed, ...(context.mustBeArticle ? { skipped: 'over the size limit' } : {}) }, analysed: false };
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return { entry: { ...base, hash: seed, skipped: 'unreadable' }, analysed: false };
    }
    // the options and corrections, then the bytes: a touched but unchanged file is not analysed again
    const hash = `${seed}${fnv1a(bytes)}`;
    if (old?.hash === hash) return { entry: { ...old, ...base }, analysed: false };
    if (looksBinary(bytes)) return { entry: { ...base, hash, ...(context.mustBeArticle ? { skipped: 'binary' } : {}) }, analysed: false };
    const text = new TextDecoder().decode(bytes);
    if (!this.#selector.isArticleFile(uri, text, context.matchedByInclude)) return { entry: { ...base, hash }, analysed: false };
    const core = await this.#loadCore();
    const analysis = await core.analyzeInSlices(new core.Analyzer({ ...context.options, corrections }), text, {
      isCancelled: () => token.isCancellationRequested || this.isDisposed,
    });
    if (!analysis) return undefined;
    const relative = vscode.workspace.asRelativePath(uri, false);
    const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
    const article = corpusArticle({ id: uri.toString(), fileName: fileName(uri), folder, fileDate: new Date(stat.mtime).toISOString().slice(0, 10) }, text, analysis);
    return { entry: { ...base, hash, article }, analysed: true };
  }

  async #candidates(): Promise<{ files: vscode.Uri[]; included: Set<string> }> {
    const exclude = excludeGlob(this.#config.current.exclude);
    const found = new Map<string, vscode.Uri>();
    const add = (uris: readonly vscode.Uri[]) => { for (const u of uris) if (found.size < MAX_FILES) found.set(u.toString(), u); };
    add(await vscode.workspace.findFiles(ARTICLE_FILE_GLOB, exclude, MAX_FILES));
    const included = new Set<string>();
    for (const pattern of this.#config.current.include) {
      const uris = await vscode.workspace.findFiles(pattern, exclude, MAX_FILES);
      for (const u of uris) included.add(u.toString());
      add(uris);
    }
    add(this.#selector.optedIn().map(u => vscode.Uri.parse(u)).filter(u => vscode.workspace.getWorkspaceFolder(u)));
    return { files: [...found.values()], included };
  }
}

/** One glob for `findFiles` leaving out `files.exclude`, `search.exclude`, `newsLens.exclude` and VCS/dependency folders. */
function excludeGlob(own: readonly string[]): string {
  const patterns = new Set(['**/node_modules/**', '**/.git/**', ...own]);
  for (const section of ['files.exclude', 'search.exclude']) {
    const value = vscode.workspace.getConfiguration().get<Record<string, unknown>>(section) ?? {};
    for (const [glob, on] of Object.entries(value)) if (on === true) patterns.add(glob);
  }
  return `{${[...patterns].join(',')}}`;
}
