import type { Analysis, AnalyzeOptions } from '../core/model';
import type { SliceOptions } from '../core/pipeline/scheduler';

/** A per-document analyzer of a `CoreModule` (it remembers paragraphs between versions); opaque to the editor. */
export type CoreAnalyzer = object;

/**
 * The part of the core the cache needs, loaded on first use so that activation stays cheap: the core itself
 * (`Analyzer` and `analyzeInSlices` from core/engine, in the extension host's thread) or the same shape over a
 * worker thread (`startCoreWorker`).
 */
export interface CoreModule {
  readonly Analyzer: new (options: AnalyzeOptions) => CoreAnalyzer;
  analyzeInSlices(analyzer: CoreAnalyzer, text: string, options: SliceOptions): Promise<Analysis | undefined>;
  /** A core that keeps texts of its own (the worker): the document version whose text it keeps under `key`. */
  textVersion?(key: number): number | undefined;
  /**
   * Gives such a core a document version's text to keep under `key`: whole in pieces, or as the changes since its
   * `textVersion(key)` (a keystroke in a 10 MB article then costs the extension host a few bytes, not a copy of the
   * text). Resolves false when `isCancelled` turned true on the way.
   */
  sendText?(key: number, input: TextInput, isCancelled: () => boolean): Promise<boolean>;
  /** Analyses the text kept under `key`, which must be of `version` and `length` code units. */
  analyzeKept?(analyzer: CoreAnalyzer, key: number, version: number, length: number, options: SliceOptions): Promise<Analysis | undefined>;
  /** Drops the text kept under `key`. */
  forgetText?(key: number): void;
  /** What such a core was sent of the texts it keeps so far (tests and benchmarks read it). */
  textsSent?(): TextsSent;
}

/** The texts a core that keeps texts was sent: whole texts begun and their code units, change messages and theirs. */
export interface TextsSent {
  readonly whole: number;
  readonly wholeChars: number;
  readonly changes: number;
  readonly changeChars: number;
}

/** One change of a text: `length` code units at `offset` (into the text before the change) replaced by `text`. */
export interface TextChange {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/**
 * A document version's text as a core that keeps texts of its own (the worker) takes it: the whole text in pieces
 * (each read from the document in a short step), or the changes from a version it already has.
 */
export type TextInput =
  | { readonly kind: 'whole'; readonly version: number; readonly length: number; readonly pieces: Iterable<string> }
  | { readonly kind: 'changes'; readonly version: number; readonly length: number; readonly base: number; readonly changes: readonly TextChange[] };
