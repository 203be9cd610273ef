import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// US politics copy in AP style written for these tests (issue 10, families 2 and 10): states abbreviated.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('States and provinces abbreviated, AP style', () => {
  it('reads the state of a lawmaker\'s party tag as a place, with its full stop', () => {
    const text = 'The bill passed 61-39. Sen. Maria Ruiz, D-Ariz., voted for it, and Rep. Dan Cole, R-N.H., said it went too far.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Ariz.'), names.join(', '));
    assert.ok(names.includes('PLACE:N.H.'), names.join(', '));
    assert.ok(names.includes('PERSON:Maria Ruiz'), names.join(', '));
  });

  it('keeps the full stop of a state or a province after its town', () => {
    const names = shown('The fire reached Redding, Calif., on Friday, and crews from Kenora, Ont., were sent west.');
    assert.ok(names.includes('PLACE:Calif.'), names.join(', '));
    assert.ok(names.includes('PLACE:Ont.'), names.join(', '));
  });
});
