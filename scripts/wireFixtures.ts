// Precision and recall of the engine on the wire-style fixtures (test/unit/nlp/wireGenres.ts, tuned on, and
// wireHeldout.ts, written after the rules and not tuned on), per fixture and for each set.
//   npx tsx scripts/wireFixtures.ts [--errors] [--file pages.json]
// With --file, only the pages of that JSON file are scored (an array of { genre, text, gold } in the same format):
// test/wire/heldoutW.json holds ten long wire pages (sport tables, markets, politics, briefs) written and annotated in
// session 8 by an engineer who never ran the engine; scored blind once (F1 93.6), it is a tuning set from then on.
// Gold mentions are every whole-word occurrence of a gold name (longer names first, never overlapping); a prediction
// is right when its span and type match one (PLACE and COUNTRY count as LOC; demonyms read as countries are left out).
import { readFileSync } from 'node:fs';
import { analyze } from '../src/core/analyze';
import { WIRE_GENRES } from '../test/unit/nlp/wireGenres';
import { WIRE_HELDOUT } from '../test/unit/nlp/wireHeldout';

interface Span { start: number; end: number; type: string }
const showErrors = process.argv.includes('--errors');

function goldSpans(text: string, gold: readonly (readonly [string, string, number?])[]): Span[] {
  const out: Span[] = [];
  // an entry for one occurrence first, then the longest names
  const order = [...gold].sort((a, b) => (a[2] === undefined ? 1 : 0) - (b[2] === undefined ? 1 : 0) || b[0].length - a[0].length);
  for (const [name, type, nth] of order) {
    let k = -1;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      k++;
      if (nth !== undefined && k !== nth) continue;
      if (out.some(s => s.start < end && at < s.end)) continue;
      out.push({ start: at, end, type });
    }
  }
  return out;
}

function score(name: string, fixtures: typeof WIRE_GENRES): void {
let tp = 0, fp = 0, fn = 0;
const byType = new Map<string, { tp: number; fp: number; fn: number }>();
const tally = (type: string, field: 'tp' | 'fp' | 'fn'): void => {
  const t = byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  t[field]++;
  byType.set(type, t);
};
for (const f of fixtures) {
  const gold = goldSpans(f.text, f.gold);
  const pred = analyze(f.text).mentions.filter(m => !(m.via === 'demonym' && m.type === 'COUNTRY')).map(m => ({ start: m.start, end: m.end, type: m.type === 'PLACE' || m.type === 'COUNTRY' ? 'LOC' : m.type }));
  const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  const hit = [...p].filter(k => g.has(k)).length;
  tp += hit; fp += p.size - hit; fn += g.size - hit;
  for (const k of p) tally(k.split(':')[2], g.has(k) ? 'tp' : 'fp');
  for (const k of g) if (!p.has(k)) tally(k.split(':')[2], 'fn');
  console.log(`${f.genre.padEnd(46)} gold ${String(g.size).padStart(3)}  found ${String(hit).padStart(3)}  P ${(100 * hit / Math.max(1, p.size)).toFixed(0).padStart(3)}  R ${(100 * hit / Math.max(1, g.size)).toFixed(0).padStart(3)}`);
  if (showErrors) {
    const show = (s: Span): string => `${s.type}:${f.text.slice(s.start, s.end)}`;
    for (const s of pred) if (!g.has(key(s))) console.log('   FP', show(s));
    for (const s of gold) if (!p.has(key(s))) console.log('   FN', show(s));
  }
}
const P = tp / (tp + fp), R = tp / (tp + fn);
const f1 = (t: { tp: number; fp: number; fn: number }): string => (200 * t.tp / Math.max(1, 2 * t.tp + t.fp + t.fn)).toFixed(1);
const types = [...byType].sort().map(([type, t]) => `${type} ${f1(t)}`).join(', ');
console.log(`${name}: P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(200 * P * R / (P + R)).toFixed(1)} (${tp} right, ${fp} wrong, ${fn} missed; F1 by type: ${types})`);
}

const fileAt = process.argv.indexOf('--file');
if (fileAt > 0) {
  const file = process.argv[fileAt + 1];
  score(file, JSON.parse(readFileSync(file, 'utf8')) as typeof WIRE_GENRES);
} else {
  score('tuned (wireGenres.ts)', WIRE_GENRES);
  score('held out (wireHeldout.ts)', WIRE_HELDOUT);
}
