import assert from 'node:assert/strict';
import fs from 'node:fs';
import v8 from 'node:v8';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';
import { ColumnDecoder, ColumnEncoder } from '../../../src/editor/analysisColumns';
import { analysisPieces, AnalysisReceiver, type AnalysisPiece } from '../../../src/editor/analysisTransfer';

/** Every piece through a structured clone (what a worker's message does), then put back together. */
function roundTrip(analysis: Analysis, base?: { sent: Analysis; had: Analysis }): { whole: Analysis; pieces: AnalysisPiece[] } {
  const pieces = [...analysisPieces(analysis, base?.sent)].map(p => v8.deserialize(v8.serialize(p)) as AnalysisPiece);
  const receiver = new AnalysisReceiver(base?.had);
  let whole: Analysis | undefined;
  for (const p of pieces) whole = receiver.add(p);
  assert.ok(whole, 'whole once the last piece is in');
  return { whole, pieces };
}

const sample = fs.readFileSync('samples/india-japan-strategic-dialogue.txt', 'utf8');

describe('mentions, quotations, paragraphs and theme evidence sent as columns', () => {
  it('arrive equal, key order included, as columns and not JSON', () => {
    const body = sample.split(/\n\s*\n/).slice(1).join('\n\n');
    const analysis = analyze(`${sample}\n\n${Array.from({ length: 12 }, (_, i) => `${body} Filed as item ${i}.`).join('\n\n')}`);
    const { whole, pieces } = roundTrip(analysis);
    assert.deepStrictEqual(whole, analysis);
    assert.equal(JSON.stringify(whole), JSON.stringify(analysis));
    assert.ok(pieces.some(p => p.part === 'mentions' && 'columns' in p), 'mentions as columns');
    assert.ok(pieces.some(p => p.part === 'evidence' && 'columns' in p), 'evidence as columns');
    assert.ok(!pieces.some(p => ['mentions', 'quotes', 'paragraphs', 'evidence'].includes(p.part) && 'json' in p), 'no mention, quotation, paragraph or evidence as JSON');
    // A string repeated in the article is one string on the receiving side.
    const texts = new Map<string, string>();
    for (const m of whole.mentions) {
      const seen = texts.get(m.text);
      if (seen !== undefined) assert.ok(Object.is(seen, m.text));
      else texts.set(m.text, m.text);
    }
  });

  it('round-trip an empty article, emoji and other surrogate pairs, CRLF line ends', () => {
    const texts = [
      '',
      ' date 2026-11-30\r\n\r\nMerkel 🇩🇪 meets Macron 🇫🇷 in Paris\r\n\r\n😀 Angela Merkel told Emmanuel Macron in Paris on Tuesday that Germany and France 𝒜 would work on trade.\r\n',
      'Ministers 👩‍👩‍👧 met in Tokyo.\n\n"We agreed," said Toshimitsu Motegi 🙂, Japan\'s foreign minister, in Tokyo.',
    ];
    for (const text of texts) {
      const analysis = analyze(text);
      const { whole } = roundTrip(analysis);
      assert.deepStrictEqual(whole, analysis);
      assert.equal(JSON.stringify(whole), JSON.stringify(analysis));
      for (const m of whole.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    }
  });

  it('after an edit, the mentions sent anew share the string table with nothing stale', () => {
    const text = `${sample}\n\nAngela Merkel met Emmanuel Macron in Paris. 🙂`;
    const before = analyze(text);
    const had = roundTrip(before).whole;
    const edited = text.replace('Angela Merkel met', 'Angela Merkel, in Berlin 🇩🇪, met\r\n');
    const after = analyze(edited);
    const { whole } = roundTrip(after, { sent: before, had });
    assert.deepStrictEqual(whole, after);
    for (const m of whole.mentions) assert.equal(edited.slice(m.start, m.end), m.text);
  });

  it('gives up on items that are not flat, leaving its tables as they were', () => {
    const encoder = new ColumnEncoder();
    assert.equal(encoder.encode([{ start: 0, text: 'a' }, { start: 1, scores: [0.5, 1] }]), undefined, 'a list of numbers');
    assert.equal(encoder.encode([{ start: 0, sentences: [{ start: 2, words: [{ start: 2 }] }] }]), undefined, 'a list inside a list');
    assert.equal(encoder.encode([{ start: 0, cue: { start: 2, at: { b: 1 } } }]), undefined, 'an object inside an object inside the item');
    assert.equal(encoder.encode([{ start: 0, flag: true }]), undefined);
    assert.equal(encoder.encode([{ start: 0, role: undefined }]), undefined);
    const decoder = new ColumnDecoder();
    const first = encoder.encode([{ start: 0, text: 'a' }, { text: 'b', start: 1, subtopic: 1900 }]);
    assert.ok(first);
    assert.deepStrictEqual(first.newStrings, ['a', 'b'], 'the strings of the abandoned chunks were forgotten');
    const second = encoder.encode([{ start: 2, text: 'a' }, { start: -0.5, text: '' }]);
    assert.ok(second);
    assert.deepStrictEqual(second.newStrings, ['']);
    assert.equal(second.newShapes.length, 0, 'a shape is sent once');
    const out = [...decoder.decode(first), ...decoder.decode(second)];
    assert.deepStrictEqual(out, [{ start: 0, text: 'a' }, { text: 'b', start: 1, subtopic: 1900 }, { start: 2, text: 'a' }, { start: -0.5, text: '' }]);
    assert.deepStrictEqual(Object.keys(out[1]), ['text', 'start', 'subtopic']);
  });

  it('round-trips nulls and objects inside items (a quotation with its cue), keys in order', () => {
    const encoder = new ColumnEncoder();
    const decoder = new ColumnDecoder();
    const quotes = [
      { start: 5, end: 9, text: 'a', cue: { start: 10, end: 14, text: 'said' }, speakerEntityId: null, confidence: 0.5 },
      { start: 20, end: 29, text: 'b', speakerEntityId: 'PERSON:x', confidence: 1 },
      { start: 30, end: 39, text: 'c', cue: { text: 'told', start: 40, end: 44 }, speakerEntityId: 'PERSON:x', confidence: 0.75 },
    ];
    const first = encoder.encode(quotes.slice(0, 2));
    const second = encoder.encode(quotes.slice(2));
    assert.ok(first && second);
    const source = decoder.source(first);
    const out = [source.item(1), source.item(0), ...decoder.decode(second)];
    assert.deepStrictEqual(out, [quotes[1], quotes[0], quotes[2]]);
    assert.deepStrictEqual(Object.keys((out[2] as { cue: object }).cue), ['text', 'start', 'end']);
  });

  it('round-trips lists of objects inside items (a paragraph with its sentences), empty ones too', () => {
    const encoder = new ColumnEncoder();
    const decoder = new ColumnDecoder();
    const paragraphs = [
      { start: 0, end: 9, index: 0, kind: 'headline', sentences: [{ start: 0, end: 9 }] },
      { start: 11, end: 40, index: 1, kind: 'lead', sentences: [{ start: 11, end: 20 }, { start: 21, end: 40 }] },
      { start: 42, end: 42, index: 2, kind: 'body', sentences: [] },
      { start: 44, end: 60, index: 3, kind: 'body', sentences: [{ end: 60, start: 44 }] },
    ];
    const columns = encoder.encode(paragraphs);
    assert.ok(columns);
    const source = decoder.source(columns);
    assert.deepStrictEqual([3, 1, 0, 2].map(i => source.item(i)), [3, 1, 0, 2].map(i => paragraphs[i]));
    assert.deepStrictEqual(Object.keys((source.item(3) as { sentences: object[] }).sentences[0]), ['end', 'start']);
  });

  it('refuses a piece that refers to strings or shapes it was not given', () => {
    const encoder = new ColumnEncoder();
    encoder.encode([{ start: 0, text: 'a' }]);
    const later = encoder.encode([{ start: 1, text: 'a' }]);
    assert.ok(later);
    assert.throws(() => new ColumnDecoder().decode(later), /not given/);
  });
});
