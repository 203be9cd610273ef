import assert from 'node:assert/strict';
import type { Span } from '../../../src/core/model';
import type { TextChange } from '../../../src/editor/coreModule';
import { isMovedTo } from '../../../src/editor/spanMoves';

/** The spans of `words` in `text`, in order (each word's first occurrence). */
const spansOf = (text: string, ...words: string[]): Span[] => words.map(w => {
  const start = text.indexOf(w);
  assert.ok(start >= 0, `${w} is in the text`);
  return { start, end: start + w.length };
});

/** `text` with `changes` applied in order, each into the text the ones before it left. */
const apply = (text: string, changes: readonly TextChange[]): string =>
  changes.reduce((t, c) => t.slice(0, c.offset) + c.text + t.slice(c.offset + c.length), text);

describe('Whether edits merely moved the painted spans', () => {
  const before = 'On Monday Angela Merkel met Emmanuel Macron in Paris.';
  const shown = spansOf(before, 'Angela Merkel', 'Emmanuel Macron', 'Paris');

  it('is true when a typed word before them shifts each by its length', () => {
    const changes = [{ offset: 0, length: 0, text: 'Today ' }];
    const after = apply(before, changes);
    assert.equal(after, 'Today On Monday Angela Merkel met Emmanuel Macron in Paris.');
    assert.ok(isMovedTo(shown, changes, spansOf(after, 'Angela Merkel', 'Emmanuel Macron', 'Paris')));
  });

  it('is true for an edit between two spans: those after it shift, those before stay', () => {
    const met = before.indexOf('met');
    const changes = [{ offset: met, length: 3, text: 'talked with' }];
    const after = apply(before, changes);
    assert.ok(isMovedTo(shown, changes, spansOf(after, 'Angela Merkel', 'Emmanuel Macron', 'Paris')));
  });

  it('follows several changes in order, a deletion among them', () => {
    const changes = [{ offset: 0, length: 0, text: 'Yesterday ' }, { offset: 0, length: 'Yester'.length, text: '' }];
    const after = apply(before, changes);
    assert.equal(after, 'day On Monday Angela Merkel met Emmanuel Macron in Paris.');
    assert.ok(isMovedTo(shown, changes, spansOf(after, 'Angela Merkel', 'Emmanuel Macron', 'Paris')));
  });

  it('is false when a change touches a span, inside it or at its edge', () => {
    const atStart = [{ offset: before.indexOf('Angela'), length: 0, text: 'Dr ' }];
    assert.ok(!isMovedTo(shown, atStart, spansOf(apply(before, atStart), 'Angela Merkel', 'Emmanuel Macron', 'Paris')));
    const inside = [{ offset: before.indexOf('Merkel'), length: 0, text: 'Dorothea ' }];
    const after = apply(before, inside);
    // the analysis finds the longer name: a new span, not a moved one
    assert.ok(!isMovedTo(shown, inside, spansOf(after, 'Angela Dorothea Merkel', 'Emmanuel Macron', 'Paris')));
    const atEnd = [{ offset: before.indexOf(' met'), length: 0, text: 's' }];
    // 'Angela Merkels met': the name is where it was, but VS Code may have grown its decoration over the 's'
    assert.ok(!isMovedTo(shown, atEnd, spansOf(apply(before, atEnd), 'Angela Merkel', 'Emmanuel Macron', 'Paris')));
  });

  it('is false when the new analysis found other spans, even where no change touched', () => {
    const changes = [{ offset: 0, length: 0, text: 'Today ' }];
    const after = apply(before, changes);
    assert.ok(!isMovedTo(shown, changes, spansOf(after, 'Angela Merkel', 'Emmanuel Macron')));
    assert.ok(!isMovedTo(shown, changes, spansOf(after, 'Angela Merkel', 'Macron', 'Paris')));
    // not shifted: what was sent before the edit, unmoved, is no longer where the words are
    assert.ok(!isMovedTo(shown, changes, shown));
  });

  it('is whether the lists are equal when nothing changed, and true for two empty lists', () => {
    assert.ok(isMovedTo(shown, [], spansOf(before, 'Angela Merkel', 'Emmanuel Macron', 'Paris')));
    assert.ok(!isMovedTo(shown, [], spansOf(before, 'Angela Merkel', 'Emmanuel Macron', 'in Paris')));
    assert.ok(isMovedTo([], [{ offset: 3, length: 1, text: '' }], []));
  });
});
