/**
 * Reads spaCy / Prodigy JSONL (`{"text", "spans": [{"start", "end", "label", "text"?, "kb_id"?}]}`) and doccano
 * JSONL (`{"text", "label": [[start, end, label]]}`, or `"labels"` as older doccano exports write it) for one
 * article: the record(s) whose `text` is the article's text exactly are used, the others skipped (a file may
 * hold a whole data set). Offsets count code points. A line that is not JSON, a used record's span that does
 * not slice the text, or no record with the article's text, is a problem.
 */
import { goldChecker, sortSpans, type GoldSpan, type ImportProblem, type ImportResult } from './gold';

/** The spans of the JSONL `content` for the article `text`. */
export function readJsonl(content: string, text: string): ImportResult {
  const check = goldChecker(text);
  const problems: ImportProblem[] = [];
  const spans: GoldSpan[] = [];
  let used = 0;
  let records = 0;
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (e) {
      return void problems.push({ line, reason: `not JSON (${(e as Error).message})` });
    }
    records++;
    const r = record as { text?: unknown; spans?: unknown; label?: unknown; labels?: unknown };
    if (typeof r !== 'object' || r === null || typeof r.text !== 'string') {
      return void problems.push({ line, reason: 'the record has no "text" string' });
    }
    if (r.text !== text) return;
    used++;
    const add = (s: GoldSpan | string, wikidata?: unknown): void => {
      if (typeof s === 'string') problems.push({ line, reason: s });
      else spans.push(typeof wikidata === 'string' && /^Q[1-9]\d*$/.test(wikidata) ? { ...s, wikidata } : s);
    };
    if (Array.isArray(r.spans)) {
      for (const s of r.spans as { start?: unknown; end?: unknown; label?: unknown; text?: unknown; kb_id?: unknown }[]) {
        add(typeof s === 'object' && s ? check.span(s.start, s.end, s.label, s.text) : 'a span is not an object', s?.kb_id);
      }
    }
    const triples = Array.isArray(r.label) ? r.label : Array.isArray(r.labels) ? r.labels : undefined;
    for (const t of triples ?? []) {
      add(Array.isArray(t) && t.length === 3 ? check.span(t[0], t[1], t[2]) : `${JSON.stringify(t)} is not [start, end, label]`);
    }
    if (!Array.isArray(r.spans) && !triples) problems.push({ line, reason: 'the record has neither "spans" (spaCy, Prodigy) nor "label" (doccano)' });
  });
  if (used === 0 && problems.length === 0) {
    problems.push({ line: 1, reason: records ? `none of its ${records} records has this article's text` : 'it holds no record' });
  }
  return { spans: sortSpans(spans), problems };
}
