/**
 * Questions readers ask of one `Analysis`: what stands at an offset, which mentions belong together. Pure and
 * cheap; offsets are UTF-16 code units into the text that was analysed, as everywhere in the model.
 */
import type { Analysis, Country, Entity, Mention, Quote, Theme, ThemeEvidence } from '../model';
import { partitionPoint } from '../text/search';
import { spanAt } from '../text/spans';

/** Theme evidence and the theme it counts for. */
export interface EvidenceHit {
  readonly theme: Theme;
  readonly evidence: ThemeEvidence;
}

/** The mention covering `offset` (`start <= offset <= end`: a cursor just after a mention still counts), or undefined. */
export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  return spanAt(analysis.mentions, offset);
}

/** The quotation covering `offset` (both ends count, as for mentions), or undefined. */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  return spanAt(analysis.quotes, offset);
}

/** The quotations whose speaker is the entity `entityId`, in document order; [] when it has none. */
export function quotesOf(analysis: Analysis, entityId: string): Quote[] {
  return analysis.quotes.filter(q => q.speakerEntityId === entityId);
}

/**
 * Theme evidence covering `offset` (both ends count), with its theme, in the order of `analysis.themes` (best first);
 * where two pieces of a theme's evidence cover it ("trade|talks"), the first. By binary search: a theme's evidence is
 * sorted by start and its pieces do not overlap (the matcher's longest phrase consumes its words).
 */
export function evidenceAt(analysis: Analysis, offset: number): EvidenceHit[] {
  const found: EvidenceHit[] = [];
  for (const theme of analysis.themes) {
    const spans = theme.evidence;
    const i = partitionPoint(0, spans.length, k => spans[k].end < offset);
    if (i < spans.length && spans[i].start <= offset) found.push({ theme, evidence: spans[i] });
  }
  return found;
}

/** The entity with this id, or undefined. */
export function entityById(analysis: Analysis, id: string): Entity | undefined {
  return analysis.entities.find(e => e.id === id);
}

/**
 * The country a mention stands for: a COUNTRY mention's country, or the country listing a mention with the same
 * span (a capital used for its state: "Tokyo" for Japan). Undefined for any other mention.
 */
export function countryOf(analysis: Analysis, mention: Mention): Country | undefined {
  if (mention.type === 'COUNTRY' && mention.countryCode) return analysis.countries.find(c => c.code === mention.countryCode);
  return analysis.countries.find(c => c.mentions.some(m => m.start === mention.start && m.end === mention.end));
}

/**
 * Every mention that refers to the same thing as `mention`, sorted by start: the country's mentions for a COUNTRY
 * mention (names, demonyms and capitals together), otherwise its entity's; `[mention]` when its entity is unknown.
 */
export function relatedMentions(analysis: Analysis, mention: Mention): readonly Mention[] {
  const country = mention.type === 'COUNTRY' ? countryOf(analysis, mention) : undefined;
  if (country) return country.mentions;
  return entityById(analysis, mention.entityId)?.mentions ?? [mention];
}
