import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { CATEGORIES, type Category, type Configuration } from './configuration';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';
import type { FocusState } from './focus';

const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  people: '$(person) People', organisations: '$(organization) Organisations', places: '$(location) Places',
  countries: '$(globe) Countries', themes: '$(tag) Theme evidence', quotes: '$(quote) Quotations',
};

/**
 * The document-level commands: opting files in and out, annotating large files anyway, switching highlights,
 * clearing the focus. Keeps the `newsLens.isArticle` context key (keybindings, menus) in step with the active editor.
 */
export class Commands extends Disposable {
  constructor(cache: AnalysisCache, config: Configuration, selector: ArticleSelector, focus: FocusState) {
    super();
    const command = (id: string, run: (...args: never[]) => unknown) => this._register(vscode.commands.registerCommand(id, run));
    const active = () => vscode.window.activeTextEditor?.document;
    command('newsLens.annotateThisFile', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : active();
      if (!document) return void vscode.window.showInformationMessage('News Lens: open a plain-text or markdown file first.');
      if (selector.isArticle(document)) return;
      if (!selector.canOptIn(document)) {
        return void vscode.window.showInformationMessage(`News Lens annotates plain-text and markdown files; this one is ${document.languageId}.`);
      }
      await selector.optIn(document.uri);
    });
    command('newsLens.stopAnnotatingThisFile', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : active();
      if (!document || !selector.isArticle(document)) return;
      if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') {
        return void vscode.window.showInformationMessage('News Lens: this file is a News Article; change its language mode to stop annotating it.');
      }
      await selector.optOut(document);
    });
    command('newsLens.annotateAnyway', (uri?: vscode.Uri) => {
      const target = uri ?? active()?.uri;
      if (target) cache.allowLarge(target);
    });
    command('newsLens.toggleDecorations', () => config.update('decorations.enabled', !config.current.decorationsEnabled));
    command('newsLens.chooseCategories', async (categories?: Category[]) => {
      let chosen = categories;
      if (!chosen) {
        const picks = await vscode.window.showQuickPick(
          CATEGORIES.map(c => ({ label: CATEGORY_LABEL[c], category: c, picked: config.current.categories[c] })),
          { canPickMany: true, title: 'News Lens: Highlighted Categories', placeHolder: 'Highlight these categories in articles' });
        chosen = picks?.map(p => p.category);
      }
      if (!chosen) return;
      for (const c of CATEGORIES) {
        if (config.current.categories[c] !== chosen.includes(c)) await config.update(`decorations.${c}`, chosen.includes(c));
      }
      if (chosen.length && !config.current.decorationsEnabled) await config.update('decorations.enabled', true);
    });
    command('newsLens.clearFocus', () => focus.clear());

    const updateContext = () => {
      const document = active();
      void vscode.commands.executeCommand('setContext', 'newsLens.isArticle', !!document && selector.isArticle(document));
    };
    this._register(vscode.window.onDidChangeActiveTextEditor(updateContext));
    this._register(selector.onDidChange(updateContext));
    this._register(vscode.workspace.onDidOpenTextDocument(updateContext));
    // A plain-text file can become an article by its content as it is typed or pasted.
    this._register(cache.onDidChange(updateContext));
    updateContext();
  }
}

export function registerCommands(cache: AnalysisCache, config: Configuration, selector: ArticleSelector, focus: FocusState): vscode.Disposable {
  return new Commands(cache, config, selector, focus);
}
