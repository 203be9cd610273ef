import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Cricket and football copy written for these tests (issue 10, families 3 and 4): surnames that open with a particle.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Surnames that open with a particle in lower case', () => {
  it('reads them as people in prose and in a scorecard', () => {
    const text = 'Kusal Perera and de Mel added 61 for the fifth wicket before Boult struck.\n\n'
      + 'Sri Lanka second innings\nK Perera c Latham b Boult 44\nR de Mel not out 38\nBowling: Boult 12-2-40-3; de Mel 4-0-19-0.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:de Mel'), names.join(', '));
    assert.ok(names.includes('PERSON:R de Mel'), names.join(', '));
    assert.ok(!names.some(n => /^(?:ORG|PLACE):.*de Mel/.test(n)), names.join(', '));
  });

  it('leaves a place with a particle inside its name alone', () => {
    const names = shown('France play Wales at the Stade de France on Saturday.');
    assert.ok(names.includes('PLACE:Stade de France'), names.join(', '));
  });
});
