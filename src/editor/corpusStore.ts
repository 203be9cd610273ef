import * as vscode from 'vscode';
import { isCorpusArticle, type CorpusArticle } from '../core/corpus';

/** What the corpus index knows about one file. */
export interface CorpusEntry {
  /** The file's modification time and size when it was read. */
  readonly mtime: number;
  readonly size: number;
  /** FNV-1a hash of its bytes and of the analysis options and corrections it was read with. */
  readonly hash: string;
  /** The article; undefined when the file is not an article or was skipped. */
  readonly article?: CorpusArticle;
  /** Why an article file was set aside ('binary', 'over the size limit', 'unreadable'). */
  readonly skipped?: string;
}

const FORMAT = 1;
const FILE_NAME = 'corpus-index.json';

/**
 * The corpus index on disk: one JSON file in the workspace's storage folder (`ExtensionContext.storageUri`), so a
 * reopened workspace shows its corpus at once. A file that cannot be read, is not JSON or has any malformed entry
 * is discarded as a whole (the index is rebuilt from the articles). Without a storage folder nothing is kept.
 */
export class CorpusStore {
  readonly #folder: vscode.Uri | undefined;

  constructor(folder: vscode.Uri | undefined) {
    this.#folder = folder;
  }

  /** The index file, when there is a storage folder. */
  get file(): vscode.Uri | undefined {
    return this.#folder && vscode.Uri.joinPath(this.#folder, FILE_NAME);
  }

  /** The stored entries by uri, or an empty map (nothing stored, or discarded as malformed). */
  async load(): Promise<Map<string, CorpusEntry>> {
    const file = this.file;
    if (!file) return new Map();
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    } catch {
      return new Map();
    }
    const data = raw as { format?: unknown; entries?: unknown };
    if (typeof data !== 'object' || data === null || data.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null) return new Map();
    const entries = new Map<string, CorpusEntry>();
    for (const [uri, value] of Object.entries(data.entries as Record<string, unknown>)) {
      if (!isEntry(value)) return new Map();
      entries.set(uri, value);
    }
    return entries;
  }

  async save(entries: ReadonlyMap<string, CorpusEntry>): Promise<void> {
    const folder = this.#folder;
    const file = this.file;
    if (!folder || !file) return;
    const data = JSON.stringify({ format: FORMAT, entries: Object.fromEntries(entries) });
    try {
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(data));
    } catch {
      // a read-only or full disk costs the next start its head start, nothing more
    }
  }
}

function isEntry(value: unknown): value is CorpusEntry {
  const e = value as CorpusEntry;
  return typeof e === 'object' && e !== null && typeof e.mtime === 'number' && typeof e.size === 'number' && typeof e.hash === 'string'
    && (e.article === undefined || isCorpusArticle(e.article)) && (e.skipped === undefined || typeof e.skipped === 'string');
}

/** FNV-1a (32-bit) of `bytes` continued from `seed`, as 8 hex digits. */
export function fnv1a(bytes: Uint8Array, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
