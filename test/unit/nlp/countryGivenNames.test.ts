import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): people whose given name is a country's or a people's name.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('People named by a country\'s name', () => {
  it('reads "Jordan Pemberton", "Georgia Lockwood", "Israel Okonjo" and "Finn Gallagher" as people', () => {
    const text = 'Jordan Pemberton captained the side. Forward Georgia Lockwood scored the winner, and Finn Gallagher was named '
      + 'player of the match. Israel Okonjo lost his title in Perth.';
    const names = shown(text);
    for (const name of ['Jordan Pemberton', 'Georgia Lockwood', 'Finn Gallagher', 'Israel Okonjo']) has(names, `PERSON:${name}`);
    assert.ok(!names.some(n => n.startsWith('COUNTRY:')), names.join(', '));
  });

  it('keeps the country before a body, a day or a ground ("Jordan Times", "Jordan Monday", "Georgia Dome")', () => {
    const text = 'The Jordan Times reported the visit. Israel Radio reported it too. Jordan Monday denied it. '
      + 'The final is at the Georgia Dome.';
    const names = shown(text);
    assert.ok(!names.some(n => n.startsWith('PERSON:') && /Jordan|Israel|Georgia/.test(n)), names.join(', '));
    has(names, 'COUNTRY:Jordan');
  });
});

describe('Hyphenated given names', () => {
  it('keeps the first part of "Jan-Lennard Vogt" and "Hans-Peter Kroll", not of "Indo-Aryan" or "Saint-Denis"', () => {
    const names = shown('The champion eased past Jan-Lennard Vogt of Austria, and Hans-Peter Kroll said it was deserved. '
      + 'Police in Saint-Denis said the crowd had left.');
    has(names, 'PERSON:Jan-Lennard Vogt');
    has(names, 'PERSON:Hans-Peter Kroll');
    assert.ok(!names.some(n => n.startsWith('PERSON:Saint')), names.join(', '));
  });
});
