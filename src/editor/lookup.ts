import * as vscode from 'vscode';
import type { EntityType, Span } from '../core/model';
import type { ArticleSelector } from './documentSelector';

/**
 * The annotated article a command acts on: the document at `uri` (a Uri, or its string from a hover link or
 * tree item), else the active editor's; undefined, after telling the user, when that is not an article.
 */
export async function commandArticle(selector: ArticleSelector, uri: vscode.Uri | string | undefined): Promise<vscode.TextDocument | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri)
    : vscode.window.activeTextEditor?.document;
  if (!document || !selector.isArticle(document)) {
    void vscode.window.showInformationMessage('News Lens: open an annotated article first.');
    return undefined;
  }
  return document;
}

/** The last segment of a uri's path ("article.txt"), for messages and default file names. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export const TYPE_LABEL: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person', ORG: 'Organisation', PLACE: 'Place', COUNTRY: 'Country',
};

/** Codicon names per entity type, for hovers, tree items and quick picks. */
export const TYPE_ICON: Readonly<Record<EntityType, string>> = {
  PERSON: 'person', ORG: 'organization', PLACE: 'location', COUNTRY: 'globe',
};
