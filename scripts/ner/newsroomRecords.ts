/**
 * Projects the newsroom articles' gold lists (test/newsroom/x.gold.json beside x.txt; format in scripts/newsroom.ts)
 * onto their texts: span-annotated training records in the shape of the GMB extract, one per analysis unit (the
 * paragraphs the engine reads one at a time), for scripts/trainNer.ts and scripts/trainSpanTypes.ts.
 *
 *   npx tsx scripts/ner/newsroomRecords.ts [--dir test/newsroom] [--sets c,d,e,f,g,h] [--mixed loc|country|org]
 *     [--out .train/ner-newsroom.jsonl]
 *
 * Records: {"id","text","entities":[{"start","end","type","text"}]}, types PERSON, ORG, LOC (a gold PLACE) and GPE (a
 * nationality written for a country: "Pakistani"). Every form of every gold entity is matched as written and in
 * capitals ("RAWALPINDI"), whole words only, longest match first. An entity a reader accepts as an organisation or a
 * place (a club named after its town, a side named after its country, a gallery) is a place, as GMB tags a country or
 * town that acts (--mixed loc, the default); --mixed country makes only countries places and the rest organisations,
 * --mixed org makes all organisations. A sentence where one span would take two types (a form listed for two
 * entities of different types) or two matches of one length overlap is left out: its unit is cut around it, so every
 * record's labels are whole. --sets keeps the articles whose names start with those letters (a leave-out: train on
 * c..h, score m and n).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { findCountryMentions, isDemonymWord } from '../../src/core/countries/resolver';
import { articleUnits } from '../../src/core/pipeline/units';
import { tokenize } from '../../src/core/nlp/tokens';
import { type GoldEntity, wholeFormPattern } from '../newsroomScore';

type SpanType = 'PERSON' | 'ORG' | 'LOC' | 'GPE';
interface Match { start: number; end: number; type: SpanType }

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dir = path.resolve(option('dir') ?? path.join(__dirname, '../../test/newsroom'));
const sets = option('sets')?.split(',');
const mixed = option('mixed') ?? 'loc';
const outFile = option('out') ?? path.join(__dirname, '../../.train/ner-newsroom.jsonl');

/** The span type a form of `g` takes, or undefined when a reader accepts types no single label covers. */
function formType(g: GoldEntity, form: string): SpanType | undefined {
  const types = typeof g.type === 'string' ? [g.type] : [...g.type];
  if (types.includes('PLACE') && isDemonymWord(form)) return 'GPE';
  if (types.length === 1) return types[0] === 'PERSON' ? 'PERSON' : types[0] === 'ORG' ? 'ORG' : 'LOC';
  if (types.length === 2 && types.includes('ORG') && types.includes('PLACE')) return mixed === 'loc' || (mixed === 'country' && isCountryName(form)) ? 'LOC' : 'ORG';
  return undefined;
}

/** Whether the whole form is a country's name or alias ("England", "South Africa"), as the country gazetteer reads it. */
function isCountryName(form: string): boolean {
  const hits = findCountryMentions(form);
  return hits.length === 1 && hits[0].start === 0 && hits[0].end === form.length && hits[0].type === 'COUNTRY';
}


/** Every whole-word match of every form (as written and in capitals), with the type it takes ('?' when forms disagree). */
function allMatches(text: string, gold: readonly GoldEntity[]): { start: number; end: number; type: SpanType | '?' }[] {
  const typeOf = new Map<string, SpanType | '?'>();
  for (const g of gold) {
    for (const name of [g.name, ...(g.aliases ?? [])]) {
      const form = name.replace(/[‘’ʼ]/g, "'").trim();
      for (const f of new Set([form, form.toUpperCase()])) {
        const t = formType(g, form) ?? '?';
        const had = typeOf.get(f);
        typeOf.set(f, had === undefined || had === t ? t : '?');
      }
    }
  }
  const straight = text.replace(/[‘’ʼ]/g, "'");
  const out: { start: number; end: number; type: SpanType | '?' }[] = [];
  for (const [form, type] of typeOf) {
    for (const m of straight.matchAll(wholeFormPattern(form))) out.push({ start: m.index, end: m.index + m[0].length, type });
  }
  return out;
}

/** Longest match first; `ambiguous` holds the spans of unresolved types and of equal-length overlaps. */
function resolve(matches: ReturnType<typeof allMatches>): { kept: Match[]; ambiguous: { start: number; end: number }[] } {
  const sorted = [...matches].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  const taken: { start: number; end: number; len: number }[] = [];
  const ambiguous: { start: number; end: number }[] = [];
  for (const m of sorted) {
    const clash = taken.find(t => t.start < m.end && m.start < t.end);
    if (clash) {
      if (clash.len === m.end - m.start && !(clash.start === m.start && clash.end === m.end)) ambiguous.push(m);
      continue;
    }
    taken.push({ start: m.start, end: m.end, len: m.end - m.start });
    if (m.type === '?') ambiguous.push(m);
    else kept.push({ start: m.start, end: m.end, type: m.type });
  }
  return { kept, ambiguous };
}

/**
 * The unit [start, end) cut into pieces that leave out its sentences holding an ambiguous span; a sentence runs to
 * the next one's first word, so it keeps its closing punctuation.
 */
function pieces(text: string, start: number, end: number, ambiguous: readonly { start: number; end: number }[]): [number, number][] {
  if (ambiguous.length === 0) return [[start, end]];
  const firsts = tokenize(text.slice(start, end)).filter(t => t.isFirst).map(t => start + t.start);
  const bounds = [start, ...firsts.slice(1), end];
  const out: [number, number][] = [];
  let from: number | undefined;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [s, e] = [bounds[k], bounds[k + 1]];
    if (ambiguous.some(a => a.start < e && s < a.end)) {
      if (from !== undefined) out.push([from, trimEnd(text, from, s)]);
      from = undefined;
    } else from ??= s;
  }
  if (from !== undefined) out.push([from, trimEnd(text, from, end)]);
  return out;
}

const trimEnd = (text: string, from: number, to: number): number => from + text.slice(from, to).trimEnd().length;

function main(): void {
  const names = fs.readdirSync(dir).filter(f => f.endsWith('.gold.json')).map(f => f.replace(/\.gold\.json$/, ''))
    .filter(n => !sets || sets.includes(n.match(/^\D*/)![0])).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const lines: string[] = [];
  let spans = 0;
  let dropped = 0;
  for (const name of names) {
    const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    const gold = (JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as { entities: GoldEntity[] }).entities;
    const { kept, ambiguous } = resolve(allMatches(text, gold));
    const units = articleUnits(text, parseArticle(text));
    units.forEach((u, k) => {
      const parts = pieces(text, u.start, u.end, ambiguous.filter(a => a.start < u.end && u.start < a.end));
      dropped += ambiguous.filter(a => a.start < u.end && u.start < a.end).length;
      parts.forEach(([s, e], j) => {
        const entities = kept.filter(m => m.start >= s && m.end <= e)
          .sort((a, b) => a.start - b.start)
          .map(m => ({ start: m.start - s, end: m.end - s, type: m.type, text: text.slice(m.start, m.end) }));
        spans += entities.length;
        lines.push(JSON.stringify({ id: `newsroom-${name}-${k}${parts.length > 1 ? `.${j}` : ''}`, text: text.slice(s, e), entities }));
      });
    });
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, lines.join('\n') + '\n');
  console.log(`${names.length} articles -> ${lines.length} records, ${spans} spans (${dropped} ambiguous spans left out with their sentences) -> ${outFile}`);
}

main();
