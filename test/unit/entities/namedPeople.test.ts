import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10): a person's noun and "named" or "called" before a name make it a person's.
const typeOf = (text: string, name: string): string | undefined =>
  analyze(text).entities.find(e => e.mentions.some(m => text.slice(m.start, m.end) === name))?.type;

describe('A person\'s noun and "named" before a name', () => {
  it('makes the name a person\'s ("a retired customs officer named ...")', () => {
    const text = 'Voters in the district chose a retired customs officer named Subhendu Raychaudhuri, by more than 30,000 votes.';
    assert.equal(typeOf(text, 'Subhendu Raychaudhuri'), 'PERSON');
  });

  it('leaves a place or a firm so named alone ("a village named ...", "a firm called ...")', () => {
    const text = 'Floods cut off a village named Ardlow in Cumbria. A firm called Tarvik Logistics said its lorries could not reach it.';
    assert.notEqual(typeOf(text, 'Ardlow'), 'PERSON');
    assert.notEqual(typeOf(text, 'Tarvik Logistics'), 'PERSON');
  });
});
