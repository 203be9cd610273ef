import * as vscode from 'vscode';
import type { Analysis, EntityType } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_DOCUMENT_SELECTOR, type ArticleSelector } from './documentSelector';
import { toRange, TYPE_LABEL } from './lookup';

const KIND: Readonly<Record<EntityType, vscode.SymbolKind>> = {
  PERSON: vscode.SymbolKind.Object,
  ORG: vscode.SymbolKind.Class,
  PLACE: vscode.SymbolKind.Struct,
  COUNTRY: vscode.SymbolKind.Module,
};

function firstWords(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/**
 * The article as symbols for the Outline view, breadcrumbs and Go to Symbol: the header date, the headline,
 * then each paragraph with the entities mentioned in it as children (selection = their first mention there).
 */
export function articleSymbols(document: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const text = document.getText();
  const symbols: vscode.DocumentSymbol[] = [];
  const { article } = analysis;
  if (article.header) {
    const range = toRange(document, article.header);
    symbols.push(new vscode.DocumentSymbol(article.date ?? 'date', 'date', vscode.SymbolKind.Event, range, range));
  }
  const byParagraph = new Map<number, Map<string, vscode.DocumentSymbol>>();
  const entities = new Map(analysis.entities.map(e => [e.id, e]));
  for (const m of analysis.mentions) {
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

export function registerDocumentSymbols(cache: AnalysisCache, selector: ArticleSelector): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(ARTICLE_DOCUMENT_SELECTOR, {
    async provideDocumentSymbols(document) {
      if (!selector.isArticle(document)) return undefined;
      const analysis = await cache.get(document);
      return analysis && articleSymbols(document, analysis);
    },
  }, { label: 'News Lens' });
}
