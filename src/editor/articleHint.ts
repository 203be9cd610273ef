import * as vscode from 'vscode';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';

/**
 * A quiet status-bar hint for a plain-text file that reads somewhat like an article but not clearly enough to be
 * annotated unasked: "Annotate This File", with what the detector saw in the tooltip. Never a notification: a
 * folder of such files must not bring a pop-up per file.
 */
export class ArticleHint extends Disposable {
  readonly #item = this._register(vscode.window.createStatusBarItem('newsLens.articleHint', vscode.StatusBarAlignment.Right, 99));
  readonly #selector: ArticleSelector;

  constructor(selector: ArticleSelector) {
    super();
    this.#selector = selector;
    this.#item.name = 'News Lens: Annotate This File';
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(selector.onDidChange(() => this.update()));
    this._register(vscode.workspace.onDidChangeTextDocument(e => {
      if (e.document === vscode.window.activeTextEditor?.document) this.update();
    }));
    this.update();
  }

  /** The text the hint shows now, for tests (empty when hidden). */
  get text(): string {
    return this.#item.text;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const likeness = document && this.#selector.suggestion(document);
    if (!document || !likeness) {
      this.#item.text = '';
      this.#item.hide();
      return;
    }
    this.#item.text = '$(book) Annotate This File';
    const md = new vscode.MarkdownString('**News Lens**\n\n');
    md.appendText(`This file reads somewhat like a news article (${likeness.signs.join(', ')}), but not clearly enough to annotate it unasked.`);
    md.appendMarkdown('\n\nClick to annotate it with News Lens; **News Lens: Stop Annotating This File** undoes it.');
    this.#item.tooltip = md;
    this.#item.command = { command: 'newsLens.annotateThisFile', title: 'Annotate This File', arguments: [document.uri] };
    this.#item.show();
  }
}

export function registerArticleHint(selector: ArticleSelector): ArticleHint {
  return new ArticleHint(selector);
}
