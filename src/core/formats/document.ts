/**
 * What every format writer takes: one analysed text, and the pieces of the analysis the formats share (the
 * mentions as the JSONL contract gives them, the themes as document-level labels).
 */
import { toJsonlRecord, type JsonlMention } from '../outputs/export';
import type { Analysis } from '../model';

/** One analysed article to write out. */
export interface FormatDocument {
  /** The text exactly as analysed (byte-order mark and line ends included): all offsets count into it. */
  readonly text: string;
  /** A name for it: the file name, or a record id ("article.txt"); used as the document id where a format has one. */
  readonly name: string;
  readonly analysis: Analysis;
  /** An IRI for the text (`file:///...`, a workspace URI) used by W3C annotations as their target's source. */
  readonly source?: string;
}

/** The document's mentions as in the JSONL contract: UTF-16 offsets, sorted by start, not overlapping. */
export function mentionsOf(doc: FormatDocument): readonly JsonlMention[] {
  return toJsonlRecord(doc.name, doc.analysis).entities;
}

/** The Wikidata entity IRI of an item id ("Q17" -> "http://www.wikidata.org/entity/Q17"), the form linked data uses. */
export function wikidataIri(id: string): string {
  return `http://www.wikidata.org/entity/${id}`;
}

/** The labels formats use for News Lens's entity types; the same as the JSONL `type`. */
export const LABELS = ['PERSON', 'ORG', 'PLACE', 'COUNTRY'] as const;
