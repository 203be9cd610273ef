import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze, Analyzer } from '../../src/core/analyze';
import { toJsonlRecord } from '../../src/core/outputs/export';
import type { Analysis, Entity, EntityType } from '../../src/core/model';

const seed = fs.readFileSync(path.join(__dirname, '../../samples/india-japan-strategic-dialogue.txt'), 'utf8');

function entity(a: Analysis, type: EntityType, canonical: string): Entity {
  const e = a.entities.find(x => x.type === type && x.canonical === canonical);
  assert.ok(e, `no ${type} "${canonical}" among ${a.entities.map(x => `${x.type}:${x.canonical}`).join(', ')}`);
  return e;
}

describe('analyze: the seed article (first acceptance test)', function () {
  this.timeout(20000);
  const a = analyze(seed);

  it('finds S Jaishankar (4 mentions, role kept apart) and Toshimitsu Motegi (2)', () => {
    const j = entity(a, 'PERSON', 'S Jaishankar');
    assert.equal(j.mentions.length, 4);
    assert.deepEqual(new Set(j.mentions.map(m => m.text)), new Set(['S Jaishankar', 'Jaishankar']));
    assert.equal(j.role, 'External Affairs Minister');
    const m = entity(a, 'PERSON', 'Toshimitsu Motegi');
    assert.deepEqual(m.mentions.map(x => x.text), ['Toshimitsu Motegi', 'Motegi']);
  });

  it('resolves the countries, including the demonym, the capital and "US"', () => {
    const codes = new Set(a.countries.map(c => c.code));
    for (const code of ['IN', 'JP', 'US', 'AU', 'LK', 'BD', 'MM', 'CN']) assert.ok(codes.has(code), `missing ${code} in ${[...codes]}`);
    const japan = a.countries.find(c => c.code === 'JP')!;
    const vias = new Set(japan.mentions.map(m => `${m.via}:${m.text}`));
    assert.ok(vias.has('demonym:Japanese'), [...vias].join(', '));
    assert.ok(vias.has('capital:Tokyo'), [...vias].join(', '));
    const tokyo = a.mentions.find(m => m.text === 'Tokyo')!;
    assert.equal(tokyo.type, 'PLACE');
    assert.equal(tokyo.countryCode, 'JP');
    const us = a.mentions.find(m => m.text === 'US')!;
    assert.equal(us.countryCode, 'US');
    assert.equal(japan.flag, '🇯🇵');
  });

  it('splits "India-Japan" into two countries', () => {
    const at = seed.indexOf('India-Japan collaboration');
    const inside = a.mentions.filter(m => m.start >= at && m.end <= at + 'India-Japan'.length);
    assert.deepEqual(inside.map(m => [m.text, m.countryCode]), [['India', 'IN'], ['Japan', 'JP']]);
  });

  it('finds the United Nations, the Quadrilateral coalition and the Indo-Pacific', () => {
    const orgs = a.entities.filter(e => e.type === 'ORG').map(e => e.canonical);
    assert.ok(orgs.some(o => /United Nations/.test(o)), orgs.join(', '));
    assert.ok(orgs.some(o => /Quad/.test(o)), orgs.join(', '));
    const places = a.entities.filter(e => e.type === 'PLACE').map(e => e.canonical);
    assert.ok(places.includes('Indo-Pacific'), places.join(', '));
  });

  it('touches International Affairs, Defense, Technology and Health', () => {
    const codes = a.themes.map(t => t.code);
    for (const code of [19, 16, 17, 3]) assert.ok(codes.includes(code), `theme ${code} missing from ${codes}`);
    const tech = a.themes.find(t => t.code === 17)!;
    assert.ok(tech.evidence.some(e => e.text === '5G'), tech.evidence.map(e => e.text).join(', '));
  });

  it('makes no junk entities from the header, titles or weekdays', () => {
    const names = a.entities.map(e => e.canonical);
    for (const junk of ['Left Menu', 'Menu', 'Minister', 'Wednesday', 'External Affairs Minister']) {
      assert.ok(!names.includes(junk), `junk entity ${junk}`);
    }
    const header = a.article.header!;
    assert.ok(a.mentions.every(m => m.start >= header.end), 'a mention on the header line');
  });

  it('keeps every span true to the text, sorted and non-overlapping', () => {
    let last = -1;
    for (const m of a.mentions) {
      assert.equal(seed.slice(m.start, m.end), m.text);
      assert.ok(m.start >= last, 'mentions overlap or are out of order');
      last = m.end;
    }
    for (const t of a.themes) for (const e of t.evidence) assert.equal(seed.slice(e.start, e.end), e.text);
  });

  it('ranks entities by salience with rank 1 the most salient', () => {
    const ranks = a.entities.map(e => e.rank).sort((x, y) => x - y);
    assert.deepEqual(ranks, a.entities.map((_, i) => i + 1));
    const top = a.entities.find(e => e.rank === 1)!;
    assert.ok(['India', 'Japan'].includes(top.canonical), `top entity ${top.canonical}`);
  });
});

