import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10): a name the tagger read as a person that ends with a team's, a
// collective's or a laboratory's noun is an organisation.
const typeOf = (text: string, name: string): string | undefined => {
  const entity = analyze(text).entities.find(e => e.mentions.some(m => text.slice(m.start, m.end) === name));
  return entity?.type;
};

describe('A name that ends with a team\'s or a laboratory\'s noun', () => {
  it('is no person: a cycling team, a jazz collective, a laboratory', () => {
    const race = 'The crash brought down Tomas Brandl of Halden Pro Cycling on the cobbles near the finish.';
    assert.equal(typeOf(race, 'Halden Pro Cycling'), 'ORG');
    const music = 'She opened for Nadia Collective at the festival and then lost the prize to them a year later.';
    assert.equal(typeOf(music, 'Nadia Collective'), 'ORG');
    const lab = 'Dr Ines Varga of Leeds\'s Harold Laboratory, who found the enzyme, said the trial would start in May.';
    assert.equal(typeOf(lab, 'Harold Laboratory'), 'ORG');
  });

  it('leaves a person\'s name that ends otherwise a person', () => {
    const text = 'The crash brought down Tomas Brandl of Halden Pro Cycling on the cobbles near the finish.';
    assert.equal(typeOf(text, 'Tomas Brandl'), 'PERSON');
  });
});
