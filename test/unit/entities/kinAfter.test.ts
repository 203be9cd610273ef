import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10): a name whose possessive is followed by kin or a protégé is a person's.
const typeOf = (text: string, name: string): string | undefined =>
  analyze(text).entities.find(e => e.mentions.some(m => text.slice(m.start, m.end) === name))?.type;

describe('Kin or a protégé after a name\'s possessive', () => {
  it('makes the name a person\'s ("Donal Lunny\'s protégé")', () => {
    const text = 'The score by Donal Lunny\'s protégé Cara Ní Bhriain leans too heavily on the fiddle.';
    assert.equal(typeOf(text, 'Donal Lunny'), 'PERSON');
  });

  it('leaves a firm with a partner or a parent a firm', () => {
    const text = 'Shares in Halvard Foods fell after Halvard Foods\'s partner cut its forecast.';
    assert.equal(typeOf(text, 'Halvard Foods'), 'ORG');
  });
});
