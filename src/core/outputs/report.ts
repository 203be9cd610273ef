/**
 * Reports an analyst takes away from an article: a Markdown summary to paste into notes, and the entities as
 * CSV for a spreadsheet. Pure functions of the text and its analysis; no NLP runs here.
 */
import type { Analysis, Entity, EntityType } from '../model';
import { normaliseSpace } from '../text/whitespace';

const SECTION: Readonly<Record<Exclude<EntityType, 'COUNTRY'>, string>> = {
  PERSON: 'People', ORG: 'Organisations', PLACE: 'Places',
};

/** A Markdown table cell: pipes escaped, line breaks flattened, Markdown punctuation kept literal. */
function cell(s: string): string {
  return normaliseSpace(s).replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(r => `| ${r.join(' | ')} |`)];
}

const bySalience = (a: Entity, b: Entity): number => a.rank - b.rank;

/** Quotations longer than this are cut in the Markdown summary (the CSV keeps them whole). */
const QUOTE_CHARS = 300;

/**
 * The article in one page of Markdown: headline, date and size, then countries, people, organisations,
 * places (most salient first), themes with the words that triggered them, and quotations with their speakers.
 * `source` names the file.
 */
export function markdownReport(text: string, analysis: Analysis, source: string): string {
  const { article } = analysis;
  const headline = article.headline ? text.slice(article.headline.start, article.headline.end).trim() : '';
  const lines = [`# ${cell(headline || source)}`, ''];
  const facts = [article.date, `${analysis.wordCount} words`, `${article.paragraphs.length} paragraphs`, `source: ${cell(source)}`];
  lines.push(facts.filter(Boolean).join(' · '), '');
  if (analysis.countries.length) {
    lines.push('## Countries', '');
    lines.push(...table(['', 'Country', 'ISO', 'Mentions', 'Recognised by'], analysis.countries.map(c => [
      c.flag, cell(c.name), c.code, String(c.mentions.length),
      [...new Set(c.mentions.map(m => (m.type === 'ORG' ? `organisation (${cell(m.text)})` : m.via ?? 'name')))].join(', '),
    ])), '');
  }
  const byCode = new Map(analysis.countries.map(c => [c.code, c]));
  for (const type of ['PERSON', 'ORG', 'PLACE'] as const) {
    const entities = analysis.entities.filter(e => e.type === type).sort(bySalience);
    if (!entities.length) continue;
    const detail = (e: Entity): string => {
      if (type === 'PERSON') return cell(e.role ?? '');
      const country = e.countryCode ? byCode.get(e.countryCode) : undefined;
      return [e.acronym ? `also ${cell(e.acronym)}` : '', country ? `${country.flag} ${cell(country.name)}` : ''].filter(Boolean).join('; ');
    };
    lines.push(`## ${SECTION[type]}`, '');
    lines.push(...table(['Name', type === 'PERSON' ? 'Role' : 'Details', 'Mentions', 'Salience rank'],
      entities.map(e => [cell(e.canonical), detail(e), String(e.mentions.length), String(e.rank)])), '');
  }
  if (analysis.themes.length) {
    lines.push('## Policy themes (Comparative Agendas Project)', '');
    lines.push(...table(['Theme', 'CAP', 'IPTC', 'Score', 'Trigger words'], analysis.themes.map(t => [
      cell(t.subtopic ? `${t.name}: ${t.subtopic.name}` : t.name), String(t.code), cell(`${t.iptc.code} ${t.iptc.label}`),
      t.score.toFixed(2), cell([...new Set(t.evidence.map(e => e.text.toLowerCase()))].join(', ')),
    ])), '');
  }
  if (analysis.quotes.length) {
    const names = new Map(analysis.entities.map(e => [e.id, e.canonical]));
    lines.push('## Quotations', '');
    lines.push(...table(['Speaker', 'Kind', 'Cue', 'Quotation'], analysis.quotes.map(q => [
      q.speakerEntityId === null ? '(unknown)' : cell(names.get(q.speakerEntityId) ?? q.speakerEntityId), q.kind,
      cell(q.cue?.text ?? ''), cell(q.text.length > QUOTE_CHARS ? `${q.text.slice(0, QUOTE_CHARS - 1)}…` : q.text),
    ])), '');
  }
  return lines.join('\n');
}

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading =+-@ is defused. */
export function csvField(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  // a spreadsheet would run "=cmd()" typed by an article's author as a formula
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every entity as one CSV row, most salient first (its Wikidata id last, when known), with a header row; CRLF line ends as RFC 4180 asks. */
export function entitiesCsv(analysis: Analysis): string {
  const head = ['type', 'name', 'mentions', 'salience', 'rank', 'role', 'country', 'acronym', 'written as', 'first offset', 'wikidata'];
  const rows = [...analysis.entities].sort(bySalience).map(e => [
    e.type, e.canonical, e.mentions.length, e.salience.toFixed(3), e.rank, e.role, e.countryCode, e.acronym,
    e.surfaceForms.join('; '), e.mentions[0].start, e.wikidata,
  ].map(csvField).join(','));
  return [head.join(','), ...rows].join('\r\n') + '\r\n';
}

/**
 * Every quotation as one CSV row, in document order, with a header row: the speaker (canonical name and entity id,
 * empty when unknown), kind, cue, offsets (UTF-16, end exclusive), confidence and the quoted words; CRLF line ends.
 */
export function quotesCsv(analysis: Analysis): string {
  const names = new Map(analysis.entities.map(e => [e.id, e.canonical]));
  const head = ['speaker', 'speaker id', 'kind', 'cue', 'start', 'end', 'confidence', 'quotation'];
  const rows = analysis.quotes.map(q => [
    q.speakerEntityId === null ? undefined : names.get(q.speakerEntityId), q.speakerEntityId ?? undefined, q.kind, q.cue?.text,
    q.start, q.end, q.confidence.toFixed(2), q.text,
  ].map(csvField).join(','));
  return [head.join(','), ...rows].join('\r\n') + '\r\n';
}
