/**
 * JSONL for spaCy, Prodigy and doccano, one line per document, from one writer:
 * - spaCy / Prodigy (`flavour: 'spacy'`): `{"text", "spans": [{"start", "end", "label", "text", "kb_id"?}], "meta"}`,
 *   the form Prodigy's `ner.manual` and `spans.manual` read and spaCy's `Doc.char_span(start, end, label,
 *   kb_id=...)` takes. `kb_id` is the Wikidata id when known. `meta` holds the document name, its themes (CAP
 *   topics, best first, with score) and `cats` the same themes as document categories with their scores.
 * - doccano (`flavour: 'doccano'`): `{"text", "label": [[start, end, label]], "meta"}`: doccano's sequence-labelling
 *   import; the extra `meta` keeps the name and the themes.
 * Offsets count Unicode code points of `text` (Python string indices), end exclusive.
 */
import { codePointIndex } from './codePoints';
import { mentionsOf, type FormatDocument } from './document';

/** Which tool the JSONL is for. */
export type JsonlFlavour = 'spacy' | 'doccano';

/** One document as a single JSON line (no trailing newline). */
export function writeSpacyLine(doc: FormatDocument, flavour: JsonlFlavour): string {
  const cp = codePointIndex(doc.text);
  const mentions = mentionsOf(doc);
  const themes = doc.analysis.themes.map(t => ({ code: t.code, name: t.name, score: t.score }));
  const meta = { name: doc.name, themes };
  if (flavour === 'doccano') {
    return JSON.stringify({ text: doc.text, label: mentions.map(m => [cp.toCodePoint(m.start), cp.toCodePoint(m.end), m.type]), meta });
  }
  return JSON.stringify({
    text: doc.text,
    spans: mentions.map(m => ({
      start: cp.toCodePoint(m.start),
      end: cp.toCodePoint(m.end),
      label: m.type,
      text: m.text,
      ...(m.wikidata ? { kb_id: m.wikidata } : {}),
    })),
    meta,
    cats: Object.fromEntries(themes.map(t => [t.name, t.score])),
  });
}
