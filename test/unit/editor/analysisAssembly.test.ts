import assert from 'node:assert/strict';
import { ArrayAssembly } from '../../../src/editor/analysisAssembly';

type Item = { start: number; end: number; paragraph: number; text: string };
const item = (start: number, text: string, paragraph: number): Item => ({ start, end: start + text.length, paragraph, text });
const still = { ds: 0, dp: 0 };

describe('an array put together from an earlier one (analysisAssembly.ts)', () => {
  // The earlier array: five items; the edit replaces the middle one by two, and moves those after it by 7 and 1.
  const before = () => [item(0, 'a', 0), item(10, 'b', 1), item(20, 'c', 2), item(30, 'd', 3), item(40, 'e', 4)];

  it('is the earlier array, its middle replaced and its last items moved in place', () => {
    const base = before();
    const [a, , , d, e] = base;
    let moved = 0;
    const assembly = new ArrayAssembly(() => moved++);
    assembly.keep(base, 0, 2, still);
    assembly.add([item(20, 'x', 2), item(25, 'yy', 3)]);
    assembly.keep(base, 3, 4, { ds: 7, dp: 1 });
    assembly.keep(base, 4, 5, { ds: 7, dp: 1 });
    const got = assembly.finish() as Item[];
    assert.equal(got, base);
    assert.deepEqual(got.map(i => [i.text, i.start, i.paragraph]), [['a', 0, 0], ['b', 10, 1], ['x', 20, 2], ['yy', 25, 3], ['d', 37, 4], ['e', 47, 5]]);
    assert.equal(got[0], a);
    assert.equal(got[4], d);
    assert.equal(got[5], e);
    assert.ok(moved > 0, 'told before the earlier array changed');
  });

  it('an edit at the very start, at the very end, or a deletion: the same array, right items', () => {
    const atStart = before();
    const start = new ArrayAssembly(() => undefined);
    start.add([item(0, 'z', 0)]);
    start.keep(atStart, 0, 5, { ds: 2, dp: 0 });
    assert.deepEqual((start.finish() as Item[]).map(i => [i.text, i.start]), [['z', 0], ['a', 2], ['b', 12], ['c', 22], ['d', 32], ['e', 42]]);

    const atEnd = before();
    const end = new ArrayAssembly(() => undefined);
    end.keep(atEnd, 0, 4, still);
    const got = end.finish() as Item[];
    assert.equal(got, atEnd);
    assert.deepEqual(got.map(i => i.text), ['a', 'b', 'c', 'd']);

    const deleted = before();
    const deletion = new ArrayAssembly(() => undefined);
    deletion.keep(deleted, 0, 1, still);
    deletion.keep(deleted, 3, 5, { ds: -20, dp: -2 });
    assert.deepEqual((deletion.finish() as Item[]).map(i => [i.text, i.start, i.paragraph]), [['a', 0, 0], ['d', 10, 1], ['e', 20, 2]]);
  });

  it('unchanged: the earlier array as it was, and nothing told', () => {
    const base = before();
    let moved = 0;
    const assembly = new ArrayAssembly(() => moved++);
    assembly.keep(base, 0, 5, still);
    assert.equal(assembly.finish(), base);
    assert.deepEqual(base, before());
    assert.equal(moved, 0);
  });

  it('pieces in another order are put together in a new array, in the order they came', () => {
    const base = before();
    const assembly = new ArrayAssembly(() => undefined);
    assembly.keep(base, 3, 5, { ds: 1, dp: 0 });
    assembly.add([item(60, 'late', 5)]);
    assembly.keep(base, 0, 1, still);
    const got = assembly.finish() as Item[];
    assert.notEqual(got, base);
    assert.deepEqual(got.map(i => [i.text, i.start]), [['d', 31], ['e', 41], ['late', 60], ['a', 0]]);
  });

  it('with no earlier array, the new items alone', () => {
    const assembly = new ArrayAssembly(() => assert.fail('nothing earlier to change'));
    assembly.add([item(0, 'a', 0)]);
    assembly.add([item(5, 'b', 0)]);
    assert.deepEqual((assembly.finish() as Item[]).map(i => i.text), ['a', 'b']);
  });
});
