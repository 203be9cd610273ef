import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { creditedWorks } from '../../../src/core/nlp/creditLines';

// A shortlist written for these tests (issue 10): the titles of a list that credits works to their makers are no names.
const SHORTLIST = ' date 2026-07-20\nKessock prize shortlist announced\n\nTwelve albums made the shortlist this year.\n\n'
  + '- Orla Venn – Salt and Iron\n- The Marlow Set – Tillgate Lights\n- Dunmere Street Band – Romance Undone\n- Petra Lindqvist – Kettleby Green Hymnal\n- Wet Fern – Carrow Bay\n\n'
  + 'The winner will be named in October.';

describe('A list that credits works to their makers', () => {
  it('reads the titles of three lines or more in a row ("- Orla Venn – Salt and Iron")', () => {
    const titles = creditedWorks(SHORTLIST).map(s => SHORTLIST.slice(s.start, s.end));
    assert.deepEqual(titles, ['Salt and Iron', 'Tillgate Lights', 'Romance Undone', 'Kettleby Green Hymnal', 'Carrow Bay']);
  });

  it('shows no name inside a title', () => {
    const names = analyze(SHORTLIST).entities.map(e => `${e.type}:${e.canonical}`);
    assert.ok(!names.some(n => /Tillgate|Hymnal|Carrow Bay/.test(n)), names.join(', '));
  });

  it('reads no title in a live page\'s lines of times or sentences', () => {
    const text = 'The album is out now.\n\n- 10:32 – Police closed the road\n- 10:40 – Crews from Kessock arrived at the scene\n- 10:55 – The road reopened';
    assert.deepEqual(creditedWorks(text), []);
  });
});
