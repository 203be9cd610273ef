import assert from 'node:assert/strict';
import fs from 'node:fs';
import v8 from 'node:v8';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { analysisPieces, AnalysisReceiver, type AnalysisPiece } from '../../src/editor/analysisTransfer';

// The editor's worker sends analyses in pieces (src/editor/analysisTransfer.ts, pure: no vscode).
describe('analysis sent in pieces between threads', () => {
  it('arrives equal, with the mentions entities and countries share as the same objects, in short pieces', () => {
    const sample = fs.readFileSync('samples/india-japan-strategic-dialogue.txt', 'utf8');
    const body = sample.split(/\n\s*\n/).slice(1).join('\n\n');
    const text = `${sample}\n\n${Array.from({ length: 40 }, (_, i) => `${body} Filed as item ${i}.`).join('\n\n')}`;
    const analysis = analyze(text);
    const pieces = [...analysisPieces(analysis)];
    assert.ok(pieces.length > 5, `${pieces.length} pieces`);
    assert.ok(pieces.every(p => !('json' in p) || p.json.length < 128 * 1024), 'no piece is large');
    assert.ok(pieces.some(p => p.part === 'evidence'), 'theme evidence goes in pieces of its own');
    // Mention indices and scores per paragraph go as numbers beside the JSON, which holds their count.
    for (const part of ['entities', 'countries', 'themes']) {
      const of = pieces.filter(p => p.part === part);
      assert.ok(of.length && of.every(p => 'numbers' in p && p.numbers && p.numbers.length > 0), part);
    }
    assert.ok(!/"mentions":\[/.test(pieces.map(p => ('json' in p ? p.json : '')).join('')), 'no list of indices in the JSON');
    const receiver = new AnalysisReceiver();
    const received = pieces.map(p => receiver.add(p));
    const whole = received[received.length - 1];
    assert.ok(whole && received.slice(0, -1).every(r => r === undefined), 'whole once the last piece is in');
    assert.deepStrictEqual(whole, analysis);
    assert.deepStrictEqual(Object.keys(whole), Object.keys(analysis));
    const byStart = new Map(whole.mentions.map(m => [m.start, m]));
    for (const e of whole.entities) for (const m of e.mentions) assert.equal(m, byStart.get(m.start), 'an entity shares its mentions');
    for (const c of whole.countries) for (const m of c.mentions) assert.equal(m, byStart.get(m.start), 'a country shares its mentions');
  });

  it('after an edit sends what the earlier analysis shares as references to it, and arrives equal', () => {
    const sample = fs.readFileSync('samples/india-japan-strategic-dialogue.txt', 'utf8');
    const body = sample.split(/\n\s*\n/).slice(1).join('\n\n');
    const text = `${sample}\n\n${Array.from({ length: 30 }, (_, i) => `${body} Filed as item ${i}.`).join('\n\n')}`;
    const receive = (pieces: Iterable<AnalysisPiece>, base?: Analysis) => {
      const receiver = new AnalysisReceiver(base);
      let whole: Analysis | undefined;
      for (const p of pieces) whole = receiver.add(p);
      assert.ok(whole);
      return whole;
    };
    const before = analyze(text);
    const had = receive(analysisPieces(before));
    // An edit in the middle: a new paragraph with a new name, so offsets and paragraph indices after it move.
    const at = text.indexOf('Filed as item 15.') + 'Filed as item 15.'.length;
    const edited = `${text.slice(0, at)}\n\nAngela Merkel met Jaishankar in Tokyo on trade.${text.slice(at)}`;
    const after = analyze(edited);
    const pieces = [...analysisPieces(after, before)];
    assert.ok(had.quotes.length > 10, 'the article has quotations');
    const got = receive(pieces, had);
    assert.deepStrictEqual(got, after);
    // What a worker's message carries: the structured clone of each piece.
    const size = (ps: AnalysisPiece[]) => ps.reduce((n, p) => n + v8.serialize(p).length, 0);
    const full = size([...analysisPieces(after)]);
    assert.ok(size(pieces) < full / 3, `${size(pieces)} bytes sent, ${full} without the earlier analysis`);
    assert.ok(pieces.some(p => p.part === 'keep' && p.of === 'mentions' && p.shift.ds > 0 && p.shift.dp === 1), 'mentions after the edit are moved');
    // Mentions, quotations and paragraphs are read from what the receiver had, moved as they are read, each run of
    // them one piece: the earlier analysis stays as it was.
    for (const of of ['mentions', 'quotes', 'paragraphs']) {
      assert.equal(pieces.filter(p => p.part === 'keep' && p.of === of).length, 2, `${of} before and after the edit`);
    }
    assert.deepStrictEqual(had, before);
    const mine = new Set(got.mentions);
    for (const e of got.entities) for (const m of e.mentions) assert.ok(mine.has(m), 'an entity shares its mentions');
    for (const m of got.mentions) assert.equal(edited.slice(m.start, m.end), m.text);
    // Entities, countries and themes the edit left alone go as the index of the earlier one (itemDelta.ts); a
    // theme's scores per paragraph only where they changed.
    const items = (part: string) => pieces.flatMap(p => (p.part === part && 'json' in p ? JSON.parse(p.json) as unknown[] : []));
    const kept = (part: string) => items(part).filter(i => typeof i === 'number' || Array.isArray(i)).length;
    assert.ok(kept('entities') > after.entities.length / 2, `${kept('entities')} of ${after.entities.length} entities kept`);
    assert.ok(kept('entities') < after.entities.length, 'the entities the new paragraph names are sent');
    assert.ok(kept('countries') > 0 && kept('countries') < after.countries.length, `${kept('countries')} of ${after.countries.length} countries kept`);
    const scores = items('themes').map(t => (t as { paragraphScores: unknown }).paragraphScores);
    assert.ok(scores.length && scores.every(s => typeof s === 'object' && !Array.isArray(s)), 'theme scores go as changes');
    // An edit after that one refers to the analysis received against an earlier one.
    const at2 = edited.indexOf('Filed as item 3.');
    const edited2 = `${edited.slice(0, at2)}Tokyo ${edited.slice(at2)}`;
    const after2 = analyze(edited2);
    const pieces2 = [...analysisPieces(after2, after)];
    assert.deepStrictEqual(receive(pieces2, got), after2);
    assert.ok(pieces2.some(p => p.part === 'entities' && 'json' in p && (JSON.parse(p.json) as unknown[]).some(i => typeof i === 'number' || Array.isArray(i))));
  });

  it('refuses a reference to an earlier analysis it does not have', () => {
    const a = analyze('Angela Merkel met Jaishankar in Tokyo.');
    const b = analyze('Angela Merkel met Jaishankar in Tokyo. Then she left.');
    const receiver = new AnalysisReceiver();
    assert.throws(() => { for (const p of analysisPieces(b, a)) receiver.add(p); }, /earlier analysis/);
  });
});
