import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';
import { buildOutline, outlineTreeItem, type OutlineModel, type OutlineNode, type SortOrder } from './outlineTree';

const SORT_KEY = 'newsLens.sortBy';
const SORT_LABEL: Readonly<Record<SortOrder, string>> = { salience: 'salience', appearance: 'first appearance', name: 'name' };
export const VIEW_ID = 'newsLens.entities';

/**
 * The News Lens view: follows the active article editor and shows its header, then Countries, People,
 * Organisations, Places and Themes with their mentions. Sort order is remembered per workspace; the filter
 * lasts for the session.
 */
export class OutlineProvider extends Disposable implements vscode.TreeDataProvider<OutlineNode> {
  readonly #cache: AnalysisCache;
  readonly #selector: ArticleSelector;
  readonly #state: vscode.Memento;
  #document: vscode.TextDocument | undefined;
  #model: OutlineModel | undefined;
  /** The model no longer matches the analysis, sort order or filter: rebuilt once the document's analysis is there. */
  #isStale = false;
  #filter = '';
  readonly #onDidChangeTreeData = this._register(new vscode.EventEmitter<OutlineNode | undefined | void>());
  readonly onDidChangeTreeData = this.#onDidChangeTreeData.event;
  readonly #onDidChangeState = this._register(new vscode.EventEmitter<void>());
  /** Fires when the sort order or filter changed, so the view can update its description. */
  readonly onDidChangeState = this.#onDidChangeState.event;

  constructor(cache: AnalysisCache, selector: ArticleSelector, workspaceState: vscode.Memento) {
    super();
    this.#cache = cache;
    this.#selector = selector;
    this.#state = workspaceState;
    this._register(vscode.window.onDidChangeActiveTextEditor(e => this.#follow(e)));
    this._register(cache.onDidChange(uri => {
      if (uri.toString() === this.#document?.uri.toString()) this.refresh();
      else if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.#follow(vscode.window.activeTextEditor);
    }));
    this._register(selector.onDidChange(() => this.#follow(vscode.window.activeTextEditor)));
    this.#follow(vscode.window.activeTextEditor);
  }

  get sortOrder(): SortOrder {
    return this.#state.get<SortOrder>(SORT_KEY, 'salience');
  }

  get filter(): string {
    return this.#filter;
  }

  /** The document the view shows, if any. */
  get document(): vscode.TextDocument | undefined {
    return this.#document;
  }

  /** A one-line description of the view state ("by salience · filter: jai"). */
  describe(): string {
    return [`by ${SORT_LABEL[this.sortOrder]}`, this.#filter && `filter: ${this.#filter}`].filter(Boolean).join(' · ');
  }

  async setSortOrder(order: SortOrder): Promise<void> {
    await this.#state.update(SORT_KEY, order);
    this.#onDidChangeState.fire();
    this.refresh();
  }

  setFilter(filter: string): void {
    this.#filter = filter;
    void vscode.commands.executeCommand('setContext', 'newsLens.isFiltered', filter !== '');
    this.#onDidChangeState.fire();
    this.refresh();
  }

  refresh(): void {
    this.#isStale = true;
    this.#onDidChangeTreeData.fire();
  }

  /** The node of an entity in the current tree, for `TreeView.reveal`. */
  nodeOf(entityId: string): OutlineNode | undefined {
    return this.#ensureModel()?.byEntity.get(entityId);
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    return outlineTreeItem(node);
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    if (!node) return [...(this.#ensureModel()?.roots ?? [])];
    return 'children' in node ? node.children : [];
  }

  getParent(node: OutlineNode): OutlineNode | undefined {
    return node.parent;
  }

  #follow(editor: vscode.TextEditor | undefined): void {
    // Keep showing the last article while focus is in a non-article editor (output, settings...)
    if (editor && !this.#selector.isArticle(editor.document) && editor.document.uri.scheme !== 'file' && editor.document.uri.scheme !== 'untitled') return;
    const next = editor && this.#selector.isArticle(editor.document) ? editor.document : undefined;
    if (next === this.#document && this.#model) return;
    this.#document = next;
    this.#model = undefined;
    this.refresh();
  }

  #ensureModel(): OutlineModel | undefined {
    if (!this.#document) return undefined;
    if (this.#model && !this.#isStale) return this.#model;
    // Previews and offsets come from the document's text: only an analysis of its current version is used. Until
    // that arrives (while typing) the view keeps what it shows; the cache's change event refreshes it.
    const current = this.#cache.current(this.#document);
    if (!current) {
      void this.#cache.getDebounced(this.#document);
      return this.#cache.latest(this.#document) ? this.#model : undefined;
    }
    this.#model = buildOutline(this.#document.uri.toString(), this.#document.getText(), current.analysis, this.sortOrder, this.#filter);
    this.#isStale = false;
    return this.#model;
  }
}
