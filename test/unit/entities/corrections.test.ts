import assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../../src/core/analyze';
import { checkCorrections, MAX_CORRECTIONS_FILE_BYTES, MAX_PROBLEMS, parseCorrections } from '../../../src/core/entities/corrections';

const text = ' date 2025-05-20 Left Menu\nEnvoys meet as aid talks resume\n\nTibetan exiles in India held a vigil. A spokesman for the group, Tenzin Dorje, said Tibetans abroad would keep pressing for talks with Beijing.\n\nTenzin  Dorje later met reporters in Dharamsala.';

describe('checkCorrections', () => {
  it('keeps usable names and types, in any case, and says nothing when all is well', () => {
    const { corrections, problems } = checkCorrections({ notEntities: [' Beijing '], entities: { 'Tenzin Dorje': 'person', 'Tibetan exiles': 'Organisation' } });
    assert.deepEqual(problems, []);
    assert.deepEqual(corrections, { notEntities: ['Beijing'], entities: { 'Tenzin Dorje': 'PERSON', 'Tibetan exiles': 'ORG' } });
  });

  it('names each unusable entry and keeps the rest', () => {
    const { corrections, problems } = checkCorrections({ notEntities: ['Beijing', 3, '', '!!!'], entities: { India: 'COUNTRY', Dharamsala: 'PLACE' }, future: true });
    assert.deepEqual(corrections, { notEntities: ['Beijing'], entities: { Dharamsala: 'PLACE' } });
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.ok(problems.some(p => p.includes('"India"') && p.includes('"COUNTRY"')));
  });

  it('rejects content that is not an object, and accepts nothing at all', () => {
    for (const bad of [null, [], 'x', 3]) {
      const r = checkCorrections(bad);
      assert.deepEqual(r.corrections, {});
      assert.equal(r.problems.length, 1);
    }
    assert.deepEqual(checkCorrections(undefined), { corrections: {}, problems: [] });
    assert.deepEqual(checkCorrections({ notEntities: 'Beijing', entities: [] }).problems.length, 2);
  });
});

describe('parseCorrections', () => {
  it('reads JSON with or without a byte-order mark, and blank text as no corrections', () => {
    assert.deepEqual(parseCorrections('\uFEFF{"notEntities": ["Beijing"]}'), { corrections: { notEntities: ['Beijing'] }, problems: [], isJson: true });
    assert.deepEqual(parseCorrections(' \n'), { corrections: {}, problems: [], isJson: true });
  });

  it('says so when the text is not JSON, and applies nothing', () => {
    const r = parseCorrections('{ "notEntities": [');
    assert.equal(r.isJson, false);
    assert.deepEqual(r.corrections, {});
    assert.match(r.problems[0], /^it is not valid JSON/);
  });
});

