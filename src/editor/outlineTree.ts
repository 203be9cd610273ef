import * as vscode from 'vscode';
import type { Analysis, Country, Entity, EntityType, Mention, Quote, Span, Theme } from '../core/model';
import { md as escapeMarkdown, wikidataLink } from './hoverContent';
import { TYPE_ICON } from './lookup';
import { preview } from '../core/text/preview';
import { collapseSpace } from '../core/text/whitespace';

/** How entities are ordered inside each group. */
export type SortOrder = 'salience' | 'appearance' | 'name';

export type GroupName = 'Countries' | 'People' | 'Organisations' | 'Places' | 'Themes' | 'Quotes';
const GROUP_TYPES: readonly [GroupName, EntityType | 'THEME'][] = [
  ['Countries', 'COUNTRY'], ['People', 'PERSON'], ['Organisations', 'ORG'], ['Places', 'PLACE'], ['Themes', 'THEME'],
];
const GROUP_ICON: Readonly<Record<GroupName, string>> = {
  Countries: 'globe', People: 'person', Organisations: 'organization', Places: 'location', Themes: 'tag', Quotes: 'quote',
};
const TYPE_COLOR: Readonly<Record<EntityType, string>> = {
  PERSON: 'newsLens.personRuler', ORG: 'newsLens.organisationRuler', PLACE: 'newsLens.placeRuler', COUNTRY: 'newsLens.countryRuler',
};

interface Base { readonly id: string; readonly uri: string; readonly parent?: OutlineNode }
export type OutlineNode =
  | Base & { readonly kind: 'header'; readonly date?: string; readonly headline: string; readonly offset: number }
  | Base & { readonly kind: 'group'; readonly name: GroupName; readonly children: OutlineNode[] }
  | Base & { readonly kind: 'entity'; readonly entity: Entity; readonly country?: Country; readonly offset: number; readonly count: number; readonly quoteCount: number; readonly children: OutlineNode[] }
  /** A country the article names only inside other names or as a place ("Bank of Japan", "Tokyo"): no COUNTRY entity. */
  | Base & { readonly kind: 'country'; readonly country: Country; readonly offset: number; readonly count: number; readonly children: OutlineNode[] }
  | Base & { readonly kind: 'theme'; readonly theme: Theme; readonly children: OutlineNode[] }
  | Base & { readonly kind: 'mention'; readonly span: Span; readonly paragraph: number; readonly preview: string; readonly highlight: [number, number] }
  | Base & { readonly kind: 'speaker'; readonly entityId: string | null; readonly name: string; readonly children: OutlineNode[] }
  | Base & { readonly kind: 'quote'; readonly quote: Quote };

/** The nodes of the News Lens view for one analysis, built once; `byEntity` finds a node to reveal. */
export interface OutlineModel {
  readonly roots: readonly OutlineNode[];
  readonly byEntity: ReadonlyMap<string, OutlineNode>;
}

function mentionNodes(uri: string, text: string, parent: OutlineNode, mentions: readonly (Span & { paragraph: number })[]): OutlineNode[] {
  return mentions.map(m => {
    const line = preview(text, m);
    const at = line.indexOf(collapseSpace(text.slice(m.start, m.end)));
    const highlight: [number, number] = at >= 0 ? [at, at + (m.end - m.start)] : [0, 0];
    return { kind: 'mention', id: `${parent.id}@${m.start}`, uri, parent, span: { start: m.start, end: m.end }, paragraph: m.paragraph, preview: line, highlight };
  });
}

function matches(filter: string, ...names: readonly string[]): boolean {
  return !filter || names.some(n => n.toLowerCase().includes(filter));
}

