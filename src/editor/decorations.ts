import * as vscode from 'vscode';
import type { Analysis, EntityType, Mention, Span } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import { CATEGORIES, type Category, type Configuration } from './configuration';
import { color, createCategoryTypes } from './decorationTypes';
import { Disposable } from './disposable';
import type { FocusState } from './focus';
import { countryOf, entityById, relatedMentions } from '../core/outputs/queries';
import { runInSlices } from '../core/pipeline/scheduler';
import type { VersionedAnalysis } from './analysisEntry';
import { firstEndingAfterIn, firstStartingAtIn } from './lazyArray';
import { toRange } from './lookup';
import { isMovedTo } from './spanMoves';

const CATEGORY_OF: Readonly<Record<EntityType, Category>> = {
  PERSON: 'people', ORG: 'organisations', PLACE: 'places', COUNTRY: 'countries',
};

/** How many ranges each decoration type got in an editor, for the API and tests. */
export interface DecorationCounts {
  readonly categories: Readonly<Record<Category, number>>;
  readonly focused: number;
  readonly dimmed: number;
  /** The document version painted (the analysis painted is of this version), or undefined when nothing was. */
  readonly version?: number;
  /** The part of the text painted (offsets) when the analysis was painted near what is seen; undefined when whole. */
  readonly window?: Span;
  /**
   * How many `setDecorations` calls the document's editors got so far, and how many a paint skipped: it sends only
   * the decoration types whose ranges are not already where VS Code moved them with the edits.
   */
  readonly calls: number;
  readonly skips: number;
}

/**
 * Up to this many mentions and theme evidence an article is painted whole; a larger one only near what is seen, and so
 * is a partial analysis of a long article (the whole one follows: painting what is seen shows as much).
 */
const PAINT_ALL_LIMIT = 5000;
/**
 * Milliseconds of painting before the extension host gets a turn, as it gets one between the worker's messages
 * (coreWorkerClient.ts): a whole paint of thousands of ranges (each made from offsets, then serialised by VS Code
 * to the workbench) is spread over several tasks, a paint near what is seen mostly fits one.
 */
const PAINT_BUDGET_MS = 8;
/** Spans made into ranges, or mentions sorted into their types, between two points where a paint may pause. */
const SPANS_PER_STEP = 256;
/**
 * Lines painted above and below the visible ranges of a large article, and at most so many code units. News
 * paragraphs are long lines, so the code units bind: 6 K either side is about ten paragraphs, more than a screen of
 * wrapped text, so a page up or down lands on painted text, and the paint after it moves the window. The lines bind
 * only where lines are shorter than ~40 code units (150 of them is three screens).
 */
const MARGIN_LINES = 150;
/**
 * Each range painted is laid out by the workbench and moved with every edit; a paint that sends the window again
 * (the full paint once typing pauses, a scroll out of the window) sends them all. 16 K code units took about 11%
 * more of the renderer's time per keystroke in a 10 MB article than 6 K (15.0 ms against 13.5 ms per edit in a
 * 50-edit burst, two runs each), and 32 K took the extension host ~110 ms to hand over after each keystroke (VS Code
 * serialising ~3,000 ranges) before repaints skipped the types the edits had moved into place.
 */
const MARGIN_CHARS = 6 * 1024;

/** The decoration types an editor is painted with: one per category, the focused mentions and the dimmed ones. */
type PaintKey = Category | 'focused' | 'dimmed';

/**
 * What an editor was last sent for one decoration type, as offsets into the text of `version` (a paint sends its types
 * one after the other, and an edit between two stops it: types may stand at different versions).
 */
interface Sent {
  readonly version: number;
  readonly spans: readonly Span[];
  /** False when a paint skipped the type, trusting that VS Code moved its ranges as the edits said. */
  readonly isConfirmed: boolean;
}

/** After a paint that skipped types, how long the typing must pause before they are all sent again. */
const CONFIRM_MS = 2000;

