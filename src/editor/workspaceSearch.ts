import * as vscode from 'vscode';
import { ARTICLE_FILE_GLOB, hasArticleExtension, hasTextExtension, isOverSizeLimit, looksBinary } from '../core/article/articleFile';
import { articleDigest, type DigestItem } from '../core/outputs/digest';
import type { Analysis, AnalyzeOptions } from '../core/model';
import type { AnalysisCache, CoreModule } from './analysisCache';
import { type Configuration, type NewsLensConfig, optionsFrom } from './configuration';
import type { CorrectionsStore } from './corrections';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';
import { iconSafe } from './labels';
import { fileName } from './lookup';
import { MAX_SEARCH_FILES, searchFiles } from './workspaceFiles';

/** One article of the workspace and what it is about. */
export interface ArticleDigest {
  readonly uri: string;
  /** The headline, or the file name when there is none. */
  readonly title: string;
  readonly date?: string;
  readonly items: readonly DigestItem[];
}

/** The articles of the workspace, and the files that looked like articles but were set aside. */
export interface WorkspaceIndex {
  readonly articles: readonly ArticleDigest[];
  readonly skipped: readonly { readonly uri: string; readonly reason: string }[];
  /** How many plain-text files were passed over: no header line, no include glob, not read as an article. */
  readonly passedOver: number;
  /** How many files were read, of how many there were; fewer when the file cap or a cancel cut the search. */
  readonly coverage: { readonly read: number; readonly found: number; readonly isCancelled: boolean };
}
const KIND_ICON: Readonly<Record<DigestItem['kind'], string>> = {
  PERSON: 'person', ORG: 'organization', PLACE: 'location', COUNTRY: 'globe', THEME: 'tag',
};

/** What a file's digest depends on from its folder's settings. */
interface SearchOptions {
  readonly options: AnalyzeOptions;
  readonly optionsKey: string;
  readonly maxFileSizeMB: number;
}

interface Cached {
  readonly stamp: string;
  /** undefined: the file is not an article. */
  readonly digest: ArticleDigest | undefined;
}

/**
 * "News Lens: Search Articles in Workspace...": which articles of the workspace mention a person, organisation,
 * place, country or theme. Every article file (the same rules as in the editor: `.article`/`.news`, plain text
 * with the header line or matching `newsLens.include`, files opted in) is analysed in slices with a cancellable
 * progress notification; results are kept per file until it changes, and open articles use the analysis the
 * editor shows. Files over `newsLens.maxFileSizeMB` and binary files are skipped and listed.
 */
export class WorkspaceSearch extends Disposable {
  readonly #config: Configuration;
  readonly #selector: ArticleSelector;
  readonly #cache: AnalysisCache;
  readonly #corrections: CorrectionsStore;
  readonly #loadCore: () => Promise<CoreModule>;
  readonly #digests = new Map<string, Cached>();

