/**
 * Reads a Label Studio JSON export (a list of tasks, or one task) for one article: the task whose `data` holds
 * the article's text exactly is used; its first annotation that was not cancelled gives the spans, else its
 * first prediction. Results of type `labels` give `value.start`/`value.end` (code points) and `value.labels[0]`;
 * other results (choices, relations) are skipped. Lines in problems are those of the JSON text: the line of a
 * parse error, or of the result's `"id"` when it can be found (else the task's first line).
 */
import { goldChecker, sortSpans, type GoldSpan, type ImportProblem, type ImportResult } from './gold';

interface LsResult { id?: unknown; type?: unknown; value?: { start?: unknown; end?: unknown; text?: unknown; labels?: unknown } }
interface LsTask { data?: Record<string, unknown>; annotations?: { was_cancelled?: boolean; result?: LsResult[] }[]; predictions?: { result?: LsResult[] }[] }

const lineAt = (content: string, offset: number): number => (offset < 0 ? 1 : content.slice(0, offset).split('\n').length);

/** The spans of the Label Studio export `content` for the article `text`. */
export function readLabelStudio(content: string, text: string): ImportResult {
  const json = content.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    return { spans: [], problems: [{ line: at ? lineAt(json, Number(at[1])) : 1, reason: `not JSON (${(e as Error).message})` }] };
  }
  const tasks = (Array.isArray(parsed) ? parsed : [parsed]) as LsTask[];
  const task = tasks.find(t => typeof t === 'object' && t !== null && Object.values(t.data ?? {}).includes(text));
  if (!task) return { spans: [], problems: [{ line: 1, reason: `none of its ${tasks.length} tasks has this article's text in "data"` }] };
  const annotation = (task.annotations ?? []).find(a => !a.was_cancelled && Array.isArray(a.result));
  const results = annotation?.result ?? task.predictions?.find(p => Array.isArray(p.result))?.result ?? [];
  const check = goldChecker(text);
  const spans: GoldSpan[] = [];
  const problems: ImportProblem[] = [];
  for (const r of results) {
    if (r?.type !== 'labels') continue;
    const labels = r.value?.labels;
    const s = check.span(r.value?.start, r.value?.end, Array.isArray(labels) ? labels[0] : undefined, r.value?.text);
    if (typeof s !== 'string') spans.push(s);
    else problems.push({ line: lineAt(json, typeof r.id === 'string' ? json.indexOf(`"${r.id}"`) : -1), reason: s });
  }
  return { spans: sortSpans(spans), problems };
}
