import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// An article written for these tests (issue 10, family 1): a number with its unit glued on ("1min", "22.391sec",
// "398pts", "102kg") is a measure, and a name stops before it as before any number.
describe('A number with its unit glued on', () => {
  const text = [' date 2026-11-30 Motorsport desk', 'Kessler wins in the desert', '',
    'Jonas Kessler won the race on Sunday night, with Rafael Duarte second and Miko Lindahl third.', '',
    'Fastest lap: Duarte 1min 22.391sec (lap 48)', '',
    "Drivers' championship (after 23 of 24 rounds): 1 Kessler 398pts, 2 Duarte 389, 3 Lindahl 381", '',
    'The heaviest bag at the weigh-in was Tomasz Wrona 102kg, ahead of Pieter Maas 98kg.', ''].join('\n');
  const mentions = analyze(text).entities.flatMap(e => e.mentions.map(m => ({ text: text.slice(m.start, m.end), type: e.type })));

  it('joins no name', () => {
    for (const m of mentions) assert.ok(!/\d/.test(m.text), `'${m.text}' holds a number`);
  });

  it('leaves the name before it whole and a person', () => {
    assert.deepEqual(mentions.filter(m => m.text === 'Tomasz Wrona' || m.text === 'Pieter Maas').map(m => m.type), ['PERSON', 'PERSON']);
  });
});

describe('Times of day', () => {
  it('are never names, with their half of the day and zone ("at 8.15pm", "4:00 PM PDT")', () => {
    const text = 'The nurse was asked why the second call at 8.15pm had not been upgraded. Doors open at 7.30pm in Carrowby. Shares closed at 4:00 PM PDT.';
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(!names.some(n => /pm|PM|PDT/.test(n)), names.join(', '));
    assert.ok(names.includes('PLACE:Carrowby'), names.join(', '));
  });
});
