/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), JSON-LD: one AnnotationCollection per
 * export, its first page holding one Annotation per mention and one for the document's themes.
 * - A mention's target is the document (`source`) with two equivalent selectors: a `TextQuoteSelector` (the
 *   exact text with up to 32 characters of prefix and suffix) and a `TextPositionSelector` (`start`/`end` in
 *   Unicode code points of the text, end exclusive, as the model specifies). Its body is the type as a tagging
 *   `TextualBody` and, when the entity has a Wikidata id, an identifying `SpecificResource` whose source is the
 *   Wikidata entity IRI (`http://www.wikidata.org/entity/Q17`).
 * - The themes annotation targets the whole document, motivated `classifying`, one `TextualBody` per theme.
 * Ids are IRIs made from the document's `source` (or `urn:news-lens:<name>`) and a fragment.
 */
import { codePointIndex } from './codePoints';
import { mentionsOf, wikidataIri, type FormatDocument } from './document';

/** The JSON-LD context of every Web Annotation. */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context kept before and after the exact text in a quote selector. */
export const QUOTE_CONTEXT = 32;

/** The IRI of the annotated document: its `source`, else a URN from its name. */
export function documentIri(doc: FormatDocument): string {
  return doc.source ?? `urn:news-lens:${encodeURIComponent(doc.name)}`;
}

/** `text.slice(from, to)` widened so that it never cuts a surrogate pair in half. */
function wholeSlice(text: string, from: number, to: number): string {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  const start = lo > 0 && /[\udc00-\udfff]/.test(text[lo] ?? '') ? lo - 1 : lo;
  const end = hi < text.length && /[\udc00-\udfff]/.test(text[hi] ?? '') ? hi + 1 : hi;
  return text.slice(start, end);
}

/** The Web Annotations of one document (plain objects, in mention order, then the themes). */
export function w3cAnnotations(doc: FormatDocument): object[] {
  const cp = codePointIndex(doc.text);
  const source = documentIri(doc);
  const out: object[] = mentionsOf(doc).map((m, i) => ({
    '@context': W3C_CONTEXT,
    id: `${source}#news-lens-${i + 1}`,
    type: 'Annotation',
    motivation: m.wikidata ? ['tagging', 'identifying'] : 'tagging',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: m.type, format: 'text/plain' },
      ...(m.wikidata ? [{ type: 'SpecificResource', purpose: 'identifying', source: wikidataIri(m.wikidata) }] : []),
    ],
    target: {
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: m.text,
          prefix: wholeSlice(doc.text, m.start - QUOTE_CONTEXT, m.start),
          suffix: wholeSlice(doc.text, m.end, m.end + QUOTE_CONTEXT),
        },
        { type: 'TextPositionSelector', start: cp.toCodePoint(m.start), end: cp.toCodePoint(m.end) },
      ],
    },
  }));
  if (doc.analysis.themes.length > 0) {
    out.push({
      '@context': W3C_CONTEXT,
      id: `${source}#news-lens-themes`,
      type: 'Annotation',
      motivation: 'classifying',
      body: doc.analysis.themes.map(t => ({ type: 'TextualBody', purpose: 'classifying', value: t.name, format: 'text/plain' })),
      target: source,
    });
  }
  return out;
}

/** Several documents' annotations as one JSON-LD AnnotationCollection (pretty-printed, ending with a newline). */
export function writeW3c(docs: readonly FormatDocument[]): string {
  const items = docs.flatMap(w3cAnnotations);
  const id = docs.length === 1 ? `${documentIri(docs[0])}#news-lens` : 'urn:news-lens:collection';
  return `${JSON.stringify({
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'News Lens annotations',
    total: items.length,
    first: { id: `${id}-page-1`, type: 'AnnotationPage', startIndex: 0, items },
  }, null, 2)}\n`;
}
