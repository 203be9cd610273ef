import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sports and politics news written for these tests (issue 10): a competition's or a benefit's name that the tagger
// cut before its last word.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Competition names', () => {
  it('take their last word, so no place or person is read out of them', () => {
    const text = 'GOLF - LEADING SCORES AT DUBAI DESERT CLASSIC\nDUBAI 1998-02-07\n'
      + 'Leading scores after the third round of the Dubai Desert Classic on Saturday (Britain unless stated):\n'
      + '203 Ian Woosnam 68 67 68\n\n'
      + 'Spain won the Davis Cup for the sixth time on Sunday, and Davis himself was there to watch the final.\n\n'
      + 'She beat the defending champion in the final of the Kooyong Classic last January.';
    const names = shown(text);
    assert.ok(!names.some(n => /Desert|Kooyong/i.test(n)), names.join(', '));
    // the man named Davis is a person once, and the dateline's town still a place
    assert.equal(names.filter(n => /Davis/.test(n)).join(), 'PERSON:Davis');
    assert.ok(names.includes('PLACE:DUBAI'), names.join(', '));
    assert.ok(names.includes('PERSON:Ian Woosnam'), names.join(', '));
  });

  it('leave the host city of "Games" a place', () => {
    const text = 'Thousands of volunteers will help at the venues of the Oslo Games next summer, the organisers said on Monday.';
    assert.ok(shown(text).includes('PLACE:Oslo'), shown(text).join(', '));
  });

  it('take a benefit\'s last word, so a benefit is no organisation', () => {
    const text = 'The amendment would stop the Universal Credit and Personal Independence Payment changes going ahead. '
      + 'Claimants of Pension Credit and Carer\'s Allowance will get more, the Department for Work and Pensions said on Monday.';
    const names = shown(text);
    assert.deepEqual(names, ['ORG:Department for Work and Pensions']);
  });

  it('read a singer\'s tour as no body, and the tennis and golf tours as the bodies they are', () => {
    const text = 'The Lanterns Tour, which began in Glendale in March, has grossed more than $2bn. '
      + 'She has won nine titles on the WTA Tour, and her brother plays on the European Tour.';
    const names = shown(text);
    assert.ok(!names.some(n => n.includes('Lanterns')), names.join(', '));
    assert.ok(names.includes('ORG:WTA Tour') && names.includes('ORG:European Tour'), names.join(', '));
  });
});
