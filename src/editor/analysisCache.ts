import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import type { SliceOptions } from '../core/pipeline/scheduler';
import { type Configuration, optionsFrom } from './configuration';
import type { CorrectionsStore } from './corrections';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';
import { AnalysisNotices } from './analysisNotices';
import type { CoreModule, TextChange } from './coreModule';
import { type AnalysisEntry, analyzerFor, type BlockedReason, type VersionedAnalysis } from './analysisEntry';
import { analyzeWholeText, BinaryTextError, ChangeLog, sendDocumentText, textLength } from './documentText';
import { typingDelay } from './typingDelay';

export type { CoreAnalyzer, CoreModule } from './coreModule';

export type { BlockedReason, VersionedAnalysis } from './analysisEntry';

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
  readonly #entries = new Map<string, AnalysisEntry>();
  readonly #allowedLarge = new Set<string>();
  /** Documents a lowered `newsLens.maxFileSizeMB` sets aside while no editor shows them: no warning for those. */
  readonly #quietlySetAside = new Set<string>();
  readonly #notices = new AnalysisNotices();
  /** Documents opened or shown whose analysis starts in the next task (`#refreshSoon`), and that task's timer. */
  readonly #soon = new Set<vscode.TextDocument>();
  #soonTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #changes = new ChangeLog();
  #nextTextKey = 0;
  readonly #log: vscode.LogOutputChannel | undefined;
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when the analysis shown for a uri changed: a new one arrived, or it went away. */
  readonly onDidChange = this.#onDidChange.event;

  constructor(
    config: Configuration,
    selector: ArticleSelector,
    loadCore: () => Promise<CoreModule>,
    corrections?: CorrectionsStore,
    log?: vscode.LogOutputChannel,
  ) {
    super();
    this.#log = log;
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
    // The workbench sends a document's opening and its editor's showing in one message, whose handlers all run in
    // one task of the extension host: the analysis starts in a task of its own, after them (see `#refreshSoon`).
    this._register(vscode.workspace.onDidOpenTextDocument(d => this.#refreshSoon(d)));
    this._register(vscode.window.onDidChangeActiveTextEditor(e => e && this.#refreshSoon(e.document)));
    this._register(vscode.window.onDidChangeVisibleTextEditors(es => es.forEach(e => this.#refreshSoon(e.document))));
    this._register(vscode.workspace.onDidChangeTextDocument(e => {
      if (!e.contentChanges.length) return;
      if (this.#entries.get(e.document.uri.toString())?.document === e.document) this.#changes.record(e);
      this.#refreshLater(e.document);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument(d => {
      // A late close of an earlier document at the same uri leaves the new one's entry alone.
      if (this.#entries.get(d.uri.toString())?.document === d) this.#evict(d.uri);
    }));
    this._register(selector.onDidChange(() => this.#refreshAll()));
    this._register(config.onDidChange(() => {
      // Settings are per folder: only documents whose analysis options changed are analysed again, and those set
      // aside as too large are measured again (the limit may have been raised since), as are those analysed that
      // a lowered limit now sets aside.
      for (const [key, e] of this.#entries) {
        if (e.blocked === 'tooLarge' || e.optionsKey !== JSON.stringify(optionsFrom(config.for(vscode.Uri.parse(key))))) {
          e.analyzer = undefined;
          e.version = -1;
        } else if (!e.blocked && !e.document.isClosed && this.#isOverLimit(e.document, textLength(e.document))) {
          e.version = -1;
          // the user lowered the limit: a warning for each article open in the background would be noise; one on
          // screen says why its highlights went
          if (!vscode.window.visibleTextEditors.some(v => v.document === e.document)) this.#quietlySetAside.add(key);
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
      entry?.waiting?.resolve(Promise.resolve(undefined));
      this.#entries.set(key, (entry = { document, version: -1, runs: 0, textKey: ++this.#nextTextKey }));
    }
    if (entry.version === document.version) {
      if (entry.analysis) return Promise.resolve(entry.analysis);
      if (entry.pending) return entry.pending;
      if (entry.blocked || entry.failed?.version === document.version) return Promise.resolve(undefined);
    }
    entry.version = document.version;
    entry.analysis = undefined;
    const pending = this.#compute(document, entry).catch(e => this.#fail(document, entry, e)).finally(() => {
      if (entry.pending === pending) entry.pending = undefined;
    });
    entry.pending = pending;
    return pending;
  }

  /**
   * As `get`, for readers the workbench asks by itself after edits (the document symbols, the News Lens view): while
   * the document is being typed in (its debounced analysis is due) they wait for that analysis instead of starting
   * one at once. A run started between two keystrokes is cancelled by the next one, and in a large article each
   * such run kept the worker analysing through the typing, on a core the editor needed.
   */
  getDebounced(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const entry = this.#entryOf(document);
    if (!entry?.timer || entry.version === document.version) return this.get(document);
    if (!entry.waiting) {
      let resolve!: (a: Promise<Analysis | undefined>) => void;
      const promise = new Promise<Analysis | undefined>(r => { resolve = r; });
      entry.waiting = { promise, resolve };
    }
    return entry.waiting.promise;
  }

  /**
   * The newest analysis for `uri` with the version it was made for: possibly an older version while a new one
   * is computed, or a partial analysis of the current version while a large article is under way. Readers that
   * place things in the text use it only when its version is the document's (`current`).
   */
  latest(document: vscode.TextDocument): VersionedAnalysis | undefined {
    return this.#entryOf(document)?.latest;
  }

  /** The newest analysis (possibly partial) of the document's current version, if one is there yet. */
  current(document: vscode.TextDocument): VersionedAnalysis | undefined {
    const latest = this.latest(document);
    return latest?.version === document.version ? latest : undefined;
  }

  /** Why the analysis of the document's current version failed, if it did. */
  failure(document: vscode.TextDocument): string | undefined {
    const failed = this.#entryOf(document)?.failed;
    return failed?.version === document.version ? failed.message : undefined;
  }

  /** The entry of this very document (not of another document once at the same uri). */
  #entryOf(document: vscode.TextDocument): AnalysisEntry | undefined {
    const entry = this.#entries.get(document.uri.toString());
    return entry?.document === document ? entry : undefined;
  }

  /** How many documents the cache holds state for (read-only; tests use it to see that closing releases it). */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * The edits of the document at `uri` from version `base` to `version`, in order (the log the analysis worker's
   * changes are read from); undefined unless all are known.
   */
  changesSince(uri: vscode.Uri, base: number, version: number): TextChange[] | undefined {
    return this.#changes.since(uri, base, version);
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

  async #compute(document: vscode.TextDocument, entry: AnalysisEntry): Promise<Analysis | undefined> {
    const { uri, version } = document;
    const run = ++entry.runs;
    // A newer run for this entry (a newer version, or new settings or corrections for this one) supersedes this one.
    const isSuperseded = () => entry.runs !== run;
    const length = textLength(document);
    entry.blocked = this.#checkSize(document, length);
    if (entry.blocked) return this.#block(entry, uri);
    const core = await this.#loadCore();
    // A core that keeps texts gets this version's text while the corrections are read (the first read of a file can
    // take a while on a busy machine).
    const sent = sendDocumentText(core, entry.textKey, document, length, this.#changes,
      () => document.isClosed || document.version !== version || this.isDisposed);
    sent?.catch(() => undefined);
    const corrections = this.#corrections ? await this.#corrections.get(uri) : {};
    // What this run read may be older than what a newer run read: only the newest run sets the analyzer.
    if (isSuperseded()) return this.getDebounced(document);
    const analyzer = analyzerFor(entry, core, optionsFrom(this.#config.for(uri)), corrections);
    // The visible part of the article is analysed first; a newer version cancels this run at its next slice.
    const visible = vscode.window.visibleTextEditors.find(e => e.document === document)?.visibleRanges[0];
    const sliceOptions: SliceOptions = {
      // An evicted entry (the document closed, or no longer an article) wants no analysis.
      isCancelled: () => document.isClosed || document.version !== version || this.isDisposed || isSuperseded()
        || this.#entries.get(uri.toString()) !== entry,
      priority: visible && { start: document.offsetAt(visible.start), end: document.offsetAt(visible.end) },
      // Large articles: push readers show the part analysed so far (the visible range first) until the whole arrives.
      onProgress: partial => {
        if (this.#entries.get(uri.toString()) !== entry || entry.version !== version || document.isClosed || isSuperseded()) return;
        entry.latest = { analysis: partial, version, isPartial: true };
        this.#onDidChange.fire(uri);
      },
    };
    let analysis: Analysis | undefined;
    const started = performance.now();
    try {
      analysis = !sent ? await analyzeWholeText(core, analyzer, document, sliceOptions)
        : await sent ? await core.analyzeKept?.(analyzer, entry.textKey, version, length, sliceOptions) : undefined;
    } catch (e) {
      // A newer run answers for this version (an error of the old settings' run is not this version's failure).
      if (isSuperseded()) return this.getDebounced(document);
      if (e instanceof BinaryTextError) {
        entry.blocked = 'binary';
        this.#notices.binary(document);
        return this.#block(entry, uri);
      }
      // The worker no longer had the text the changes were for: the whole text goes again.
      if (!(e instanceof Error && e.name === 'StaleTextError') || entry.version !== version) throw e;
      entry.version = -1;
      return this.get(document);
    }
    if (this.#entries.get(uri.toString()) !== entry || document.isClosed) return analysis;
    if (isSuperseded()) return this.getDebounced(document);
    if (!analysis) {
      // Cancelled without a newer run: by a newer document version (whose run starts here), or on the way (the
      // worker stopped while the text was sent). Asking `get` for this same version would wait on this very run.
      // While the newer version is typed in, its analysis starts once the typing pauses (not one run per keystroke).
      if (document.version !== version) return this.getDebounced(document);
      if (this.isDisposed) return undefined;
      entry.version = -1;
      return this.get(document);
    }
    if (entry.version === version) {
      entry.lastRunMs = performance.now() - started;
      entry.analysis = analysis;
      entry.latest = { analysis, version, isPartial: false };
      entry.failed = undefined;
      this.#onDidChange.fire(uri);
    }
    return analysis;
  }

  /**
   * An analysis that threw: logged every time, told to the user once per document, and remembered for the
   * version so that readers show the failure instead of waiting for an analysis that will not come.
   */
  #fail(document: vscode.TextDocument, entry: AnalysisEntry, error: unknown): undefined {
    const name = vscode.workspace.asRelativePath(document.uri);
    const message = error instanceof Error ? error.message : String(error);
    this.#log?.error(`Analysing ${name} (version ${document.version}) failed:`, error instanceof Error ? error : message);
    if (this.#entries.get(document.uri.toString()) === entry && entry.version === document.version) {
      entry.failed = { version: document.version, message };
      this.#onDidChange.fire(document.uri);
    }
    this.#notices.failed(document, message);
    return undefined;
  }

  #block(entry: AnalysisEntry, uri: vscode.Uri): undefined {
    entry.latest = undefined;
    entry.failed = undefined;
    this.#onDidChange.fire(uri);
    return undefined;
  }

  #checkSize(document: vscode.TextDocument, length: number): BlockedReason | undefined {
    const quiet = this.#quietlySetAside.delete(document.uri.toString());
    if (!this.#isOverLimit(document, length)) return undefined;
    if (!quiet) this.#notices.tooLarge(document, length / (1024 * 1024), this.#config.for(document.uri).maxFileSizeMB, () => this.allowLarge(document.uri));
    return 'tooLarge';
  }

  /** Whether `document` (`length` code units) is over `newsLens.maxFileSizeMB` and the user did not ask for it anyway. */
  #isOverLimit(document: vscode.TextDocument, length: number): boolean {
    return length / (1024 * 1024) > this.#config.for(document.uri).maxFileSizeMB && !this.#allowedLarge.has(document.uri.toString());
  }

  #refresh(document: vscode.TextDocument): void {
    const entry = this.#entries.get(document.uri.toString());
    if (entry?.timer) clearTimeout(entry.timer);
    const waiting = entry?.waiting;
    if (entry) {
      entry.timer = undefined;
      entry.waiting = undefined;
    }
    const analysis = document.isClosed ? Promise.resolve(undefined) : this.get(document);
    waiting?.resolve(analysis);
  }

  /**
   * Starts the document's analysis in a task of its own, soon. Opening a document runs every extension's open and
   * editor handlers in one task; starting the analysis inside it (the size check, the worker's start, the first
   * piece of the text read and posted, the first paint) made that task the open's longest block. Readers that ask
   * meanwhile (`get`) start it at once; asking again then finds it under way.
   */
  #refreshSoon(document: vscode.TextDocument): void {
    // The analysis worker starts now all the same (a thread of its own: a few ms here): the engine loads meanwhile.
    if (this.#selector.isArticle(document)) void this.#loadCore().catch(() => undefined);
    this.#soon.add(document);
    this.#soonTimer ??= setTimeout(() => {
      this.#soonTimer = undefined;
      const documents = [...this.#soon];
      this.#soon.clear();
      if (this.isDisposed) return;
      for (const d of documents) if (!d.isClosed) this.#refresh(d);
    }, 0);
  }

  #refreshLater(document: vscode.TextDocument): void {
    const entry = this.#entries.get(document.uri.toString());
    if (!entry) return this.#refresh(document);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.#refresh(document), typingDelay(this.#config.for(document.uri).debounceMs, entry.lastRunMs));
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
    entry.waiting?.resolve(Promise.resolve(undefined));
    this.#entries.delete(uri.toString());
    this.#quietlySetAside.delete(uri.toString());
    this.#changes.forget(uri);
    void this.#loadCore().then(core => core.forgetText?.(entry.textKey));
    this.#onDidChange.fire(uri);
  }

  override dispose(): void {
    clearTimeout(this.#soonTimer);
    this.#soon.clear();
    for (const e of this.#entries.values()) {
      if (e.timer) clearTimeout(e.timer);
      e.waiting?.resolve(Promise.resolve(undefined));
    }
    this.#entries.clear();
    super.dispose();
  }
}
