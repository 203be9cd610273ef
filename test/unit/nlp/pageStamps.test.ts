import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Page furniture written for these tests (issue 10, families 2, 3 and 9): time stamps under a byline, the rows of a
// table of seats, and a heading in capitals with a note in brackets.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Time stamps under a byline', () => {
  it('name no one: a zone by its offset and the words of the stamp ("9:15 AM GMT+3 Updated 40 minutes ago")', () => {
    for (const stamp of ['March 3, 2026 9:15 AM GMT+3 Updated 40 minutes ago', 'Updated 6:05 PM GMT-4, May 2, 2026',
      'Published on May 2, 2026 at 11:20 AM UTC+05:30']) {
      const names = shown(`By Amara Osei\n\n${stamp}\n\nThe ministry said on Monday that talks would resume.`);
      assert.deepEqual(names, ['PERSON:Amara Osei'], stamp);
    }
  });
});

describe('A table of seats with a dash before each figure', () => {
  it('reads no row as a dateline ("LFA - 61")', () => {
    const text = 'RESULTS BY ALLIANCE (Total seats: 120)\n\nLFA - 61\nPeople\'s Unity Party - 40\nOthers - 3\n\nNRC - 16\n\nSource: Election Commission';
    const names = shown(text);
    assert.ok(!names.some(n => /^PLACE:(?:LFA|NRC)$/.test(n)), names.join(', '));
  });
});

describe('A heading in capitals with a note in brackets', () => {
  it('is shouted: no name of its own, the place in its note still found ("PRICE CHECK (March 4, 5 p.m. Nairobi)")', () => {
    const names = shown('PRICE CHECK (March 4, 5 p.m. Nairobi)\n\nMaize flour rose 4 percent in a week, traders said.');
    assert.ok(!names.some(n => /PRICE CHECK/.test(n)), names.join(', '));
    assert.ok(names.includes('PLACE:Nairobi'), names.join(', '));
  });
});

describe('An agency\'s byline and hub link', () => {
  it('reads the agency alone before its desk\'s title ("AP Sports Writer") and apart from a league after it ("AP NHL:")', () => {
    const text = 'Rally falls short as Hawks lose in overtime\n\nBy DELIA MORETTI\nAP Sports Writer\n\nATLANTA (AP) — The Hawks lost again.\n\n___\n\nAP NHL: https://apnews.com/hub/nhl';
    const names = shown(text);
    assert.ok(!names.some(n => /Writer|Sports|AP NHL/.test(n)), names.join(', '));
    assert.ok(names.filter(n => n === 'ORG:AP').length >= 2 && names.includes('ORG:NHL'), names.join(', '));
  });
});
