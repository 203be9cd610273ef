import * as vscode from 'vscode';
import type { Analysis, EntityType } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import { Disposable } from './disposable';
import { ARTICLE_DOCUMENT_SELECTOR, type ArticleSelector } from './documentSelector';
import { toRange, TYPE_LABEL } from './lookup';
import { collapseSpace, normaliseSpace } from '../core/text/whitespace';
import { runInSlices } from '../core/pipeline/scheduler';

// Four kinds with four different icons (Object, Module, Namespace and Package all draw the same braces).
const KIND: Readonly<Record<EntityType, vscode.SymbolKind>> = {
  PERSON: vscode.SymbolKind.Field,
  ORG: vscode.SymbolKind.Class,
  PLACE: vscode.SymbolKind.Struct,
  COUNTRY: vscode.SymbolKind.Enum,
};

/** Past this many paragraphs an article's symbols are its entities (see `entitySymbols`), not its paragraphs. */
const PARAGRAPH_SYMBOLS_LIMIT = 400;
/**
 * At most this many entities (the most salient) and mentions per entity in `entitySymbols`: the workbench asks for
 * the symbols again after every edit, and lays out each of them for the Outline and breadcrumbs.
 */
const ENTITY_LIMIT = 200;
const MENTION_LIMIT = 20;
/**
 * Milliseconds of making symbols before the extension host gets a turn (as between the worker's messages and in a
 * paint): the symbols of a long article (thousands of ranges made from offsets) are made over several tasks.
 */
const SYMBOLS_BUDGET_MS = 8;
/** Mentions or paragraphs made into symbols between two points where the making may pause. */
const PER_STEP = 64;

