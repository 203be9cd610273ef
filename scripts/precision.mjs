// Precision report for `npm run eval`: the predicted mentions that match no gold span even loosely (no overlap
// with any gold entity of any type), the junk a reader would see highlighted, counted by type and by family.
// Families are read off the mention's own text and its place in the sentence, first match wins.

/** The error family of a predicted mention `e` in `text` (see FAMILIES). */
export function familyOf(text, e) {
  const s = text.slice(e.start, e.end);
  for (const [name, test] of FAMILIES) if (test(s, text, e)) return name;
  return 'other';
}

const before = (text, e) => text.slice(Math.max(0, e.start - 3), e.start);
const FAMILIES = [
  ['money or number', s => /\p{N}/u.test(s) || /[$£€¥]/u.test(s)],
  ['all capitals', s => /\p{Lu}{3}/u.test(s) && s === s.toUpperCase()],
  ['sentence-first word', (s, text, e) => !/\s/.test(s) && (e.start === 0 || /(?:[.!?]["”’]?\s+|\n\s*)$/u.test(before(text, e)))],
  ['plural group noun', s => !/\s/.test(s) && /\p{Ll}s$/u.test(s)],
  ['one word', s => !/\s/.test(s)],
  ['several words', () => true],
];

/**
 * Counts, over records `{id, text, entities}` (gold, all types) and predictions `{id, entities}`, the predicted
 * mentions overlapping no gold span, by predicted type and by family, with examples. Returns a printable table.
 */
export function precisionReport(goldRecords, predRecords, title) {
  const gold = new Map(goldRecords.map(r => [r.id, r]));
  const byType = new Map();
  const byFamily = new Map();
  let all = 0;
  let junk = 0;
  for (const p of predRecords) {
    const g = gold.get(p.id);
    if (!g) continue;
    for (const e of p.entities) {
      all++;
      const type = e.type;
      const t = byType.get(type) ?? { pred: 0, junk: 0 };
      t.pred++;
      byType.set(type, t);
      if (g.entities.some(x => x.start < e.end && e.start < x.end)) continue;
      junk++;
      t.junk++;
      const family = familyOf(g.text, e);
      const f = byFamily.get(family) ?? { junk: 0, examples: new Map() };
      f.junk++;
      const s = g.text.slice(e.start, e.end);
      f.examples.set(s, (f.examples.get(s) ?? 0) + 1);
      byFamily.set(family, f);
    }
  }
  const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '-').padStart(5);
  let out = `${title}: ${junk} of ${all} predicted mentions (${pct(junk, all).trim()}%) overlap no gold span of any type\n`;
  out += '  by type    junk  pred  share\n';
  for (const [type, t] of [...byType].sort()) out += `  ${type.padEnd(9)} ${String(t.junk).padStart(5)} ${String(t.pred).padStart(5)} ${pct(t.junk, t.pred)}%\n`;
  out += '  by family (share of all junk; most frequent examples)\n';
  for (const [family, f] of [...byFamily].sort((a, b) => b[1].junk - a[1].junk)) {
    const examples = [...f.examples].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([s, n]) => (n > 1 ? `${s} x${n}` : s)).join('; ');
    out += `  ${family.padEnd(20)} ${String(f.junk).padStart(5)} ${pct(f.junk, junk)}%  ${examples}\n`;
  }
  return { text: out, junk, all };
}
