// Measures the country resolver on the GMB dev set (Groningen Meaning Bank, Bos et al., 2017).
//
//   npm run gen && npx tsx scripts/evalDemonyms.ts [--errors]
//
// 1. Demonyms: hits with via 'demonym' as GPE vs gold GPE (GMB's gpe is mostly demonyms),
//    written to .eval/demonyms.jsonl and scored by /work/shared/eval/score.mjs (exact and lenient).
//    With --errors, false positives/negatives go to .eval/demonyms-errors.txt.
// 2. Country names: hits with via 'name'/'alias' vs gold LOC spans whose text is a country's
//    common name in the raw dataset (an independent yardstick), plus where our name hits land.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import worldCountries from 'world-countries';
import { findCountryMentions, type CountryHit } from '../src/core/countries/resolver';
import { NOT_COUNTRY_WORDS } from '../src/core/countries/blockRules';

const EVAL_DIR = process.env.NEWS_LENS_EVAL_DIR ?? '/work/shared/eval';
const GOLD = `${EVAL_DIR}/gmb-ner-dev.jsonl`;
const OUT_DIR = '.eval';
const PRED = `${OUT_DIR}/demonyms.jsonl`;

interface GoldEntity { start: number; end: number; type: string; text: string }
interface GoldRecord { id: string; text: string; entities: GoldEntity[] }

const records: GoldRecord[] = readFileSync(GOLD, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
mkdirSync(OUT_DIR, { recursive: true });

const hitsById = new Map<string, CountryHit[]>();
const key = (s: number, e: number): string => `${s}:${e}`;
for (const r of records) hitsById.set(r.id, findCountryMentions(r.text)); // also warms up the JIT
const ROUNDS = 5;
let chars = 0;
const t0 = performance.now();
for (let k = 0; k < ROUNDS; k++) for (const r of records) chars += findCountryMentions(r.text).length >= 0 ? r.text.length : 0;
const ms = performance.now() - t0;

const lines = records.map((r) => JSON.stringify({
  id: r.id,
  entities: hitsById.get(r.id)!.filter((h) => h.via === 'demonym').map((h) => ({ start: h.start, end: h.end, type: 'GPE' })),
}));
writeFileSync(PRED, `${lines.join('\n')}\n`);

const errors = process.argv.includes('--errors') ? ['--errors', `${OUT_DIR}/demonyms-errors.txt`] : [];
console.log(`# Resolver throughput: ${(chars / 1e6).toFixed(2)} M chars in ${ms.toFixed(0)} ms = ${(chars / 1e3 / ms).toFixed(1)} M chars/s (${ROUNDS} warm passes over GMB dev)`);
console.log(`# Demonyms vs gold GPE (${records.length} records)`);
console.log(execFileSync('node', [`${EVAL_DIR}/score.mjs`, GOLD, PRED, '--types', 'GPE', ...errors], { encoding: 'utf8' }));

// --- diagnostic: gold GPE restricted to what a demonym resolver is asked to find ---
// GMB's GPE also holds country names and capitals ("Sudan", "Tehran") and words that are not
// countries by design (continents, ethnic groups). Drop gold GPE spans that our resolver matched
// as a name/alias/capital, and those in NOT_COUNTRY_WORDS (and their plurals).
const notCountry = new Set(NOT_COUNTRY_WORDS.map((r) => r.text));
const restricted = records.map((r) => {
  const named = new Set(hitsById.get(r.id)!.filter((h) => h.via !== 'demonym').map((h) => key(h.start, h.end)));
  const entities = r.entities.filter((e) => e.type !== 'GPE' || (!named.has(key(e.start, e.end))
    && !notCountry.has(e.text) && !notCountry.has(e.text.replace(/s$/, ''))));
  return JSON.stringify({ id: r.id, text: r.text, entities });
});
const RESTRICTED = `${OUT_DIR}/gmb-gpe-demonym-gold.jsonl`;
writeFileSync(RESTRICTED, `${restricted.join('\n')}\n`);
console.log('# Diagnostic: same predictions vs gold GPE without names/capitals and non-country words');
console.log(execFileSync('node', [`${EVAL_DIR}/score.mjs`, RESTRICTED, PRED, '--types', 'GPE'], { encoding: 'utf8' }));

// --- country names vs gold LOC ---
const commonNames = new Set(worldCountries.map((c) => c.name.common));
let goldNames = 0;
let found = 0;
let nameHits = 0;
const landed = new Map<string, number>();
const missed = new Map<string, number>();
for (const r of records) {
  const hits = hitsById.get(r.id)!.filter((h) => h.via === 'name' || h.via === 'alias');
  const hitSpans = new Set(hits.map((h) => key(h.start, h.end)));
  const goldByspan = new Map(r.entities.map((e) => [key(e.start, e.end), e.type]));
  for (const e of r.entities) {
    if (e.type !== 'LOC' || !commonNames.has(e.text)) continue;
    goldNames++;
    if (hitSpans.has(key(e.start, e.end))) found++;
    else missed.set(e.text, (missed.get(e.text) ?? 0) + 1);
  }
  for (const h of hits) {
    nameHits++;
    const type = goldByspan.get(key(h.start, h.end)) ?? 'none';
    landed.set(type, (landed.get(type) ?? 0) + 1);
  }
}
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log('# Country names/aliases vs gold LOC spans that are exactly a dataset common name');
console.log(`gold LOC spans that are a country's common name: ${goldNames}; hit exactly: ${found} (recall ${pct(found, goldNames)})`);
console.log(`missed: ${[...missed].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([t, n]) => `${t}:${n}`).join(' ')}`);
const landedLoc = landed.get('LOC') ?? 0;
console.log(`name/alias hits: ${nameHits}; exactly on a gold span of type ${[...landed].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n} (${pct(n, nameHits)}%)`).join(', ')}`);
console.log(`precision against LOC|GPE|ORG gold spans: ${pct(landedLoc + (landed.get('GPE') ?? 0) + (landed.get('ORG') ?? 0), nameHits)}`);
