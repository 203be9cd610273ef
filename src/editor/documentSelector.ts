import * as vscode from 'vscode';
import {
  ARTICLE_CONFIDENCE, type ArticleLikeness, DETECT_SAMPLE_CHARS, detectArticle, firstLineOf, hasArticleExtension, hasTextExtension, HINT_CONFIDENCE, isHeaderLine,
} from '../core/article/articleFile';
import type { Configuration } from './configuration';
import { Disposable } from './disposable';

/** The article language contributed in package.json. */
export const ARTICLE_LANGUAGE = 'news-article';

/**
 * Where providers register. Finding (VS Code 1.100.3, checked in the real host): a `firstLine` pattern in
 * `contributes.languages` does NOT claim a `.txt` file, because `plaintext` owns the `.txt` extension and
 * extension matches win over first-line matches; it only decides for files without a known extension and
 * untitled documents. So plain-text (and opted-in markdown) documents are registered too, and every provider
 * asks `ArticleSelector.isArticle` before doing anything.
 */
export const ARTICLE_DOCUMENT_SELECTOR: vscode.DocumentSelector = [
  { language: ARTICLE_LANGUAGE },
  { language: 'plaintext' },
  { language: 'markdown' },
];

const OPT_IN_KEY = 'newsLens.optedIn';
const OPT_OUT_KEY = 'newsLens.optedOut';

/**
 * Decides which documents News Lens annotates: the `news-article` language; plain-text documents whose first
 * line is the article header, that match a `newsLens.include` glob or that clearly read like an article (the
 * core's `detectArticle`); and plain-text or markdown documents the user opted in with "News Lens: Annotate
 * This File" (remembered per workspace). A plain-text document recognised by its content stays an article
 * while it is open, so that editing it does not switch the annotations on and off.
 */
export class ArticleSelector extends Disposable {
  readonly #config: Configuration;
  readonly #state: vscode.Memento;
  readonly #optedIn: Set<string>;
  readonly #optedOut: Set<string>;
  /** The content detector's verdict per open plain-text document, for its latest version. */
  readonly #likeness = new Map<string, { version: number; likeness: ArticleLikeness }>();
  /** Open plain-text documents that were recognised as articles by their content. */
  readonly #recognised = new Set<string>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires when the rules changed (opt-in, opt-out, include globs): every document should be asked again. */
  readonly onDidChange = this.#onDidChange.event;

  constructor(config: Configuration, workspaceState: vscode.Memento) {
    super();
    this.#config = config;
    this.#state = workspaceState;
    this.#optedIn = new Set(workspaceState.get<string[]>(OPT_IN_KEY, []));
    this.#optedOut = new Set(workspaceState.get<string[]>(OPT_OUT_KEY, []));
    let include = config.current.include.join('\n');
    this._register(config.onDidChange(c => {
      if (c.include.join('\n') === include) return;
      include = c.include.join('\n');
      this.#onDidChange.fire();
    }));
    this._register(vscode.workspace.onDidCloseTextDocument(d => {
      this.#likeness.delete(d.uri.toString());
      this.#recognised.delete(d.uri.toString());
    }));
  }

  /** Whether `document` is annotated. Cheap: the content detector reads at most the first 20,000 characters, once per version. */
  isArticle(document: vscode.TextDocument): boolean {
    if (document.languageId === ARTICLE_LANGUAGE) return true;
    if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
    const key = document.uri.toString();
    if (this.#optedIn.has(key)) return true;
    if (this.#optedOut.has(key)) return false;
    if (document.languageId !== 'plaintext') return false;
    if (document.lineCount > 0 && isHeaderLine(document.lineAt(0).text)) return true;
    if (this.#config.current.include.some(pattern => vscode.languages.match({ pattern }, document) > 0)) return true;
    if (this.#recognised.has(key)) return true;
    if (this.likeness(document).confidence < ARTICLE_CONFIDENCE) return false;
    this.#recognised.add(key);
    return true;
  }

  /** How much a plain-text document reads like an article (the core detector, cached per version). */
  likeness(document: vscode.TextDocument): ArticleLikeness {
    const key = document.uri.toString();
    const known = this.#likeness.get(key);
    if (known?.version === document.version) return known.likeness;
    const likeness = detectArticle(document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DETECT_SAMPLE_CHARS))));
    this.#likeness.set(key, { version: document.version, likeness });
    return likeness;
  }

  /**
   * For a plain-text document that is not annotated but reads somewhat like an article (confidence between the
   * hint and the article bar), what the detector saw; undefined otherwise, and for documents the user opted out.
   */
  suggestion(document: vscode.TextDocument): ArticleLikeness | undefined {
    if (document.languageId !== 'plaintext' || this.#optedOut.has(document.uri.toString()) || this.isArticle(document)) return undefined;
    const likeness = this.likeness(document);
    return likeness.confidence >= HINT_CONFIDENCE ? likeness : undefined;
  }

  /**
   * The same rules for a file on disk that is not open (the workspace search): News Article files by their
   * extension, plain-text files by their first line, an include glob (`matchedByInclude`) or their content,
   * and the files the user opted in or out.
   */
  isArticleFile(uri: vscode.Uri, text: string, matchedByInclude: boolean): boolean {
    if (hasArticleExtension(uri.path)) return true;
    const key = uri.toString();
    if (this.#optedIn.has(key)) return true;
    if (this.#optedOut.has(key) || !hasTextExtension(uri.path)) return false;
    return isHeaderLine(firstLineOf(text)) || matchedByInclude || detectArticle(text).confidence >= ARTICLE_CONFIDENCE;
  }

  /** The documents the user opted in, as uri strings. */
  optedIn(): readonly string[] {
    return [...this.#optedIn];
  }

  /** Whether the user can opt this document in (plain text or markdown that is not already an article). */
  canOptIn(document: vscode.TextDocument): boolean {
    return (document.languageId === 'plaintext' || document.languageId === 'markdown') && !this.isArticle(document);
  }

  /** Annotates a plain-text or markdown document from now on (remembered in the workspace). */
  async optIn(uri: vscode.Uri): Promise<void> {
    this.#optedIn.add(uri.toString());
    this.#optedOut.delete(uri.toString());
    await this.#save();
  }

  /** Stops annotating a plain-text or markdown document, even when its header or a glob matches. */
  async optOut(document: vscode.TextDocument): Promise<void> {
    this.#optedIn.delete(document.uri.toString());
    // Only remembered when the header or a glob would still make it an article.
    if (this.isArticle(document)) this.#optedOut.add(document.uri.toString());
    await this.#save();
  }

  async #save(): Promise<void> {
    await this.#state.update(OPT_IN_KEY, [...this.#optedIn]);
    await this.#state.update(OPT_OUT_KEY, [...this.#optedOut]);
    this.#onDidChange.fire();
  }
}
