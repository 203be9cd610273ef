import * as vscode from 'vscode';
import type { CorrectedType } from '../core/model';
import type { Entity } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import type { CorrectionsStore, RawCorrections } from './corrections';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';
import { entityById, mentionAt } from '../core/outputs/queries';
import { commandArticle, fileName, TYPE_ICON, TYPE_LABEL } from './lookup';
import { iconSafe } from './labels';
import type { OutlineNode } from './outlineTree';
import { normaliseSpace } from '../core/text/whitespace';

const TYPE_PICKS: readonly { label: string; type: CorrectedType }[] = (['PERSON', 'ORG', 'PLACE'] as const).map(type => ({
  label: `$(${TYPE_ICON[type]}) ${TYPE_LABEL[type]}`, type,
}));

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? [...v] : []);
const asRecord = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v as Record<string, unknown> } : {});

/**
 * Correcting the analysis: "Not an Entity" (from the editor, a hover link or the News Lens view) and "Mark
 * Selection as Entity..." write the article's corrections file; "Open Corrections File" shows it. The
 * analysis is recomputed when the file changes, so every feature shows the corrected entities.
 */
export class CorrectionCommands extends Disposable {
  readonly #cache: AnalysisCache;
  readonly #store: CorrectionsStore;
  readonly #selector: ArticleSelector;

