/**
 * Measures theme detection on the CAP NYT dev set (evaluation only: nothing from it is shipped).
 *
 *   npx tsx scripts/evalThemes.ts [--errors]
 *
 * Each record's `text` ("headline. summary") becomes a two-paragraph article: the headline up to the
 * first ". " and the rest as the lead. Predictions go to `.eval/themes.jsonl`, then the shared
 * scorer runs. With --errors, a confusion summary (gold -> predicted) is printed as well.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { detectThemes, type ThemeParagraph } from '../src/core/themes';

const GOLD = '/work/shared/eval/cap-themes-dev.jsonl';
const SCORER = '/work/shared/eval/score-themes.mjs';
const OUT = '.eval/themes.jsonl';

interface GoldRecord { id: string; text: string; cap_major: number }

function paragraphsOf(text: string): ThemeParagraph[] {
  const cut = text.indexOf('. ');
  if (cut < 0) return [{ start: 0, end: text.length, kind: 'headline' }];
  return [{ start: 0, end: cut + 1, kind: 'headline' }, { start: cut + 2, end: text.length, kind: 'lead' }];
}

const records = readFileSync(GOLD, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
const started = performance.now();
let chars = 0;
const lines: string[] = [];
const confusion = new Map<string, number>();
for (const r of records) {
  chars += r.text.length;
  const themes = detectThemes(r.text, paragraphsOf(r.text));
  lines.push(JSON.stringify({ id: r.id, themes: themes.map((t) => ({ code: t.code, name: t.name, score: t.score })) }));
  const top = themes[0]?.code ?? 0;
  if (top !== r.cap_major) confusion.set(`${r.cap_major} -> ${top}`, (confusion.get(`${r.cap_major} -> ${top}`) ?? 0) + 1);
}
const ms = performance.now() - started;
mkdirSync('.eval', { recursive: true });
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${records.length} records, ${chars} chars in ${ms.toFixed(0)} ms`);
console.log(execFileSync('node', [SCORER, GOLD, OUT], { encoding: 'utf8' }));
if (process.argv.includes('--errors')) {
  const worst = [...confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(worst.map(([k, v]) => `${k}: ${v}`).join('\n'));
}
