import assert from 'node:assert/strict';
import fs from 'node:fs';
import { analyze } from '../../../src/core/analyze';
import type { Analysis, ThemeEvidence } from '../../../src/core/model';
import { evidenceAt } from '../../../src/core/outputs/queries';
import { firstEndingAfter, firstStartingAt } from '../../../src/core/text/search';
import { ColumnDecoder, ColumnEncoder, type ItemSource } from '../../../src/editor/analysisColumns';
import { shifted } from '../../../src/editor/analysisDelta';
import { analysisPieces, AnalysisReceiver } from '../../../src/editor/analysisTransfer';
import { firstEndingAfterIn, firstStartingAtIn, LazyAssembly, lazyIndexed, movedIndices, type Indices } from '../../../src/editor/lazyArray';

type Item = { start: number; end: number; text: string; paragraph: number };
const items = (n: number, from = 0): Item[] =>
  Array.from({ length: n }, (_, i) => ({ start: (from + i) * 10, end: (from + i) * 10 + 4, text: `w${from + i}`, paragraph: from + i }));

/** `items` as a decoded columns source, counting the objects it makes. */
function counted(of: Item[]): { source: ItemSource; made: () => number } {
  const columns = new ColumnEncoder().encode(of);
  assert.ok(columns);
  const source = new ColumnDecoder().source(columns);
  let made = 0;
  return { source: { count: source.count, item: i => (made++, source.item(i)) }, made: () => made };
}

function receive(analysis: Analysis, base?: { sent: Analysis; had: Analysis }): Analysis {
  const receiver = new AnalysisReceiver(base?.had);
  let whole: Analysis | undefined;
  for (const p of analysisPieces(analysis, base?.sent)) whole = receiver.add(p);
  assert.ok(whole);
  return whole;
}

const sample = fs.readFileSync('samples/india-japan-strategic-dialogue.txt', 'utf8');
const body = sample.split(/\n\s*\n/).slice(1).join('\n\n');