  constructor(config: Configuration, selector: ArticleSelector, cache: AnalysisCache, corrections: CorrectionsStore, loadCore: () => Promise<CoreModule>) {
    super();
    this.#config = config;
    this.#selector = selector;
    this.#cache = cache;
    this.#corrections = corrections;
    this.#loadCore = loadCore;
    this._register(vscode.commands.registerCommand('newsLens.searchArticles', (key?: string) => this.#search(key)));
  }

  /**
   * Every article of the workspace with its digest; stops early (with what it has) when `token` is cancelled,
   * and says so in `coverage`, as it says when the file cap left files unread.
   */
  async index(token?: vscode.CancellationToken, progress?: (done: number, total: number) => void, maxFiles = MAX_SEARCH_FILES): Promise<WorkspaceIndex> {
    const opted = this.#selector.optedIn().map(u => vscode.Uri.parse(u));
    const { files, included, found, linked } = await searchFiles([ARTICLE_FILE_GLOB], this.#config.current.include, opted, maxFiles);
    // Options are read once per search and workspace folder (folders may set them differently).
    const byConfig = new Map<NewsLensConfig, SearchOptions>();
    const optionsFor = (uri: vscode.Uri): SearchOptions => {
      const config = this.#config.for(uri);
      let found = byConfig.get(config);
      if (!found) {
        const options = optionsFrom(config);
        byConfig.set(config, (found = { options, optionsKey: JSON.stringify(options), maxFileSizeMB: config.maxFileSizeMB }));
      }
      return found;
    };
    const context = { optionsFor, optedIn: new Set(this.#selector.optedIn()) };
    const articles: ArticleDigest[] = [];
    const skipped = linked.map(uri => ({ uri: uri.toString(), reason: 'reached through a symbolic link' }));
    let done = 0;
    let passedOver = 0;
    for (const uri of files) {
      if (token?.isCancellationRequested) break;
      progress?.(done, files.length);
      const result = await this.#digest(uri, included.has(uri.toString()), context, token);
      // a file whose analysis a cancel stopped is not counted as read
      if (token?.isCancellationRequested) break;
      done++;
      if (typeof result === 'string') skipped.push({ uri: uri.toString(), reason: result });
      else if (result) articles.push(result);
      else if (hasTextExtension(uri.path)) passedOver++;
    }
    return { articles, skipped, passedOver, coverage: { read: done, found, isCancelled: !!token?.isCancellationRequested } };
  }

  /** The file's digest, a reason it was skipped, or undefined when it is not an article. */
  async #digest(
    uri: vscode.Uri, matchedByInclude: boolean, context: { optionsFor: (uri: vscode.Uri) => SearchOptions; optedIn: ReadonlySet<string> },
    token?: vscode.CancellationToken,
  ): Promise<ArticleDigest | string | undefined> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
    if (open) {
      if (!this.#selector.isArticle(open)) return undefined;
      const analysis = await this.#cache.get(open);
      if (!analysis) return this.#cache.blockedReason(open.uri) === 'binary' ? 'binary' : 'over the size limit';
      return digestOf(open.uri, open.getText(), analysis);
    }
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return 'unreadable';
    }
    // Only a file that is an article whatever its first line says is reported when set aside; another
    // text file (a log, notes) that is too large or binary is simply not an article.
    const mustBeArticle = matchedByInclude || hasArticleExtension(uri.path) || context.optedIn.has(key);
    const { options, optionsKey, maxFileSizeMB } = context.optionsFor(uri);
    if (isOverSizeLimit(stat.size, maxFileSizeMB)) return mustBeArticle ? 'over the size limit' : undefined;
    const corrections = await this.#corrections.get(uri);
    const stamp = `${stat.mtime}:${stat.size}:${JSON.stringify(corrections)}:${optionsKey}:${mustBeArticle}`;
    const cached = this.#digests.get(key);
    if (cached?.stamp === stamp) return cached.digest;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return 'unreadable';
    }
    if (looksBinary(bytes)) return mustBeArticle ? 'binary' : undefined;
    const text = new TextDecoder().decode(bytes);
    if (!this.#selector.isArticleFile(uri, text, matchedByInclude)) {
      this.#digests.set(key, { stamp, digest: undefined });
      return undefined;
    }
    const core = await this.#loadCore();
    const analysis = await core.analyzeInSlices(new core.Analyzer({ ...options, corrections }), text, {
      isCancelled: () => !!token?.isCancellationRequested || this.isDisposed,
    });
    if (!analysis) return undefined;
    const digest = digestOf(uri, text, analysis);
    this.#digests.set(key, { stamp, digest });
    return digest;
  }

  /** The command: pick what to look for, then an article; opens it at the first mention. Returns the uri opened. */
  async #search(key: string | undefined): Promise<vscode.Uri | undefined> {
    const index = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'News Lens: reading the articles of the workspace', cancellable: true },
      (progress, token) => this.index(token, (done, total) => progress.report({ message: `${done} of ${total} files`, increment: 100 / Math.max(1, total) })));
    const { read, found, isCancelled } = index.coverage;
    if (isCancelled) {
      void vscode.window.showInformationMessage(`News Lens: search cancelled after ${read} of ${found} files; nothing is shown, as the results would be incomplete.`);
      return undefined;
    }
    const partial = read < found ? ` (the first ${read} of ${found} files, by path)` : '';
    if (partial) {
      void vscode.window.showWarningMessage(`News Lens: the search read the first ${read} of the ${found} files of the workspace (by path); articles in the other ${found - read} are not in the results.`);
    }
    if (index.skipped.length) {
      void vscode.window.showInformationMessage(`News Lens: ${index.skipped.length} file(s) left out of the search: ${index.skipped.slice(0, 3)
        .map(s => `${vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri))} (${s.reason})`).join(', ')}${index.skipped.length > 3 ? ', ...' : ''}.`);
    }
    const passedOver = passedOverNote(index.passedOver);
    if (index.articles.length === 0) {
      void vscode.window.showInformationMessage(`News Lens: no articles in this workspace (.article and .news files, text files that start with " date YYYY-MM-DD" or read like an article).${passedOver}`);
      return undefined;
    }
    const byKey = new Map<string, { item: DigestItem; hits: { article: ArticleDigest; item: DigestItem }[] }>();
    for (const article of index.articles) {
      for (const item of article.items) {
        const entry = byKey.get(item.key) ?? { item, hits: [] };
        entry.hits.push({ article, item });
        byKey.set(item.key, entry);
      }
    }
    let chosen = key;
    if (!chosen) {
      const picks = [...byKey.values()]
        .sort((a, b) => b.hits.length - a.hits.length || total(b.hits) - total(a.hits) || a.item.label.localeCompare(b.item.label))
        .map(e => ({ label: `$(${KIND_ICON[e.item.kind]}) ${iconSafe(e.item.label)}`, description: `${e.hits.length} article${e.hits.length === 1 ? '' : 's'} · ${total(e.hits)}×`, key: e.item.key }));
      const picked = await pickSubject(picks, `${searchTitle(index)}${partial}`);
      chosen = picked?.key ?? picked?.typed;
    }
    if (!chosen) return undefined;
    const entry = byKey.get(chosen);
    if (!entry) {
      void vscode.window.showInformationMessage(`News Lens: none of the ${index.articles.length} article${index.articles.length === 1 ? '' : 's'} of the workspace mentions “${chosen}”.${passedOver}`);
      return undefined;
    }
    const hits = [...entry.hits].sort((a, b) => b.item.count - a.item.count || (b.article.date ?? '').localeCompare(a.article.date ?? ''));
    const target = hits.length === 1 ? hits[0] : (await vscode.window.showQuickPick(hits.map(h => ({
      label: iconSafe(h.article.title), description: `${h.item.count}× · ${iconSafe(vscode.workspace.asRelativePath(vscode.Uri.parse(h.article.uri)))}`,
      detail: h.article.date, hit: h,
    })), { title: `News Lens: Articles about ${entry.item.label}`, matchOnDescription: true }))?.hit;
    if (!target) return undefined;
    const uri = vscode.Uri.parse(target.article.uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const at = document.positionAt(target.item.firstOffset);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at) });
    return uri;
  }
}

