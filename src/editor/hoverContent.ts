import * as vscode from 'vscode';
import type { Analysis, Country, Entity, Mention, Quote, Theme, ThemeEvidence } from '../core/model';
import { countryOf, entityById, quotesOf, relatedMentions } from '../core/outputs/queries';
import { reasonInWords } from '../core/outputs/reasonWords';
import { TYPE_ICON, TYPE_LABEL } from './lookup';

/** Commands a hover may run through its links. */
export const HOVER_COMMANDS = ['newsLens.showMentions', 'newsLens.revealInView', 'newsLens.markNotEntity', 'newsLens.showQuotes'];

const VIA_LABEL: Readonly<Record<string, string>> = {
  name: 'its name', alias: 'another of its names', demonym: 'the word for its people', capital: 'its capital',
};

/** Escapes text for Markdown so names like "S&P_500" show as written. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, c => `\\${c}`);
}

/** A Markdown link to an item's Wikidata page: plain https, opened in the browser only when clicked. */
export function wikidataLink(id: string): string {
  return `[$(link-external) Wikidata ${id}](https://www.wikidata.org/wiki/${id})`;
}

function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The hover for a mention: what the entity is, how often and how centrally it appears, and where to go next. */
export function mentionHover(uri: vscode.Uri, analysis: Analysis, mention: Mention): string[] {
  const entity = entityById(analysis, mention.entityId);
  const country = countryOf(analysis, mention);
  const lines: string[] = [];
  const title = country && mention.type === 'COUNTRY' ? `${country.flag} **${md(country.name)}**` : `$(${TYPE_ICON[mention.type]}) **${md(entity?.canonical ?? mention.text)}**`;
  const role = mention.role ?? entity?.role;
  lines.push(`${title} — ${TYPE_LABEL[mention.type]}${role ? ` · *${md(role)}*` : ''}`);
  if (entity) lines.push(entityFacts(uri, analysis, entity, mention));
  if (country) lines.push(countryFacts(country, mention));
  // A country's own line says how it was recognised; other mentions say it here.
  if (!(country && mention.via)) lines.push(`*${md(capitalise(reasonInWords(mention.reason)))}*`);
  lines.push([
    commandLink('$(references) Show all mentions', 'newsLens.showMentions', [uri.toString(), mention.start]),
    commandLink('$(eye) Reveal in News Lens', 'newsLens.revealInView', [uri.toString(), mention.entityId]),
    commandLink('$(circle-slash) Not an entity', 'newsLens.markNotEntity', [uri.toString(), mention.entityId]),
    ...(entity?.wikidata ? [wikidataLink(entity.wikidata)] : []),
  ].join(' · '));
  return lines;
}

function entityFacts(uri: vscode.Uri, analysis: Analysis, entity: Entity, mention: Mention): string {
  const count = relatedMentions(analysis, mention).length;
  const facts = [`${plural(count, 'mention')}`, `ranked ${entity.rank} of ${analysis.entities.length} by how central it is to the article`];
  const quoted = quotesOf(analysis, entity.id).length;
  if (quoted > 0) facts.push(`${plural(quoted, 'quotation')} (${commandLink('$(quote) Show Quotes', 'newsLens.showQuotes', [uri.toString(), entity.id])})`);
  if (entity.acronym) facts.push(`also called ${md(entity.acronym)}`);
  const others = entity.surfaceForms.filter(f => f !== mention.text);
  const line = facts.join(' · ');
  return others.length ? `${line}  \nAlso written: ${others.map(f => `“${md(f)}”`).join(', ')}` : line;
}

function countryFacts(country: Country, mention: Mention): string {
  const rows = [`Official name: ${md(country.officialName)}`];
  rows.push(`ISO 3166-1: \`${country.code}\` / \`${country.alpha3}\`${country.capital.length ? ` · Capital: ${country.capital.map(md).join(', ')}` : ''}`);
  rows.push(`Region: ${md([country.region, country.subregion].filter(Boolean).join(' / '))}`);
  if (mention.type === 'ORG') rows.push(`Named after the country, by ${VIA_LABEL[mention.via ?? 'name'] ?? mention.via}`);
  else if (mention.via) rows.push(`Recognised from the word “${md(mention.text)}” (${VIA_LABEL[mention.via] ?? mention.via})`);
  const heading = mention.type === 'COUNTRY' ? '' : `${country.flag} **${md(country.name)}**  \n`;
  return heading + rows.join('  \n');
}

/** The hover for words that are evidence of a policy theme. */
export function themeHover(analysis: Analysis, theme: Theme, evidence: ThemeEvidence): string[] {
  const lines = [`$(tag) **${md(theme.name)}** — policy theme, CAP ${theme.code}`];
  if (theme.subtopic) lines.push(`Subtopic ${theme.subtopic.code}: ${md(theme.subtopic.name)}`);
  else if (evidence.subtopic) lines.push(`Subtopic ${evidence.subtopic}`);
  lines.push(`IPTC ${theme.iptc.code} ${md(theme.iptc.label)} · article score ${theme.score.toFixed(2)} (rank ${analysis.themes.indexOf(theme) + 1} of ${analysis.themes.length})`);
  // Thirteen words tell whether there are more than the twelve shown: a large article's theme has tens of thousands.
  const others = new Set<string>();
  for (const e of theme.evidence) {
    const word = e.text.toLowerCase();
    if (word !== evidence.text.toLowerCase() && others.add(word).size > 12) break;
  }
  if (others.size) lines.push(`Other trigger words: ${[...others].slice(0, 12).map(t => `“${md(t)}”`).join(', ')}${others.size > 12 ? ', …' : ''}`);
  return lines;
}

const VIA_SPEAKER: Readonly<Record<NonNullable<Quote['speakerVia']>, string>> = {
  name: 'named', pronoun: 'by a pronoun', role: 'by role', continuation: 'from the quotation before',
};

/** The hover for a quotation: direct or reported, who said it (and how that was found), the cue, the confidence. */
export function quoteHover(uri: vscode.Uri, analysis: Analysis, quote: Quote): string[] {
  const speaker = quote.speakerEntityId === null ? undefined : entityById(analysis, quote.speakerEntityId);
  const lines = [`$(quote) **${quote.kind === 'direct' ? 'Quotation' : 'Reported speech'}** — ${speaker
    ? `said by **${md(speaker.canonical)}**${speaker.role ? ` · *${md(speaker.role)}*` : ''}`
    : 'speaker unknown'}`];
  const facts = [];
  if (speaker && quote.speakerVia) facts.push(`speaker found ${VIA_SPEAKER[quote.speakerVia]}`);
  facts.push(quote.cue ? `cue “${md(quote.cue.text)}”` : 'no cue');
  facts.push(`confidence ${quote.confidence.toFixed(2)}`);
  lines.push(facts.join(' · '));
  if (speaker) {
    const count = quotesOf(analysis, speaker.id).length;
    lines.push(commandLink(`$(quote) Show ${count === 1 ? 'this quotation' : `all ${count} quotations`} by ${md(speaker.canonical)}`, 'newsLens.showQuotes', [uri.toString(), speaker.id]));
  }
  return lines;
}
