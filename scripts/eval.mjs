#!/usr/bin/env node
// Quality benchmark over the CLI's JSONL contract (`dist/cli.js --jsonl`), scored with the shared scorers.
//   node scripts/eval.mjs [--eval-dir ../shared/eval] [--json]
// Runs three measurements and prints their headline figures (full scorer tables go to .eval/*.txt):
//   entities  GMB dev, PERSON/ORG/LOC, exact spans, --strip-titles; PLACE and COUNTRY names/aliases/capitals as LOC
//   demonyms  GMB dev, gold GPE vs mentions recognised by demonym (countries, and parts such as Tibet); also
//             scored without the gold GPE that are country/capital names, which no demonym can match
//   gum       GUM Wikinews dev (real reports and interviews, never trained on), scored like GMB (demonyms left out)
//   precision on GMB and GUM dev, the predicted mentions that overlap no gold span at all, by type and family
//   themes    CAP NYT dev, article-level top theme (plus the most frequent confusions)
//   quotes    the annotated quotation sets written for News Lens (test/unit/quotes/quotes.fixtures.txt, tuned on,
//             and quotes.heldout.txt, never tuned on): detection P/R/F1 (a prediction matches the gold quotation
//             it overlaps most, one to one) and speaker accuracy, direct and reported apart (.eval/quotes.txt)
//   newsroom  the newsroom-style articles with a reader's gold list (test/newsroom): the share of shown
//             entities that are plainly wrong, by kind, and of the important names found (scripts/newsroomScore.ts)
//   heldout   the same for the held-out articles (test/heldout): written blind, never tuned on, figures only
// Errors with context for the entities go to .eval/gmb.errors.txt.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precisionReport } from './precision.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
// The real path: the shared scorers run their command line only when started by their real path (not through a symlink).
const evalDirGiven = path.resolve(root, option('eval-dir', '../shared/eval'));
const evalDir = fs.existsSync(evalDirGiven) ? fs.realpathSync(evalDirGiven) : evalDirGiven;
const outDir = path.join(root, '.eval');
const cli = path.join(root, 'dist/cli.js');
for (const f of [cli, path.join(evalDir, 'score.mjs')]) {
  if (!fs.existsSync(f)) {
    console.error(`eval: ${f} is missing (run \`npm run build\`; the eval data lives in ../shared/eval)`);
    process.exit(2);
  }
}
fs.mkdirSync(outDir, { recursive: true });

const readJsonl = file => fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const writeJsonl = (file, records) => fs.writeFileSync(file, records.map(r => JSON.stringify(r)).join('\n') + '\n');