/** Builds the view's nodes: header, then non-empty groups with sorted, filtered entities or themes. */
export function buildOutline(uri: string, text: string, analysis: Analysis, order: SortOrder, filterText: string): OutlineModel {
  const filter = filterText.trim().toLowerCase();
  const roots: OutlineNode[] = [];
  const byEntity = new Map<string, OutlineNode>();
  const { article } = analysis;
  if (article.headline || article.date) {
    const headline = article.headline ? text.slice(article.headline.start, article.headline.end).trim() : '(no headline)';
    roots.push({ kind: 'header', id: `${uri}#header`, uri, date: article.date, headline, offset: article.headline?.start ?? 0 });
  }
  const quoteCounts = new Map<string, number>();
  for (const q of analysis.quotes) if (q.speakerEntityId !== null) quoteCounts.set(q.speakerEntityId, (quoteCounts.get(q.speakerEntityId) ?? 0) + 1);
  const compare = (a: Entity, b: Entity) =>
    order === 'name' ? a.canonical.localeCompare(b.canonical) || a.rank - b.rank
      : order === 'appearance' ? a.mentions[0].start - b.mentions[0].start
        : a.rank - b.rank || a.mentions[0].start - b.mentions[0].start;
  const entityNode = (group: OutlineNode, entity: Entity, country: Country | undefined): OutlineNode => {
    const mentions: readonly Mention[] = country?.mentions ?? entity.mentions;
    let children: OutlineNode[] | undefined;
    const node: OutlineNode = { kind: 'entity', id: `${group.id}/${entity.id}`, uri, parent: group, entity, country, offset: mentions[0].start,
      count: mentions.length, quoteCount: quoteCounts.get(entity.id) ?? 0,
      get children() { return (children ??= mentionNodes(uri, text, node, mentions)); } };
    return node;
  };
  const countryNode = (group: OutlineNode, country: Country): OutlineNode => {
    let children: OutlineNode[] | undefined;
    const node: OutlineNode = { kind: 'country', id: `${group.id}/COUNTRY:${country.code}`, uri, parent: group, country, offset: country.mentions[0].start,
      count: country.mentions.length, get children() { return (children ??= mentionNodes(uri, text, node, country.mentions)); } };
    return node;
  };
  for (const [name, type] of GROUP_TYPES) {
    const group = { kind: 'group' as const, id: `${uri}#${name}`, uri, name, children: [] as OutlineNode[] };
    if (type === 'THEME') {
      for (const theme of analysis.themes) {
        // A large article's theme has tens of thousands of words of evidence: read only when filtering.
        if (filter && !matches(filter, theme.name, ...theme.evidence.map(e => e.text))) continue;
        // Mention nodes are made when first asked for (the node expanded or revealed): a large article's view
        // costs what is shown, not one preview per mention up front.
        let children: OutlineNode[] | undefined;
        const node: OutlineNode = { kind: 'theme', id: `${group.id}/${theme.code}`, uri, parent: group, theme,
          get children() { return (children ??= mentionNodes(uri, text, node, theme.evidence)); } };
        group.children.push(node);
      }
    } else if (type === 'COUNTRY') {
      // The article's countries as the core counts them (`analysis.countries`, as the status bar and the digest do):
      // a country named only inside an organisation's name or by its capital is listed too.
      const entities = new Map(analysis.entities.map(e => [e.id, e]));
      const countries = analysis.countries.map(country => ({ country, entity: entities.get(country.entityId) }))
        .filter(({ country, entity }) => matches(filter, country.name, country.officialName, ...(entity ? [entity.canonical, ...entity.surfaceForms] : [])));
      if (order === 'name') countries.sort((a, b) => a.country.name.localeCompare(b.country.name));
      else if (order === 'appearance') countries.sort((a, b) => a.country.mentions[0].start - b.country.mentions[0].start);
      // by salience: the ranked COUNTRY entities first, then the rest in the core's order (most mentions first)
      else countries.sort((a, b) => (a.entity && b.entity ? a.entity.rank - b.entity.rank : Number(!a.entity) - Number(!b.entity)));
      for (const { country, entity } of countries) {
        const node = entity ? entityNode(group, entity, country) : countryNode(group, country);
        group.children.push(node);
        if (entity) byEntity.set(entity.id, node);
      }
    } else {
      const entities = analysis.entities.filter(e => e.type === type && matches(filter, e.canonical, ...e.surfaceForms)).sort(compare);
      for (const entity of entities) {
        const node = entityNode(group, entity, undefined);
        group.children.push(node);
        byEntity.set(entity.id, node);
      }
    }
    if (group.children.length) roots.push(group);
  }
  const quotes = quoteGroup(uri, analysis, filter);
  if (quotes.children.length) roots.push(quotes);
  return { roots, byEntity };
}

