import * as vscode from 'vscode';

/** Base for editor objects that own resources: everything `_register`ed is disposed once, in reverse order. */
export abstract class Disposable implements vscode.Disposable {
  #disposables: vscode.Disposable[] = [];
  #isDisposed = false;

  protected get isDisposed(): boolean {
    return this.#isDisposed;
  }

  protected _register<T extends vscode.Disposable>(d: T): T {
    if (this.#isDisposed) d.dispose();
    else this.#disposables.push(d);
    return d;
  }

  dispose(): void {
    if (this.#isDisposed) return;
    this.#isDisposed = true;
    for (const d of this.#disposables.reverse()) d.dispose();
    this.#disposables = [];
  }
}
