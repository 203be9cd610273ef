import * as vscode from 'vscode';
import type { Analysis } from './core/model';
import { AnalysisCache } from './editor/analysisCache';
import { registerArticleHint } from './editor/articleHint';
import { registerArticleWrap } from './editor/articleWrap';
import { registerCommands } from './editor/commands';
import { CorpusIndex, type CorpusSnapshot } from './editor/corpusIndex';
import { registerCorpusSymbols } from './editor/corpusSymbols';
import { registerDashboard } from './editor/dashboard';
import type { FromWebview, RenderReport, ToWebview } from './editor/dashboardProtocol';
import { Configuration, type NewsLensConfig } from './editor/configuration';
import { registerDecorations, type DecorationCounts } from './editor/decorations';
import { registerCorrectionCommands } from './editor/correctionCommands';
import { CorrectionsStore } from './editor/corrections';
import { registerDocumentSymbols } from './editor/documentSymbols';
import { registerExportCommands } from './editor/exportCommands';
import { registerGoldCommands } from './editor/goldCommands';
import { ArticleSelector } from './editor/documentSelector';
import { FocusState, type FocusTarget } from './editor/focus';
import { registerHoverProvider } from './editor/hoverProvider';
import { registerLog } from './editor/log';
import { registerOutlineView } from './editor/outlineCommands';
import type { OutlineNode } from './editor/outlineTree';
import { registerQuoteCommands } from './editor/quoteCommands';
import { registerReferences } from './editor/references';
import { registerStatusBar } from './editor/statusBar';
import { registerWorkspaceSearch, type WorkspaceIndex } from './editor/workspaceSearch';
import { startCoreWorker } from './editor/coreWorkerClient';
import type { CoreModule } from './editor/analysisCache';
import type { TextsSent } from './editor/coreModule';

