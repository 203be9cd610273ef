/**
 * The interchange formats News Lens writes, by name (the CLI's `--format` values and the editor's export
 * choices). Every writer is pure: documents in, file content out.
 */
import { writeBrat } from './brat';
import { writeConll } from './conll';
import type { FormatDocument } from './document';
import { writeLabelStudio } from './labelStudio';
import { writeSpacyLine } from './spacyJsonl';
import { writeW3c } from './w3c';

/** A format name as the CLI and the editor offer it. */
export type FormatName = 'brat' | 'spacy' | 'doccano' | 'labelstudio' | 'w3c' | 'conll';

/** Every format, in the order they are offered. */
export const FORMAT_NAMES: readonly FormatName[] = ['brat', 'spacy', 'doccano', 'labelstudio', 'w3c', 'conll'];

/** How a format is saved: the file name extension and what it holds. */
export const FORMAT_INFO: Readonly<Record<FormatName, { readonly extension: string; readonly label: string; readonly detail: string }>> = {
  brat: { extension: 'ann', label: 'brat standoff (.ann + .txt)', detail: 'T, N (Wikidata, ISO), A (via, role) and # lines; offsets in code points' },
  spacy: { extension: 'jsonl', label: 'spaCy / Prodigy JSONL', detail: '{"text","spans":[{"start","end","label"}],"meta"}; themes in meta and cats' },
  doccano: { extension: 'jsonl', label: 'doccano JSONL', detail: '{"text","label":[[start,end,label]]}; themes in meta' },
  labelstudio: { extension: 'json', label: 'Label Studio predictions', detail: 'tasks with predictions, from_name "label" / "themes", to_name "text"' },
  w3c: { extension: 'jsonld', label: 'W3C Web Annotation (JSON-LD)', detail: 'quote and position selectors, type tags, Wikidata identifying bodies' },
  conll: { extension: 'conll', label: 'CoNLL IOB2 (lossy)', detail: 'one token per line with B-/I-/O tags; offsets, ids and themes are lost' },
};

/** Whether `name` is one of the format names. */
export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/**
 * The content of one export file for `docs` in `format`. brat holds one document per file (its `.ann`; the
 * `.txt` copy is `writeBrat(doc).txt`), so it takes the first document only; the others take any number.
 */
export function writeFormat(format: FormatName, docs: readonly FormatDocument[]): string {
  switch (format) {
    case 'brat': return docs.length ? writeBrat(docs[0]).ann : '';
    case 'spacy':
    case 'doccano': return docs.map(d => `${writeSpacyLine(d, format)}\n`).join('');
    case 'labelstudio': return writeLabelStudio(docs);
    case 'w3c': return writeW3c(docs);
    case 'conll': return docs.map(writeConll).join('');
  }
}