/** The Quotes group: one node per speaker (most quoted first, speaker unknown last), each with its quotations. */
function quoteGroup(uri: string, analysis: Analysis, filter: string): OutlineNode & { kind: 'group' } {
  const group = { kind: 'group' as const, id: `${uri}#Quotes`, uri, name: 'Quotes' as const, children: [] as OutlineNode[] };
  const bySpeaker = new Map<string | null, Quote[]>();
  for (const q of analysis.quotes) {
    const list = bySpeaker.get(q.speakerEntityId);
    if (list) list.push(q);
    else bySpeaker.set(q.speakerEntityId, [q]);
  }
  const names = new Map(analysis.entities.map(e => [e.id, e.canonical]));
  const speakers = [...bySpeaker.entries()].sort((a, b) =>
    Number(a[0] === null) - Number(b[0] === null) || b[1].length - a[1].length || a[1][0].start - b[1][0].start);
  for (const [entityId, quotes] of speakers) {
    const name = entityId === null ? 'Speaker unknown' : names.get(entityId) ?? entityId;
    const shown = quotes.filter(q => matches(filter, name, q.text));
    if (!shown.length) continue;
    const node = { kind: 'speaker' as const, id: `${group.id}/${entityId ?? '?'}`, uri, parent: group, entityId, name, children: [] as OutlineNode[] };
    node.children.push(...shown.map(quote => ({ kind: 'quote' as const, id: `${node.id}@${quote.start}`, uri, parent: node, quote })));
    group.children.push(node);
  }
  return group;
}

