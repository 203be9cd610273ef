import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { entitiesCsv, markdownReport, quotesCsv } from '../../../src/core/outputs/report';

const seed = fs.readFileSync(path.join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt'), 'utf8');

/** Splits CSV text (RFC 4180) into rows of fields, to check what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') quoted = false; else f += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(f); f = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; } else f += c;
  }
  return rows;
}

describe('markdownReport', function () {
  this.timeout(20000);

  it('summarises the seed: headline, date, countries with flags, people with roles, themes with trigger words', () => {
    const md = markdownReport(seed, analyze(seed), 'seed.txt');
    const lines = md.split('\n');
    assert.equal(lines[0], '# India, Japan hold strategic dialogue; focus on expanding collaboration in third countries');
    assert.match(lines[2], /^2020-10-07 · \d+ words · \d+ paragraphs · source: seed\.txt$/);
    assert.ok(lines.includes('## Countries') && lines.includes('## People') && lines.includes('## Organisations'));
    assert.ok(lines.some(l => /^\| 🇯🇵 \| Japan \| JP \| \d+ \| .*demonym.*capital/.test(l)), md);
    assert.ok(lines.some(l => l.startsWith('| S Jaishankar | External Affairs Minister | 4 |')), md);
    assert.ok(lines.some(l => /^\| International Affairs.* \| 19 \| medtop:\S+ .*\| 0\.\d\d \| .*un reform/.test(l)), md);
  });

  it('keeps table cells intact when names hold pipes, brackets or line breaks', () => {
    const text = 'Talks | day one\n\nThe [Acme|Group] met officials of the Bank of Japan in Tokyo.';
    const a = analyze(text);
    // names as an article could write them, put on real entities
    const entities = a.entities.map((e, i) => (i === 0 ? { ...e, canonical: 'Acme | Group\nLtd [x]' } : e));
    const md = markdownReport(text, { ...a, entities }, 'a|b.txt');
    assert.match(md, /^# Talks \\\| day one$/m);
    assert.match(md, /source: a\\\|b\.txt/);
    assert.match(md, /Acme \\\| Group Ltd \\\[x\\\]/);
    // every row of a table has as many cells as its header
    let width = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      const cells = line.split(/(?<!\\)\|/).length;
      if (width === 0) width = cells;
      assert.equal(cells, width, line);
    }
    assert.ok(md.split('\n').filter(l => l.startsWith('|')).length > 4);
  });

  it('writes a title and no sections for an empty text', () => {
    assert.equal(markdownReport('', analyze(''), 'empty.txt').split('\n')[0], '# empty.txt');
    assert.doesNotMatch(markdownReport('', analyze(''), 'empty.txt'), /^## /m);
  });
});

describe('entitiesCsv', function () {
  this.timeout(20000);

  it('has a header and one row per entity, most salient first', () => {
    const a = analyze(seed);
    const rows = parseCsv(entitiesCsv(a));
    assert.deepEqual(rows[0], ['type', 'name', 'mentions', 'salience', 'rank', 'role', 'country', 'acronym', 'written as', 'first offset', 'wikidata']);
    assert.equal(rows.length, a.entities.length + 1);
    assert.deepEqual(rows.slice(1).map(r => Number(r[4])), a.entities.map(e => e.rank).sort((x, y) => x - y));
    const jaishankar = rows.find(r => r[1] === 'S Jaishankar');
    assert.deepEqual(jaishankar?.slice(0, 3), ['PERSON', 'S Jaishankar', '4']);
    assert.equal(jaishankar?.[5], 'External Affairs Minister');
    assert.equal(rows.find(r => r[1] === 'Japan')?.[6], 'JP');
    assert.equal(rows.find(r => r[1] === 'Japan')?.[10], 'Q17');
    assert.equal(jaishankar?.[10], '', 'a person has no Wikidata id here');
  });

  it('quotes commas, quotes and line breaks, and defuses text a spreadsheet would run as a formula', () => {
    const a = analyze(seed);
    // names as an article's author could write them, put on real entities
    const odd = ['=HYPERLINK("http://x","y")', 'Acme, "the Group"', '@SUM(A1)', '+1 party', 'line\nbreak'];
    const entities = a.entities.map((e, i) => (i < odd.length ? { ...e, canonical: odd[i], role: i === 4 ? 'a, b' : e.role } : e));
    const rows = parseCsv(entitiesCsv({ ...a, entities }));
    const names = rows.slice(1).map(r => r[1]);
    assert.ok(names.includes('\'=HYPERLINK("http://x","y")'), names.join(' | '));
    assert.ok(names.includes('Acme, "the Group"'));
    assert.ok(names.includes('\'@SUM(A1)') && names.includes('\'+1 party') && names.includes('line\nbreak'));
    for (const row of rows) {
      assert.equal(row.length, 11, JSON.stringify(row));
      for (const f of row) assert.doesNotMatch(f, /^[=+@]/);
    }
    assert.ok(entitiesCsv(a).endsWith('\r\n'));
  });
});

describe('quotations in the reports', function () {
  this.timeout(20000);
  const a = analyze(seed);

  it('lists the quotations of the seed in the Markdown summary, with speaker, kind and cue', () => {
    const md = markdownReport(seed, a, 'seed.txt').split('\n');
    const at = md.indexOf('## Quotations');
    assert.ok(at > 0, 'a Quotations section');
    assert.equal(md[at + 2], '| Speaker | Kind | Cue | Quotation |');
    const rows = md.slice(at + 4).filter(l => l.startsWith('| '));
    assert.equal(rows.length, a.quotes.length);
    assert.ok(rows.some(r => r.startsWith('| S Jaishankar | direct | said | Explored further expansion')), rows.join('\n'));
    assert.ok(rows.some(r => r.startsWith('| S Jaishankar | reported | tweeted | the talks covered')), rows.join('\n'));
  });

  it('writes one CSV row per quotation whose offsets slice the quoted words, and none for an article without', () => {
    const rows = parseCsv(quotesCsv(a));
    assert.deepEqual(rows[0], ['speaker', 'speaker id', 'kind', 'cue', 'start', 'end', 'confidence', 'quotation']);
    assert.equal(rows.length, a.quotes.length + 1);
    for (const r of rows.slice(1)) {
      assert.equal(r.length, 8);
      assert.equal(seed.slice(Number(r[4]), Number(r[5])), r[7]);
    }
    assert.ok(rows.some(r => r[0] === 'S Jaishankar' && r[2] === 'direct' && r[3] === 'said'));
    assert.deepEqual(parseCsv(quotesCsv(analyze('Markets rose.\n'))), [rows[0]]);
  });
});
