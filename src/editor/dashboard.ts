import * as vscode from 'vscode';
import { corpusCsv, corpusJsonl, type CorpusFilter } from '../core/corpus';
import type { CorpusIndex } from './corpusIndex';
import { articleList, dashboardData } from './dashboardData';
import type { FromWebview, RenderReport, ToWebview } from './dashboardProtocol';
import { Disposable } from './disposable';

/**
 * The News Lens Dashboard (`newsLens.openDashboard`): a webview over the corpus index with a world map, a
 * timeline, top people/organisations/places, who appears with whom and the themes, for the corpus or a filtered
 * part of it. The extension computes every figure with the core and posts it; the webview (dist/webview, bundled
 * with esbuild) only draws, under a strict Content-Security-Policy (local scripts with a nonce, no remote content).
 * Clicking a number lists its articles; clicking an article opens it at the mention.
 */
export class Dashboard extends Disposable {
  readonly #index: CorpusIndex;
  readonly #extensionUri: vscode.Uri;
  #panel: vscode.WebviewPanel | undefined;
  #filter: CorpusFilter = {};
  #report: RenderReport | undefined;
  readonly #onDidRender = this._register(new vscode.EventEmitter<RenderReport>());
  /** Fires with what the webview drew, after each render. */
  readonly onDidRender = this.#onDidRender.event;
  readonly #onDidReveal = this._register(new vscode.EventEmitter<string>());
  /** Fires when the webview scrolled a part into view (after a `reveal` request). */
  readonly onDidReveal = this.#onDidReveal.event;

  constructor(index: CorpusIndex, extensionUri: vscode.Uri) {
    super();
    this.#index = index;
    this.#extensionUri = extensionUri;
    this._register(vscode.commands.registerCommand('newsLens.openDashboard', () => this.open()));
    this._register(vscode.commands.registerCommand('newsLens.exportCorpus', () => this.#exportTable()));
    this._register(index.onDidChange(() => void this.#post()));
    this._register({ dispose: () => this.#panel?.dispose() });
  }

  /** What the webview last drew. */
  get lastReport(): RenderReport | undefined {
    return this.#report;
  }

  get panel(): vscode.WebviewPanel | undefined {
    return this.#panel;
  }

  async open(): Promise<void> {
    if (this.#panel) {
      this.#panel.reveal();
      return;
    }
    const root = vscode.Uri.joinPath(this.#extensionUri, 'dist', 'webview');
    const panel = vscode.window.createWebviewPanel('newsLens.dashboard', 'News Lens Dashboard', vscode.ViewColumn.Active, {
      enableScripts: true, localResourceRoots: [root],
    });
    panel.iconPath = vscode.Uri.joinPath(this.#extensionUri, 'media', 'newsLens.svg');
    this.#panel = panel;
    panel.onDidDispose(() => {
      this.#panel = undefined;
      this.#report = undefined;
    });
    panel.webview.onDidReceiveMessage((m: FromWebview) => void this.handle(m));
    panel.webview.html = html(panel.webview, root);
    void this.#index.current();
  }

  /** Handles a message from the webview (tests call it to act as the webview would). */
  async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        if (message.filter) this.#filter = message.filter;
        await this.#post();
        break;
      case 'filter':
        this.#filter = message.filter;
        await this.#post();
        break;
      case 'query': {
        const list = articleList(await this.#index.current(), this.#filter, message.query);
        await this.#send({ type: 'articles', list });
        break;
      }
      case 'open': {
        const at = new vscode.Position(message.line, message.character);
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(message.id));
        await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), viewColumn: vscode.ViewColumn.Beside });
        break;
      }
      case 'exportTable':
        await this.#exportTable(message.format);
        break;
      case 'saveSvg':
        await this.#save(`news-lens-${message.chart}.svg`, { 'SVG image': ['svg'] }, message.svg);
        break;
      case 'rescan':
        void this.#index.scan();
        break;
      case 'revealed':
        this.#onDidReveal.fire(message.part);
        break;
      case 'rendered':
        this.#report = message.report;
        this.#onDidRender.fire(message.report);
        break;
    }
  }

  /** Asks the webview to do what a click would (tests use it: the webview answers through `handle`). */
  async request(message: ToWebview): Promise<void> {
    await this.#send(message);
  }

  async #post(): Promise<void> {
    if (!this.#panel) return;
    const snapshot = await this.#index.current();
    const data = dashboardData(snapshot, this.#filter);
    const labels: Record<string, string> = {};
    for (const a of snapshot.articles) for (const i of a.items) if ((this.#filter.keys ?? []).includes(i.key)) labels[i.key] = i.name;
    await this.#send({ type: 'data', filter: this.#filter, data, labels });
  }

  async #send(message: ToWebview): Promise<void> {
    await this.#panel?.webview.postMessage(message);
  }

  async #exportTable(format?: 'csv' | 'jsonl'): Promise<void> {
    const chosen = format ?? (await vscode.window.showQuickPick([
      { label: 'CSV', description: 'one row per article, for a spreadsheet', format: 'csv' as const },
      { label: 'JSON Lines', description: 'one object per article, for a pipeline', format: 'jsonl' as const },
    ], { title: 'News Lens: Export the Corpus Table' }))?.format;
    if (!chosen) return;
    const articles = (await this.#index.scan()).articles;
    const text = chosen === 'csv' ? corpusCsv(articles) : corpusJsonl(articles);
    await this.#save(`news-lens-corpus.${chosen}`, chosen === 'csv' ? { CSV: ['csv'] } : { 'JSON Lines': ['jsonl'] }, text);
  }

  async #save(name: string, filters: Record<string, string[]>, text: string): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({ ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}), filters });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(`News Lens: saved ${vscode.workspace.asRelativePath(target)}.`);
  }
}

function html(webview: vscode.Webview, root: vscode.Uri): string {
  const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'dashboard.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'dashboard.css'));
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>News Lens Dashboard</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="muted">Reading the corpus...</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

export function registerDashboard(index: CorpusIndex, extensionUri: vscode.Uri): Dashboard {
  return new Dashboard(index, extensionUri);
}
