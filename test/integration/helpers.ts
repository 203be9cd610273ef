// Shared by the integration tests: the fixture workspace, the extension's API, hovers as text, screenshots.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';

export const SEED = '000_078b36499f9a6b58.txt';

export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the test/fixtures workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The last segment of a uri's path (works in both extension hosts, unlike `path.basename`). */
export function baseName(uri: vscode.Uri | string): string {
  const path = (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri).path;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** An environment variable of the Node extension host; the web worker host has none. */
function environment(name: string): string | undefined {
  return (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[name];
}

export async function api(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>('news-lens.news-lens');
  assert.ok(ext, 'extension news-lens.news-lens is installed');
  return ext.activate();
}

/** Opens a fixture in an editor and waits until its analysis is ready. */
export async function openArticle(name = SEED): Promise<{ editor: vscode.TextEditor; document: vscode.TextDocument; api: NewsLensApi }> {
  const document = await vscode.workspace.openTextDocument(fixture(name));
  const editor = await vscode.window.showTextDocument(document);
  const a = await api();
  await a.getAnalysis(document.uri);
  return { editor, document, api: a };
}

let untitledCount = 0;

/**
 * A new untitled document holding `content`, under a name no test used before. `openTextDocument({ content })` is
 * not safe in a long run: it names the document after the lowest free "Untitled-N", and when an earlier test's
 * untitled document of that name is gone from the untitled list but its text model is still held, VS Code 1.100
 * hands back that document with its old text (seen in the host suite: a test got the seed article instead of its two
 * lines, and waited two minutes for an analysis of text that was not there).
 */
export async function openUntitled(content: string, language = 'news-article'): Promise<vscode.TextDocument> {
  const extension = language === 'news-article' ? 'article' : language === 'markdown' ? 'md' : 'txt';
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `news-lens-test-${Date.now()}-${++untitledCount}.${extension}` });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  if (content) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), content);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the text goes into the new untitled document');
  }
  assert.strictEqual(document.getText(), content, `${uri.toString()} holds the text given`);
  assert.strictEqual(document.languageId, language);
  return document;
}

/** The position inside the `nth` occurrence (0-based) of `word`, two characters in. */
export function positionOf(document: vscode.TextDocument, word: string, nth = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(word, at + 1);
    assert.ok(at >= 0, `"${word}" occurs ${nth + 1} times in ${document.uri.path}`);
  }
  return document.positionAt(at + Math.min(2, word.length - 1));
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise(r => setTimeout(r, ms));
}

/** Asks the test host for a screenshot of the workbench; does nothing outside that host. */
export async function screenshot(name: string): Promise<void> {
  // The web worker host has no environment: runTests.mjs --web hands the address over in the user settings.
  const url = environment('VSCODE_TEST_SCREENSHOT_URL') ?? vscode.workspace.getConfiguration('newsLensTest').get<string>('screenshotUrl');
  if (!url) return;
  const res = await fetch(`${url}?name=${encodeURIComponent(name)}`);
  assert.strictEqual(res.status, 200, await res.text());
}

/**
 * Waits until `check` returns true (polling), failing with `what` after `ms`: a bound for a state that never
 * comes, generous so a busy machine only makes the wait longer (under mocha's 180 s per test).
 */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Closes other editors and notifications so that screenshots show only what the test is about. */
export async function tidyWorkbench(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeOtherEditors').then(undefined, () => undefined);
  await vscode.commands.executeCommand('notifications.clearAll').then(undefined, () => undefined);
}

/** Replaces `window.show<Kind>Message` with a recorder for the duration of `body` (same API object as the extension). */
// Tests that record `window.show*Message` patch the `vscode` API object this suite sees. Against the installed
// .vsix (runTests.mjs --vsix) the extension has an API object of its own, so those tests cannot observe its
// messages there; they run in the normal (development) run.
export const messageTest = environment('NEWS_LENS_TEST_VSIX') ? test.skip : test;

export async function recordingMessages<T>(body: (messages: string[]) => Promise<T>): Promise<T> {
  const w = vscode.window as unknown as Record<string, unknown>;
  const names = ['showInformationMessage', 'showWarningMessage', 'showErrorMessage'];
  const originals = names.map(n => w[n]);
  const messages: string[] = [];
  for (const n of names) w[n] = (message: string) => { messages.push(message); return Promise.resolve(undefined); };
  assert.notStrictEqual(w.showWarningMessage, originals[1], 'window.show*Message can be recorded in this host');
  try {
    return await body(messages);
  } finally {
    names.forEach((n, i) => { w[n] = originals[i]; });
  }
}
