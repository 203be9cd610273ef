import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';
import type { FocusState } from './focus';
import { mentionAt } from '../core/outputs/queries';
import { TYPE_ICON, TYPE_LABEL } from './lookup';
import { iconSafe } from './labels';
import { OutlineProvider, VIEW_ID } from './outlineView';
import type { OutlineNode, SortOrder } from './outlineTree';

/** Registers the News Lens view, its title actions and the commands that move between view and editor. */
export class OutlineView extends Disposable {
  readonly provider: OutlineProvider;
  readonly #view: vscode.TreeView<OutlineNode>;
  readonly #cache: AnalysisCache;

  constructor(cache: AnalysisCache, selector: ArticleSelector, focus: FocusState, workspaceState: vscode.Memento) {
    super();
    this.#cache = cache;
    const provider = (this.provider = this._register(new OutlineProvider(cache, selector, workspaceState)));
    const view = (this.#view = this._register(vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: false })));
    const describe = () => { view.description = provider.document ? provider.describe() : undefined; };
    describe();
    this._register(provider.onDidChangeState(describe));
    this._register(provider.onDidChangeTreeData(describe));
    const command = (id: string, run: (...args: never[]) => unknown) => this._register(vscode.commands.registerCommand(id, run));
    command('newsLens.refresh', () => {
      if (provider.document) void cache.get(provider.document);
      provider.refresh();
    });
    command('newsLens.collapseAll', () => vscode.commands.executeCommand(`workbench.actions.treeView.${VIEW_ID}.collapseAll`));
    command('newsLens.sortBy', async (order?: SortOrder) => {
      const picked = order ?? (await vscode.window.showQuickPick(
        (['salience', 'appearance', 'name'] as const).map(o => ({ label: o === 'appearance' ? 'First appearance' : o[0].toUpperCase() + o.slice(1), order: o, picked: o === provider.sortOrder })),
        { title: 'News Lens: Sort Entities By' }))?.order;
      if (picked) await provider.setSortOrder(picked);
    });
    command('newsLens.filter', async (text?: string) => {
      const value = text ?? (await vscode.window.showInputBox({ title: 'News Lens: Filter Entities', prompt: 'Show entities and themes whose name contains this text', value: provider.filter }));
      if (value !== undefined) provider.setFilter(value);
    });
    command('newsLens.clearFilter', () => provider.setFilter(''));
    command('newsLens.showView', () => vscode.commands.executeCommand(`${VIEW_ID}.focus`));
    command('newsLens.revealMention', async (uri: string, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    });
    command('newsLens.revealInView', async (uri?: string, entityId?: string) => this.reveal(uri, entityId));
    command('newsLens.focusEntity', async (target?: OutlineNode | string) => {
      const editor = vscode.window.activeTextEditor;
      const document = provider.document ?? editor?.document;
      if (!document) return;
      let entityId = typeof target === 'string' ? target : target?.kind === 'entity' ? target.entity.id : undefined;
      entityId ??= await this.#entityUnderCursor(document, editor);
      // Run again away from any mention: the focus ends, as with Esc.
      if (!entityId && focus.target?.uri === document.uri.toString()) return focus.clear();
      entityId ??= await this.#pickEntity(document);
      if (entityId) focus.toggle(document.uri, entityId);
    });
  }

  /** Shows the view and selects the entity's node (default: the entity under the cursor). */
  async reveal(uri?: string, entityId?: string): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!entityId && editor) entityId = await this.#entityUnderCursor(editor.document, editor);
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    const node = entityId ? this.provider.nodeOf(entityId) : undefined;
    if (node && (!uri || node.uri === uri)) await this.#view.reveal(node, { select: true, focus: true, expand: true });
  }

  async #entityUnderCursor(document: vscode.TextDocument, editor: vscode.TextEditor | undefined): Promise<string | undefined> {
    if (editor?.document !== document) return undefined;
    const analysis = await this.#cache.get(document);
    return analysis && mentionAt(analysis, document.offsetAt(editor.selection.active))?.entityId;
  }

  async #pickEntity(document: vscode.TextDocument): Promise<string | undefined> {
    const analysis = await this.#cache.get(document);
    if (!analysis) return undefined;
    const picked = await vscode.window.showQuickPick(
      [...analysis.entities].sort((a, b) => a.rank - b.rank).map(e => ({
        label: `$(${TYPE_ICON[e.type]}) ${iconSafe(e.canonical)}`, description: `${TYPE_LABEL[e.type]} · ${e.mentions.length}×`, id: e.id,
      })),
      { title: 'News Lens: Focus on Entity', placeHolder: 'Its mentions stand out, the others are dimmed' });
    return picked?.id;
  }
}

export function registerOutlineView(cache: AnalysisCache, selector: ArticleSelector, focus: FocusState, workspaceState: vscode.Memento): OutlineView {
  return new OutlineView(cache, selector, focus, workspaceState);
}
