import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Travel news written for these tests (issue 10): railway lines named with "line" or "Main Line".
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Railway lines', () => {
  it('are places named with their word "line" in a sentence about trains', () => {
    const names = shown('Services on the Cumbrian Coast line and the Heart of Wales line were cancelled, and passengers on the Elizabeth line faced delays.');
    for (const n of ['PLACE:Cumbrian Coast line', 'PLACE:Heart of Wales line', 'PLACE:Elizabeth line']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    // the sentence's first word is no part of the line's name
    assert.ok(!names.some(n => n.includes('Services')), names.join(', '));
  });

  it('take "Main Line" wherever it stands, and an operator ending in "Rail" is a sentence about trains', () => {
    const names = shown('The East Coast Main Line reopened on Friday.\n\n- TransRail: Border Hills line and Far Coast line suspended');
    for (const n of ['PLACE:East Coast Main Line', 'PLACE:Border Hills line', 'PLACE:Far Coast line']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });

  it('leave a party\'s line, and a railway\'s own name before "line", as they were', () => {
    const names = shown('Loyal MPs toed the Kremlin line on the budget. The Northern Powerhouse Rail line between two cities was delayed again.');
    assert.ok(!names.some(n => /line/.test(n)), names.join(', '));
  });
});
