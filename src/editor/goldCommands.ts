import * as vscode from 'vscode';
import { compareWithGold, type Comparison, type DisagreementKind } from '../core/formats/compare';
import type { GoldSpan } from '../core/formats/gold';
import { readAnnotations } from '../core/formats/readAnnotations';
import { correctionsFromGold } from '../core/formats/toCorrections';
import type { Analysis } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import type { CorrectionsStore } from './corrections';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';
import { commandArticle, fileName, toRange } from './lookup';
import { collapseSpace } from '../core/text/whitespace';

/** How imported annotations are used. */
export type ImportMode = 'corrections' | 'gold';

const KINDS: readonly DisagreementKind[] = ['missed', 'extra', 'wrong-type', 'wrong-boundary'];
const KIND_LABEL: Readonly<Record<DisagreementKind, string>> = {
  'missed': 'missed', 'extra': 'extra', 'wrong-type': 'wrong type', 'wrong-boundary': 'wrong boundary',
};
const KIND_COLOR: Readonly<Record<DisagreementKind, string>> = {
  'missed': 'goldMissedBorder', 'extra': 'goldExtraBorder', 'wrong-type': 'goldWrongTypeBorder', 'wrong-boundary': 'goldWrongBoundaryBorder',
};

/** A gold layer: the spans read for a document, and the text they were read against. */
interface GoldLayer {
  readonly spans: readonly GoldSpan[];
  readonly text: string;
  readonly file: string;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/**
 * Annotations from other tools in the editor: "Import Annotations..." reads a brat `.ann`, spaCy/Prodigy/doccano
 * `.jsonl` or Label Studio `.json` file for the article, as its corrections (written to the corrections file) or
 * as a gold layer; "Compare with Gold" decorates where News Lens and the gold layer disagree (missed, extra,
 * wrong type, wrong boundary), reports the article's precision, recall and F1, and lists the disagreements.
 * A file that does not parse or whose spans do not slice the text is reported with its lines; nothing is used.
 */
export class GoldCommands extends Disposable {
  readonly #cache: AnalysisCache;
  readonly #corrections: CorrectionsStore;
  readonly #selector: ArticleSelector;
  readonly #layers = new Map<string, GoldLayer>();
  readonly #types: Readonly<Record<DisagreementKind, vscode.TextEditorDecorationType>>;

