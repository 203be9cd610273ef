import * as vscode from 'vscode';
import type { CorpusItem } from '../core/corpus';
import type { CorpusIndex } from './corpusIndex';

const KIND: Readonly<Record<CorpusItem['kind'], vscode.SymbolKind>> = {
  PERSON: vscode.SymbolKind.Object, ORG: vscode.SymbolKind.Class, PLACE: vscode.SymbolKind.Struct,
  COUNTRY: vscode.SymbolKind.Module, THEME: vscode.SymbolKind.Enum,
};
const KIND_LABEL: Readonly<Record<CorpusItem['kind'], string>> = {
  PERSON: 'person', ORG: 'organisation', PLACE: 'place', COUNTRY: 'country', THEME: 'theme',
};
const MAX_SYMBOLS = 500;

/**
 * Go to Symbol in Workspace (Ctrl+T) for the corpus: one symbol per person, organisation, place, country and theme
 * of the workspace's articles, named with how many articles mention it, located at its first mention in the
 * article that mentions it most. Answers from the index as it is (a scan may still be filling it).
 */
export class CorpusSymbolProvider implements vscode.WorkspaceSymbolProvider {
  readonly #index: CorpusIndex;

  constructor(index: CorpusIndex) {
    this.#index = index;
  }

  async provideWorkspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
    const { articles } = await this.#index.current();
    const best = new Map<string, { item: CorpusItem; uri: string; articles: number }>();
    for (const a of articles) {
      for (const item of a.items) {
        const seen = best.get(item.key);
        if (!seen) best.set(item.key, { item, uri: a.id, articles: 1 });
        else {
          seen.articles++;
          if (item.count > seen.item.count) Object.assign(seen, { item, uri: a.id });
        }
      }
    }
    const wanted = query.toLowerCase().replace(/\s+/g, '');
    return [...best.values()]
      .filter(b => isSubsequence(wanted, b.item.name.toLowerCase()))
      .sort((x, y) => y.articles - x.articles || x.item.name.localeCompare(y.item.name))
      .slice(0, MAX_SYMBOLS)
      .map(b => {
        const at = new vscode.Position(b.item.line, b.item.character);
        return new vscode.SymbolInformation(b.item.name, KIND[b.item.kind],
          `News Lens ${KIND_LABEL[b.item.kind]} · ${b.articles} article${b.articles === 1 ? '' : 's'}`,
          new vscode.Location(vscode.Uri.parse(b.uri), new vscode.Range(at, at)));
      });
  }
}

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (let j = 0; j < hay.length && i < needle.length; j++) if (hay[j] === needle[i]) i++;
  return i === needle.length;
}

export function registerCorpusSymbols(index: CorpusIndex): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider(new CorpusSymbolProvider(index));
}
