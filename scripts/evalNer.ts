/**
 * Entity quality on the GMB dev sample, through the real pipeline (`analyze` per record), plus the speed of
 * the whole analysis against compromise's bare extraction on the same texts.
 *
 *   npx tsx scripts/evalNer.ts [DEV.jsonl] [--limit N] [--errors FILE] [--no-speed] [--unit | --analyze]
 *
 * By default runs the entity part of `analyze` (article model, units, `extractUnit`, `groupMentions`: the same
 * mentions `analyze` reports); `--analyze` runs the whole `analyze` (themes too: use it for the speed figure);
 * `--unit` runs `extractUnit` on each record alone (no grouping).
 *
 * Writes `.eval/ner.jsonl` (PERSON, ORG, PLACE and COUNTRY mentions; country mentions found by demonym are
 * typed GPE, as the gold data types demonyms) and runs `score.mjs` on it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { parseArticle } from '../src/core/article';
import { groupMentions } from '../src/core/group';
import { extractUnit } from '../src/core/nlp/extract';
import { articleUnits } from '../src/core/units';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : undefined;
};
const valued = new Set(['--limit', '--errors']);
const devFile = args.find((a, i) => a.endsWith('.jsonl') && !valued.has(args[i - 1])) ?? '/work/shared/eval/gmb-ner-dev.jsonl';
const scorer = path.join(path.dirname(devFile), 'score.mjs');
const limit = Number(opt('limit') ?? Infinity);
const records = fs.readFileSync(devFile, 'utf8').split('\n').filter(l => l.trim()).slice(0, limit)
  .map(l => JSON.parse(l) as { id: string; text: string });
const outDir = path.join(__dirname, '../.eval');
fs.mkdirSync(outDir, { recursive: true });
const predFile = path.join(outDir, 'ner.jsonl');

interface PredMention { start: number; end: number; text?: string; type: string; reason: string; via?: string }
/** The entity part of `analyze`: article model, units, `extractUnit` per unit, `groupMentions`. */
function entityPipeline(text: string): readonly PredMention[] {
  const article = parseArticle(text);
  const placed = articleUnits(text, article).flatMap(u => extractUnit(text.slice(u.start, u.end))
    .map(m => ({ ...m, start: m.start + u.start, end: m.end + u.start, paragraph: u.paragraph })));
  return groupMentions(text, placed, article).mentions;
}
const mode = args.includes('--unit') ? 'extractUnit' : args.includes('--analyze') ? 'analyze' : 'entities';
const analyzeText: (text: string) => readonly PredMention[] = mode === 'extractUnit'
  ? (text) => extractUnit(text).map(m => ({ ...m, text: text.slice(m.start, m.end) }))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  : mode === 'analyze' ? (text) => (require('../src/core/analyze') as typeof import('../src/core/analyze')).analyze(text).mentions
  : entityPipeline;

const lines: string[] = [];
const t0 = performance.now();
for (const r of records) {
  const entities = analyzeText(r.text).map(m => ({
    start: m.start, end: m.end, text: m.text, type: m.via === 'demonym' ? 'GPE' : m.type, reason: m.reason,
  }));
  lines.push(JSON.stringify({ id: r.id, entities }));
}
const oursMs = performance.now() - t0;
fs.writeFileSync(predFile, lines.join('\n') + '\n');
const scoreArgs = [scorer, devFile, predFile, '--types', 'PERSON,ORG,LOC', '--strip-titles', '--map-pred', 'PLACE:LOC,COUNTRY:LOC'];
const errors = opt('errors');
if (errors) scoreArgs.push('--errors', errors);
if (limit < Infinity) {
  const ids = path.join(outDir, 'ids.txt');
  fs.writeFileSync(ids, records.map(r => r.id).join('\n') + '\n');
  scoreArgs.push('--only-ids', ids);
}
console.log('node ' + scoreArgs.join(' '));
console.log(execFileSync('node', scoreArgs, { encoding: 'utf8' }));

if (!args.includes('--no-speed')) {
  const words = records.reduce((n, r) => n + r.text.split(/\s+/).filter(Boolean).length, 0);
  const bare = (): number => {
    const t = performance.now();
    for (const r of records) {
      const doc = nlp(r.text);
      doc.people().json({ offset: true, terms: {} });
      doc.organizations().json({ offset: true, terms: {} });
      doc.places().json({ offset: true, terms: {} });
    }
    return performance.now() - t;
  };
  const ours = (): number => {
    const t = performance.now();
    for (const r of records) analyzeText(r.text);
    return performance.now() - t;
  };
  // Alternate the two and keep each one's best round: the machine is shared, so single timings are noisy.
  let bareMs = Infinity;
  let ourMs = Infinity;
  for (let round = 0; round < 3; round++) {
    bareMs = Math.min(bareMs, bare());
    ourMs = Math.min(ourMs, ours());
  }
  const wps = (ms: number): number => Math.round(words / ms * 1000);
  console.log(`speed: News Lens ${mode} ${wps(ourMs)} words/s (first pass ${wps(oursMs)}), compromise bare extraction ${wps(bareMs)} words/s, ratio ${(bareMs / ourMs).toFixed(2)}x`);
}