/** The tree item for a node: labels, counts, codicons, and the command that reveals a mention. */
export function outlineTreeItem(node: OutlineNode): vscode.TreeItem {
  const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
  switch (node.kind) {
    case 'header': {
      // The date leads so that it stays visible in a narrow view; the headline follows.
      const item = new vscode.TreeItem(node.date ? `${node.date} · ${node.headline}` : node.headline, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.tooltip = `${node.date ? `${node.date}\n` : ''}${node.headline}`;
      item.command = { command: 'newsLens.revealMention', title: 'Reveal', arguments: [node.uri, node.offset, node.offset] };
      return withId(item, node);
    }
    case 'group': {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.children.length);
      item.iconPath = new vscode.ThemeIcon(GROUP_ICON[node.name]);
      item.contextValue = 'group';
      return withId(item, node);
    }
    case 'entity': {
      const { entity, country } = node;
      const label = country ? `${country.flag} ${country.name}` : entity.canonical;
      const item = new vscode.TreeItem(label, Collapsed);
      const count = node.count;
      const quoted = node.quoteCount > 0 ? `${node.quoteCount} quote${node.quoteCount === 1 ? '' : 's'}` : undefined;
      item.description = [`${count}×`, quoted, entity.role].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(TYPE_ICON[entity.type], new vscode.ThemeColor(TYPE_COLOR[entity.type]));
      const md = new vscode.MarkdownString(`**${escapeMarkdown(label)}**${entity.role ? ` — ${escapeMarkdown(entity.role)}` : ''}\n\n${count} mention${count === 1 ? '' : 's'} · salience rank ${entity.rank}${quoted ? ` · ${quoted}` : ''}`, true);
      if (country) md.appendMarkdown(`\n\n${country.officialName} · ${country.code}/${country.alpha3} · ${country.capital.join(', ')} · ${country.subregion || country.region}`);
      if (entity.wikidata) md.appendMarkdown(`\n\n${wikidataLink(entity.wikidata)}`);
      item.tooltip = md;
      item.contextValue = 'entity';
      return withId(item, node);
    }
    case 'country': {
      const { country } = node;
      const label = `${country.flag} ${country.name}`;
      const item = new vscode.TreeItem(label, Collapsed);
      item.description = `${node.count}×`;
      item.iconPath = new vscode.ThemeIcon(TYPE_ICON.COUNTRY, new vscode.ThemeColor(TYPE_COLOR.COUNTRY));
      const md = new vscode.MarkdownString(`**${escapeMarkdown(label)}**\n\n${node.count} mention${node.count === 1 ? '' : 's'}, inside other names or as a place, never by the country's own name`, true);
      md.appendMarkdown(`\n\n${country.officialName} · ${country.code}/${country.alpha3} · ${country.capital.join(', ')} · ${country.subregion || country.region}`);
      item.tooltip = md;
      item.contextValue = 'country';
      return withId(item, node);
    }
    case 'theme': {
      const { theme } = node;
      const item = new vscode.TreeItem(theme.name, Collapsed);
      // The name leads and the strength follows in words; the codes are for the tooltip ("0.60 · CAP 1..." was cut off).
      const words = theme.evidence.length;
      item.description = `${themeStrength(theme.score)} · ${words} word${words === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('tag');
      item.tooltip = `${theme.name}: ${themeStrength(theme.score)} (score ${theme.score.toFixed(2)}, ${words} trigger word${words === 1 ? '' : 's'})\n`
        + `CAP ${theme.code}${theme.subtopic ? `, subtopic ${theme.subtopic.code} ${theme.subtopic.name}` : ''}\nIPTC ${theme.iptc.code} ${theme.iptc.label}`;
      item.contextValue = 'theme';
      return withId(item, node);
    }
    case 'speaker': {
      const item = new vscode.TreeItem(node.name, Collapsed);
      item.description = `${node.children.length} quote${node.children.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(node.entityId === null ? 'question' : 'person');
      item.contextValue = node.entityId === null ? 'speakerUnknown' : 'speaker';
      return withId(item, node);
    }
    case 'quote': {
      const { quote } = node;
      const words = collapseSpace(quote.text);
      const item = new vscode.TreeItem(`“${words.length > 80 ? `${words.slice(0, 79)}…` : words}”`, vscode.TreeItemCollapsibleState.None);
      item.description = `${quote.kind}${quote.cue ? ` · ${quote.cue.text}` : ''} · ¶${quote.paragraph}`;
      item.tooltip = words;
      item.command = { command: 'newsLens.revealMention', title: 'Reveal Quotation', arguments: [node.uri, quote.start, quote.end] };
      item.contextValue = 'quote';
      return withId(item, node);
    }
    case 'mention': {
      const item = new vscode.TreeItem({ label: node.preview, highlights: [node.highlight] }, vscode.TreeItemCollapsibleState.None);
      item.description = node.paragraph >= 0 ? `¶${node.paragraph}` : 'header';
      item.command = { command: 'newsLens.revealMention', title: 'Reveal Mention', arguments: [node.uri, node.span.start, node.span.end] };
      item.contextValue = 'mention';
      return withId(item, node);
    }
  }
}

/** A theme's score (0 to 1) in words: "strong" from 0.45, "moderate" from 0.25, "slight" below. */
export function themeStrength(score: number): string {
  return score >= 0.45 ? 'strong' : score >= 0.25 ? 'moderate' : 'slight';
}

function withId(item: vscode.TreeItem, node: OutlineNode): vscode.TreeItem {
  item.id = node.id;
  return item;
}