function predict(goldFile, name) {
  const out = path.join(outDir, `${name}.pred.jsonl`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, '--jsonl', goldFile, '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`the CLI failed on ${goldFile} (exit ${r.status})`);
  return { records: readJsonl(out), seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function score(scorer, gold, pred, args, name) {
  const text = execFileSync(process.execPath, [path.join(evalDir, scorer), gold, pred, ...args, '--json'], { encoding: 'utf8' });
  const tables = execFileSync(process.execPath, [path.join(evalDir, scorer), gold, pred, ...args], { encoding: 'utf8' });
  fs.writeFileSync(path.join(outDir, `${name}.txt`), tables);
  return JSON.parse(text);
}

const results = {};
const precision = [];
const gmb = path.join(evalDir, 'gmb-ner-dev.jsonl');
if (fs.existsSync(gmb)) {
  const { records, seconds } = predict(gmb, 'gmb');
  // Demonyms are GPE in GMB, not LOC: they are scored on their own.
  const entityFile = path.join(outDir, 'gmb.entities.jsonl');
  writeJsonl(entityFile, records.map(r => ({ id: r.id, entities: r.entities.filter(e => e.via !== 'demonym') })));
  const demonymFile = path.join(outDir, 'gmb.demonyms.jsonl');
  writeJsonl(demonymFile, records.map(r => ({ id: r.id, entities: r.entities.filter(e => e.via === 'demonym').map(e => ({ ...e, type: 'GPE' })) })));
  results.entities = score('score.mjs', gmb, entityFile,
    ['--types', 'PERSON,ORG,LOC', '--strip-titles', '--map-pred', 'PLACE:LOC,COUNTRY:LOC', '--errors', path.join(outDir, 'gmb.errors.txt')], 'entities');
  results.demonyms = score('score.mjs', gmb, demonymFile, ['--types', 'GPE'], 'demonyms');
  // GMB's GPE also tags country and capital names acting as agents ("Iran this week restarted", "U.S. troops"),
  // which no demonym can match: those gold spans that the analysis reads as a name, alias or capital are counted,
  // and the demonyms are scored a second time without them (a diagnostic beside the figure above, not instead).
  const gold = readJsonl(gmb);
  const byName = new Map(records.map(r => [r.id, new Set(r.entities.filter(e => e.via && e.via !== 'demonym').map(e => `${e.start}:${e.end}`))]));
  let nameForms = 0;
  const demonymGold = gold.map(g => ({
    ...g,
    entities: g.entities.filter(e => {
      const isName = e.type === 'GPE' && byName.get(g.id)?.has(`${e.start}:${e.end}`);
      if (isName) nameForms++;
      return !isName;
    }),
  }));
  const demonymGoldFile = path.join(outDir, 'gmb.gpe-without-names.jsonl');
  writeJsonl(demonymGoldFile, demonymGold);
  results.demonymsWithoutNames = score('score.mjs', demonymGoldFile, demonymFile, ['--types', 'GPE'], 'demonyms-without-names');
  results.gpeNameForms = nameForms;
  fs.appendFileSync(path.join(outDir, 'demonyms.txt'), `\ngold GPE spans that are country/capital names read as such (no demonym can match them): ${nameForms} of ${results.demonyms.exact.GPE.gold}\n`
    + `recall ceiling for demonym mentions: ${(100 * (1 - nameForms / results.demonyms.exact.GPE.gold)).toFixed(1)}%; scored without them: .eval/demonyms-without-names.txt\n`);
  const report = precisionReport(gold, readJsonl(entityFile), 'GMB dev');
  precision.push(report.text);
  results.gmbJunkShare = report.junk / report.all;
  results.gmbSeconds = seconds;
}
const gum = path.join(evalDir, 'gum-wikinews-dev.jsonl');
if (fs.existsSync(gum)) {
  const { records, seconds } = predict(gum, 'gum');
  const entityFile = path.join(outDir, 'gum.entities.jsonl');
  writeJsonl(entityFile, records.map(r => ({ id: r.id, entities: r.entities.filter(e => e.via !== 'demonym') })));
  results.gum = score('score.mjs', gum, entityFile,
    ['--types', 'PERSON,ORG,LOC', '--strip-titles', '--map-pred', 'PLACE:LOC,COUNTRY:LOC', '--errors', path.join(outDir, 'gum.errors.txt')], 'gum');
  const report = precisionReport(readJsonl(gum), readJsonl(entityFile), 'GUM Wikinews dev');
  precision.push(report.text);
  results.gumJunkShare = report.junk / report.all;
  results.gumSeconds = seconds;
}
if (precision.length > 0) fs.writeFileSync(path.join(outDir, 'precision.txt'), precision.join('\n'));
const cap = path.join(evalDir, 'cap-themes-dev.jsonl');
if (fs.existsSync(cap)) {
  const { records, seconds } = predict(cap, 'cap');
  const themeFile = path.join(outDir, 'cap.themes.jsonl');
  writeJsonl(themeFile, records.map(r => ({ id: r.id, themes: r.themes })));
  results.themes = score('score-themes.mjs', cap, themeFile, [], 'themes');
  // Which topics are taken for which: the errors worth working on, by class (gold -> predicted top theme).
  const gold = new Map(readJsonl(cap).map(r => [r.id, r.cap_major]));
  const confusion = new Map();
  for (const r of records) {
    const key = `${gold.get(r.id)} -> ${r.themes[0]?.code ?? 'none'}`;
    if (gold.get(r.id) !== r.themes[0]?.code) confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
  const worst = [...confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, n]) => `${k}: ${n}`);
  fs.appendFileSync(path.join(outDir, 'themes.txt'), `\nmost frequent confusions (gold CAP code -> predicted top theme)\n${worst.join('\n')}\n`);
  results.capSeconds = seconds;
}

// Quotations: scored with the same parser and scorer as the unit tests (bundled from TypeScript for node), on the
// set the rules were tuned on and on a held-out set written afterwards and never tuned on.
{
  const { build } = await import('esbuild');
  const scorerFile = path.join(outDir, 'quoteFixtures.cjs');
  await build({ entryPoints: [path.join(root, 'test/unit/quotes/quoteFixtures.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: scorerFile, logLevel: 'warning' });
  const { parseQuoteFixtures, scoreQuotes } = createRequire(import.meta.url)(scorerFile);
  const pct = (n, d) => (d === 0 ? '-' : (100 * n / d).toFixed(1));
  const report = [];
  results.quotes = {};
  for (const [name, file] of [['tuning set', 'quotes.fixtures.txt'], ['held-out set', 'quotes.heldout.txt']]) {
    const articles = parseQuoteFixtures(fs.readFileSync(path.join(root, 'test/unit/quotes', file), 'utf8'));
    const input = path.join(outDir, `${path.basename(file, '.txt')}.in.jsonl`);
    writeJsonl(input, articles.map(a => ({ id: a.id, text: a.text })));
    const { records } = predict(input, path.basename(file, '.txt'));
    const q = scoreQuotes(articles, new Map(records.map(r => [r.id, r.quotes])));
    const cases = articles.reduce((n, a) => n + a.gold.length, 0);
    report.push(
      `${name} (${file}): ${articles.length} articles, ${cases} annotated cases (${cases - q.truePositives - q.falseNegatives} of them marks that are no quotation)`,
      `  detection (span overlap): P ${pct(q.truePositives, q.truePositives + q.falsePositives)} / R ${pct(q.truePositives, q.truePositives + q.falseNegatives)} / F1 ${(100 * q.f1).toFixed(1)}  (tp ${q.truePositives}, fp ${q.falsePositives}, fn ${q.falseNegatives})`,
      `  speaker accuracy, direct quotations: ${pct(q.direct.rightSpeaker, q.direct.found)}% (${q.direct.rightSpeaker}/${q.direct.found})`,
      `  speaker accuracy, reported speech:   ${pct(q.reported.rightSpeaker, q.reported.found)}% (${q.reported.rightSpeaker}/${q.reported.found})`,
      '  errors:', ...q.errors.map(e => `    ${e}`), '',
    );
    results.quotes[file] = { ...q, errors: q.errors.length };
  }
  fs.writeFileSync(path.join(outDir, 'quotes.txt'), report.join('\n'));
}

// Newsroom-style articles with a reader's gold list (test/newsroom, scored like scripts/newsroom.ts): the share
// of shown entities that are plainly wrong, by kind, and the share of the important names found (issue 10's target).
// The same for the held-out articles (test/heldout): written after the engine's rules, never tuned on; only their
// figures are printed, never their errors.
{
  const { build } = await import('esbuild');
  const scorerFile = path.join(outDir, 'newsroomScore.cjs');
  await build({ entryPoints: [path.join(root, 'scripts/newsroomScore.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: scorerFile, logLevel: 'warning' });
  const { judgeArticle, sumVerdicts, formatFigures } = createRequire(import.meta.url)(scorerFile);
  const scoreFolder = (folder, name) => {
    const dir = path.join(root, folder);
    const names = fs.readdirSync(dir).filter(f => f.endsWith('.gold.json')).map(f => f.replace(/\.gold\.json$/, '')).sort();
    const input = path.join(outDir, `${name}.in.jsonl`);
    writeJsonl(input, names.map(id => ({ id, text: fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8') })));
    const { records } = predict(input, name);
    const verdicts = records.map(r => {
      const entities = new Map();
      for (const m of r.entities) {
        if (!entities.has(m.entityId)) entities.set(m.entityId, { type: m.type, canonical: m.canonical, mentions: [] });
        entities.get(m.entityId).mentions.push(m);
      }
      const gold = JSON.parse(fs.readFileSync(path.join(dir, `${r.id}.gold.json`), 'utf8')).entities;
      return judgeArticle(fs.readFileSync(path.join(dir, `${r.id}.txt`), 'utf8'), gold, [...entities.values()]);
    });
    return { figures: sumVerdicts(verdicts), count: names.length };
  };
  const newsroom = scoreFolder('test/newsroom', 'newsroom');
  results.newsroom = newsroom.figures;
  results.newsroomLine = `newsroom articles (${newsroom.count}, \`npx tsx scripts/newsroom.ts --list\`): ${formatFigures(results.newsroom)}`;
  const heldout = scoreFolder('test/heldout', 'heldout');
  results.heldout = heldout.figures;
  results.heldoutLine = `held-out articles (${heldout.count}, test/heldout, never tuned on: figures only): ${formatFigures(results.heldout)}`;
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [name, r] of Object.entries(results)) {
    if (typeof r !== 'object' || name === 'demonymsWithoutNames' || name === 'newsroom' || name === 'heldout') continue;
    console.log(`== ${name} (full tables: .eval/${name}.txt)`);
    console.log(fs.readFileSync(path.join(outDir, `${name}.txt`), 'utf8').trim());
    console.log();
  }
  if (results.demonymsWithoutNames) {
    const m = results.demonymsWithoutNames.exact.MICRO;
    console.log(`== demonyms, scored on demonym-form gold (the ${results.gpeNameForms} gold GPE spans the analysis reads as a country or capital name at the same span are names, left out): P ${(100 * m.p).toFixed(1)} / R ${(100 * m.r).toFixed(1)} / F1 ${(100 * m.f1).toFixed(1)}\n`);
  }
  if (precision.length > 0) console.log(`== precision (.eval/precision.txt)\n${precision.join('\n')}`);
  const summary = [];
  if (results.entities) summary.push(`GMB dev micro-F1 ${(100 * results.entities.exact.MICRO.f1).toFixed(1)} (ORG ${(100 * results.entities.exact.ORG.f1).toFixed(1)})`);
  if (results.gum) summary.push(`GUM Wikinews dev micro-F1 ${(100 * results.gum.exact.MICRO.f1).toFixed(1)} (P ${(100 * results.gum.exact.MICRO.p).toFixed(1)} / R ${(100 * results.gum.exact.MICRO.r).toFixed(1)})`);
  if (results.demonymsWithoutNames) summary.push(`demonyms F1 ${(100 * results.demonymsWithoutNames.exact.MICRO.f1).toFixed(1)}`);
  if (results.themes) summary.push(`CAP top-1 ${(100 * results.themes.top1Accuracy).toFixed(1)}%`);
  console.log(`== ${results.newsroomLine}`);
  console.log(`== ${results.heldoutLine}`);
  console.log(`== summary: ${summary.join(' · ')}`);
  console.log(`CLI time: GMB dev ${results.gmbSeconds?.toFixed(1) ?? '-'} s, GUM dev ${results.gumSeconds?.toFixed(1) ?? '-'} s, CAP dev ${results.capSeconds?.toFixed(1) ?? '-'} s`);
}
