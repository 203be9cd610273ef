import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { thingAcronyms } from '../../../src/core/nlp/acronymThings';

// Sentences written for these tests (issue 10, not-a-name): an instrument spelt out with its acronym set off by commas.
describe('An acronym set off by commas after an instrument\'s name', () => {
  it('makes the name and the acronym no body', () => {
    const text = 'The dust was measured with the Deep-Field Imaging Instrument, DFII, which was built partly in Leicester.';
    assert.deepEqual(thingAcronyms(text).map(r => text.slice(r.start, r.end)), ['Deep-Field Imaging Instrument', 'DFII']);
    const names = analyze(text).entities.map(e => `${e.type}:${e.canonical}`);
    assert.ok(!names.some(n => /Instrument|DFII/.test(n)), names.join(', '));
  });

  it('leaves a body spelt out so ("the Office for Budget Responsibility, OBR, said")', () => {
    const text = 'The Office for Budget Responsibility, OBR, said growth would slow.';
    assert.deepEqual(thingAcronyms(text), []);
  });
});
