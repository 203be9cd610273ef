import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { firstNameGender, titleGenderBefore } from '../../../src/core/nlp/gender';

// Written for these tests (issue 10, family 8): one name, one entity, but a peer is not the woman who shares his surname.
describe('Titles and given names keep two people with one surname apart', () => {
  it('reads the gender of a title and of a given name', () => {
    assert.equal(titleGenderBefore('Lord Smith', 5), 'male');
    assert.equal(titleGenderBefore('said Baroness Jones', 14), 'female');
    assert.equal(titleGenderBefore('Secretary Jones', 10), undefined);
    assert.equal(firstNameGender('Jane'), 'female');
    assert.equal(firstNameGender('Gordon'), 'male');
  });

  it('keeps "Lord Smith" apart from "Jane Smith", and joins "Mrs Smith" and "Gordon" to their full names', () => {
    const text = 'Gordon Brown met Jane Smith in London. Gordon said the talks went well. Lord Smith, a former minister, disagreed. Mrs Smith said no.';
    const ids = analyze(text).mentions.map(m => [text.slice(m.start, m.end), m.entityId] as const);
    const idOf = (at: number): string | undefined => ids[at]?.[1];
    const smiths = ids.filter(([s]) => s === 'Smith').map(([, id]) => id);
    assert.equal(smiths.length, 2, JSON.stringify(ids));
    assert.notEqual(smiths[0], idOf(ids.findIndex(([s]) => s === 'Jane Smith')));
    assert.equal(smiths[1], idOf(ids.findIndex(([s]) => s === 'Jane Smith')));
    assert.equal(ids.find(([s]) => s === 'Gordon')?.[1], ids.find(([s]) => s === 'Gordon Brown')?.[1]);
  });
});
