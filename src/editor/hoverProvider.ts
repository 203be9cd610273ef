import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_DOCUMENT_SELECTOR, type ArticleSelector } from './documentSelector';
import { HOVER_COMMANDS, mentionHover, quoteHover, themeHover } from './hoverContent';
import { evidenceAt, mentionAt, quoteAt } from '../core/outputs/queries';
import { toRange } from './lookup';

/** Hovers over mentions and theme evidence, in Markdown with command links. */
export function registerHoverProvider(cache: AnalysisCache, selector: ArticleSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ARTICLE_DOCUMENT_SELECTOR, {
    async provideHover(document, position, token) {
      if (!selector.isArticle(document)) return undefined;
      const analysis = await cache.get(document);
      // The hover was given up (the pointer moved on) while the analysis was on its way.
      if (!analysis || token.isCancellationRequested) return undefined;
      const offset = document.offsetAt(position);
      const mention = mentionAt(analysis, offset);
      const evidence = evidenceAt(analysis, offset);
      const quote = quoteAt(analysis, offset);
      if (!mention && !evidence.length && !quote) return undefined;
      const parts: string[][] = [];
      if (mention) parts.push(mentionHover(document.uri, analysis, mention));
      for (const { theme, evidence: e } of evidence) parts.push(themeHover(analysis, theme, e));
      if (quote) parts.push(quoteHover(document.uri, analysis, quote));
      const content = new vscode.MarkdownString(parts.map(p => p.join('\n\n')).join('\n\n---\n\n'), true);
      content.isTrusted = { enabledCommands: HOVER_COMMANDS };
      const span = mention ?? evidence[0]?.evidence ?? quote;
      return span && new vscode.Hover(content, toRange(document, span));
    },
  });
}
