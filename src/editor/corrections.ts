import * as vscode from 'vscode';
import { CORRECTIONS_FILE_SUFFIX, MAX_CORRECTIONS_FILE_BYTES, parseCorrections } from '../core/entities/corrections';
import type { Corrections } from '../core/model';
import { Disposable } from './disposable';
import { fileName } from './lookup';
import { readSmallFile } from './smallFile';
import { FileTooLargeError } from './workbenchFile';

/** The raw content of a corrections file, other keys kept as they are when News Lens rewrites it. */
export type RawCorrections = { notEntities?: unknown; entities?: unknown } & Record<string, unknown>;

interface Loaded {
  readonly corrections: Corrections;
}

/**
 * The reader's corrections for each article, read from the file beside it (`article.txt.newslens.json`), so
 * they travel with the article and can be shared. A file that is missing means no corrections; one that is not
 * JSON, or has unusable entries, is reported once (per content) and its usable part applies; News Lens never
 * overwrites a file it cannot read. Fires `onDidChange(articleUri)` when a corrections file changes, whether
 * News Lens or the user edited it.
 */
export class CorrectionsStore extends Disposable {
  readonly #loaded = new Map<string, Promise<Loaded>>();
  readonly #told = new Set<string>();
  /** The last write queued per corrections file: the next one starts when it has settled. */
  readonly #writes = new Map<string, Promise<void>>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/*${CORRECTIONS_FILE_SUFFIX}`));
    const changed = (sidecar: vscode.Uri) => this.#invalidate(articleOf(sidecar));
    this._register(watcher.onDidCreate(changed));
    this._register(watcher.onDidChange(changed));
    this._register(watcher.onDidDelete(changed));
    // saved in the editor: seen even outside the workspace folders, where the watcher does not look
    this._register(vscode.workspace.onDidSaveTextDocument(d => {
      if (d.uri.path.endsWith(CORRECTIONS_FILE_SUFFIX)) changed(d.uri);
    }));
  }

  /** The corrections file of `article`, or undefined for documents that are not files (untitled). */
  sidecarOf(article: vscode.Uri): vscode.Uri | undefined {
    if (article.scheme === 'untitled') return undefined;
    return article.with({ path: article.path + CORRECTIONS_FILE_SUFFIX });
  }

  /** The usable corrections for `article` (none when it has no corrections file). */
  async get(article: vscode.Uri): Promise<Corrections> {
    const key = article.toString();
    let loaded = this.#loaded.get(key);
    if (!loaded) {
      loaded = this.#read(article);
      this.#loaded.set(key, loaded);
    }
    return (await loaded).corrections;
  }

  /**
   * Changes the corrections file of `article` with `edit` (creating it when missing) and returns whether it was
   * written. Writes to one file run one after another, each on what the one before left (two quick "Not an
   * Entity" both stay). When the file is open in an editor, its document is edited and saved, so the reader's
   * unsaved edit there is kept. A file that is not a JSON object, is too large, or is a link (or lies in a linked
   * folder of the workspace) is left untouched and the user is told why.
   */
  update(article: vscode.Uri, edit: (raw: RawCorrections) => void): Promise<boolean> {
    const sidecar = this.sidecarOf(article);
    if (!sidecar) {
      void vscode.window.showInformationMessage('News Lens: save the article first; corrections are kept in a file beside it.');
      return Promise.resolve(false);
    }
    const key = sidecar.toString();
    const run = (this.#writes.get(key) ?? Promise.resolve()).then(() => this.#write(article, sidecar, edit));
    const settled = run.then(() => undefined, () => undefined);
    this.#writes.set(key, settled);
    void settled.then(() => {
      if (this.#writes.get(key) === settled) this.#writes.delete(key);
    });
    return run;
  }

  async #write(article: vscode.Uri, sidecar: vscode.Uri, edit: (raw: RawCorrections) => void): Promise<boolean> {
    const refuse = (why: string): false => {
      void vscode.window.showErrorMessage(`News Lens: ${fileName(sidecar)} ${why}. Nothing was changed.`);
      return false;
    };
    const unsafe = await unsafeTarget(sidecar);
    if (unsafe) return refuse(unsafe);
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === sidecar.toString());
    let text: string | undefined;
    try {
      text = open ? open.getText() : await readText(sidecar);
    } catch (e) {
      return refuse(`could not be read (${(e as Error).message})`);
    }
    let raw: RawCorrections = {};
    if (text !== undefined && text.trim() !== '') {
      const checked = parseCorrections(text);
      const value = checked.isJson ? JSON.parse(text.replace(/^\uFEFF/, '')) as unknown : undefined;
      if (!checked.isJson || typeof value !== 'object' || value === null || Array.isArray(value)) {
        void vscode.window.showErrorMessage(
          `News Lens: ${fileName(sidecar)} is not a JSON object; fix or delete it first. Nothing was changed.`,
          'Open File').then(pick => pick && vscode.window.showTextDocument(sidecar));
        return false;
      }
      raw = value as RawCorrections;
    }
    let content: string;
    try {
      edit(raw);
      content = `${JSON.stringify(raw, null, 2)}\n`;
    } catch (e) {
      // a value nested too deep to write back, say
      return refuse(`could not be rewritten (${(e as Error).message}); fix it by hand`);
    }
    try {
      if (open) {
        const change = new vscode.WorkspaceEdit();
        change.replace(sidecar, open.validateRange(new vscode.Range(0, 0, open.lineCount, 0)), content);
        if (!await vscode.workspace.applyEdit(change) || !await open.save()) throw new Error('the open editor did not take the change');
      } else {
        await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(content));
      }
    } catch (e) {
      void vscode.window.showErrorMessage(`News Lens: could not write ${fileName(sidecar)}: ${(e as Error).message}`);
      return false;
    }
    this.#invalidate(article);
    return true;
  }

  #invalidate(article: vscode.Uri): void {
    this.#loaded.delete(article.toString());
    this.#onDidChange.fire(article);
  }

  async #read(article: vscode.Uri): Promise<Loaded> {
    const sidecar = this.sidecarOf(article);
    if (!sidecar) return { corrections: {} };
    let text: string | undefined;
    try {
      text = await readText(sidecar, MAX_CORRECTIONS_FILE_BYTES);
    } catch (e) {
      this.#tellOnce(`read:${sidecar.toString()}`, () => vscode.window.showWarningMessage(
        `News Lens: could not read ${fileName(sidecar)} (${(e as Error).message}); no corrections apply.`));
      return { corrections: {} };
    }
    if (text === undefined) return { corrections: {} };
    const checked = parseCorrections(text);
    if (checked.problems.length) {
      const shown = checked.problems.slice(0, 3).join('; ') + (checked.problems.length > 3 ? `; and ${checked.problems.length - 3} more` : '');
      this.#tellOnce(`${sidecar.toString()}\n${text}`, () => vscode.window.showWarningMessage(
        `News Lens: ${fileName(sidecar)}: ${shown}. ${checked.isJson ? 'The rest of the corrections apply.' : 'No corrections apply until it is fixed.'}`,
        'Open File').then(pick => pick && vscode.window.showTextDocument(sidecar)));
    }
    return { corrections: checked.corrections };
  }

  #tellOnce(key: string, tell: () => Thenable<unknown>): void {
    if (this.#told.has(key)) return;
    this.#told.add(key);
    void tell();
  }
}

