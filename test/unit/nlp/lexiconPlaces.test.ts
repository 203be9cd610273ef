import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10): cities the lexicon knows that the tagger passes over.
const shown = (text: string): string[] => analyze(text).entities.map(e => `${e.type}:${e.canonical}`);

describe('A city the lexicon knows, read by no pass', () => {
  it('is a place alone and after "Greater" ("a landlord from Galway", "Greater Manchester")', () => {
    const a = 'A subplot involving a landlord from Galway feels borrowed from a lesser show.';
    assert.ok(shown(a).includes('PLACE:Galway'), shown(a).join(', '));
    const b = 'Tillgate Rovers won a frantic Greater Manchester derby on Saturday.';
    assert.ok(shown(b).includes('PLACE:Greater Manchester'), shown(b).join(', '));
  });

  it('is no place of its own inside a longer name ("Blue Over Belfast")', () => {
    const text = 'Her 1971 album Blue Over Belfast sold well.';
    assert.ok(!shown(text).includes('PLACE:Belfast'), shown(text).join(', '));
  });
});
