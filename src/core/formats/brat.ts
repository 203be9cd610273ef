/**
 * brat standoff (https://brat.nlplab.org/standoff.html): an `.ann` file of annotations beside a `.txt` file
 * holding the text exactly as analysed. Offsets count Unicode code points of that text (brat reads it with
 * Python), end exclusive; a byte-order mark, CR and LF count one each, as they are in the file.
 *
 * Lines written, per mention: `T` the text-bound annotation (type PERSON, ORG, PLACE or COUNTRY); `N` its
 * normalisations (`Wikidata:Q17`, and `ISO3166-1:JP` for a country code); `A` its attributes (`Via` for how a
 * country was recognised: name, alias, demonym or capital; `Role` for a person's title, spaces written as
 * underscores since brat values are single tokens); a `#` AnnotatorNotes note with the canonical name and the
 * role as written. Themes are not written: standoff has no document-level annotation.
 */
import { codePointIndex } from './codePoints';
import { mentionsOf, type FormatDocument } from './document';

/** The two files of a brat document. */
export interface BratFiles {
  /** The `.txt` content: the analysed text, unchanged. */
  readonly txt: string;
  /** The `.ann` content, one annotation per line, each line ending with `\n`; empty when there are no mentions. */
  readonly ann: string;
}

/** A text-bound span as brat writes it: fragments split at line breaks, since one brat fragment never spans one. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

const token = (s: string): string => s.trim().replace(/\s+/g, '_');
const oneLine = (s: string): string => s.replace(/[\r\n\t]+/g, ' ');

/** Writes a document as brat standoff; annotation ids are numbered in mention order (T1, N1, A1, #1...). */
export function writeBrat(doc: FormatDocument): BratFiles {
  const cp = codePointIndex(doc.text);
  const lines: string[] = [];
  let n = 0;
  let a = 0;
  let notes = 0;
  mentionsOf(doc).forEach((m, i) => {
    const t = `T${i + 1}`;
    const frags = fragments(doc.text, m.start, m.end);
    const offsets = frags.map(([s, e]) => `${cp.toCodePoint(s)} ${cp.toCodePoint(e)}`).join(';');
    lines.push(`${t}\t${m.type} ${offsets}\t${frags.map(([s, e]) => doc.text.slice(s, e)).join(' ')}`);
    if (m.wikidata) lines.push(`N${++n}\tReference ${t} Wikidata:${m.wikidata}\t${oneLine(m.canonical)}`);
    if (m.countryCode && m.type === 'COUNTRY') lines.push(`N${++n}\tReference ${t} ISO3166-1:${m.countryCode}\t${oneLine(m.canonical)}`);
    if (m.via) lines.push(`A${++a}\tVia ${t} ${m.via}`);
    if (m.role && token(m.role)) lines.push(`A${++a}\tRole ${t} ${token(m.role)}`);
    lines.push(`#${++notes}\tAnnotatorNotes ${t}\t${oneLine(m.canonical)}${m.role ? `; role: ${oneLine(m.role)}` : ''}`);
  });
  return { txt: doc.text, ann: lines.map(l => `${l}\n`).join('') };
}
