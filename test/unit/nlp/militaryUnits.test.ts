import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, boundaries): numbered army units written with their regiment after a comma.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Numbered units of an army', () => {
  it('reads a unit, a comma, "The" and its regiment as one body ("2nd Battalion, The Rifles")', () => {
    const names = shown('Troops from 2nd Battalion, The Yorkshire Regiment have been sent to Selby. Men of the 4th Battalion, The Rifles, helped.');
    assert.ok(names.includes('ORG:2nd Battalion, The Yorkshire Regiment'), names.join(', '));
    assert.ok(names.includes('ORG:4th Battalion, The Rifles'), names.join(', '));
  });
});
