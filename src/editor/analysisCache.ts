import * as vscode from 'vscode';
import type { Analyzer } from '../core/analyze';
import type { Analysis, AnalyzeOptions } from '../core/model';
import type { Configuration, NewsLensConfig } from './configuration';
import type { CorrectionsStore } from './corrections';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';

/** The part of the core the cache needs; loaded on first use so that activation stays cheap. */
export interface CoreModule {
  readonly Analyzer: typeof import('../core/analyze').Analyzer;
  readonly analyzeInSlices: typeof import('../core/scheduler').analyzeInSlices;
}

/** Why an article document has no analysis. */
export type BlockedReason = 'tooLarge' | 'binary';

interface Entry {
  /** The document this entry is for: a new document at the same uri (a reused "untitled:Untitled-1") gets a new entry. */
  readonly document: vscode.TextDocument;
  version: number;
  /** The analysis of `version`, once ready. */
  analysis?: Analysis;
  pending?: Promise<Analysis | undefined>;
  /**
   * The newest finished analysis, possibly of an older version, or a partial analysis of the current version
   * while a large one is under way: push readers show it until the next arrives.
   */
  latest?: Analysis;
  blocked?: BlockedReason;
  analyzer?: Analyzer;
  /** The corrections the analyzer was made with, as JSON, to know when they changed. */
  correctionsKey?: string;
  /** The analysis options (the document's settings) the analyzer was made with, as JSON. */
  optionsKey?: string;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * One `Analysis` per (document uri, version) for every article document. Pull readers call `get(document)`;
 * push readers listen to `onDidChange(uri)` and read `latest(uri)`. Analyses start at once when an article
 * opens or becomes visible, after `newsLens.debounceMs` while typing, and are dropped when the document
 * closes. Each document keeps its own `Analyzer`, so unchanged paragraphs are not analysed again, and long
 * documents are analysed in slices that yield to the host between paragraphs. The reader's corrections for a
 * document (its `.newslens.json` file) are part of its analysis; a change to them analyses it again.
 */
export class AnalysisCache extends Disposable {
  readonly #config: Configuration;
  readonly #selector: ArticleSelector;
  readonly #loadCore: () => Promise<CoreModule>;
  readonly #corrections: CorrectionsStore | undefined;
  readonly #entries = new Map<string, Entry>();
  readonly #allowedLarge = new Set<string>();
  readonly #told = new Set<string>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when the analysis shown for a uri changed: a new one arrived, or it went away. */
  readonly onDidChange = this.#onDidChange.event;