  constructor(cache: AnalysisCache, store: CorrectionsStore, selector: ArticleSelector) {
    super();
    this.#cache = cache;
    this.#store = store;
    this.#selector = selector;
    const command = (id: string, run: (...args: never[]) => unknown) => this._register(vscode.commands.registerCommand(id, run));
    command('newsLens.markNotEntity', (target?: OutlineNode | string, entityId?: string) => this.#markNotEntity(target, entityId));
    command('newsLens.markAsEntity', (uri?: vscode.Uri, name?: string, type?: CorrectedType) => this.#markAsEntity(uri, name, type));
    command('newsLens.openCorrections', (uri?: vscode.Uri) => this.#open(uri));
  }

  /** Returns the names written to the corrections file, or undefined when nothing was written. */
  async #markNotEntity(target: OutlineNode | string | undefined, entityId: string | undefined): Promise<string[] | undefined> {
    const fromNode = typeof target === 'object' && target.kind === 'entity' ? target : undefined;
    const document = await commandArticle(this.#selector, fromNode ? fromNode.uri : target as string | undefined);
    if (!document) return undefined;
    const analysis = await this.#cache.get(document);
    if (!analysis) return undefined;
    let entity: Entity | undefined = fromNode?.entity ?? (entityId ? entityById(analysis, entityId) : undefined);
    const editor = vscode.window.activeTextEditor;
    if (!entity && editor?.document === document) {
      const mention = mentionAt(analysis, document.offsetAt(editor.selection.active));
      entity = mention && entityById(analysis, mention.entityId);
    }
    if (!entity) {
      const pick = await vscode.window.showQuickPick(analysis.entities.map(e => ({
        label: `$(${TYPE_ICON[e.type]}) ${iconSafe(e.canonical)}`, description: `${TYPE_LABEL[e.type]} · ${e.mentions.length}×`, entity: e,
      })), { title: 'News Lens: Not an Entity', placeHolder: 'Which of these is not an entity in this article?' });
      entity = pick?.entity;
    }
    if (!entity) return undefined;
    const names = [...new Set([entity.canonical, ...entity.surfaceForms])];
    const written = await this.#store.update(document.uri, raw => {
      const list = asList(raw.notEntities);
      const seen = new Set(list.filter((n): n is string => typeof n === 'string').map(n => n.toLowerCase()));
      for (const n of names) if (!seen.has(n.toLowerCase())) list.push(n);
      raw.notEntities = list;
      const entities = asRecord(raw.entities);
      for (const n of names) delete entities[n];
      if (raw.entities !== undefined) raw.entities = entities;
    });
    if (!written) return undefined;
    this.#tell(document, `“${entity.canonical}” is no longer marked in this article.`);
    return names;
  }

  async #markAsEntity(uri: vscode.Uri | undefined, name: string | undefined, type: CorrectedType | undefined): Promise<string | undefined> {
    const document = await commandArticle(this.#selector, uri);
    if (!document) return undefined;
    const editor = vscode.window.activeTextEditor;
    const inEditor = editor?.document === document ? editor : undefined;
    // No selection: the name under the cursor (a mention's whole name, else the word) is offered instead.
    const atCursor = name === undefined && inEditor?.selection.isEmpty ? await this.#nameAtCursor(document, inEditor.selection.active) : undefined;
    const selected = name ?? atCursor ?? (inEditor ? document.getText(inEditor.selection) : '');
    const text = normaliseSpace(selected);
    if (!text || /[\r\n]/.test(selected.trim()) || text.length > 200 || !/[\p{L}\p{N}]/u.test(text)) {
      void vscode.window.showInformationMessage(inEditor?.selection.isEmpty
        ? 'News Lens: put the cursor on a word, or select a name (on one line, up to 200 characters), then run Mark Selection as Entity again.'
        : 'News Lens: select a name (on one line, up to 200 characters) to mark it as an entity.');
      return undefined;
    }
    const chosen = type ?? (await vscode.window.showQuickPick(TYPE_PICKS, {
      title: atCursor ? `News Lens: Mark “${text}” (under the cursor; select text for another name) as...` : `News Lens: Mark “${text}” as...`,
      placeHolder: 'Every occurrence of this name in the article becomes an entity of this type',
    }))?.type;
    if (!chosen) return undefined;
    const written = await this.#store.update(document.uri, (raw: RawCorrections) => {
      const entities = asRecord(raw.entities);
      // defined, not assigned: a name "__proto__" is a name, not the record's prototype
      Object.defineProperty(entities, text, { value: chosen, enumerable: true, writable: true, configurable: true });
      raw.entities = entities;
      if (Array.isArray(raw.notEntities)) raw.notEntities = raw.notEntities.filter(n => typeof n !== 'string' || n.toLowerCase() !== text.toLowerCase());
    });
    if (!written) return undefined;
    this.#tell(document, `“${text}” is marked as ${TYPE_LABEL[chosen].toLowerCase()} wherever it occurs in this article.`);
    return text;
  }

  /** The name under the cursor: the whole mention there ("Tibetan exiles"), else the word; undefined on none. */
  async #nameAtCursor(document: vscode.TextDocument, position: vscode.Position): Promise<string | undefined> {
    const analysis = await this.#cache.get(document);
    const mention = analysis && mentionAt(analysis, document.offsetAt(position));
    if (mention) return mention.text;
    const word = document.getWordRangeAtPosition(position, /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u);
    return word && document.getText(word);
  }

  async #open(uri: vscode.Uri | undefined): Promise<void> {
    const document = await commandArticle(this.#selector, uri);
    const sidecar = document && this.#store.sidecarOf(document.uri);
    if (!sidecar) return;
    const exists = await vscode.workspace.fs.stat(sidecar).then(() => true, () => false);
    if (!exists && !await this.#store.update(document.uri, raw => {
      raw.notEntities = [];
      raw.entities = {};
    })) return;
    await vscode.window.showTextDocument(sidecar);
  }

  #tell(document: vscode.TextDocument, what: string): void {
    const sidecar = this.#store.sidecarOf(document.uri);
    const file = sidecar ? fileName(sidecar) : '';
    void vscode.window.showInformationMessage(`News Lens: ${what} Saved in ${file}.`, 'Open Corrections File').then(pick => {
      if (pick) void this.#open(document.uri);
    });
  }
}

export function registerCorrectionCommands(cache: AnalysisCache, store: CorrectionsStore, selector: ArticleSelector): vscode.Disposable {
  return new CorrectionCommands(cache, store, selector);
}
