import * as vscode from 'vscode';

/**
 * What the analysis cache tells the user about documents it does not annotate or could not analyse: each message
 * once per document and kind, however often the document is analysed again.
 */
export class AnalysisNotices {
  readonly #told = new Set<string>();

  /** The document is over `newsLens.maxFileSizeMB`; `annotateAnyway` runs when the user asks for it anyway. */
  tooLarge(document: vscode.TextDocument, sizeMB: number, limitMB: number, annotateAnyway: () => void): void {
    const name = vscode.workspace.asRelativePath(document.uri);
    this.#once(`large:${document.uri.toString()}`, async () => {
      const choice = await vscode.window.showWarningMessage(
        `News Lens: ${name} is ${sizeMB.toFixed(1)} MB, over the ${limitMB} MB limit (newsLens.maxFileSizeMB), so it is not annotated.`,
        'Annotate Anyway');
      if (choice) annotateAnyway();
    });
  }

  /** The document holds NUL characters. */
  binary(document: vscode.TextDocument): void {
    const name = vscode.workspace.asRelativePath(document.uri);
    this.#once(`binary:${document.uri.toString()}`, () => vscode.window.showInformationMessage(
      `News Lens: ${name} looks like a binary file (it contains NUL characters), so it is not annotated.`));
  }

  /** The analysis of the document threw `message` (the details are in the log). */
  failed(document: vscode.TextDocument, message: string): void {
    const name = vscode.workspace.asRelativePath(document.uri);
    this.#once(`failed:${document.uri.toString()}`, () => vscode.window.showErrorMessage(
      `News Lens could not analyse ${name}: ${message}. The News Lens output has the details.`));
  }

  #once(key: string, tell: () => Thenable<unknown>): void {
    if (this.#told.has(key)) return;
    this.#told.add(key);
    void tell();
  }
}