/** What `activate` returns: a small API for integration tests and other extensions. */
export interface NewsLensApi {
  /** The analysis of the open document at `uri` (current version), or undefined when it is not annotated. */
  getAnalysis(uri: vscode.Uri): Promise<Analysis | undefined>;
  /** Whether News Lens annotates the open document at `uri`. */
  isArticle(uri: vscode.Uri): boolean;
  /** What the decorations last painted for `uri`. */
  getDecorationCounts(uri: vscode.Uri): DecorationCounts | undefined;
  getFocus(): FocusTarget | undefined;
  getConfiguration(): NewsLensConfig;
  getStatusBarText(): string;
  /** What the "Annotate This File" status-bar hint shows now (empty when hidden). */
  getArticleHintText(): string;
  /** Whether News Lens switched word wrap on for the open plain-text article at `uri`. */
  isWrapped(uri: vscode.Uri): boolean;
  /** How many documents the analysis cache holds state for. */
  getCacheSize(): number;
  /** What the analysis worker was sent of the documents' texts so far; undefined without a worker (the web host). */
  getTextsSent(): Promise<TextsSent | undefined>;
  /** The News Lens view's data provider. */
  readonly outline: vscode.TreeDataProvider<OutlineNode>;
  /** Every article of the workspace with what it is about (what "Search Articles in Workspace" reads). */
  searchWorkspace(options?: { token?: vscode.CancellationToken; maxFiles?: number }): Promise<WorkspaceIndex>;
  /** The corpus index: `scan()` reads the workspace (or waits for the running scan) and gives the corpus. */
  readonly corpus: {
    scan(): Promise<CorpusSnapshot>;
    current(): Promise<CorpusSnapshot>;
    /** Drops the in-memory index and reads the stored one, as on reopening the workspace. */
    reload(): Promise<void>;
    readonly storeFile: vscode.Uri | undefined;
  };
  /** The dashboard: what its webview last drew, and its messages both ways (tests act as the webview would). */
  readonly dashboard: {
    lastReport(): RenderReport | undefined;
    onDidRender: vscode.Event<RenderReport>;
    onDidReveal: vscode.Event<string>;
    handle(message: FromWebview): Promise<void>;
    request(message: ToWebview): Promise<void>;
  };
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const config = new Configuration();
  const selector = new ArticleSelector(config, context.workspaceState);
  // The core (and compromise with it) loads on the first analysis, not at activation.
  const corrections = new CorrectionsStore();
  const loadCore = coreLoader(context);
  const log = registerLog();
  const cache = new AnalysisCache(config, selector, loadCore, corrections, log.channel);
  const focus = new FocusState();
  const decorations = registerDecorations(cache, config, focus);
  const outline = registerOutlineView(cache, selector, focus, context.workspaceState);
  const statusBar = registerStatusBar(cache, config, selector);
  const search = registerWorkspaceSearch(config, selector, cache, corrections, loadCore);
  const hint = registerArticleHint(selector);
  const wrap = registerArticleWrap(selector, cache);
  const corpus = new CorpusIndex(config, selector, corrections, loadCore, context.storageUri);
  const dashboard = registerDashboard(corpus, context.extensionUri);
  context.subscriptions.push(
    log, config, selector, corrections, cache, focus, decorations, outline, statusBar, search, hint, wrap, corpus, dashboard,
    registerCorpusSymbols(corpus),
    registerHoverProvider(cache, selector),
    registerDocumentSymbols(cache, selector),
    registerReferences(cache, selector),
    registerQuoteCommands(cache, selector),
    registerCommands(cache, config, selector, focus),
    registerExportCommands(cache, selector),
    registerGoldCommands(cache, corrections, selector),
    registerCorrectionCommands(cache, corrections, selector),
  );
  const documentAt = (uri: vscode.Uri) => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  return {
    async getAnalysis(uri) {
      const document = documentAt(uri);
      return document && cache.get(document);
    },
    isArticle: uri => {
      const document = documentAt(uri);
      return !!document && selector.isArticle(document);
    },
    getDecorationCounts: uri => decorations.countsFor(uri),
    getFocus: () => focus.target,
    getConfiguration: () => config.current,
    getStatusBarText: () => statusBar.text,
    getArticleHintText: () => hint.text,
    isWrapped: uri => wrap.isWrapped(uri),
    getCacheSize: () => cache.size,
    getTextsSent: async () => (await loadCore()).textsSent?.(),
    outline: outline.provider,
    searchWorkspace: options => search.index(options?.token, undefined, options?.maxFiles),
    corpus: { scan: () => corpus.scan(), current: () => corpus.current(), reload: () => corpus.reload(), get storeFile() { return corpus.storeFile; } },
    dashboard: {
      lastReport: () => dashboard.lastReport,
      onDidRender: dashboard.onDidRender,
      onDidReveal: dashboard.onDidReveal,
      handle: m => dashboard.handle(m),
      request: m => dashboard.request(m),
    },
  };
}

/**
 * Loads the core on first use: in a worker thread where the host allows one (the node host), so that neither
 * loading the engine nor analysing blocks the extension host; else (the web host, or a worker that died) in the
 * extension host's thread, where the analysis runs in time slices.
 */
function coreLoader(context: vscode.ExtensionContext): () => Promise<CoreModule> {
  let worker: ReturnType<typeof startCoreWorker>;
  let tried = false;
  return async () => {
    if (!tried) {
      tried = true;
      // the engine's compiled code is kept in the extension's global storage (a local folder in the node host)
      const codeCache = context.globalStorageUri.scheme === 'file' ? vscode.Uri.joinPath(context.globalStorageUri, 'codeCache').fsPath : undefined;
      worker = startCoreWorker(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, codeCache);
      if (worker) context.subscriptions.push(worker);
    }
    if (worker?.isAlive()) return worker;
    const { Analyzer, analyzeInSlices } = await import('./core/engine');
    return { Analyzer, analyzeInSlices: (analyzer, text, options) => analyzeInSlices(analyzer as InstanceType<typeof Analyzer>, text, options) };
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