/** "News Lens: Search 3 Articles · 1 text file passed over ...": what was searched, and what was left aside. */
function searchTitle(index: WorkspaceIndex): string {
  const { articles, passedOver } = index;
  const searched = `News Lens: Search ${articles.length} Article${articles.length === 1 ? '' : 's'}`;
  if (!passedOver) return searched;
  const files = `${passedOver} text file${passedOver === 1 ? '' : 's'}`;
  return `${searched} · ${files} passed over as not articles (to include one: open it and Annotate This File, or use newsLens.include)`;
}

/**
 * The first pick: who or what to look for. Resolves to the chosen item's key, to the typed text when it matches
 * nothing (so that the search can say so rather than close silently), or undefined when dismissed.
 */
function pickSubject(picks: readonly (vscode.QuickPickItem & { key: string })[], title: string): Promise<{ key?: string; typed?: string } | undefined> {
  const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { key: string }>();
  quickPick.items = picks;
  quickPick.title = title;
  quickPick.placeholder = 'Who or what to look for: a person, organisation, place, country or theme';
  quickPick.matchOnDescription = true;
  return new Promise(resolve => {
    quickPick.onDidAccept(() => {
      const typed = quickPick.value.trim();
      resolve({ key: quickPick.activeItems[0]?.key, typed: typed || undefined });
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
}

/** " 3 text files were passed over ...": how to include plain-text files that were not read as articles. */
function passedOverNote(count: number): string {
  if (!count) return '';
  const files = count === 1 ? '1 text file was' : `${count} text files were`;
  return ` ${files} passed over: they have no " date YYYY-MM-DD" first line and do not read like articles. To include them, open one and run "News Lens: Annotate This File", or add a glob such as "**/news/**/*.txt" to the newsLens.include setting.`;
}

const total = (hits: readonly { item: DigestItem }[]): number => hits.reduce((n, h) => n + h.item.count, 0);

function digestOf(uri: vscode.Uri, text: string, analysis: Analysis): ArticleDigest {
  const { headline, date } = analysis.article;
  const title = headline ? text.slice(headline.start, headline.end).trim() : fileName(uri);
  return { uri: uri.toString(), title, ...(date ? { date } : {}), items: articleDigest(analysis) };
}

export function registerWorkspaceSearch(
  config: Configuration, selector: ArticleSelector, cache: AnalysisCache, corrections: CorrectionsStore, loadCore: () => Promise<CoreModule>,
): WorkspaceSearch {
  return new WorkspaceSearch(config, selector, cache, corrections, loadCore);
}