/** The part of a large article that was painted, as offsets; a scroll that stays well inside needs no repaint. */
interface Painted {
  readonly version: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Paints every visible article editor from the cached analysis: one decoration type per category, made once.
 * Only an analysis of the document's current version is painted: while a new one is computed the old
 * decorations stay where VS Code moved them with the edits (no flicker, nothing misplaced). A large article is
 * painted near its visible ranges only (`MARGIN_LINES` around them), again as the editor scrolls, so that a paint
 * costs the same at 20 KB and at 10 MB; a paint that does not fit `PAINT_BUDGET_MS` goes on in later tasks. With a
 * focus, the focused entity's mentions get a border and every other mention is dimmed.
 */
export class Decorations extends Disposable {
  readonly #cache: AnalysisCache;
  readonly #config: Configuration;
  readonly #focus: FocusState;
  readonly #types = createCategoryTypes();
  readonly #focusType = this._register(vscode.window.createTextEditorDecorationType({
    borderStyle: 'solid', borderWidth: '2px', borderRadius: '3px', borderColor: color('focusBorder'),
    overviewRulerColor: color('focusBorder'), overviewRulerLane: vscode.OverviewRulerLane.Full,
  }));
  readonly #dimType = this._register(vscode.window.createTextEditorDecorationType({ opacity: '0.45' }));
  /** Per document uri: what its last paint applied (`calls` and `skips` from `#tallies`). */
  readonly #counts = new Map<string, Omit<DecorationCounts, 'calls' | 'skips'>>();
  /** Per document uri: the `setDecorations` calls its editors got and the types paints skipped, as they happen. */
  readonly #tallies = new Map<string, { calls: number; skips: number }>();
  readonly #painted = new WeakMap<vscode.TextEditor, Painted>();
  readonly #sent = new WeakMap<vscode.TextEditor, Map<PaintKey, Sent>>();
  /** Per editor, its latest paint: an earlier one still under way stops at its next pause. */
  readonly #paints = new WeakMap<vscode.TextEditor, object>();
  /** Per document uri: the pending full paint after a paint that skipped types (`#confirmLater`). */
  readonly #confirms = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(cache: AnalysisCache, config: Configuration, focus: FocusState) {
    super();
    this.#cache = cache;
    this.#config = config;
    this.#focus = focus;
    for (const t of Object.values(this.#types)) this._register(t);
    this._register(cache.onDidChange(uri => this.#paintWhere(e => e.document.uri.toString() === uri.toString())));
    this._register(config.onDidChange(() => this.#paintWhere(() => true)));
    this._register(focus.onDidChange(() => this.#paintWhere(() => true)));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.#paintWhere(() => true)));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges(e => {
      const painted = this.#painted.get(e.textEditor);
      if (painted && !this.#covers(e.textEditor, painted)) this.#paint(e.textEditor);
    }));
    this._register(vscode.workspace.onDidChangeTextDocument(e => {
      if (e.contentChanges.length && this.#confirms.has(e.document.uri.toString())) this.#confirmLater(e.document);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument(d => {
      this.#counts.delete(d.uri.toString());
      this.#tallies.delete(d.uri.toString());
      clearTimeout(this.#confirms.get(d.uri.toString()));
      this.#confirms.delete(d.uri.toString());
    }));
    this._register({ dispose: () => this.#confirms.forEach(clearTimeout) });
    this.#paintWhere(() => true);
  }

  /** What the last paint of `uri` applied. */
  countsFor(uri: vscode.Uri): DecorationCounts | undefined {
    const counts = this.#counts.get(uri.toString());
    return counts && { ...counts, calls: 0, skips: 0, ...this.#tallies.get(uri.toString()) };
  }

  #paintWhere(predicate: (e: vscode.TextEditor) => boolean): void {
    for (const editor of vscode.window.visibleTextEditors) if (predicate(editor)) this.#paint(editor);
  }

  /**
   * Paints `editor` from the latest analysis of its document, in slices (`PAINT_BUDGET_MS`): the part that fits the
   * budget at once, the rest in later tasks. A newer paint of the editor, an edit, or the editor going stops it.
   */
  #paint(editor: vscode.TextEditor, isForced = false): void {
    const { document } = editor;
    const latest = this.#cache.latest(document);
    const config = this.#config.for(document.uri);
    // An analysis of an earlier version would land on the wrong words: keep what is painted until the new one.
    if (latest && latest.version !== document.version && config.decorationsEnabled) return;
    const paint = {};
    this.#paints.set(editor, paint);
    const { version } = document;
    void runInSlices(this.#paintSteps(editor, latest, config.decorationsEnabled && config.categories, isForced), {
      budgetMs: PAINT_BUDGET_MS,
      isCancelled: () => this.isDisposed || this.#paints.get(editor) !== paint || document.version !== version
        || !vscode.window.visibleTextEditors.includes(editor),
    });
  }

  /** The steps of a paint (see `#paint`); `categories`: those shown, false when decorations are off. */
  *#paintSteps(editor: vscode.TextEditor, latest: VersionedAnalysis | undefined, categories: Readonly<Record<Category, boolean>> | false,
    isForced: boolean): Generator<void, void> {
    const { document } = editor;
    const analysis = latest?.analysis;
    const spans: Record<Category, Span[]> = { people: [], organisations: [], places: [], countries: [], themes: [], quotes: [] };
    const focused: Span[] = [];
    const dimmed: Span[] = [];
    this.#painted.delete(editor);
    let window: Painted | undefined;
    if (analysis && categories) {
      const focus = this.#focus.target?.uri === document.uri.toString() ? this.#focusedSpans(analysis, this.#focus.target.entityId) : undefined;
      const isFocused = (m: Span) => focus?.has(`${m.start}:${m.end}`) ?? false;
      // Each theme's evidence is sorted by start: a window is cut from each, never from one list of all of it.
      const evidence = analysis.themes.map(t => t.evidence);
      if (latest.isPartial || analysis.mentions.length + analysis.quotes.length + evidence.reduce((n, e) => n + e.length, 0) > PAINT_ALL_LIMIT) {
        window = this.#window(editor);
        this.#painted.set(editor, window);
      }
      const within = <T extends Span>(list: readonly T[]): readonly T[] =>
        window ? list.slice(firstEndingAfterIn(list, window.start), firstStartingAtIn(list, window.end)) : list;
      const mentions = within(analysis.mentions);
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i];
        const category = CATEGORY_OF[m.type];
        if (!categories[category]) continue;
        if (!focus) spans[category].push(m);
        else if (isFocused(m)) {
          spans[category].push(m);
          focused.push(m);
        } else dimmed.push(m);
        if (i % SPANS_PER_STEP === SPANS_PER_STEP - 1) yield;
      }
      if (categories.themes && !focus) for (const list of evidence) spans.themes.push(...within(list));
      if (categories.quotes && !focus) spans.quotes.push(...within(analysis.quotes));
    }
    const paints = [...CATEGORIES.map(c => [c, this.#types[c], spans[c]] as const),
      ['focused', this.#focusType, focused] as const, ['dimmed', this.#dimType, dimmed] as const];
    yield* this.#sendSteps(editor, paints, isForced);
    this.#counts.set(document.uri.toString(), {
      categories: Object.fromEntries(CATEGORIES.map(c => [c, spans[c].length])) as Record<Category, number>,
      focused: focused.length, dimmed: dimmed.length, ...(analysis ? { version: document.version } : {}),
      ...(window ? { window: { start: window.start, end: window.end } } : {}),
    });
  }

  /**
   * Sets each decoration type's ranges, except where the editor already shows them: after an edit VS Code moves the
   * decorations with the text, so a new analysis that found the same mentions would send the ranges VS Code already
   * has, and the workbench would lay out every one of them again (about a thousand in a painted window) while the
   * reader types. A type is only skipped when the edits since it was sent left its ranges whole. The types go one
   * after the other, each in steps of `SPANS_PER_STEP` ranges made.
   */
  *#sendSteps(editor: vscode.TextEditor, paints: readonly (readonly [PaintKey, vscode.TextEditorDecorationType, readonly Span[]])[],
    isForced: boolean): Generator<void, void> {
    const { document } = editor;
    const { version } = document;
    let sent = this.#sent.get(editor);
    if (!sent) this.#sent.set(editor, (sent = new Map()));
    let isConfirmed = true;
    for (const [key, type, spans] of paints) {
      const shown = isForced ? undefined : sent.get(key);
      // where VS Code moved what was sent: the edits since, from the log the analysis cache keeps of each article
      const changes = shown && this.#cache.changesSince(document.uri, shown.version, version);
      if (shown && changes && isMovedTo(shown.spans, changes, spans)) {
        sent.set(key, { version, spans, isConfirmed: false });
        this.#count(document, 0, 1);
        isConfirmed = false;
        continue;
      }
      const ranges = new Array<vscode.Range>(spans.length);
      for (let i = 0; i < spans.length; i++) {
        ranges[i] = toRange(document, spans[i]);
        if (i % SPANS_PER_STEP === SPANS_PER_STEP - 1) yield;
      }
      editor.setDecorations(type, ranges);
      sent.set(key, { version, spans, isConfirmed: true });
      this.#count(document, 1, 0);
      yield;
    }
    if (!isConfirmed) this.#confirmLater(document);
  }

  /** Adds `setDecorations` calls and the types a paint skipped to the document's tally. */
  #count(document: vscode.TextDocument, calls: number, skips: number): void {
    const key = document.uri.toString();
    const tally = this.#tallies.get(key) ?? { calls: 0, skips: 0 };
    this.#tallies.set(key, { calls: tally.calls + calls, skips: tally.skips + skips });
  }

  /**
   * `setDecorations` carries no document version: ranges sent just before a keystroke land on the text after it, a
   * few characters off, and a paint that skips them would keep them there. So once the typing pauses
   * (`CONFIRM_MS`), every editor painted with a skip since its last full paint is painted in full once.
   */
  #confirmLater(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.#confirms.get(key));
    this.#confirms.set(key, setTimeout(() => {
      this.#confirms.delete(key);
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document === document && [...this.#sent.get(editor)?.values() ?? []].some(t => !t.isConfirmed)) this.#paint(editor, true);
      }
    }, CONFIRM_MS));
  }

  /** The visible ranges of `editor` with `MARGIN_LINES` (at most `MARGIN_CHARS`) around them, as offsets. */
  #window(editor: vscode.TextEditor): Painted {
    return { version: editor.document.version, ...around(editor, MARGIN_LINES, MARGIN_CHARS) };
  }

  /** Whether the painted window still covers the visible ranges with half the margin to spare. */
  #covers(editor: vscode.TextEditor, painted: Painted): boolean {
    if (painted.version !== editor.document.version || !editor.visibleRanges.length) return false;
    const needed = around(editor, MARGIN_LINES / 2, MARGIN_CHARS / 2);
    return needed.start >= painted.start && needed.end <= painted.end;
  }

  #focusedSpans(analysis: Analysis, entityId: string): Set<string> | undefined {
    const entity = entityById(analysis, entityId);
    if (!entity) return undefined;
    const first: Mention = entity.mentions[0];
    const mentions = entity.type === 'COUNTRY' && countryOf(analysis, first) ? relatedMentions(analysis, first) : entity.mentions;
    return new Set(mentions.map(m => `${m.start}:${m.end}`));
  }
}

/** The visible ranges of `editor` with `lines` around them, cut to `chars` code units either side, as offsets (whole lines). */
function around(editor: vscode.TextEditor, lines: number, chars: number): Span {
  const { document } = editor;
  const visible = editor.visibleRanges.length ? editor.visibleRanges : [new vscode.Range(0, 0, 0, 0)];
  const top = document.offsetAt(visible[0].start);
  const bottom = document.offsetAt(visible[visible.length - 1].end);
  const first = Math.max(0, visible[0].start.line - lines, document.positionAt(Math.max(0, top - chars)).line);
  const last = Math.min(document.lineCount - 1, visible[visible.length - 1].end.line + lines, document.positionAt(bottom + chars).line);
  return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
}

/** Registers the decorations feature; returns the painter so the API can report what is shown. */
export function registerDecorations(cache: AnalysisCache, config: Configuration, focus: FocusState): Decorations {
  return new Decorations(cache, config, focus);
}
