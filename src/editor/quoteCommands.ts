import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import type { ArticleSelector } from './documentSelector';
import { entityById, mentionAt, quoteAt, quotesOf } from '../core/outputs/queries';
import { commandArticle, toRange } from './lookup';
import type { OutlineNode } from './outlineTree';

/** What `newsLens.showQuotes` is given: a hover link's (uri, entity id), a view node, or nothing (the cursor). */
type Target = string | OutlineNode | undefined;

/**
 * `newsLens.showQuotes`: opens the references peek on the quotations of one speaker (from a hover link, a person
 * or speaker in the News Lens view, or the person or quotation under the cursor), or on every quotation of the
 * article when the cursor names nobody. Returns the locations shown (empty when there were none, after saying so).
 */
export function registerQuoteCommands(cache: AnalysisCache, selector: ArticleSelector): vscode.Disposable {
  return vscode.commands.registerCommand('newsLens.showQuotes', async (target?: Target, entityId?: string): Promise<vscode.Location[]> => {
    const uri = typeof target === 'object' ? target.uri : target;
    const document = await commandArticle(selector, uri);
    if (!document) return [];
    const analysis = await cache.get(document);
    if (!analysis) return [];
    const editor = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor : undefined;
    const cursor = editor ? document.offsetAt(editor.selection.active) : undefined;
    const speaker = entityId ?? nodeEntity(target) ?? (cursor === undefined ? undefined : speakerAt(analysis, cursor));
    const quotes = speaker ? quotesOf(analysis, speaker) : analysis.quotes;
    const name = speaker ? entityById(analysis, speaker)?.canonical ?? speaker : undefined;
    if (quotes.length === 0) {
      void vscode.window.setStatusBarMessage(`News Lens: no quotations${name ? ` by ${name}` : ' in this article'}`, 4000);
      return [];
    }
    const locations = quotes.map(q => new vscode.Location(document.uri, toRange(document, q)));
    const at = cursor !== undefined && !entityId && !nodeEntity(target) ? document.positionAt(cursor) : locations[0].range.start;
    await vscode.commands.executeCommand('editor.action.showReferences', document.uri, at, locations);
    return locations;
  });
}

function nodeEntity(target: Target): string | undefined {
  if (typeof target !== 'object') return undefined;
  if (target.kind === 'entity') return target.entity.id;
  return target.kind === 'speaker' && target.entityId !== null ? target.entityId : undefined;
}

/** The person or organisation under the cursor, or the speaker of the quotation there. */
function speakerAt(analysis: Analysis, offset: number): string | undefined {
  return mentionAt(analysis, offset)?.entityId ?? quoteAt(analysis, offset)?.speakerEntityId ?? undefined;
}
