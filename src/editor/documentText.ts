import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import type { SliceOptions } from '../core/pipeline/scheduler';
import type { CoreAnalyzer, CoreModule, TextChange, TextInput } from './coreModule';

/** About how many code units `textPieces` reads at a time (~1 ms of reading and posting each). */
const PIECE_CHARS = 256 * 1024;
/** Changes kept per document: past these, a version that old is sent whole again. */
const MAX_EVENTS = 2000;
const MAX_CHANGE_CHARS = 4 * 1024 * 1024;

/** The text of `document` in pieces of whole lines, about `PIECE_CHARS` each, read as they are asked for. */
export function* textPieces(document: vscode.TextDocument): Generator<string> {
  const lines = document.lineCount;
  const end = document.lineAt(lines - 1).range.end;
  const total = document.offsetAt(end);
  const linesPerPiece = Math.max(1, Math.floor((PIECE_CHARS * lines) / Math.max(1, total)));
  for (let line = 0; line < lines; line += linesPerPiece) {
    const next = line + linesPerPiece;
    yield document.getText(new vscode.Range(new vscode.Position(line, 0), next < lines ? new vscode.Position(next, 0) : end));
  }
}

/** The length of `document`'s text in UTF-16 code units, without reading it. */
export function textLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

interface Logged {
  /** The version the change leads to. */
  readonly version: number;
  readonly changes: readonly TextChange[];
}

/**
 * The recent changes of each document it is told about, so that a core keeping the text of an earlier version
 * gets the changes since then instead of the whole text again (a keystroke in a 10 MB article sends a few bytes).
 */
export class ChangeLog {
  readonly #log = new Map<string, { events: Logged[]; chars: number }>();

  /** Records a change event of a document the caller tracks. */
  record(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    const key = e.document.uri.toString();
    let log = this.#log.get(key);
    if (!log) this.#log.set(key, (log = { events: [], chars: 0 }));
    // Within one event each change's offset is into the text the changes before it left (VS Code applies them in order).
    const changes = e.contentChanges.map(c => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
    log.events.push({ version: e.document.version, changes });
    log.chars += changes.reduce((n, c) => n + c.text.length, 0);
    while (log.events.length > MAX_EVENTS || (log.chars > MAX_CHANGE_CHARS && log.events.length > 1)) {
      const dropped = log.events.shift() as Logged;
      log.chars -= dropped.changes.reduce((n, c) => n + c.text.length, 0);
    }
  }

  /** The changes from version `base` to version `version` of the document at `uri`, in order; undefined unless all are known. */
  since(uri: vscode.Uri, base: number, version: number): TextChange[] | undefined {
    if (base === version) return [];
    const events = this.#log.get(uri.toString())?.events ?? [];
    const from = events.findIndex(e => e.version > base);
    if (from < 0 || events[from].version !== base + 1 || events.at(-1)?.version !== version) return undefined;
    const out: TextChange[] = [];
    for (let i = from; i < events.length; i++) {
      if (i > from && events[i].version !== events[i - 1].version + 1) return undefined;
      out.push(...events[i].changes);
    }
    return out;
  }

  /** Forgets the changes of the document at `uri` (closed, or its text no longer needed). */
  forget(uri: vscode.Uri): void {
    this.#log.delete(uri.toString());
  }
}

/** Thrown by `checkedPieces` when the text holds a NUL character: a binary file, not an article. */
export class BinaryTextError extends Error {
  constructor() {
    super('the text contains NUL characters');
  }
}

/** `pieces`, throwing `BinaryTextError` at the first one that holds a NUL character. */
export function* checkedPieces(pieces: Iterable<string>): Generator<string> {
  for (const piece of pieces) {
    if (piece.includes('\0')) throw new BinaryTextError();
    yield piece;
  }
}

/**
 * Sends the current version of `document` (`length` code units) to a core that keeps texts, under `key`: the
 * changes since the version it keeps when `changes` knows them all, else the whole text in pieces. Undefined for a
 * core that does not keep texts (the core in this thread: it is given the text when it analyses). Rejects with
 * `BinaryTextError` when the text holds a NUL character; resolves false when cancelled on the way.
 */
export function sendDocumentText(
  core: CoreModule, key: number, document: vscode.TextDocument, length: number, changes: ChangeLog, isCancelled: () => boolean,
): Promise<boolean> | undefined {
  if (!core.sendText) return undefined;
  const kept = core.textVersion?.(key);
  const since = kept === undefined ? undefined : changes.since(document.uri, kept, document.version);
  // The kept text had no NUL character (it was analysed): changes that bring none leave none.
  const input: TextInput = kept !== undefined && since && !since.some(c => c.text.includes('\0'))
    ? { kind: 'changes', version: document.version, length, base: kept, changes: since }
    : { kind: 'whole', version: document.version, length, pieces: checkedPieces(textPieces(document)) };
  return core.sendText(key, input, isCancelled);
}

/** Analyses `document`'s text with the core in this thread. Throws `BinaryTextError` when it holds a NUL character. */
export function analyzeWholeText(core: CoreModule, analyzer: CoreAnalyzer, document: vscode.TextDocument, options: SliceOptions): Promise<Analysis | undefined> {
  const text = document.getText();
  if (text.includes('\0')) throw new BinaryTextError();
  return core.analyzeInSlices(analyzer, text, options);
}