  constructor(cache: AnalysisCache, corrections: CorrectionsStore, selector: ArticleSelector) {
    super();
    this.#cache = cache;
    this.#corrections = corrections;
    this.#selector = selector;
    const types = {} as Record<DisagreementKind, vscode.TextEditorDecorationType>;
    for (const kind of KINDS) {
      const c = new vscode.ThemeColor(`newsLens.${KIND_COLOR[kind]}`);
      types[kind] = this._register(vscode.window.createTextEditorDecorationType({
        borderStyle: kind === 'missed' ? 'dashed' : 'solid', borderWidth: kind === 'extra' ? '0 0 2px 0' : '2px', borderColor: c,
        overviewRulerColor: c, overviewRulerLane: vscode.OverviewRulerLane.Center,
      }));
    }
    this.#types = types;
    this._register(vscode.commands.registerCommand('newsLens.importAnnotations',
      (uri?: vscode.Uri, file?: vscode.Uri, mode?: ImportMode) => this.#import(uri, file, mode)));
    this._register(vscode.commands.registerCommand('newsLens.compareWithGold', (uri?: vscode.Uri) => this.#compare(uri, true)));
    this._register(vscode.commands.registerCommand('newsLens.showGoldDisagreements', (uri?: vscode.Uri) => this.#list(uri)));
    this._register(vscode.commands.registerCommand('newsLens.clearGold', (uri?: vscode.Uri) => this.#clear(uri)));
    this._register(cache.onDidChange(uri => void this.#repaint(uri)));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => {
      for (const key of this.#layers.keys()) void this.#repaint(vscode.Uri.parse(key));
    }));
    this._register(vscode.workspace.onDidCloseTextDocument(d => this.#layers.delete(d.uri.toString())));
  }

  async #import(uri: vscode.Uri | undefined, file: vscode.Uri | undefined, mode: ImportMode | undefined): Promise<Comparison | boolean | undefined> {
    const document = await commandArticle(this.#selector, uri);
    if (!document) return undefined;
    const source = file ?? (await vscode.window.showOpenDialog({
      title: 'News Lens: Import Annotations', canSelectMany: false, defaultUri: vscode.Uri.joinPath(document.uri, '..'),
      filters: { 'Annotations (brat, spaCy/Prodigy/doccano, Label Studio)': ['ann', 'jsonl', 'json'] },
    }))?.[0];
    if (!source) return undefined;
    const how = mode ?? (await vscode.window.showQuickPick([
      { label: '$(law) As a gold layer', detail: 'compare News Lens with it: disagreements highlighted, precision, recall and F1', mode: 'gold' as const },
      { label: '$(edit) As corrections', detail: 'the annotated names become this article\'s entities, in its corrections file', mode: 'corrections' as const },
    ], { title: `News Lens: Import ${fileName(source)}` }))?.mode;
    if (!how) return undefined;
    const text = document.getText();
    let content: string;
    try {
      content = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    } catch (e) {
      void vscode.window.showErrorMessage(`News Lens: could not read ${fileName(source)}: ${(e as Error).message}`);
      return undefined;
    }
    const read = readAnnotations(fileName(source), content, text);
    if (read.problems.length) {
      const shown = read.problems.slice(0, 5).map(p => `${fileName(source)}:${p.line}: ${p.reason}`);
      const more = read.problems.length > 5 ? ` (and ${read.problems.length - 5} more)` : '';
      void vscode.window.showErrorMessage(`News Lens: ${fileName(source)} was not imported, nothing was changed. ${shown.join('; ')}${more}`);
      return undefined;
    }
    if (how === 'gold') {
      this.#layers.set(document.uri.toString(), { spans: read.spans, text, file: fileName(source) });
      return this.#compare(document.uri, true);
    }
    const analysis = await this.#cache.get(document);
    const imported = correctionsFromGold(read.spans, analysis?.mentions ?? [], await this.#corrections.get(document.uri));
    const written = await this.#corrections.update(document.uri, raw => {
      delete raw.notEntities;
      delete raw.entities;
      Object.assign(raw, imported.corrections);
    });
    if (written) {
      const skipped = imported.skipped.length ? ` Left out: ${imported.skipped.slice(0, 3).join('; ')}${imported.skipped.length > 3 ? '; ...' : ''}` : '';
      void vscode.window.showInformationMessage(`News Lens: imported ${read.spans.length} annotations from ${fileName(source)} as corrections.${skipped}`);
    }
    return written;
  }

  /** The comparison of the document with its gold layer (painted), or undefined when there is none or it is stale. */
  async #comparison(document: vscode.TextDocument): Promise<{ comparison: Comparison; layer: GoldLayer } | undefined> {
    const layer = this.#layers.get(document.uri.toString());
    if (!layer || layer.text !== document.getText()) return undefined;
    const analysis: Analysis | undefined = await this.#cache.get(document);
    if (!analysis) return undefined;
    const predicted = analysis.mentions.map(m => ({ start: m.start, end: m.end, label: m.type, text: m.text }));
    return { comparison: compareWithGold(predicted, layer.spans), layer };
  }

  async #compare(uri: vscode.Uri | undefined, tell: boolean): Promise<Comparison | undefined> {
    const document = await commandArticle(this.#selector, uri);
    if (!document) return undefined;
    const found = await this.#comparison(document);
    if (!found) {
      const stale = this.#layers.has(document.uri.toString());
      void vscode.window.showInformationMessage(stale
        ? 'News Lens: the article changed since its gold layer was imported; import it again to compare.'
        : 'News Lens: no gold layer for this article; use Import Annotations... as a gold layer first.');
      return undefined;
    }
    await this.#repaint(document.uri);
    const { comparison: c, layer } = found;
    if (tell) {
      const s = c.scores;
      void vscode.window.showInformationMessage(
        `News Lens vs ${layer.file}: precision ${pct(s.precision)}, recall ${pct(s.recall)}, F1 ${pct(s.f1)} (${s.truePositives} exact of ${s.predicted} found, ${s.gold} gold); ${c.disagreements.length} disagreements.`,
        'List Disagreements').then(pick => pick && this.#list(document.uri));
    }
    return c;
  }

  async #list(uri: vscode.Uri | undefined): Promise<void> {
    const document = await commandArticle(this.#selector, uri);
    const found = document && await this.#comparison(document);
    if (!document || !found) return;
    const items = found.comparison.disagreements.map(d => ({
      label: `$(${d.kind === 'missed' ? 'eye-closed' : d.kind === 'extra' ? 'add' : 'diff'}) ${KIND_LABEL[d.kind]}: ${collapseSpace(document.getText().slice(d.start, d.end))}`,
      description: [d.predicted && `News Lens ${d.predicted.label} “${d.predicted.text}”`, d.gold && `gold ${d.gold.label} “${d.gold.text}”`].filter(Boolean).join(' · '),
      d,
    }));
    const pick = await vscode.window.showQuickPick(items, { title: `News Lens vs ${found.layer.file}: ${items.length} disagreements`, matchOnDescription: true });
    if (!pick) return;
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(document.positionAt(pick.d.start), document.positionAt(pick.d.end));
    editor.revealRange(toRange(document, pick.d), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async #clear(uri: vscode.Uri | undefined): Promise<void> {
    const document = await commandArticle(this.#selector, uri);
    if (!document) return;
    this.#layers.delete(document.uri.toString());
    await this.#repaint(document.uri);
  }

  async #repaint(uri: vscode.Uri): Promise<void> {
    const editors = vscode.window.visibleTextEditors.filter(e => e.document.uri.toString() === uri.toString());
    if (editors.length === 0) return;
    const found = await this.#comparison(editors[0].document);
    for (const editor of editors) {
      for (const kind of KINDS) {
        const ranges = found ? found.comparison.disagreements.filter(d => d.kind === kind).map(d => toRange(editor.document, d)) : [];
        editor.setDecorations(this.#types[kind], ranges);
      }
    }
  }
}

export function registerGoldCommands(cache: AnalysisCache, corrections: CorrectionsStore, selector: ArticleSelector): vscode.Disposable {
  return new GoldCommands(cache, corrections, selector);
}
