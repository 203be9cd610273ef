import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, boundaries): services whose names end with a plus.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Names that end with a plus', () => {
  it('keeps the plus of a service\'s name ("Sky Sports+", "Disney+")', () => {
    const names = shown('Both semi-finals will be shown live on Sky Sports+. The documentary moves to Disney+ in June.');
    assert.ok(names.includes('ORG:Sky Sports+'), names.join(', '));
    assert.ok(names.includes('ORG:Disney+'), names.join(', '));
  });

  it('leaves a plus between two words alone ("C++")', () => {
    const names = shown('The firm rewrote its trading engine in C++ last year, said Ocado.');
    assert.ok(!names.some(n => n.includes('+')), names.join(', '));
  });
});
