import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10): names the tagger reads as a nation's word, often by their last word.
const shown = (text: string): string[] => analyze(text).entities.map(e => `${e.type}:${e.canonical}`);

describe('A name the tagger reads as a country\'s word, with none in it', () => {
  it('is a person when a listed given name opens it ("Minister ..., Sara Brekke, told")', () => {
    for (const [text, name] of [
      ["Portugal's Minister for the Energy Transition, Sara Brekke, told reporters in Lisbon the rule would stay.", 'Sara Brekke'],
      ["Portugal's Minister for the Energy Transition, Marta Aagveld, told reporters in Lisbon the rule would stay.", 'Marta Aagveld'],
    ]) assert.ok(shown(text).includes(`PERSON:${name}`), shown(text).join(', '));
  });

  it('is a place when it ends with a place\'s last word ("Abbey Stadium")', () => {
    const text = "Kessock travel to Carrow United's Abbey Stadium on Saturday, while Rushford host Exeter City the same afternoon.";
    assert.ok(shown(text).includes('PLACE:Abbey Stadium'), shown(text).join(', '));
  });

  it('leaves a country\'s name to the gazetteer ("Portugal")', () => {
    const text = "Portugal's Minister for the Energy Transition, Sara Brekke, told reporters in Lisbon the rule would stay.";
    assert.ok(shown(text).includes('COUNTRY:Portugal'), shown(text).join(', '));
  });
});
