// The share of shown entities that are plainly wrong on newsroom-style articles (issue 10's main target), and the
// share of the names that matter that are found, judged against a reader's gold list (scripts/newsroomScore.ts).
//   npx tsx scripts/newsroom.ts [--dir DIR] [--list] [--json]
// DIR (default test/newsroom, kept out of test/fixtures: the host tests open that folder as their workspace and count
// its articles) holds articles x.txt, each with x.gold.json beside it:
//   { "entities": [ { "name": "Welsh Rugby Union", "type": "ORG", "aliases": ["WRU"] },
//                   { "name": "Cardiff", "type": ["ORG", "PLACE"] }, { "name": "Lopakhin", "type": "PERSON", "important": false } ] }
// listing every person, organisation and place the article names with every surface form it uses (headline and
// results blocks included); competitions and events are ["ORG"] and not important; works, products, dates and
// sums have no entry. Figures per article, per set (the letters that start the file names: c1..c8 are set c) and
// in all; --list prints each wrong entity with its kind, type, mentions and the passes that made it, and each
// important name missed; --json prints the figures.
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import { formatFigures, judgeArticle, sumVerdicts, type ArticleVerdict, type GoldEntity } from './newsroomScore';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dir = path.resolve(option('dir') ?? path.join(__dirname, '../test/newsroom'));
const names = fs.readdirSync(dir).filter(f => f.endsWith('.txt') && fs.existsSync(path.join(dir, f.replace(/\.txt$/, '.gold.json'))))
  .map(f => f.replace(/\.txt$/, '')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
if (names.length === 0) {
  console.error(`newsroom: no x.txt with x.gold.json in ${dir}`);
  process.exit(2);
}

const verdicts = new Map<string, ArticleVerdict>();
for (const name of names) {
  const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const gold = (JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as { entities: GoldEntity[] }).entities;
  verdicts.set(name, judgeArticle(text, gold, analyze(text, {}).entities));
}
const setOf = (name: string): string => name.match(/^\D*/)![0] || name;
const sets = [...new Set(names.map(setOf))];
const figures = {
  articles: Object.fromEntries(names.map(n => [n, sumVerdicts([verdicts.get(n)!])])),
  sets: Object.fromEntries(sets.map(s => [s, sumVerdicts(names.filter(n => setOf(n) === s).map(n => verdicts.get(n)!))])),
  all: sumVerdicts([...verdicts.values()]),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  for (const name of names) {
    console.log(`${name.padEnd(8)} ${formatFigures(figures.articles[name])}`);
    if (!process.argv.includes('--list')) continue;
    const v = verdicts.get(name)!;
    for (const { entity, kind } of v.wrong) {
      const mentions = [...new Set(entity.mentions.map(m => m.text))].join(' | ');
      const reasons = [...new Set(entity.mentions.map(m => m.reason))].join(', ');
      console.log(`    ${kind.padEnd(10)} ${entity.type.padEnd(7)} ${entity.canonical}  {${mentions}}  (${reasons})`);
    }
    if (v.missed.length > 0) console.log(`    missed: ${v.missed.join('; ')}`);
  }
  if (sets.length > 1) for (const s of sets) console.log(`set ${s.padEnd(4)} ${formatFigures(figures.sets[s])}`);
  console.log(`all      ${formatFigures(figures.all)}`);
}