function firstWords(text: string, max = 60): string {
  const flat = normaliseSpace(text);
  return flat.length <= max ? flat : `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/**
 * The article as symbols for the Outline view, breadcrumbs and Go to Symbol: the header date, the headline,
 * then each paragraph with the entities mentioned in it as children (selection = their first mention there).
 * Made in steps: each `yield` is a point where the making may pause (`runInSlices`).
 */
function* articleSymbols(document: vscode.TextDocument, analysis: Analysis): Generator<void, vscode.DocumentSymbol[]> {
  const text = document.getText();
  const symbols: vscode.DocumentSymbol[] = [];
  const { article } = analysis;
  if (article.header) {
    const range = toRange(document, article.header);
    symbols.push(new vscode.DocumentSymbol(article.date ?? 'date', 'date', vscode.SymbolKind.Event, range, range));
  }
  const byParagraph = new Map<number, Map<string, vscode.DocumentSymbol>>();
  const entities = new Map(analysis.entities.map(e => [e.id, e]));
  const { mentions } = analysis;
  for (let i = 0; i < mentions.length; i++) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const m = mentions[i];
    const entity = entities.get(m.entityId);
    if (!entity || m.paragraph < 0) continue;
    let seen = byParagraph.get(m.paragraph);
    if (!seen) byParagraph.set(m.paragraph, (seen = new Map()));
    if (seen.has(entity.id)) continue;
    const range = toRange(document, m);
    seen.set(entity.id, new vscode.DocumentSymbol(entity.canonical, TYPE_LABEL[entity.type], KIND[entity.type], range, range));
  }
  let bodyNumber = 0;
  for (const p of article.paragraphs) {
    if (p.index % PER_STEP === PER_STEP - 1) yield;
    const range = toRange(document, p);
    const isHeadline = p.kind === 'headline';
    const name = isHeadline ? firstWords(text.slice(p.start, p.end), 120) : `¶${++bodyNumber} ${firstWords(text.slice(p.start, p.end), 40)}`;
    const symbol = new vscode.DocumentSymbol(name, isHeadline ? 'headline' : p.kind === 'lead' ? 'lead' : '',
      isHeadline ? vscode.SymbolKind.Namespace : vscode.SymbolKind.String, range, range);
    symbol.children = [...(byParagraph.get(p.index)?.values() ?? [])];
    symbols.push(symbol);
  }
  return symbols;
}

/**
 * The symbols of a very large article, which a paragraph outline would bury under thousands of entries: the header
 * date, the headline, then the `ENTITY_LIMIT` most salient entities (in order of first mention), each with its
 * first `MENTION_LIMIT` mentions as children (named by the text and paragraph). Cost in proportion to what is shown.
 * Made in steps, as `articleSymbols`.
 */
function* entitySymbols(document: vscode.TextDocument, analysis: Analysis): Generator<void, vscode.DocumentSymbol[]> {
  const symbols: vscode.DocumentSymbol[] = [];
  const { article } = analysis;
  if (article.header) {
    const range = toRange(document, article.header);
    symbols.push(new vscode.DocumentSymbol(article.date ?? 'date', 'date', vscode.SymbolKind.Event, range, range));
  }
  if (article.headline) {
    const range = toRange(document, article.headline);
    symbols.push(new vscode.DocumentSymbol(firstWords(document.getText(range), 120), 'headline', vscode.SymbolKind.Namespace, range, range));
  }
  // Ranks run 1, 2, 3...: the top ones, in the analysis's order of first mention, in one pass (no copy and sort of
  // tens of thousands of entities on every edit); a sort only where ranks repeat.
  let top = analysis.entities.filter(e => e.rank <= ENTITY_LIMIT);
  if (top.length > ENTITY_LIMIT) top = top.sort((a, b) => a.rank - b.rank).slice(0, ENTITY_LIMIT);
  top.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  for (const entity of top) {
    yield;
    const shown = entity.mentions.slice(0, MENTION_LIMIT);
    const first = toRange(document, shown[0]);
    const range = new vscode.Range(first.start, toRange(document, shown[shown.length - 1]).end);
    const more = entity.mentions.length > shown.length ? `, first ${shown.length}` : '';
    const symbol = new vscode.DocumentSymbol(entity.canonical, `${TYPE_LABEL[entity.type]} · ${entity.mentions.length}×${more}`,
      KIND[entity.type], range, first);
    symbol.children = shown.map(m => {
      const r = toRange(document, m);
      return new vscode.DocumentSymbol(collapseSpace(m.text), m.paragraph >= 0 ? `¶${m.paragraph}` : 'header', KIND[entity.type], r, r);
    });
    symbols.push(symbol);
  }
  return symbols;
}

/**
 * The document symbol provider. The workbench keeps symbols per document version, so a new analysis of the
 * same text (after Annotate This File, Not an Entity, Mark Selection as Entity, a settings change) would not
 * reach the Outline, breadcrumbs or Go to Symbol until the next edit: the provider is registered afresh then,
 * which tells the workbench to ask again.
 */
class DocumentSymbols extends Disposable {
  readonly #cache: AnalysisCache;
  readonly #selector: ArticleSelector;
  /** What the provider last answered per document: its version and the analysis the symbols came from. */
  readonly #served = new Map<string, { version: number; analysis: Analysis | undefined }>();
  #registration: vscode.Disposable | undefined;

  constructor(cache: AnalysisCache, selector: ArticleSelector) {
    super();
    this.#cache = cache;
    this.#selector = selector;
    this.#register();
    this._register(cache.onDidChange(uri => this.#refreshIfStale(uri)));
    this._register(vscode.workspace.onDidCloseTextDocument(d => this.#served.delete(d.uri.toString())));
    this._register({ dispose: () => this.#registration?.dispose() });
  }

  #register(): void {
    this.#registration?.dispose();
    this.#registration = vscode.languages.registerDocumentSymbolProvider(ARTICLE_DOCUMENT_SELECTOR, {
      // The workbench asks after edits by itself (breadcrumbs, sticky scroll): no analysis per keystroke.
      provideDocumentSymbols: async (document, token) => {
        const analysis = this.#selector.isArticle(document) ? await this.#cache.getDebounced(document) : undefined;
        this.#served.set(document.uri.toString(), { version: document.version, analysis });
        if (!analysis || token.isCancellationRequested) return undefined;
        const steps = analysis.article.paragraphs.length > PARAGRAPH_SYMBOLS_LIMIT ? entitySymbols(document, analysis) : articleSymbols(document, analysis);
        // An edit while the symbols are made stops the making: the workbench asks again for the new version.
        const { version } = document;
        return runInSlices(steps, { budgetMs: SYMBOLS_BUDGET_MS, isCancelled: () => token.isCancellationRequested || document.version !== version });
      },
    }, { label: 'News Lens' });
  }

  #refreshIfStale(uri: vscode.Uri): void {
    const served = this.#served.get(uri.toString());
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    // An edit changes the version, and the workbench asks again by itself.
    if (!served || !document || served.version !== document.version) return;
    if (served.analysis === this.#cache.latest(document)?.analysis) return;
    this.#served.delete(uri.toString());
    this.#register();
  }
}

export function registerDocumentSymbols(cache: AnalysisCache, selector: ArticleSelector): vscode.Disposable {
  return new DocumentSymbols(cache, selector);
}
