import type * as vscode from 'vscode';
import { readWorkbenchFile } from './workbenchFile';

/** The web build's `readSmallFile` (smallFile.ts): the web worker host reads every file through the workbench. */
export function readSmallFile(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array | undefined> {
  return readWorkbenchFile(uri, maxBytes);
}
