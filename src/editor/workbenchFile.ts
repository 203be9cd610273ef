import * as vscode from 'vscode';

/** Thrown by `readWorkbenchFile` and `readSmallFile` (smallFile.ts) for a file over its size limit. */
export class FileTooLargeError extends Error {}

/**
 * The bytes of the small file at `uri` read through `vscode.workspace.fs` (any scheme, any host), or undefined when
 * there is none. Rejects with `FileTooLargeError` when it is over `maxBytes`, and with the file system's error when
 * it cannot be read.
 */
export async function readWorkbenchFile(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxBytes) throw new FileTooLargeError();
    return await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}
