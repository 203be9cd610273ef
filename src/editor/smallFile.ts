import { promises as fs } from 'fs';
import type * as vscode from 'vscode';
import { FileTooLargeError, readWorkbenchFile } from './workbenchFile';

/**
 * The bytes of the small file at `uri` (a sidecar such as a corrections file), or undefined when there is none.
 * Rejects with `FileTooLargeError` when it is over `maxBytes`, and with the file system's error when it cannot be
 * read. In the node extension host a local file (`file:`) is read with Node.js itself: `vscode.workspace.fs`
 * asks the workbench, which can be busy for a long while loading the very document the file goes with (a missing
 * corrections file's stat took ~460 ms as a 10 MB article opened, and the article's first analysis waited for it).
 * The web build reads through `vscode.workspace.fs` only (smallFile.browser.ts).
 */
export async function readSmallFile(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array | undefined> {
  if (uri.scheme !== 'file') return readWorkbenchFile(uri, maxBytes);
  try {
    const stat = await fs.stat(uri.fsPath);
    if (!stat.isFile()) return readWorkbenchFile(uri, maxBytes);
    if (stat.size > maxBytes) throw new FileTooLargeError();
    return await fs.readFile(uri.fsPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}
