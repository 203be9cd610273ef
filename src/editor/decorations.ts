import * as vscode from 'vscode';
import type { Analysis, EntityType, Mention, Span } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import { CATEGORIES, type Category, type Configuration } from './configuration';
import { Disposable } from './disposable';
import type { FocusState } from './focus';
import { countryOf, entityById, relatedMentions } from '../core/queries';
import { toRange } from './lookup';

const CATEGORY_OF: Readonly<Record<EntityType, Category>> = {
  PERSON: 'people', ORG: 'organisations', PLACE: 'places', COUNTRY: 'countries',
};
const COLOR_PREFIX: Readonly<Record<Exclude<Category, 'themes' | 'quotes'>, string>> = {
  people: 'person', organisations: 'organisation', places: 'place', countries: 'country',
};

/** How many ranges each decoration type got in an editor, for the API and tests. */
export interface DecorationCounts {
  readonly categories: Readonly<Record<Category, number>>;
  readonly focused: number;
  readonly dimmed: number;
}

const color = (id: string) => new vscode.ThemeColor(`newsLens.${id}`);

function createTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const types = {} as Record<Category, vscode.TextEditorDecorationType>;
  for (const c of CATEGORIES) {
    if (c === 'themes') {
      // Theme evidence stays subtle: a dotted underline, no background.
      types.themes = vscode.window.createTextEditorDecorationType({
        borderStyle: 'dotted', borderWidth: '0 0 1px 0', borderColor: color('themeEvidenceBorder'),
        overviewRulerColor: color('themeEvidenceRuler'), overviewRulerLane: vscode.OverviewRulerLane.Left,
      });
      continue;
    }
    if (c === 'quotes') {
      // Quotations are long: a faint background and a thin left edge, under the entity highlights.
      types.quotes = vscode.window.createTextEditorDecorationType({
        backgroundColor: color('quoteBackground'), borderStyle: 'solid', borderWidth: '0 0 0 2px', borderColor: color('quoteBorder'),
        overviewRulerColor: color('quoteRuler'), overviewRulerLane: vscode.OverviewRulerLane.Center,
      });
      continue;
    }
    const p = COLOR_PREFIX[c];
    types[c] = vscode.window.createTextEditorDecorationType({
      backgroundColor: color(`${p}Background`), borderRadius: '3px',
      borderStyle: 'solid', borderWidth: '1px', borderColor: color(`${p}Border`),
      overviewRulerColor: color(`${p}Ruler`), overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  return types;
}

/**
 * Paints every visible article editor from the cached analysis: one decoration type per category, made once.
 * While a new analysis is computed the old decorations stay (no flicker). With a focus, the focused entity's
 * mentions get a border and every other mention is dimmed.
 */
export class Decorations extends Disposable {
  readonly #cache: AnalysisCache;
  readonly #config: Configuration;
  readonly #focus: FocusState;
  readonly #types = createTypes();
  readonly #focusType = this._register(vscode.window.createTextEditorDecorationType({
    borderStyle: 'solid', borderWidth: '2px', borderRadius: '3px', borderColor: color('focusBorder'),
    overviewRulerColor: color('focusBorder'), overviewRulerLane: vscode.OverviewRulerLane.Full,
  }));
  readonly #dimType = this._register(vscode.window.createTextEditorDecorationType({ opacity: '0.45' }));
  readonly #counts = new Map<string, DecorationCounts>();

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
    this._register(vscode.workspace.onDidCloseTextDocument(d => this.#counts.delete(d.uri.toString())));
    this.#paintWhere(() => true);
  }

  /** What the last paint of `uri` applied. */
  countsFor(uri: vscode.Uri): DecorationCounts | undefined {
    return this.#counts.get(uri.toString());
  }

  #paintWhere(predicate: (e: vscode.TextEditor) => boolean): void {
    for (const editor of vscode.window.visibleTextEditors) if (predicate(editor)) this.#paint(editor);
  }

  #paint(editor: vscode.TextEditor): void {
    const { document } = editor;
    const analysis = this.#cache.latest(document.uri);
    const config = this.#config.for(document.uri);
    const ranges: Record<Category, vscode.Range[]> = { people: [], organisations: [], places: [], countries: [], themes: [], quotes: [] };
    const focused: vscode.Range[] = [];
    const dimmed: vscode.Range[] = [];
    if (analysis && config.decorationsEnabled) {
      const focus = this.#focus.target?.uri === document.uri.toString() ? this.#focusedSpans(analysis, this.#focus.target.entityId) : undefined;
      const isFocused = (m: Span) => focus?.has(`${m.start}:${m.end}`) ?? false;
      for (const m of analysis.mentions) {
        const category = CATEGORY_OF[m.type];
        if (!config.categories[category]) continue;
        const range = toRange(document, m);
        if (!focus) ranges[category].push(range);
        else if (isFocused(m)) {
          ranges[category].push(range);
          focused.push(range);
        } else dimmed.push(range);
      }
      if (config.categories.themes && !focus) {
        for (const t of analysis.themes) for (const e of t.evidence) ranges.themes.push(toRange(document, e));
      }
      if (config.categories.quotes && !focus) for (const q of analysis.quotes) ranges.quotes.push(toRange(document, q));
    }
    for (const c of CATEGORIES) editor.setDecorations(this.#types[c], ranges[c]);
    editor.setDecorations(this.#focusType, focused);
    editor.setDecorations(this.#dimType, dimmed);
    this.#counts.set(document.uri.toString(), {
      categories: Object.fromEntries(CATEGORIES.map(c => [c, ranges[c].length])) as Record<Category, number>,
      focused: focused.length, dimmed: dimmed.length,
    });
  }

  #focusedSpans(analysis: Analysis, entityId: string): Set<string> | undefined {
    const entity = entityById(analysis, entityId);
    if (!entity) return undefined;
    const first: Mention = entity.mentions[0];
    const mentions = entity.type === 'COUNTRY' && countryOf(analysis, first) ? relatedMentions(analysis, first) : entity.mentions;
    return new Set(mentions.map(m => `${m.start}:${m.end}`));
  }
}

/** Registers the decorations feature; returns the painter so the API can report what is shown. */
export function registerDecorations(cache: AnalysisCache, config: Configuration, focus: FocusState): Decorations {
  return new Decorations(cache, config, focus);
}
