import assert from 'node:assert/strict';
import { fill, Random } from '../../../scripts/ner/synthetic';
import { LINE_TEMPLATES, makeSlots, PROSE_TEMPLATES } from '../../../scripts/ner/templates';

describe('synthetic training sentences for the tagger (scripts/ner)', () => {
  const slots = makeSlots();

  it('marks entities whose offsets slice to their text, in every template', () => {
    const rnd = new Random(3);
    for (const template of [...LINE_TEMPLATES, ...PROSE_TEMPLATES]) {
      for (let k = 0; k < 5; k++) {
        const { text, entities } = fill(template, slots, rnd);
        for (const e of entities) assert.equal(text.slice(e.start, e.end), e.text, template);
        assert.ok(!text.includes('{'), `every slot is filled: ${text}`);
      }
    }
  });

  it('makes a club in a results line an organisation and leaves the scores out', () => {
    const { text, entities } = fill('{club} {g} {club} {g}', slots, new Random(11));
    assert.equal(entities.length, 2, text);
    for (const e of entities) {
      assert.equal(e.type, 'ORG');
      assert.doesNotMatch(e.text, /\d/);
    }
  });

  it('keeps the title out of the person and the index out of the entities', () => {
    const { text, entities } = fill('Lord {sur} said the {index} fell.', slots, new Random(5));
    assert.deepEqual(entities.map(e => e.type), ['PERSON'], text);
    assert.ok(!entities[0].text.startsWith('Lord'));
  });

  it('writes the same sentences from the same seed', () => {
    assert.deepEqual(fill(PROSE_TEMPLATES[0], slots, new Random(9)), fill(PROSE_TEMPLATES[0], slots, new Random(9)));
  });
});