describe('analyze: demonyms of parts of a country', function () {
  this.timeout(20000);

  it('groups "Tibetan", "Tibetans" and "Tibet" into the place Tibet, carrying China', () => {
    const text = 'Tibetan monks marched in Lhasa on Monday.\n\nPolice said Tibetans had gathered. Tibet remains closed to reporters.';
    const tibet = entity(analyze(text), 'PLACE', 'Tibet');
    assert.equal(tibet.countryCode, 'CN');
    assert.deepEqual(tibet.mentions.map(m => [text.slice(m.start, m.end), m.via]), [['Tibetan', 'demonym'], ['Tibetans', 'demonym'], ['Tibet', 'alias']]);
    const record = toJsonlRecord('t', analyze(text));
    assert.ok(record.entities.some(m => m.text === 'Tibetan' && m.type === 'PLACE' && m.countryCode === 'CN' && m.via === 'demonym' && m.canonical === 'Tibet'));
  });

  it('reads "Scottish" as Scotland in the United Kingdom, not as the state', () => {
    const text = 'Scottish voters went to the polls on Thursday.';
    assert.equal(entity(analyze(text), 'PLACE', 'Scotland').countryCode, 'GB');
    assert.ok(!analyze(text).entities.some(e => e.type === 'COUNTRY'));
  });
});

describe('analyze: organisations named after a country', function () {
  it('lists the country with the organisation among its mentions; the JSONL gives the code but no via', () => {
    const text = 'The Palestinian Authority said on Monday that talks would resume.';
    const a = analyze(text);
    const ps = a.countries.find(c => c.code === 'PS');
    assert.ok(ps, a.countries.map(c => c.code).join(','));
    assert.deepEqual(ps.mentions.map(m => m.text), ['Palestinian Authority']);
    assert.equal(entity(a, 'ORG', 'Palestinian Authority').countryCode, 'PS');
    const record = toJsonlRecord('t', a);
    const org = record.entities.find(m => m.type === 'ORG');
    assert.equal(org?.countryCode, 'PS');
    assert.equal(org?.via, undefined);
  });
});

describe('analyze: capitals that host international bodies', function () {
  it('reads Brussels as a place without Belgium when the article is about the EU or NATO, and as Belgium otherwise', () => {
    const eu = 'BRUSSELS, March 4 - European Union ministers met in Brussels on Tuesday.';
    const a = analyze(eu);
    assert.equal(entity(a, 'PLACE', 'Brussels').countryCode, undefined);
    assert.ok(!a.countries.some(c => c.code === 'BE'), a.countries.map(c => c.code).join(','));
    assert.ok(a.mentions.filter(m => m.text.toLowerCase() === 'brussels').every(m => m.via === undefined && /seat of bodies/.test(m.reason)));
    const local = analyze('Police in Brussels arrested two men on Monday.');
    assert.equal(entity(local, 'PLACE', 'Brussels').countryCode, 'BE');
    assert.ok(local.countries.some(c => c.code === 'BE'));
  });

  it('does the same for The Hague in news about the international courts', () => {
    const a = analyze('The International Criminal Court in The Hague issued a warrant on Friday.');
    assert.ok(!a.countries.some(c => c.code === 'NL'), a.countries.map(c => c.code).join(','));
  });
});

