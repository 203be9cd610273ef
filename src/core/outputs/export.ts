import type { Analysis, EntityType } from '../model';

/** One entity mention in the JSONL contract. */
export interface JsonlMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly canonical: string;
  readonly entityId: string;
  readonly countryCode?: string;
  readonly via?: string;
  readonly role?: string;
  /** The entity's Wikidata item id ("Q17"), for countries and well-known organisations only. */
  readonly wikidata?: string;
}

/** One theme in the JSONL contract. */
export interface JsonlTheme {
  readonly code: number;
  readonly name: string;
  readonly score: number;
  readonly iptc: string;
  readonly subtopic?: number;
  readonly evidence: readonly { readonly start: number; readonly end: number; readonly text: string }[];
}

/** One quotation in the JSONL contract; `speaker` is the speaking entity's canonical name. */
export interface JsonlQuote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'direct' | 'reported';
  readonly speakerEntityId: string | null;
  readonly speaker: string | null;
  readonly cue: { readonly start: number; readonly end: number; readonly text: string } | null;
}

/** The CLI's `--jsonl` output line for one input record. */
export interface JsonlRecord {
  readonly id: string | number;
  readonly entities: readonly JsonlMention[];
  readonly themes: readonly JsonlTheme[];
  readonly quotes: readonly JsonlQuote[];
}

/**
 * Converts an analysis to the stable JSONL contract: one object per mention sorted by start (offsets UTF-16,
 * end exclusive, into the record's `text`), themes best first, quotations by start (speaker and cue null when
 * unknown). Optional keys are present only when known.
 */
export function toJsonlRecord(id: string | number, analysis: Analysis): JsonlRecord {
  const byId = new Map(analysis.entities.map(e => [e.id, e]));
  return {
    id,
    entities: analysis.mentions.map(m => {
      const entity = byId.get(m.entityId);
      return {
        start: m.start,
        end: m.end,
        text: m.text,
        type: m.type,
        canonical: entity?.canonical ?? m.text,
        entityId: m.entityId,
        // The contract gives `via` to COUNTRY and PLACE mentions only: an organisation named after a country
        // ("Palestinian Authority") carries the code, but is not itself a demonym or a name of the country.
        ...(m.countryCode ? { countryCode: m.countryCode, ...(m.type === 'ORG' ? {} : { via: m.via }) } : {}),
        ...(m.role ? { role: m.role } : {}),
        ...(entity?.wikidata ? { wikidata: entity.wikidata } : {}),
      };
    }),
    themes: analysis.themes.map(t => ({
      code: t.code,
      name: t.name,
      score: t.score,
      iptc: t.iptc.code,
      ...(t.subtopic ? { subtopic: t.subtopic.code } : {}),
      evidence: t.evidence.map(e => ({ start: e.start, end: e.end, text: e.text })),
    })),
    quotes: analysis.quotes.map(q => ({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speakerEntityId: q.speakerEntityId,
      speaker: q.speakerEntityId === null ? null : byId.get(q.speakerEntityId)?.canonical ?? null,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: q.cue.text } : null,
    })),
  };
}
