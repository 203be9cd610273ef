/**
 * CoNLL IOB2, a lossy extra for sequence-labelling tools (Hugging Face token classification, CoNLL-2003 style
 * readers): one token per line, `TOKEN<TAB>TAG`, tags `B-TYPE` (first token of a mention), `I-TYPE` (the
 * following ones) and `O`; a blank line after each sentence; each document starts with a `-DOCSTART-` line.
 *
 * What is lost: white space and line ends (so offsets cannot be rebuilt), the canonical names, countries,
 * Wikidata ids, roles and themes; a token is words with their inner apostrophes, hyphens and dots ("al-Qaida",
 * "U.N."), or one other non-blank character, and a mention that ends or starts inside a token tags that whole
 * token. Sentences are the article's; the header line, when there is one, is a sentence of its own.
 */
import { mentionsOf, type FormatDocument } from './document';

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** One document in IOB2, ending with a blank line. */
export function writeConll(doc: FormatDocument): string {
  const { text, analysis } = doc;
  const mentions = mentionsOf(doc);
  const segments = [
    ...(analysis.article.header ? [analysis.article.header] : []),
    ...analysis.article.paragraphs.flatMap(p => (p.sentences.length ? p.sentences : [p])),
  ];
  const lines = ['-DOCSTART-\tO', ''];
  let k = 0;
  let lastTagged = -1;
  for (const seg of segments) {
    const tokens = [...text.slice(seg.start, seg.end).matchAll(TOKEN)];
    if (tokens.length === 0) continue;
    for (const t of tokens) {
      const start = seg.start + (t.index ?? 0);
      const end = start + t[0].length;
      while (k < mentions.length && mentions[k].end <= start) k++;
      const m = mentions[k];
      let tag = 'O';
      if (m && m.start < end) {
        tag = `${lastTagged === k ? 'I' : 'B'}-${m.type}`;
        lastTagged = k;
      }
      lines.push(`${t[0]}\t${tag}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
