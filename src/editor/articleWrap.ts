import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { Disposable } from './disposable';
import { ARTICLE_LANGUAGE, type ArticleSelector } from './documentSelector';

/**
 * Articles read wrapped: scraped articles hold a paragraph per line. The News Article language wraps through the
 * manifest's `configurationDefaults`; a plain-text or markdown article gets word wrap switched on for its editor
 * (View: Toggle Word Wrap, which lasts while the file is open and writes no setting), once per opened file and
 * only when `editor.wordWrap` is "off" for it, so a reader who prefers otherwise toggles it back with Alt+Z.
 */
export class ArticleWrap extends Disposable {
  readonly #selector: ArticleSelector;
  /** Documents already considered while open (wrapped, or left as the settings say). */
  readonly #considered = new Set<string>();
  /** Documents this class wrapped, for tests. */
  readonly #wrapped = new Set<string>();

  constructor(selector: ArticleSelector, cache: AnalysisCache) {
    super();
    this.#selector = selector;
    this._register(vscode.window.onDidChangeActiveTextEditor(() => void this.#check()));
    this._register(selector.onDidChange(() => void this.#check()));
    this._register(cache.onDidChange(() => void this.#check()));
    this._register(vscode.workspace.onDidCloseTextDocument(d => {
      this.#considered.delete(d.uri.toString());
      this.#wrapped.delete(d.uri.toString());
    }));
    void this.#check();
  }

  /** Whether News Lens switched word wrap on for the open document at `uri`. */
  isWrapped(uri: vscode.Uri): boolean {
    return this.#wrapped.has(uri.toString());
  }

  async #check(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    if (!document || document.languageId === ARTICLE_LANGUAGE || this.#considered.has(document.uri.toString())) return;
    if (!this.#selector.isArticle(document)) return;
    this.#considered.add(document.uri.toString());
    const wrap = vscode.workspace.getConfiguration('editor', { uri: document.uri, languageId: document.languageId }).get<string>('wordWrap');
    if (wrap !== 'off') return;
    // The command acts on the active editor: make sure it is still this one.
    if (vscode.window.activeTextEditor !== editor) {
      this.#considered.delete(document.uri.toString());
      return;
    }
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
    this.#wrapped.add(document.uri.toString());
  }
}

export function registerArticleWrap(selector: ArticleSelector, cache: AnalysisCache): ArticleWrap {
  return new ArticleWrap(selector, cache);
}
