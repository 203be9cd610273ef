import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, boundaries): towns of several words whose first word the tagger leaves out.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Towns whose first word the tagger leaves out', () => {
  it('makes a body or a feature named after a listed town of two words whole ("Des Moines City Council", "the Des Moines River")', () => {
    const council = shown('Des Moines City Council voted 5-2 to back the plan.');
    assert.ok(council.includes('ORG:Des Moines City Council'), council.join(', '));
    const river = shown('Flooding on the Des Moines River closed the park.');
    assert.ok(river.includes('PLACE:Des Moines River'), river.join(', '));
  });
});
