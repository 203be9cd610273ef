import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Lists of names written for these tests (issue 10): a word no pass read, listed with names of one kind, is one of them.
const shown = (text: string): string[] => analyze(text).entities.map(e => `${e.type}:${e.canonical}`);

describe('A name listed with names of one kind', () => {
  it('is a person in a scorers\' line after a label ("Goals: Halloran 3, Petrie 2, McBride, Oduya")', () => {
    const text = ' date 2026-04-12\nRovers edge derby\n\nRovers beat Albion 14.9 (93) to 12.8 (80) on Saturday.\n\nGOALS\n'
      + 'Rovers: Halloran 3, Petrie 2, Vasquez 2, McBride, Oduya, Krall, Hill\n';
    const names = shown(text);
    for (const n of ['McBride', 'Oduya', 'Hill']) assert.ok(names.includes(`PERSON:${n}`), `${n}: ${names.join(', ')}`);
  });

  it('is a firm listed with firms a list knows ("NatWest, Lloyds and Mittens")', () => {
    const text = 'Since 2019, branches of NatWest, Lloyds and Mittens have closed on the high street in Carrowby.';
    assert.ok(shown(text).includes('ORG:Mittens'), shown(text).join(', '));
  });

  it('is a place listed with three places ("Karnataka, Maharashtra, Tellapur and Madhya Pradesh")', () => {
    const text = 'The app now has 2.1 million registered farmers across Karnataka, Maharashtra, Tellapur and Madhya Pradesh, the company said.';
    assert.ok(shown(text).includes('PLACE:Tellapur'), shown(text).join(', '));
  });

  it('is nothing when the list is of demonyms or ends before the word ("By Jane Roe and Tom Ash, BBC Wales")', () => {
    const a = 'Japanese and Korean carmakers gained ground in March.';
    assert.ok(!shown(a).some(n => /Korean/.test(n) && !n.startsWith('COUNTRY')), shown(a).join(', '));
    const b = 'By Orla Venn and Tomos Pryce, Marlow Radio political team\n\nThe count ended overnight.';
    assert.ok(!shown(b).some(n => /^PERSON:Marlow/.test(n)), shown(b).join(', '));
  });
});
