import assert from 'node:assert/strict';
import { normaliseLabel } from '../../../src/core/formats/gold';
import { readBrat } from '../../../src/core/formats/readBrat';
import { readJsonl } from '../../../src/core/formats/readJsonl';
import { readLabelStudio } from '../../../src/core/formats/readLabelStudio';

const TEXT = '😀 Angela Merkel met NATO in Berlin.\r\nThe café\u0301 closed.';
const slice = (s: { start: number; end: number }) => TEXT.slice(s.start, s.end);

describe('format readers', () => {
  it('normalise common labels to News Lens\'s and keep the others', () => {
    assert.deepEqual(['per', 'ORGANIZATION', 'gpe', 'LOC', 'Country', 'MISC'].map(normaliseLabel), ['PERSON', 'ORG', 'PLACE', 'PLACE', 'COUNTRY', 'MISC']);
  });

  it('brat: reads T spans in code points (after an emoji), discontinuous spans, N Wikidata ids; skips A, #, R lines', () => {
    const ann = 'T1\tPER 2 15\tAngela Merkel\nT2\tORG 20 24\tNATO\nN1\tReference T2 Wikidata:Q7184\tNATO\nA1\tNeg T1\n#1\tAnnotatorNotes T1\tnote\nR1\tMeets Arg1:T1 Arg2:T2\nT3\tLOC 2 8;9 15\tAngela Merkel\n';
    const r = readBrat(ann, TEXT);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.spans.map(s => [slice(s), s.label]), [['Angela Merkel', 'PERSON'], ['Angela Merkel', 'PLACE'], ['NATO', 'ORG']]);
    assert.equal(r.spans.find(s => s.text === 'NATO')?.wikidata, 'Q7184');
  });

  it('brat: a span that does not slice the text, one past its end, or a stray line is reported with its line', () => {
    const r = readBrat('T1\tPER 2 15\tAngela Merkel\nT2\tORG 21 25\tNATO\nT3\tLOC 90 95\tBerlin\nhello\n', TEXT);
    assert.deepEqual(r.problems.map(p => p.line), [2, 3, 4]);
    assert.match(r.problems[0].reason, /reads "ATO " in the article, not "NATO"/);
    assert.match(r.problems[1].reason, /not inside the article's text/);
    assert.match(r.problems[2].reason, /not a brat standoff line/);
  });

  it('JSONL: reads spaCy spans and doccano labels of the record with the article\'s text, skips other records', () => {
    const jsonl = [
      JSON.stringify({ text: 'another article', spans: [{ start: 0, end: 7, label: 'ORG' }] }),
      JSON.stringify({ text: TEXT, spans: [{ start: 2, end: 15, label: 'PERSON', text: 'Angela Merkel' }, { start: 20, end: 24, label: 'ORG', kb_id: 'Q7184' }] }),
    ].join('\r\n');
    const r = readJsonl(jsonl, TEXT);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.spans.map(s => [slice(s), s.label, s.wikidata]), [['Angela Merkel', 'PERSON', undefined], ['NATO', 'ORG', 'Q7184']]);
    const doccano = readJsonl(JSON.stringify({ text: TEXT, label: [[28, 34, 'LOC']] }), TEXT);
    assert.deepEqual(doccano.spans.map(s => [slice(s), s.label]), [['Berlin', 'PLACE']]);
  });

  it('JSONL: bad JSON, bad spans and a file without the article are reported with lines', () => {
    const r = readJsonl(`{"text": 1}\nnot json\n${JSON.stringify({ text: TEXT, label: [[2, 15, 'PER'], [3, 2, 'ORG'], 'x'] })}`, TEXT);
    assert.deepEqual(r.problems.map(p => p.line), [1, 2, 3, 3]);
    assert.match(readJsonl(JSON.stringify({ text: 'other', spans: [] }), TEXT).problems[0].reason, /none of its 1 records has this article's text/);
  });

  it('Label Studio: reads the first annotation that was not cancelled, else the predictions; reports bad results', () => {
    const task = (result: unknown[], cancelled = false) => ({ data: { text: TEXT }, annotations: [{ was_cancelled: cancelled, result }] });
    const good = [{ id: 'a', type: 'labels', from_name: 'label', to_name: 'text', value: { start: 20, end: 24, text: 'NATO', labels: ['ORG'] } },
      { id: 'c', type: 'choices', value: { choices: ['Defense'] } }];
    const r = readLabelStudio(JSON.stringify([{ data: { text: 'x' } }, task(good)]), TEXT);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.spans.map(s => [slice(s), s.label]), [['NATO', 'ORG']]);
    const predicted = readLabelStudio(JSON.stringify({ data: { text: TEXT }, predictions: [{ result: good }] }), TEXT);
    assert.equal(predicted.spans.length, 1);
    const bad = readLabelStudio(JSON.stringify([task([{ id: 'zz', type: 'labels', value: { start: 20, end: 24, text: 'Nato', labels: ['ORG'] } }])], null, 2), TEXT);
    assert.equal(bad.problems.length, 1);
    assert.ok(bad.problems[0].line > 1, 'the line of the result');
    assert.match(readLabelStudio('[{"data": ', TEXT).problems[0].reason, /not JSON/);
  });
});
