import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { Disposable } from './disposable';
import { ARTICLE_DOCUMENT_SELECTOR, type ArticleSelector } from './documentSelector';
import { mentionAt, relatedMentions } from '../core/outputs/queries';
import { toRange } from './lookup';

/**
 * Mention navigation: Find All References and document highlights list every mention of the entity under
 * the cursor; `newsLens.nextMention` / `newsLens.previousMention` jump between them (wrapping around).
 */
export class References extends Disposable {
  readonly #cache: AnalysisCache;
  readonly #selector: ArticleSelector;

  constructor(cache: AnalysisCache, selector: ArticleSelector) {
    super();
    this.#cache = cache;
    this.#selector = selector;
    this._register(vscode.languages.registerReferenceProvider(ARTICLE_DOCUMENT_SELECTOR, {
      provideReferences: async (document, position, _context, token) => {
        const ranges = await this.#mentionsAt(document, document.offsetAt(position));
        return token.isCancellationRequested ? undefined : ranges?.map(r => new vscode.Location(document.uri, r));
      },
    }));
    this._register(vscode.languages.registerDocumentHighlightProvider(ARTICLE_DOCUMENT_SELECTOR, {
      provideDocumentHighlights: async (document, position, token) => {
        const ranges = await this.#mentionsAt(document, document.offsetAt(position));
        return token.isCancellationRequested ? undefined : ranges?.map(r => new vscode.DocumentHighlight(r, vscode.DocumentHighlightKind.Text));
      },
    }));
    this._register(vscode.commands.registerCommand('newsLens.nextMention', () => this.#jump(1)));
    this._register(vscode.commands.registerCommand('newsLens.previousMention', () => this.#jump(-1)));
    // From a hover link: (uri, offset); from the view's inline action: the entity node ({ uri, offset }).
    this._register(vscode.commands.registerCommand('newsLens.showMentions', (target?: string | { uri: string; offset: number }, offset?: number) =>
      typeof target === 'object' ? this.#show(target.uri, target.offset) : this.#show(target, offset)));
  }

  async #mentionsAt(document: vscode.TextDocument, offset: number): Promise<vscode.Range[] | undefined> {
    if (!this.#selector.isArticle(document)) return undefined;
    const analysis = await this.#cache.get(document);
    const mention = analysis && mentionAt(analysis, offset);
    if (!analysis || !mention) return undefined;
    return relatedMentions(analysis, mention).map(m => toRange(document, m));
  }

  async #jump(direction: 1 | -1): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const ranges = await this.#mentionsAt(editor.document, offset);
    if (!ranges?.length) {
      void vscode.window.setStatusBarMessage('News Lens: the cursor is not on a mention', 3000);
      return;
    }
    const offsets = ranges.map(r => editor.document.offsetAt(r.start));
    const current = offsets.findIndex((o, i) => o <= offset && offset <= editor.document.offsetAt(ranges[i].end));
    const next = ranges[(current + direction + ranges.length) % ranges.length];
    editor.selection = new vscode.Selection(next.start, next.end);
    editor.revealRange(next, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Opens the references peek with every mention of the entity at `offset` (default: the cursor). */
  async #show(uriText?: string, offset?: number): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const uri = uriText ? vscode.Uri.parse(uriText) : editor?.document.uri;
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(uri);
    const at = offset ?? (editor && editor.document === document ? document.offsetAt(editor.selection.active) : 0);
    const ranges = await this.#mentionsAt(document, at);
    if (!ranges?.length) return;
    await vscode.commands.executeCommand('editor.action.showReferences', uri, document.positionAt(at),
      ranges.map(r => new vscode.Location(uri, r)));
  }
}

export function registerReferences(cache: AnalysisCache, selector: ArticleSelector): vscode.Disposable {
  return new References(cache, selector);
}
