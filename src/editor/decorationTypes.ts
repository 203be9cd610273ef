import * as vscode from 'vscode';
import { CATEGORIES, type Category } from './configuration';

// The decoration types of decorations.ts: their looks, all from the theme's colours (`contributes.colors`).

const COLOR_PREFIX: Readonly<Record<Exclude<Category, 'themes' | 'quotes'>, string>> = {
  people: 'person', organisations: 'organisation', places: 'place', countries: 'country',
};

/** The theme colour `newsLens.<id>`. */
export const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`newsLens.${id}`);

/** One decoration type per category (made once per activation; disposed by the caller). */
export function createCategoryTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const types = {} as Record<Category, vscode.TextEditorDecorationType>;
  for (const c of CATEGORIES) {
    if (c === 'themes') {
      // Theme evidence stays subtle: a dotted underline, no background.
      types.themes = vscode.window.createTextEditorDecorationType({
        borderStyle: 'dotted', borderWidth: '0 0 1px 0', borderColor: color('themeEvidenceBorder'),
        overviewRulerColor: color('themeEvidenceRuler'), overviewRulerLane: vscode.OverviewRulerLane.Left,
      });
      continue;
    }
    if (c === 'quotes') {
      // Quotations are long: a faint background and a thin left edge, under the entity highlights.
      types.quotes = vscode.window.createTextEditorDecorationType({
        backgroundColor: color('quoteBackground'), borderStyle: 'solid', borderWidth: '0 0 0 2px', borderColor: color('quoteBorder'),
        overviewRulerColor: color('quoteRuler'), overviewRulerLane: vscode.OverviewRulerLane.Center,
      });
      continue;
    }
    const p = COLOR_PREFIX[c];
    types[c] = vscode.window.createTextEditorDecorationType({
      backgroundColor: color(`${p}Background`), borderRadius: '3px',
      borderStyle: 'solid', borderWidth: '1px', borderColor: color(`${p}Border`),
      overviewRulerColor: color(`${p}Ruler`), overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  return types;
}
