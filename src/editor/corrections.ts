import * as vscode from 'vscode';
import { CORRECTIONS_FILE_SUFFIX, parseCorrections } from '../core/corrections';
import type { Corrections } from '../core/model';
import { Disposable } from './disposable';
import { fileName } from './lookup';


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
   * written. A file that is not a JSON object is left untouched and the user is told why.
   */
  async update(article: vscode.Uri, edit: (raw: RawCorrections) => void): Promise<boolean> {
    const sidecar = this.sidecarOf(article);
    if (!sidecar) {
      void vscode.window.showInformationMessage('News Lens: save the article first; corrections are kept in a file beside it.');
      return false;
    }
    let text: string | undefined;
    try {
      text = await readText(sidecar);
    } catch (e) {
      void vscode.window.showErrorMessage(`News Lens: could not read ${fileName(sidecar)}: ${(e as Error).message}. Nothing was changed.`);
      return false;
    }
    let raw: RawCorrections = {};
    if (text !== undefined && text.trim() !== '') {
      const parsed = parse(text);
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
        void vscode.window.showErrorMessage(
          `News Lens: ${fileName(sidecar)} is not a JSON object${parsed.ok ? '' : ` (${parsed.error})`}; fix or delete it first. Nothing was changed.`,
          'Open File').then(pick => pick && vscode.window.showTextDocument(sidecar));
        return false;
      }
      raw = parsed.value as RawCorrections;
    }
    edit(raw);
    try {
      await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(`${JSON.stringify(raw, null, 2)}\n`));
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
      text = await readText(sidecar);
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

/** The file's text on disk, undefined when there is no such file; other read errors are thrown. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

function parse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