  constructor(config: Configuration, selector: ArticleSelector, loadCore: () => Promise<CoreModule>, corrections?: CorrectionsStore) {
    super();
    this.#config = config;
    this.#selector = selector;
    this.#loadCore = loadCore;
    this.#corrections = corrections;
    if (corrections) {
      this._register(corrections.onDidChange(article => {
        const entry = this.#entries.get(article.toString());
        if (entry) entry.version = -1;
        const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === article.toString());
        if (document) this.#refresh(document);
      }));
    }
    this._register(vscode.workspace.onDidOpenTextDocument(d => this.#refresh(d)));
    this._register(vscode.window.onDidChangeActiveTextEditor(e => e && this.#refresh(e.document)));
    this._register(vscode.window.onDidChangeVisibleTextEditors(es => es.forEach(e => this.#refresh(e.document))));
    this._register(vscode.workspace.onDidChangeTextDocument(e => {
      if (e.contentChanges.length) this.#refreshLater(e.document);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument(d => {
      // A late close of an earlier document at the same uri leaves the new one's entry alone.
      if (this.#entries.get(d.uri.toString())?.document === d) this.#evict(d.uri);
    }));
    this._register(selector.onDidChange(() => this.#refreshAll()));
    this._register(config.onDidChange(() => {
      // Settings are per folder: only documents whose analysis options changed are analysed again.
      for (const [key, e] of this.#entries) {
        if (e.optionsKey !== JSON.stringify(optionsFrom(config.for(vscode.Uri.parse(key))))) {
          e.analyzer = undefined;
          e.version = -1;
        }
      }
      this.#refreshAll();
    }));
    for (const e of vscode.window.visibleTextEditors) this.#refresh(e.document);
  }

  /** The analysis of the document's current version; undefined when it is not an article or is blocked. */
  get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    if (!this.#selector.isArticle(document)) {
      this.#evict(document.uri);
      return Promise.resolve(undefined);
    }
    let entry = this.#entries.get(key);
    if (entry?.document !== document) {
      if (entry?.timer) clearTimeout(entry.timer);
      this.#entries.set(key, (entry = { document, version: -1 }));
    }
    if (entry.version === document.version) {
      if (entry.analysis) return Promise.resolve(entry.analysis);
      if (entry.pending) return entry.pending;
      if (entry.blocked) return Promise.resolve(undefined);
    }
    entry.version = document.version;
    entry.analysis = undefined;
    const pending = this.#compute(document, entry).finally(() => {
      if (entry.pending === pending) entry.pending = undefined;
    });
    entry.pending = pending;
    return pending;
  }

  /** The newest finished analysis for `uri`, possibly one version behind while a new one is computed. */
  latest(uri: vscode.Uri): Analysis | undefined {
    return this.#entries.get(uri.toString())?.latest;
  }

  /** How many documents the cache holds state for (read-only; tests use it to see that closing releases it). */
  get size(): number {
    return this.#entries.size;
  }

  /** Why the document at `uri` is not analysed, if it is an article that was set aside. */
  blockedReason(uri: vscode.Uri): BlockedReason | undefined {
    return this.#entries.get(uri.toString())?.blocked;
  }

  /** Analyses the document at `uri` even though it is over `newsLens.maxFileSizeMB`. */
  allowLarge(uri: vscode.Uri): void {
    this.#allowedLarge.add(uri.toString());
    const entry = this.#entries.get(uri.toString());
    if (entry) entry.version = -1;
    this.#refreshAll();
  }

  async #compute(document: vscode.TextDocument, entry: Entry): Promise<Analysis | undefined> {
    const { uri, version } = document;
    const text = document.getText();
    entry.blocked = this.#check(document, text);
    if (entry.blocked) {
      entry.latest = undefined;
      this.#onDidChange.fire(uri);
      return undefined;
    }
    const corrections = this.#corrections ? await this.#corrections.get(uri) : {};
    const correctionsKey = JSON.stringify(corrections);
    if (entry.correctionsKey !== correctionsKey) {
      entry.analyzer = undefined;
      entry.correctionsKey = correctionsKey;
    }
    const options = optionsFrom(this.#config.for(uri));
    const optionsKey = JSON.stringify(options);
    if (entry.optionsKey !== optionsKey) {
      entry.analyzer = undefined;
      entry.optionsKey = optionsKey;
    }
    const core = await this.#loadCore();
    entry.analyzer ??= new core.Analyzer({ ...options, corrections });
    // The visible part of the article is analysed first; a newer version cancels this run at its next slice.
    const visible = vscode.window.visibleTextEditors.find(e => e.document === document)?.visibleRanges[0];
    const analysis = await core.analyzeInSlices(entry.analyzer, text, {
      isCancelled: () => document.isClosed || document.version !== version || this.isDisposed,
      priority: visible && { start: document.offsetAt(visible.start), end: document.offsetAt(visible.end) },
      // Large articles: push readers show the part analysed so far (the visible range first) until the whole arrives.
      onProgress: partial => {
        if (this.#entries.get(uri.toString()) !== entry || entry.version !== version || document.isClosed) return;
        entry.latest = partial;
        this.#onDidChange.fire(uri);
      },
    });
    if (this.#entries.get(uri.toString()) !== entry || document.isClosed) return analysis;
    if (!analysis) return this.get(document);
    if (entry.version === version) {
      entry.analysis = analysis;
      entry.latest = analysis;
      this.#onDidChange.fire(uri);
    }
    return analysis;
  }

  #check(document: vscode.TextDocument, text: string): BlockedReason | undefined {
    const key = document.uri.toString();
    const name = vscode.workspace.asRelativePath(document.uri);
    if (text.includes('\0')) {
      this.#tellOnce(`binary:${key}`, () => vscode.window.showInformationMessage(
        `News Lens: ${name} looks like a binary file (it contains NUL characters), so it is not annotated.`));
      return 'binary';
    }
    const limit = this.#config.for(document.uri).maxFileSizeMB;
    const sizeMB = text.length / (1024 * 1024);
    if (sizeMB > limit && !this.#allowedLarge.has(key)) {
      this.#tellOnce(`large:${key}`, async () => {
        const choice = await vscode.window.showWarningMessage(
          `News Lens: ${name} is ${sizeMB.toFixed(1)} MB, over the ${limit} MB limit (newsLens.maxFileSizeMB), so it is not annotated.`,
          'Annotate Anyway');
        if (choice) this.allowLarge(document.uri);
      });
      return 'tooLarge';
    }
    return undefined;
  }

  #tellOnce(key: string, tell: () => Thenable<unknown>): void {
    if (this.#told.has(key)) return;
    this.#told.add(key);
    void tell();
  }

  #refresh(document: vscode.TextDocument): void {
    const entry = this.#entries.get(document.uri.toString());
    if (entry?.timer) clearTimeout(entry.timer);
    if (entry) entry.timer = undefined;
    if (document.isClosed) return;
    void this.get(document);
  }

  #refreshLater(document: vscode.TextDocument): void {
    const entry = this.#entries.get(document.uri.toString());
    if (!entry) return this.#refresh(document);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.#refresh(document), this.#config.for(document.uri).debounceMs);
  }

  #refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) {
      if (this.#entries.has(d.uri.toString()) || vscode.window.visibleTextEditors.some(e => e.document === d)) this.#refresh(d);
    }
  }

  #evict(uri: vscode.Uri): void {
    const entry = this.#entries.get(uri.toString());
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.#entries.delete(uri.toString());
    this.#onDidChange.fire(uri);
  }

  override dispose(): void {
    for (const e of this.#entries.values()) if (e.timer) clearTimeout(e.timer);
    this.#entries.clear();
    super.dispose();
  }
}

/** The analysis options the settings give (theme words, minimum theme score). */
export function optionsFrom(config: NewsLensConfig): AnalyzeOptions {
  return { minThemeScore: config.minThemeScore, extraThemeTerms: config.themeTerms };
}
