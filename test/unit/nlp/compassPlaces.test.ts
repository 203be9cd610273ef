import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10): a compass word in lower case before a name places it.
const typeOf = (text: string, name: string): string | undefined =>
  analyze(text).entities.find(e => e.mentions.some(m => text.slice(m.start, m.end) === name))?.type;

describe('A compass word in lower case before a name', () => {
  it('makes the name a place, where the tagger read a person ("across west Lindsey")', () => {
    const text = 'Flood warnings were issued across west Lindsey on Sunday.';
    assert.equal(typeOf(text, 'Lindsey'), 'PLACE');
  });

  it('leaves a person after a capitalised compass word\'s place alone ("North Wales Police\'s Dana Roe")', () => {
    const text = 'Superintendent Dana Roe of North Wales Police said the road would reopen.';
    assert.equal(typeOf(text, 'Dana Roe'), 'PERSON');
  });
});