function articleOf(sidecar: vscode.Uri): vscode.Uri {
  return sidecar.with({ path: sidecar.path.slice(0, -CORRECTIONS_FILE_SUFFIX.length) });
}

/**
 * The file's text on disk, undefined when there is no such file; other read errors are thrown, and so is a file
 * over `maxBytes` (it is not read at all: a 50 MB file would hold up the host).
 */
async function readText(uri: vscode.Uri, maxBytes = MAX_CORRECTIONS_FILE_BYTES): Promise<string | undefined> {
  try {
    const bytes = await readSmallFile(uri, maxBytes);
    return bytes && new TextDecoder().decode(bytes);
  } catch (e) {
    if (e instanceof FileTooLargeError) throw new Error(`it is larger than ${maxBytes / 1048576} MB, more than a corrections file needs`);
    throw e;
  }
}

/**
 * Why News Lens must not write `sidecar`, or undefined: it is a symbolic link, or a folder between it and its
 * workspace folder is one (a write would land outside the workspace, wherever the link leads).
 */
async function unsafeTarget(sidecar: vscode.Uri): Promise<string | undefined> {
  const isLink = async (uri: vscode.Uri): Promise<boolean> => {
    try {
      return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) !== 0;
    } catch {
      return false; // missing: nothing to follow
    }
  };
  if (await isLink(sidecar)) return 'is a symbolic link; News Lens writes no file through a link';
  const folder = vscode.workspace.getWorkspaceFolder(sidecar);
  if (!folder) return undefined;
  const root = folder.uri.path.replace(/\/$/, '');
  for (let dir = vscode.Uri.joinPath(sidecar, '..'); dir.path.length > root.length && dir.path.startsWith(`${root}/`); dir = vscode.Uri.joinPath(dir, '..')) {
    if (await isLink(dir)) return `is in the linked folder ${vscode.workspace.asRelativePath(dir)}, which may lead outside the workspace; News Lens writes no file there`;
  }
  return undefined;
}
