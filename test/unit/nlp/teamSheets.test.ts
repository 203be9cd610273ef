import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// A team sheet and a stage result written for these tests (issue 10, families 3 and 4): the players named after a
// "Team:" label are people, their clubs in brackets stay apart, and a rider's three-letter country code is no name.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Team sheets and result lines', () => {
  it('reads the players after "Team:" as people, each apart from the club in brackets', () => {
    const text = [
      'Wales coach Dafydd Rowlands has named an unchanged side for the trip to Murrayfield on Saturday afternoon.',
      'Team: Gareth Pryce (Cardiff); Owain Maddox (Ospreys), Rhodri Bevan (Scarlets); Emyr Thomas (Bristol), Tomos Wyn (Dragons).',
    ].join('\n\n');
    const found = shown(text);
    for (const name of ['PERSON:Gareth Pryce', 'PERSON:Owain Maddox', 'PERSON:Rhodri Bevan', 'PERSON:Emyr Thomas']) {
      assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
    }
    assert.ok(!found.some(s => s.endsWith(':Team') || /\(/.test(s)), found.join(', '));
  });

  it('keeps a rider\'s country code in brackets out of the names, and the team after it whole', () => {
    const text = [
      'The Belgian sprinter held off a late charge on the cobbled finish to take the third stage by half a wheel.',
      ['1. Anders Holm (Den) Lidl-Trek 5h 27\' 41"', '2. Jasper Verlinden (Bel) Alpecin-Deceuninck same time',
        '3. Pieter Claes (Bel) Soudal Quick-Step +12"'].join('\n'),
    ].join('\n\n');
    const found = shown(text);
    assert.ok(!found.some(s => /:(?:Bel|Den)$/.test(s)), found.join(', '));
    assert.ok(found.includes('ORG:Alpecin-Deceuninck'), found.join(', '));
    assert.ok(found.includes('PERSON:Jasper Verlinden') && found.includes('PERSON:Pieter Claes'), found.join(', '));
  });
});
