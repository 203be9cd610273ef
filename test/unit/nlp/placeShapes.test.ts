import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { typeInContext } from '../../../src/core/nlp/context';
import { tokenize } from '../../../src/core/nlp/tokens';

// Sentences written for these tests (issue 10): a name the tagger read as a body that ends as a place's name does, or
// opens with a natural feature's noun and "of", is a place.
function typeOfSpan(text: string, name: string): string {
  const tokens = tokenize(text);
  const start = text.indexOf(name);
  const first = tokens.findIndex(t => t.start === start);
  const last = tokens.findIndex(t => t.end === start + name.length);
  assert.ok(first >= 0 && last >= first, name);
  return typeInContext(tokens, first, last, 'ORG');
}

describe('A body\'s reading of a name shaped as a place\'s', () => {
  it('is a place: a green, a valley, a forest of', () => {
    assert.equal(typeOfSpan('The bakery will move production to its main site at Pellow Green in Leeds.', 'Pellow Green'), 'LOC');
    assert.equal(typeOfSpan('He painted the steelworks of the Caddon Valley as they closed.', 'Caddon Valley'), 'LOC');
    assert.equal(typeOfSpan('Police blocked the road behind the leaders in the Forest of Marrenne.', 'Forest of Marrenne'), 'LOC');
  });

  it('leaves a body that ends so by its head or by the words around it', () => {
    assert.equal(typeOfSpan('The Crown Estate said rents would rise.', 'Crown Estate'), 'ORG');
    assert.equal(typeOfSpan('Shares in Halden Park fell 4% after the results.', 'Halden Park'), 'ORG');
  });

  it('shows the place in an article', () => {
    const text = 'The bakery will move production to its main site at Pellow Green in Leeds, putting 240 jobs at risk.';
    const entity = analyze(text).entities.find(e => e.mentions.some(m => text.slice(m.start, m.end) === 'Pellow Green'));
    assert.notEqual(entity?.type, 'ORG');
  });
});
