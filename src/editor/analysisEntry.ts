import type * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions, Corrections } from '../core/model';
import type { CoreAnalyzer, CoreModule } from './coreModule';

// What the analysis cache (analysisCache.ts) keeps for one article document, and the analyzer it keeps with it.

/** Why an article document has no analysis. */
export type BlockedReason = 'tooLarge' | 'binary';

/** An analysis with the document version it was made for: push readers paint it only on that version. */
export interface VersionedAnalysis {
  readonly analysis: Analysis;
  readonly version: number;
  /** True while a large article is under way: the analysis covers the part done so far. */
  readonly isPartial: boolean;
}

/** What the cache keeps for one article document. */
export interface AnalysisEntry {
  /** The document this entry is for: a new document at the same uri (a reused "untitled:Untitled-1") gets a new entry. */
  readonly document: vscode.TextDocument;
  version: number;
  /** The analysis of `version`, once ready. */
  analysis?: Analysis;
  pending?: Promise<Analysis | undefined>;
  /**
   * The newest finished analysis, possibly of an older version, or a partial analysis of the current version
   * while a large one is under way: push readers show it until the next arrives.
   */
  latest?: VersionedAnalysis;
  blocked?: BlockedReason;
  /** The version whose analysis failed, and why. */
  failed?: { readonly version: number; readonly message: string };
  analyzer?: CoreAnalyzer;
  /** The corrections the analyzer was made with, as JSON, to know when they changed. */
  correctionsKey?: string;
  /** The analysis options (the document's settings) the analyzer was made with, as JSON. */
  optionsKey?: string;
  /**
   * How many runs were started for this entry. Only the newest run may set the analyzer or store its result: an
   * older one that resumes last (its corrections read finished after a newer run's) would otherwise put back its
   * settings and leave the newer run waiting on itself.
   */
  runs: number;
  timer?: ReturnType<typeof setTimeout>;
  /** How long the last whole analysis of this document took, in ms (see `typingDelay`). */
  lastRunMs?: number;
  /** Readers waiting for the analysis the pending `timer` starts (see `AnalysisCache.getDebounced`). */
  waiting?: { readonly promise: Promise<Analysis | undefined>; readonly resolve: (a: Promise<Analysis | undefined>) => void };
  /** The key of this document's text in a core that keeps texts (the worker). */
  readonly textKey: number;
}

/**
 * The entry's analyzer for these options and corrections: the one it has, or a new one when the options (the
 * document's settings) or the corrections changed since it was made, so that unchanged paragraphs are not analysed
 * again while nothing changed.
 */
export function analyzerFor(entry: AnalysisEntry, core: CoreModule, options: AnalyzeOptions, corrections: Corrections): CoreAnalyzer {
  const correctionsKey = JSON.stringify(corrections);
  if (entry.correctionsKey !== correctionsKey) {
    entry.analyzer = undefined;
    entry.correctionsKey = correctionsKey;
  }
  const optionsKey = JSON.stringify(options);
  if (entry.optionsKey !== optionsKey) {
    entry.analyzer = undefined;
    entry.optionsKey = optionsKey;
  }
  return (entry.analyzer ??= new core.Analyzer({ ...options, corrections }));
}