describe('theme evidence kept as columns on the receiving side (lazyArray.ts)', () => {
  it('makes an item only when read, once, and reads as the array it stands for', () => {
    const eager = items(3000);
    const { source, made } = counted(eager);
    const assembly = new LazyAssembly();
    assembly.addSource(source);
    const lazy = assembly.finish() as Item[];
    assert.equal(lazy.length, 3000);
    assert.ok(Array.isArray(lazy));
    assert.equal(made(), 0, 'nothing made before a reader asks');
    // What decorations read for a window: a binary search on each side and a slice.
    const window = lazy.slice(firstEndingAfter(lazy, 15000), firstStartingAt(lazy, 15200));
    assert.deepStrictEqual(window, eager.slice(firstEndingAfter(eager, 15000), firstStartingAt(eager, 15200)));
    assert.ok(made() < 60, `${made()} items made for a window of 20`);
    assert.equal(lazy[1500], lazy[1500], 'an item read twice is the same object');
    assert.throws(() => { (lazy as unknown as unknown[])[0] = 1; }, TypeError);
    assert.deepStrictEqual(lazy, eager);
    assert.equal(JSON.stringify(lazy), JSON.stringify(eager));
  });

  it('after edits, keeps runs of the earlier array moved, equal to the eager assembly, the earlier one unchanged', () => {
    const columns = new LazyAssembly();
    columns.addSource(counted(items(3000)).source);
    const lazyBase = columns.finish();
    const assembly = new LazyAssembly();
    assembly.keep(lazyBase, 0, 1000, { ds: 0, dp: 0 });
    assembly.add(items(2, 5000));
    assembly.keep(lazyBase, 1001, 3000, { ds: 7, dp: 1 });
    const second = new LazyAssembly();
    const first = assembly.finish();
    second.keep(first, 0, 2500, { ds: 0, dp: 0 });
    second.keep(first, 2600, 3001, { ds: -3, dp: -2 });
    // The same arrays made eagerly, item by item.
    const eagerFirst = [...items(1000), ...items(2, 5000), ...items(3000).slice(1001).map(i => shifted(i, { ds: 7, dp: 1 }))];
    const eager = [...eagerFirst.slice(0, 2500), ...eagerFirst.slice(2600).map(i => shifted(i, { ds: -3, dp: -2 }))];
    assert.deepStrictEqual(second.finish(), eager);
    assert.deepStrictEqual(lazyBase, items(3000), 'the earlier array is not moved');
  });

  it('a binary search over offsets (decorations\' window) finds what the eager one finds and makes no item', () => {
    // Spans of varied widths and gaps, with a nested object before `end` in some (its numbers stand between).
    const spans = Array.from({ length: 2000 }, (_, i) => ({
      start: i * 13 + (i % 5), ...(i % 3 ? { cue: { start: i, end: i + 1 } } : {}), end: i * 13 + (i % 5) + 3 + (i % 7), text: `t${i % 11}`,
    }));
    const columns = new ColumnEncoder().encode(spans);
    assert.ok(columns);
    const source = new ColumnDecoder().source(columns);
    let made = 0;
    const base = new LazyAssembly();
    base.addSource({ ...source, item: i => (made++, source.item(i)) });
    const first = base.finish();
    // Two edits: runs of the earlier arrays moved, new items between.
    const once = new LazyAssembly();
    once.keep(first, 0, 700, { ds: 0, dp: 0 });
    once.add([{ start: 9100, end: 9104, text: 'new' }]);
    once.keep(first, 701, 2000, { ds: 40, dp: 0 });
    const second = once.finish();
    const twice = new LazyAssembly();
    twice.keep(second, 0, 1500, { ds: 0, dp: 0 });
    twice.keep(second, 1510, 2000, { ds: -25, dp: 0 });
    const lazy = twice.finish() as { start: number; end: number }[];
    const eager = [...spans.slice(0, 700), { start: 9100, end: 9104, text: 'new' }, ...spans.slice(701).map(s => shifted(s, { ds: 40, dp: 0 }))];
    const eagerTwice = [...eager.slice(0, 1500), ...eager.slice(1510).map(s => shifted(s, { ds: -25, dp: 0 }))];
    for (let offset = -5; offset < 27000; offset += 37) {
      assert.equal(firstEndingAfterIn(lazy, offset), firstEndingAfter(eagerTwice, offset), `end after ${offset}`);
      assert.equal(firstStartingAtIn(lazy, offset), firstStartingAt(eagerTwice, offset), `start at ${offset}`);
    }
    assert.equal(made, 0, 'no item made by the searches');
    // Items already made (and a plain array) read as they are.
    void lazy[900];
    assert.equal(firstEndingAfterIn(lazy, 12000), firstEndingAfter(eagerTwice, 12000));
    assert.equal(firstStartingAtIn(eagerTwice, 12000), firstStartingAt(eagerTwice, 12000));
  });

  it('indices moved by many edits read as those moved one by one, folded into a new list past the steps it keeps', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({ i }));
    let indices: Indices = { base: Int32Array.from({ length: 50 }, (_, k) => k * 3), steps: [] };
    const eager = Array.from(indices.base);
    for (let edit = 0; edit < 40; edit++) {
      const from = (edit * 7) % 50;
      const delta = edit % 5 === 0 ? 0 : edit % 2 ? 1 : -1;
      indices = movedIndices(indices, from, delta);
      for (let k = from; k < eager.length; k++) eager[k] += delta;
      assert.ok(indices.steps.length <= 16);
      assert.deepStrictEqual(lazyIndexed(items, indices), eager.map(j => items[j]));
    }
  });

  it('a received analysis and an edited one read as the eager ones: windows, hovers, counts', () => {
    const text = `${sample}\n\n${Array.from({ length: 30 }, (_, i) => `${body} Filed as item ${i}.`).join('\n\n')}`;
    const before = analyze(text);
    const had = receive(before);
    const at = text.indexOf('Filed as item 12.');
    const edited = `${text.slice(0, at)}Trade talks on tariffs resumed in Geneva. ${text.slice(at)}`;
    const after = analyze(edited);
    const got = receive(after, { sent: before, had });
    for (const [lazy, eager] of [[had, before], [got, after]] as const) {
      assert.ok(lazy.themes.some(t => t.evidence.length > 20));
      for (const [k, theme] of lazy.themes.entries()) {
        const want: readonly ThemeEvidence[] = eager.themes[k].evidence;
        assert.equal(theme.evidence.length, want.length);
        const from = Math.floor(text.length / 3);
        const window = (spans: readonly ThemeEvidence[]) => spans.slice(firstEndingAfter(spans, from), firstStartingAt(spans, from + 2000));
        assert.deepStrictEqual(window(theme.evidence), window(want));
      }
      for (let offset = 0; offset < edited.length; offset += 97) assert.deepStrictEqual(evidenceAt(lazy, offset), evidenceAt(eager, offset));
    }
    assert.deepStrictEqual(got, after);
  });
});
