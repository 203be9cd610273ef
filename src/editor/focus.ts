import * as vscode from 'vscode';
import { Disposable } from './disposable';

/** The entity the reader focuses on in one document. */
export interface FocusTarget {
  readonly uri: string;
  readonly entityId: string;
}

/**
 * Which entity is in focus: its mentions stand out, the others are dimmed. Setting the same focus again or
 * `clear()` ends it; switching to another document ends it too. Mirrors itself in the `newsLens.hasFocus`
 * context key (for the Esc keybinding).
 */
export class FocusState extends Disposable {
  #target: FocusTarget | undefined;
  readonly #onDidChange = this._register(new vscode.EventEmitter<FocusTarget | undefined>());
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor(e => {
      if (e && this.#target && e.document.uri.toString() !== this.#target.uri) this.clear();
    }));
  }

  get target(): FocusTarget | undefined {
    return this.#target;
  }

  /** Focuses on the entity, or clears the focus when it is already the focused one. Returns the new focus. */
  toggle(uri: vscode.Uri, entityId: string): FocusTarget | undefined {
    const t = this.#target;
    this.#set(t && t.uri === uri.toString() && t.entityId === entityId ? undefined : { uri: uri.toString(), entityId });
    return this.#target;
  }

  clear(): void {
    if (this.#target) this.#set(undefined);
  }

  #set(target: FocusTarget | undefined): void {
    this.#target = target;
    void vscode.commands.executeCommand('setContext', 'newsLens.hasFocus', !!target);
    this.#onDidChange.fire(target);
  }
}