describe('Analyzer', function () {
  this.timeout(20000);

  it('reuses unchanged paragraphs and still equals a fresh analysis after an edit', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(seed);
    const edited = seed.replace('Jaishankar and Motegi are also understood', 'Jaishankar and Motegi met Scott Morrison and are understood');
    const work = analyzer.work(edited);
    const reused = work.units.filter((_, i) => work.isCached(i)).length;
    assert.equal(reused, work.units.length - 1);
    assert.deepEqual(analyzer.analyze(edited), analyze(edited));
  });

  it('keeps every unit of an article with more units than its cache limit (4,000) for the next version', function () {
    this.timeout(120000);
    const text = Array.from({ length: 4200 }, (_, i) => `Note ${i}.`).join('\n\n');
    const analyzer = new Analyzer();
    const first = analyzer.work(text);
    first.units.forEach((_, i) => first.run(i));
    assert.ok(first.units.length > 4000, `${first.units.length} units`);
    const edited = text.replace('Note 7.', 'Note seven.');
    const work = analyzer.work(edited);
    // Whether each unit is still cached when its turn comes: none may be lost to the cache's own upkeep.
    const analysed = work.units.filter((_, i) => {
      const isCached = work.isCached(i);
      work.run(i);
      return !isCached;
    });
    assert.deepEqual(analysed.map(u => edited.slice(u.start, u.end)), ['Note seven.']);
  });

  it('gives an empty analysis for empty and blank text', () => {
    for (const text of ['', ' \n\t\r\n']) {
      const a = analyze(text);
      assert.equal(a.entities.length, 0);
      assert.equal(a.themes.length, 0);
      assert.equal(a.wordCount, 0);
      assert.equal(a.textLength, text.length);
    }
  });
});

describe('toJsonlRecord', function () {
  this.timeout(20000);

  it('writes one mention per line item, sorted, with canonical names and country fields', () => {
    const r = toJsonlRecord('seed', analyze(seed));
    assert.equal(r.id, 'seed');
    const motegi = r.entities.filter(e => e.canonical === 'Toshimitsu Motegi');
    assert.deepEqual(motegi.map(e => e.text), ['Toshimitsu Motegi', 'Motegi']);
    assert.equal(new Set(motegi.map(e => e.entityId)).size, 1);
    const japanese = r.entities.find(e => e.text === 'Japanese')!;
    assert.deepEqual([japanese.type, japanese.countryCode, japanese.via], ['COUNTRY', 'JP', 'demonym']);
    for (let i = 1; i < r.entities.length; i++) assert.ok(r.entities[i].start >= r.entities[i - 1].end);
    assert.ok(r.themes.length > 0 && typeof r.themes[0].iptc === 'string');
  });
});

describe('Analyzer.work: a partial analysis', () => {
  it('has no lead while only the headline has run (its offsets stay inside the partial text)', () => {
    const text = 'Ministers meet in Tokyo\n\nThe foreign ministers of India and Japan met in Tokyo on Monday.\n\nThey spoke for an hour.';
    const work = new Analyzer().work(text);
    const headline = work.units.findIndex(u => u.start === 0);
    work.run(headline);
    const partial = work.partial();
    assert.ok(partial.textLength < text.length, `partial of ${partial.textLength}`);
    assert.equal(partial.article.lead, undefined);
    work.units.forEach((_, i) => work.run(i));
    const whole = work.partial();
    assert.deepEqual(whole.article.lead && text.slice(whole.article.lead.start, whole.article.lead.end),
      'The foreign ministers of India and Japan met in Tokyo on Monday.');
  });
});
