import * as vscode from 'vscode';
import { FORMAT_INFO, FORMAT_NAMES, writeFormat, type FormatName } from '../core/formats/index';
import type { Analysis } from '../core/model';
import { entitiesCsv, markdownReport, quotesCsv } from '../core/outputs/report';
import type { AnalysisCache } from './analysisCache';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';
import { commandArticle, fileName } from './lookup';

/** What "Export Analysis..." can write: News Lens's own summaries, or an annotation tool's format. */
export type ExportFormat = 'markdown' | 'csv' | 'quotesCsv' | 'json' | FormatName;

const FORMATS: readonly { format: ExportFormat; label: string; detail: string; extension: string; suffix: string }[] = [
  { format: 'markdown', label: '$(markdown) Summary as Markdown', detail: 'headline, countries, people, organisations, places, themes and quotations in tables', extension: 'md', suffix: 'summary' },
  { format: 'csv', label: '$(table) Entities as CSV', detail: 'one row per entity: type, name, mentions, salience, role, country...', extension: 'csv', suffix: 'entities' },
  { format: 'quotesCsv', label: '$(quote) Quotations as CSV', detail: 'one row per quotation: speaker, kind, cue, offsets, confidence, the quoted words', extension: 'csv', suffix: 'quotes' },
  { format: 'json', label: '$(json) Full analysis as JSON', detail: 'every mention with offsets, countries and themes with evidence (as the CLI\'s --json)', extension: 'json', suffix: 'analysis' },
  ...FORMAT_NAMES.map(format => ({
    format, label: `$(export) ${FORMAT_INFO[format].label}`, detail: FORMAT_INFO[format].detail, extension: FORMAT_INFO[format].extension, suffix: 'annotations',
  })),
];
const isFormatName = (format: ExportFormat): format is FormatName => (FORMAT_NAMES as readonly string[]).includes(format);

function render(format: ExportFormat, document: vscode.TextDocument, analysis: Analysis): string {
  const source = fileName(document.uri) || 'article';
  if (format === 'markdown') return markdownReport(document.getText(), analysis, source);
  if (format === 'csv') return entitiesCsv(analysis);
  if (format === 'quotesCsv') return quotesCsv(analysis);
  if (isFormatName(format)) return writeFormat(format, [{ text: document.getText(), name: source, analysis, source: document.uri.toString() }]);
  return `${JSON.stringify({ file: source, ...analysis }, null, 2)}\n`;
}

/**
 * Taking the analysis out of the editor: "Copy Summary as Markdown" puts the summary on the clipboard;
 * "Export Analysis..." writes the summary, the entities as CSV, the full analysis as JSON or one of the
 * annotation formats (brat, spaCy, doccano, Label Studio, W3C, CoNLL) to a file the user picks (next to the
 * article by default). Both read the cached analysis of the document's current version.
 */
export class ExportCommands extends Disposable {
  readonly #cache: AnalysisCache;
  readonly #selector: ArticleSelector;

  constructor(cache: AnalysisCache, selector: ArticleSelector) {
    super();
    this.#cache = cache;
    this.#selector = selector;
    this._register(vscode.commands.registerCommand('newsLens.copySummary', (uri?: vscode.Uri) => this.#copy(uri)));
    this._register(vscode.commands.registerCommand('newsLens.exportAnalysis',
      (uri?: vscode.Uri, format?: ExportFormat, target?: vscode.Uri) => this.#export(uri, format, target)));
  }

  /** The article to export and its analysis, or undefined after telling the user why there is none. */
  async #article(uri: vscode.Uri | undefined): Promise<{ document: vscode.TextDocument; analysis: Analysis } | undefined> {
    const document = await commandArticle(this.#selector, uri);
    if (!document) return undefined;
    const analysis = await this.#cache.get(document);
    if (!analysis) {
      void vscode.window.showInformationMessage('News Lens: this file is not analysed (too large or not text), so there is nothing to export.');
      return undefined;
    }
    return { document, analysis };
  }

  async #copy(uri: vscode.Uri | undefined): Promise<string | undefined> {
    const found = await this.#article(uri);
    if (!found) return undefined;
    const text = render('markdown', found.document, found.analysis);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage('$(check) News Lens: summary copied as Markdown', 3000);
    return text;
  }

  async #export(uri: vscode.Uri | undefined, format: ExportFormat | undefined, target: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const found = await this.#article(uri);
    if (!found) return undefined;
    const choice = format ? FORMATS.find(f => f.format === format) : await vscode.window.showQuickPick(FORMATS, {
      title: 'News Lens: Export Analysis', placeHolder: `Export the analysis of ${fileName(found.document.uri)} as...`,
    });
    if (!choice) return undefined;
    const source = found.document.uri;
    const stem = (fileName(source) || 'article').replace(/\.[^.]+$/, '');
    const folder = source.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(source, '..');
    const suggested = folder ? vscode.Uri.joinPath(folder, `${stem}.${choice.suffix}.${choice.extension}`) : undefined;
    const destination = target ?? await vscode.window.showSaveDialog({
      defaultUri: suggested, title: 'News Lens: Export Analysis', filters: { [choice.label.replace(/^\$\([^)]*\) /, '')]: [choice.extension] },
    });
    if (!destination) return undefined;
    try {
      // brat reads NAME.ann beside NAME.txt: the text goes beside the annotations, never over another file
      if (choice.format === 'brat') await writeBratTextBeside(destination, found.document.getText());
      await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(render(choice.format, found.document, found.analysis)));
    } catch (e) {
      void vscode.window.showErrorMessage(`News Lens: could not write ${destination.fsPath || destination.toString()}: ${(e as Error).message}`);
      return undefined;
    }
    if (!target) {
      void vscode.window.showInformationMessage(`News Lens: exported to ${fileName(destination)}.`, 'Open').then(pick => {
        if (pick === 'Open') void vscode.window.showTextDocument(destination);
      });
    }
    return destination;
  }
}

/** Writes brat's `.txt` beside `ann` unless the same text is already there; throws when another file is. */
async function writeBratTextBeside(ann: vscode.Uri, text: string): Promise<void> {
  const txt = ann.with({ path: ann.path.replace(/(\.ann)?$/, '.txt') });
  let existing: Uint8Array | undefined;
  try {
    existing = await vscode.workspace.fs.readFile(txt);
  } catch {
    existing = undefined;
  }
  if (existing && new TextDecoder().decode(existing).replace(/^\uFEFF/, '') === text) return;
  if (existing) throw new Error(`${fileName(txt)} already exists with other text; brat needs the analysed text there, so nothing was written`);
  await vscode.workspace.fs.writeFile(txt, new TextEncoder().encode(text));
}

export function registerExportCommands(cache: AnalysisCache, selector: ArticleSelector): vscode.Disposable {
  return new ExportCommands(cache, selector);
}
