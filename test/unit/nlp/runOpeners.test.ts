import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, boundaries): bodies' names the tagger began inside a run of capitalised words.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Bodies begun inside a run of capitalised words', () => {
  it('takes in the place that opens the name ("the London Metal Exchange")', () => {
    const names = shown('Tin on the London Metal Exchange slipped 1% on Monday.');
    assert.ok(names.includes('ORG:London Metal Exchange'), names.join(', '));
    assert.ok(!names.includes('PLACE:London'), names.join(', '));
  });

  it('takes in a word no span holds, inside a sentence or opening it ("Warm Milk Records", "Harbour Street Choir")', () => {
    const label = shown('Her album arrives on her own label, Warm Milk Records, after a split with Sony.');
    assert.ok(label.includes('ORG:Warm Milk Records'), label.join(', '));
    const choir = shown('Harbour Street Choir, a gospel group, sang at the final.');
    assert.ok(choir.includes('ORG:Harbour Street Choir'), choir.join(', '));
  });

  it('leaves out a state or its people\'s word ("the Iraqi Oil Ministry")', () => {
    const ministry = shown('A spokesman for the Iraqi Oil Ministry said exports would resume.');
    assert.ok(!ministry.some(n => n.endsWith('Iraqi Oil Ministry')), ministry.join(', '));
  });
});
