import assert from 'node:assert/strict';
import type { EntityType, PlacedMention } from '../../../src/core/model';

/**
 * The tagger's readings of an article written for a test, as the tagger would hand them on (source and reason
 * "tagger"): each name is looked for after the one before it, so a test pins down what an article-level rule makes
 * of given readings, whatever the model reads.
 */
export function tagged(text: string, names: ReadonlyArray<readonly [string, EntityType]>): PlacedMention[] {
  const out: PlacedMention[] = [];
  let from = 0;
  for (const [name, type] of names) {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, name);
    out.push({ start, end: start + name.length, type, source: 'tagger', reason: 'tagger', paragraph: 0 });
    from = start + name.length;
  }
  return out;
}
