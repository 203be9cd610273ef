import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { findTitledNames } from '../../../src/core/nlp/newsRules';
import { tokenize } from '../../../src/core/nlp/tokens';

// Paragraphs written for these tests (issue 10, family 7): the name after a title is a person.
const titled = (text: string): string[] => {
  const tokens = tokenize(text);
  return findTitledNames(tokens).map(s => text.slice(tokens[s.first].start, tokens[s.last].end));
};

describe('People named after a title', () => {
  it('reads the name after an abbreviated title with its period, and a surname that opens with a particle', () => {
    assert.deepEqual(titled("She trained under Prof. Ilaria d'Anzeri in Turin."), ["Ilaria d'Anzeri"]);
    assert.deepEqual(titled('Talks with Mr. Okonjo and Dr. Hana Weisz ended.'), ['Okonjo', 'Hana Weisz']);
    assert.deepEqual(titled("Dr Sean O'Brien and Mrs. Lee spoke."), ["Sean O'Brien", 'Lee']);
  });

  it('makes a person of a titled name the tagger read as a place or a body', () => {
    const text = "I did my doctorate on ant learning under the supervision of Prof. Ilaria d'Anzeri. I liked the lab so much that I stayed on.";
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(names.includes("PERSON:Ilaria d'Anzeri"), names.join(', '));
  });
});
