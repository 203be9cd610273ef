import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Travel and Gulf business copy written for these tests (issue 10, boundaries): places named after a titled person.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Places and institutions named after a titled person', () => {
  it('keeps the title in an airport\'s, a stadium\'s and a university\'s name', () => {
    const text = 'The carrier will fly from King Khalid International Airport from March, and fans heading to King Fahd Stadium'
      + ' were told to allow extra time. Students at King Abdulaziz University held a vigil.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:King Khalid International Airport'), names.join(', '));
    assert.ok(names.includes('PLACE:King Fahd Stadium'), names.join(', '));
    assert.ok(names.includes('ORG:King Abdulaziz University'), names.join(', '));
  });

  it('reads a road named after a sheikh as a place, not a person', () => {
    const names = shown('Police closed two lanes of Sheikh Zayed Road in Dubai after the crash on Tuesday morning.');
    assert.ok(names.includes('PLACE:Sheikh Zayed Road'), names.join(', '));
    assert.ok(!names.some(n => n.startsWith('PERSON:')), names.join(', '));
  });

  it('leaves a titled person alone', () => {
    const names = shown('King Charles opened the new wing of the hospital in Cardiff on Friday.');
    assert.ok(names.includes('PERSON:Charles'), names.join(', '));
  });
});
