/**
 * Reads a brat standoff `.ann` file against the article's text (the `.txt` brat annotated): `T` lines give the
 * spans (offsets in code points; a discontinuous span `0 5;6 10` becomes one span from its first start to its
 * last end, its fragments' text joined by single spaces as brat writes it); `N` lines naming `Wikidata:Q...`
 * give the span's Wikidata id. Attribute (`A`, `M`), note (`#`), relation (`R`), event (`E`) and equivalence (`*`)
 * lines are accepted and not used. Any other line, or a `T` line that does not slice the text, is a problem.
 */
import { goldChecker, sortSpans, type GoldSpan, type ImportProblem, type ImportResult } from './gold';

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const N_LINE = /^N\d+\tReference (T\d+) Wikidata:(Q[1-9]\d*)(?:\t.*)?$/;
const IGNORED = /^(?:[AM#RE*N]\d*)\t/;

/** The spans of a brat `.ann` file (`ann`) for the article `text`. */
export function readBrat(ann: string, text: string): ImportResult {
  const check = goldChecker(text);
  const problems: ImportProblem[] = [];
  const byId = new Map<string, GoldSpan>();
  const links = new Map<string, string>();
  ann.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const t = T_LINE.exec(raw);
    if (t) {
      const frags = t[3].split(';').map(f => f.split(' ').map(Number) as [number, number]);
      const spans = frags.map(([s, e]) => check.span(s, e, t[2]));
      const bad = spans.find((s): s is string => typeof s === 'string');
      if (bad) return void problems.push({ line, reason: bad });
      const ok = spans as GoldSpan[];
      const joined = ok.map(s => s.text).join(' ');
      if (joined !== t[4]) {
        return void problems.push({ line, reason: `the span ${t[3]} reads ${JSON.stringify(joined)} in the article, not ${JSON.stringify(t[4])}` });
      }
      const start = Math.min(...ok.map(s => s.start));
      const end = Math.max(...ok.map(s => s.end));
      if (byId.has(t[1])) return void problems.push({ line, reason: `${t[1]} is defined twice` });
      byId.set(t[1], { start, end, label: ok[0].label, text: text.slice(start, end) });
      return;
    }
    const n = N_LINE.exec(raw);
    if (n) return void links.set(n[1], n[2]);
    if (!IGNORED.test(raw)) problems.push({ line, reason: 'not a brat standoff line (T, N, A, M, R, E, * or # followed by a tab)' });
  });
  const spans = [...byId.entries()].map(([id, s]) => (links.has(id) ? { ...s, wikidata: links.get(id) } : s));
  return { spans: sortSpans(spans), problems };
}