describe('corrections files are untrusted input (issue 13, item 2)', () => {
  it('a file nested 20,000 deep gives problems, not a RangeError', () => {
    const deep = `{"notEntities": [${'['.repeat(20_000)}${']'.repeat(20_000)}, "Beijing"], "entities": {"x": ${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}}`;
    const r = parseCorrections(deep);
    assert.equal(r.isJson, true);
    assert.deepEqual(r.corrections, { notEntities: ['Beijing'] });
    assert.equal(r.problems.length, 2, r.problems.join('\n'));
    assert.ok(r.problems.every(p => p.length < 200), 'a problem describes the value, never prints it');
  });

  it('"__proto__" and "constructor" are names or bad types, never Object\'s members', () => {
    const r = parseCorrections('{"entities": {"__proto__": "person", "constructor": "place", "Tenzin Dorje": "constructor", "Dharamsala": "__proto__", "Lhasa": "toString"}}');
    const entities = r.corrections.entities ?? {};
    assert.deepEqual(Object.entries(entities), [['__proto__', 'PERSON'], ['constructor', 'PLACE']]);
    assert.equal(Object.getPrototypeOf(entities), Object.prototype, 'the record keeps its ordinary prototype');
    assert.equal(r.problems.length, 3, r.problems.join('\n'));
    assert.ok(r.problems.every(p => /must be PERSON, ORG or PLACE, not "(constructor|__proto__|toString)"/.test(p)));
    const a = analyze('The constructor met Tenzin Dorje.', { corrections: r.corrections });
    assert.deepEqual(a.mentions.filter(m => m.reason === 'user:corrections').map(m => `${m.type}:${m.text}`), ['PLACE:constructor']);
    assert.ok(a.entities.every(e => ['PERSON', 'ORG', 'PLACE', 'COUNTRY'].includes(e.type)));
  });

  it('a file over the size cap is refused whole, and says so without quoting it', () => {
    const big = JSON.stringify({ notEntities: ['secret first line'], pad: 'x'.repeat(MAX_CORRECTIONS_FILE_BYTES) });
    const r = parseCorrections(big);
    assert.equal(r.isJson, false);
    assert.deepEqual(r.corrections, {});
    assert.equal(r.problems.length, 1);
    assert.doesNotMatch(r.problems[0], /secret/);
  });

  it('a file that is not JSON is reported by line and column, never by quoting its text', () => {
    for (const text of ['root:x:0:0:root:/root:/bin/bash\n', '{"notEntities": ["a"] secret}', 'secret']) {
      const r = parseCorrections(text);
      assert.equal(r.isJson, false);
      assert.doesNotMatch(r.problems[0], /secret|root:x/, r.problems[0]);
    }
    assert.match(parseCorrections('{\n  "notEntities": ["a"] secret}').problems[0], /line 2, column 24/);
  });

  it('lists at most MAX_PROBLEMS problems and counts the rest', () => {
    const r = checkCorrections({ notEntities: Array.from({ length: 5000 }, (_, i) => i) });
    assert.equal(r.problems.length, MAX_PROBLEMS + 1);
    assert.equal(r.problems[MAX_PROBLEMS], `${5000 - MAX_PROBLEMS} more problems`);
  });
});

describe('analyze with corrections', function () {
  this.timeout(20000);
  const names = (a: ReturnType<typeof analyze>) => a.entities.map(e => `${e.type}:${e.canonical}`);

  it('drops every mention of a name that is not an entity, in any case', () => {
    const plain = analyze(text);
    assert.ok(names(plain).includes('PLACE:Beijing'), names(plain).join(', '));
    const corrected = analyze(text, { corrections: { notEntities: ['beijing'] } });
    assert.ok(!names(corrected).includes('PLACE:Beijing'));
    assert.ok(!corrected.countries.some(c => c.code === 'CN' && c.mentions.some(m => m.text === 'Beijing')));
  });

  it('makes each whole-word occurrence of a named entity a mention of its type, replacing what it overlaps', () => {
    const corrected = analyze(text, { corrections: { entities: { 'Tenzin Dorje': 'PERSON', 'Tibetan exiles': 'ORG' } } });
    const tenzin = corrected.entities.find(e => e.canonical === 'Tenzin Dorje');
    assert.equal(tenzin?.type, 'PERSON');
    assert.deepEqual(tenzin?.mentions.map(m => text.slice(m.start, m.end)), ['Tenzin Dorje', 'Tenzin  Dorje']);
    assert.ok(tenzin?.mentions.every(m => m.reason === 'user:corrections' && m.paragraph >= 0));
    const exiles = corrected.entities.find(e => e.canonical === 'Tibetan exiles');
    assert.equal(exiles?.type, 'ORG');
    assert.ok(!corrected.mentions.some(m => m.text === 'Tibetan'), 'the demonym inside the corrected name is replaced');
    for (let i = 1; i < corrected.mentions.length; i++) assert.ok(corrected.mentions[i - 1].end <= corrected.mentions[i].start);
  });

  it('does not match a name inside a longer word', () => {
    const corrected = analyze('Indianapolis is not India.', { corrections: { entities: { India: 'PLACE' } } });
    const byUser = corrected.mentions.filter(m => m.reason === 'user:corrections');
    assert.deepEqual(byUser.map(m => `${m.type}:${m.text}`), ['PLACE:India']);
  });

  it('gives the same result through a reused analyzer as through a fresh analysis', () => {
    const options = { corrections: { notEntities: ['Left Menu', 'India'], entities: { Dharamsala: 'PLACE' as const } } };
    const analyzer = new Analyzer(options);
    analyzer.analyze(text.replace('vigil', 'prayer vigil'));
    assert.deepEqual(analyzer.analyze(text), analyze(text, options));
  });
});
