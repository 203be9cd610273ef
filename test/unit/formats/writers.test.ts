import assert from 'node:assert/strict';
import { writeBrat } from '../../../src/core/formats/brat';
import { codePointIndex } from '../../../src/core/formats/codePoints';
import { writeConll } from '../../../src/core/formats/conll';
import { writeFormat } from '../../../src/core/formats/index';
import { labelStudioTask } from '../../../src/core/formats/labelStudio';
import { readBrat } from '../../../src/core/formats/readBrat';
import { readJsonl } from '../../../src/core/formats/readJsonl';
import { readLabelStudio } from '../../../src/core/formats/readLabelStudio';
import { writeSpacyLine } from '../../../src/core/formats/spacyJsonl';
import { codePointSlice, TRICKY_TEXT, trickyDocument } from './fixtures';

describe('format writers: offsets in code points over emoji, combining marks, CRLF and a byte-order mark', function () {
  this.timeout(20000);
  const doc = trickyDocument();
  const mentions = doc.analysis.mentions;
  const expected = mentions.map(m => ({ start: m.start, end: m.end, label: m.type, text: m.text }));
  const plain = (spans: readonly { start: number; end: number; label: string; text: string }[]) =>
    spans.map(s => ({ start: s.start, end: s.end, label: s.label, text: s.text }));

  it('the fixture has what the test is about: emoji before mentions, a combining mark, CRLF, a BOM', () => {
    assert.ok(TRICKY_TEXT.startsWith('\uFEFF') && TRICKY_TEXT.includes('\r\n') && TRICKY_TEXT.includes('\u0301'));
    const afterEmoji = mentions.filter(m => codePointIndex(TRICKY_TEXT).toCodePoint(m.start) < m.start);
    assert.ok(afterEmoji.length >= 5, `mentions after an emoji: ${afterEmoji.map(m => m.text).join(', ')}`);
    assert.ok(mentions.some(m => m.text === 'NATO'), 'a mention after the combining mark');
  });

  it('codePointIndex converts both ways at every code point boundary', () => {
    const ix = codePointIndex(TRICKY_TEXT);
    let u = 0;
    [...TRICKY_TEXT].forEach((ch, c) => {
      assert.equal(ix.toUtf16(c), u);
      assert.equal(ix.toCodePoint(u), c);
      u += ch.length;
    });
    assert.equal(ix.length, [...TRICKY_TEXT].length);
    assert.equal(ix.toUtf16(ix.length + 1), -1);
    assert.equal(ix.toUtf16(1.5), -1);
  });

  it('brat: the .txt is the text unchanged, every T line slices it in code points, and it reads back to the mentions', () => {
    const { txt, ann } = writeBrat(doc);
    assert.equal(txt, TRICKY_TEXT);
    const tLines = ann.split('\n').filter(l => l.startsWith('T'));
    assert.equal(tLines.length, mentions.length);
    for (const line of tLines) {
      const [, typeAndOffsets, covered] = line.split('\t');
      const [, s, e] = typeAndOffsets.split(' ');
      assert.equal(codePointSlice(txt, Number(s), Number(e)), covered);
    }
    const back = readBrat(ann, txt);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(plain(back.spans), expected);
    assert.equal(back.spans.find(s => s.text === 'Japanese')?.wikidata, 'Q17');
  });

  it('brat: N lines give Wikidata and ISO ids, A lines how a country was recognised and the role, # the canonical name', () => {
    const { ann } = writeBrat(doc);
    const t = (text: string) => ann.split('\n').find(l => l.startsWith('T') && l.endsWith(`\t${text}`))!.split('\t')[0];
    const japanese = t('Japanese');
    assert.ok(ann.includes(`\tReference ${japanese} Wikidata:Q17\tJapan\n`), ann);
    assert.ok(ann.includes(`\tReference ${japanese} ISO3166-1:JP\tJapan\n`));
    assert.ok(ann.includes(`\tVia ${japanese} demonym\n`));
    assert.ok(ann.includes(`\tAnnotatorNotes ${t('UN')}\tUnited Nations\n`));
    assert.ok(ann.includes(`\tRole ${t('Fumio Kishida')} Prime_Minister\n`));
  });

  it('spaCy/Prodigy and doccano: one line from one writer, spans in code points, reading back to the mentions', () => {
    for (const flavour of ['spacy', 'doccano'] as const) {
      const line = writeSpacyLine(doc, flavour);
      assert.ok(!line.includes('\n'), 'a single line');
      const record = JSON.parse(line);
      assert.equal(record.text, TRICKY_TEXT);
      const spans: { start: number; end: number; label: string }[] = flavour === 'spacy'
        ? record.spans : record.label.map(([start, end, label]: [number, number, string]) => ({ start, end, label }));
      spans.forEach((s, i) => assert.equal(codePointSlice(TRICKY_TEXT, s.start, s.end), mentions[i].text));
      assert.deepEqual(record.meta.themes.map((t: { name: string }) => t.name), doc.analysis.themes.map(t => t.name));
      const back = readJsonl(line, TRICKY_TEXT);
      assert.deepEqual(back.problems, []);
      assert.deepEqual(plain(back.spans), expected, flavour);
    }
    const spacy = JSON.parse(writeSpacyLine(doc, 'spacy'));
    assert.equal(spacy.spans.find((s: { text: string }) => s.text === 'NATO').kb_id, 'Q7184');
    assert.ok(spacy.cats['International Affairs'] > 0);
  });

  it('Label Studio: labels results from "label" to "text" in code points, themes as choices, reading back', () => {
    const task = labelStudioTask(doc) as { data: { text: string }; predictions: { result: { from_name: string; to_name: string; type: string; value: { start: number; end: number; text: string; choices?: string[] } }[] }[] };
    const results = task.predictions[0].result;
    const labels = results.filter(r => r.type === 'labels');
    assert.equal(labels.length, mentions.length);
    for (const r of labels) {
      assert.deepEqual([r.from_name, r.to_name], ['label', 'text']);
      assert.equal(codePointSlice(task.data.text, r.value.start, r.value.end), r.value.text);
    }
    assert.deepEqual(results.find(r => r.type === 'choices')?.value.choices, doc.analysis.themes.map(t => t.name));
    const back = readLabelStudio(writeFormat('labelstudio', [doc]), TRICKY_TEXT);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(plain(back.spans), expected);
  });

  it('CoNLL IOB2: one B- per mention, I- continuing it, the tagged tokens spelling the mentions', () => {
    const conll = writeConll(doc);
    const rows = conll.split('\n').filter(l => l && !l.startsWith('-DOCSTART-')).map(l => l.split('\t'));
    assert.ok(rows.every(r => r.length === 2 && /^(O|[BI]-(PERSON|ORG|PLACE|COUNTRY))$/.test(r[1])), 'two columns, IOB2 tags');
    const found: string[] = [];
    for (const [token, tag] of rows) {
      if (tag.startsWith('B-')) found.push(token);
      else if (tag.startsWith('I-')) found[found.length - 1] += ` ${token}`;
    }
    assert.deepEqual(found, mentions.map(m => m.text.replace(/\s+/g, ' ')));
    assert.ok(conll.startsWith('-DOCSTART-\tO\n\n'));
  });
});
