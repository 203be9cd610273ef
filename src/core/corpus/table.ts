/**
 * The corpus table: one row per article (file, date, headline, people, organisations, places, countries,
 * themes), as CSV for a spreadsheet or JSON lines for a pipeline.
 */
import { csvField } from '../outputs/report';
import type { CorpusArticle, CorpusItem } from './article';

/** One article as a table row. Lists are in the article's order (entities by first mention, themes best first). */
export interface CorpusRow {
  readonly file: string;
  readonly date: string;
  readonly headline: string;
  readonly words: number;
  readonly people: readonly string[];
  readonly organisations: readonly string[];
  readonly places: readonly string[];
  /** ISO alpha-2 codes, most mentioned first. */
  readonly countries: readonly string[];
  /** CAP topic names, best first. */
  readonly themes: readonly string[];
}

/** The table row of `article`. */
export function corpusRow(article: CorpusArticle): CorpusRow {
  const names = (kind: CorpusItem['kind']) => article.items.filter(i => i.kind === kind).map(i => i.name);
  return {
    file: article.id, date: article.date ?? '', headline: article.title, words: article.words,
    people: names('PERSON'), organisations: names('ORG'), places: names('PLACE'),
    countries: article.items.filter(i => i.kind === 'COUNTRY').map(i => i.code ?? i.name), themes: names('THEME'),
  };
}

/** The CSV header line, with its line break. */
export const CORPUS_CSV_HEADER = 'file,date,headline,words,people,organisations,places,countries,themes\r\n';

/** One CSV line (fields as `csvField` writes them; CRLF ends the line). Lists are joined with `; `. */
export function corpusCsvLine(row: CorpusRow): string {
  const fields = [row.file, row.date, row.headline, String(row.words), row.people.join('; '), row.organisations.join('; '),
    row.places.join('; '), row.countries.join('; '), row.themes.join('; ')];
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The table as CSV: the header, then one line per article. */
export function corpusCsv(articles: readonly CorpusArticle[]): string {
  return CORPUS_CSV_HEADER + articles.map(a => corpusCsvLine(corpusRow(a))).join('');
}

/** The table as JSON lines: one `CorpusRow` object per line, each line ending in `\n`. */
export function corpusJsonl(articles: readonly CorpusArticle[]): string {
  return articles.map(a => `${JSON.stringify(corpusRow(a))}\n`).join('');
}
