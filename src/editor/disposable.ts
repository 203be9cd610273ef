import * as vscode from 'vscode';

/**
 * Base for editor objects that own resources: everything `_register`ed is disposed once, in reverse order. A
 * child that throws does not stop the others: every child is disposed, then the errors are thrown together
 * (the one error itself when only one child threw, else an `AggregateError`).
 */
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
    const children = this.#disposables.reverse();
    this.#disposables = [];
    disposeAll(children);
  }
}

/** Disposes every one of `disposables`, in order, even when some throw; then throws what they threw. */
export function disposeAll(disposables: Iterable<vscode.Disposable>): void {
  const errors: unknown[] = [];
  for (const d of disposables) {
    try {
      d.dispose();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, `${errors.length} disposables failed to dispose`);
}
