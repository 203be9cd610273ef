import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import type { Configuration } from './configuration';
import { Disposable } from './disposable';
import type { ArticleSelector } from './documentSelector';

/** Counts per entity type and the top themes of the active article; clicking opens the News Lens view. */
export class StatusBar extends Disposable {
  readonly #item = this._register(vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100));
  readonly #cache: AnalysisCache;
  readonly #config: Configuration;
  readonly #selector: ArticleSelector;

  constructor(cache: AnalysisCache, config: Configuration, selector: ArticleSelector) {
    super();
    this.#cache = cache;
    this.#config = config;
    this.#selector = selector;
    this.#item.name = 'News Lens';
    this.#item.command = 'newsLens.showView';
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(cache.onDidChange(() => this.update()));
    this._register(config.onDidChange(() => this.update()));
    this._register(selector.onDidChange(() => this.update()));
    this.update();
  }

  /** The text the item shows now, for tests (empty when hidden). */
  get text(): string {
    return this.#item.text;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.#config.current.statusBarEnabled || !this.#selector.isArticle(document)) {
      this.#item.text = '';
      this.#item.hide();
      return;
    }
    // Counts and themes are no positions: an analysis of a version before the latest edit still reads right.
    const analysis = this.#cache.latest(document)?.analysis;
    const blocked = this.#cache.blockedReason(document.uri);
    const failure = this.#cache.failure(document);
    if (failure !== undefined) {
      this.#item.text = '$(error) News Lens';
      this.#item.tooltip = `The analysis failed: ${failure}. The News Lens output has the details.`;
      this.#item.command = 'newsLens.showLog';
    } else if (blocked) {
      this.#item.text = '$(circle-slash) News Lens';
      this.#item.tooltip = blocked === 'tooLarge' ? 'Over newsLens.maxFileSizeMB: not annotated. Click to annotate anyway.' : 'Looks binary: not annotated.';
      this.#item.command = blocked === 'tooLarge' ? 'newsLens.annotateAnyway' : undefined;
    } else if (!analysis) {
      this.#item.text = '$(loading~spin) News Lens';
      this.#item.tooltip = 'Analysing the article…';
      this.#item.command = 'newsLens.showView';
    } else {
      this.#item.text = summary(analysis);
      this.#item.tooltip = tooltip(analysis);
      this.#item.command = 'newsLens.showView';
    }
    this.#item.show();
  }
}

function count(analysis: Analysis, type: string): number {
  return analysis.entities.filter(e => e.type === type).length;
}

const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "$(person) 2 people  $(organization) 1 organisation ...": each icon with what it counts, then the top theme. */
function summary(analysis: Analysis): string {
  const parts = [
    `$(person) ${counted(count(analysis, 'PERSON'), 'person', 'people')}`,
    `$(organization) ${counted(count(analysis, 'ORG'), 'organisation', 'organisations')}`,
    `$(location) ${counted(count(analysis, 'PLACE'), 'place', 'places')}`,
    `$(globe) ${counted(analysis.countries.length, 'country', 'countries')}`,
  ];
  const top = analysis.themes[0];
  return `${parts.join('  ')}${top ? `  $(tag) ${top.name}` : ''}`;
}

/**
 * Plain text, not Markdown: the extension host converts a Markdown tooltip with its Markdown lexer at every update,
 * and the lexer's first use in a session blocked the host for ~375 ms in bench:host (20 KB article, load 14).
 */
function tooltip(analysis: Analysis): string {
  const lines = [
    'News Lens',
    '',
    `${count(analysis, 'PERSON')} people · ${count(analysis, 'ORG')} organisations · ${count(analysis, 'PLACE')} places · ${analysis.countries.length} countries · ${analysis.wordCount} words`,
  ];
  if (analysis.countries.length) lines.push('', analysis.countries.map(c => `${c.flag} ${c.name}`).join(', '));
  if (analysis.themes.length) lines.push('', ...analysis.themes.slice(0, 3).map(t => `• ${t.name} (${t.score.toFixed(2)})`));
  lines.push('', 'Click to open the News Lens view.');
  return lines.join('\n');
}

export function registerStatusBar(cache: AnalysisCache, config: Configuration, selector: ArticleSelector): StatusBar {
  return new StatusBar(cache, config, selector);
}
