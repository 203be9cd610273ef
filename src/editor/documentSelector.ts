import * as vscode from 'vscode';
import type { Configuration } from './configuration';
import { Disposable } from './disposable';

/** The article language contributed in package.json. */
export const ARTICLE_LANGUAGE = 'news-article';

/**
 * Where providers register. Finding (VS Code 1.100.3, checked in the real host): a `firstLine` pattern in
 * `contributes.languages` does NOT claim a `.txt` file, because `plaintext` owns the `.txt` extension and
 * extension matches win over first-line matches; it only decides for files without a known extension and
 * untitled documents. So plain-text (and opted-in markdown) documents are registered too, and every provider
 * asks `ArticleSelector.isArticle` before doing anything.
 */
export const ARTICLE_DOCUMENT_SELECTOR: vscode.DocumentSelector = [
  { language: ARTICLE_LANGUAGE },
  { language: 'plaintext' },
  { language: 'markdown' },
];

/** ` date 2020-10-07 ...`: the header line of the article format, with or without the leading space. */
const HEADER_LINE = /^\uFEFF?\s?date \d{4}-\d{2}-\d{2}\b/;
const OPT_IN_KEY = 'newsLens.optedIn';
const OPT_OUT_KEY = 'newsLens.optedOut';

/**
 * Decides which documents News Lens annotates: the `news-article` language; plain-text documents whose first
 * line is the article header or that match a `newsLens.include` glob; and plain-text or markdown documents
 * the user opted in with "News Lens: Annotate This File" (remembered per workspace).
 */
export class ArticleSelector extends Disposable {
  readonly #config: Configuration;
  readonly #state: vscode.Memento;
  readonly #optedIn: Set<string>;
  readonly #optedOut: Set<string>;
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires when the rules changed (opt-in, opt-out, include globs): every document should be asked again. */
  readonly onDidChange = this.#onDidChange.event;

  constructor(config: Configuration, workspaceState: vscode.Memento) {
    super();
    this.#config = config;
    this.#state = workspaceState;
    this.#optedIn = new Set(workspaceState.get<string[]>(OPT_IN_KEY, []));
    this.#optedOut = new Set(workspaceState.get<string[]>(OPT_OUT_KEY, []));
    let include = config.current.include.join('\n');
    this._register(config.onDidChange(c => {
      if (c.include.join('\n') === include) return;
      include = c.include.join('\n');
      this.#onDidChange.fire();
    }));
  }

  /** Whether `document` is annotated. Cheap: reads only the first line. */
  isArticle(document: vscode.TextDocument): boolean {
    if (document.languageId === ARTICLE_LANGUAGE) return true;
    if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
    const key = document.uri.toString();
    if (this.#optedIn.has(key)) return true;
    if (this.#optedOut.has(key)) return false;
    if (document.languageId !== 'plaintext') return false;
    if (document.lineCount > 0 && HEADER_LINE.test(document.lineAt(0).text)) return true;
    return this.#config.current.include.some(pattern => vscode.languages.match({ pattern }, document) > 0);
  }

  /**
   * The same rules for a file on disk that is not open (the workspace search): News Article files by their
   * extension, plain-text files by their first line or an include glob (`matchedByInclude`), and the files the
   * user opted in or out.
   */
  isArticleFile(uri: vscode.Uri, firstLine: string, matchedByInclude: boolean): boolean {
    if (/\.(?:article|news)$/i.test(uri.path)) return true;
    const key = uri.toString();
    if (this.#optedIn.has(key)) return true;
    if (this.#optedOut.has(key) || !/\.txt$/i.test(uri.path)) return false;
    return HEADER_LINE.test(firstLine) || matchedByInclude;
  }

  /** The documents the user opted in, as uri strings. */
  optedIn(): readonly string[] {
    return [...this.#optedIn];
  }

  /** Whether the user can opt this document in (plain text or markdown that is not already an article). */
  canOptIn(document: vscode.TextDocument): boolean {
    return (document.languageId === 'plaintext' || document.languageId === 'markdown') && !this.isArticle(document);
  }

  /** Annotates a plain-text or markdown document from now on (remembered in the workspace). */
  async optIn(uri: vscode.Uri): Promise<void> {
    this.#optedIn.add(uri.toString());
    this.#optedOut.delete(uri.toString());
    await this.#save();
  }

  /** Stops annotating a plain-text or markdown document, even when its header or a glob matches. */
  async optOut(document: vscode.TextDocument): Promise<void> {
    this.#optedIn.delete(document.uri.toString());
    // Only remembered when the header or a glob would still make it an article.
    if (this.isArticle(document)) this.#optedOut.add(document.uri.toString());
    await this.#save();
  }

  async #save(): Promise<void> {
    await this.#state.update(OPT_IN_KEY, [...this.#optedIn]);
    await this.#state.update(OPT_OUT_KEY, [...this.#optedOut]);
    this.#onDidChange.fire();
  }
}
