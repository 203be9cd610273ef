import assert from 'node:assert/strict';
import fs from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { analysisPieces, AnalysisReceiver } from '../../src/editor/analysisTransfer';

// The editor's worker sends analyses in pieces (src/editor/analysisTransfer.ts, pure: no vscode).
describe('analysis sent in pieces between threads', () => {
  it('arrives equal, with the mentions entities and countries share as the same objects, in short pieces', () => {
    const sample = fs.readFileSync('samples/india-japan-strategic-dialogue.txt', 'utf8');
    const body = sample.split(/\n\s*\n/).slice(1).join('\n\n');
    const text = `${sample}\n\n${Array.from({ length: 40 }, (_, i) => `${body} Filed as item ${i}.`).join('\n\n')}`;
    const analysis = analyze(text);
    const pieces = [...analysisPieces(analysis)];
    assert.ok(pieces.length > 5, `${pieces.length} pieces`);
    assert.ok(pieces.every(p => p.json.length < 128 * 1024), 'no piece is large');
    assert.ok(pieces.some(p => p.part === 'evidence'), 'theme evidence goes in pieces of its own');
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
});
