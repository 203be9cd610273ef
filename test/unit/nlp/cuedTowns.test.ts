import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10, important names missed): towns of the place lists that the tagger
// passes over, after a word that says where.
const shown = (text: string): string[] => analyze(text).entities.map(e => `${e.type}:${e.canonical}`);

describe('A town of the place lists that no pass read', () => {
  it('is a place after a word that says where, or after "of" set off from a person by a comma', () => {
    const court = 'The others were:\n\nCallum Price (24), of Ilkeston - 6 years\n\nDean Moss (33), of Swadlincote - 5 years';
    assert.ok(shown(court).includes('PLACE:Ilkeston'), shown(court).join(', '));
    assert.ok(shown(court).includes('PLACE:Swadlincote'), shown(court).join(', '));
    const politics = 'Tory MPs at Westminster fear the worst.';
    assert.ok(shown(politics).includes('PLACE:Westminster'), shown(politics).join(', '));
  });

  it('is no place as a month, a tongue, a possessive, or the first word of a longer name', () => {
    const text = 'The lease at Kirkham Lodge ran out, and in March the shop shut. Signs are in English, and she suffers from Parkinson\'s.';
    assert.ok(!shown(text).some(s => /^PLACE:(?:March|Kirkham|English|Parkinson)$/.test(s)), shown(text).join(', '));
  });
});
