import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, boundaries): two names the tagger read as one, which the article writes apart elsewhere.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Names the article writes apart, or whole, elsewhere', () => {
  it('cuts a person from the body after "of" when the person\'s name stands alone elsewhere ("Okafor said")', () => {
    const text = 'Not every broker was convinced. Chidera Okafor of Barclays in Lagos expected a weaker year.\n\n'
      + '"Margins are thin and the naira is volatile," Okafor said.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Chidera Okafor'), names.join(', '));
    assert.ok(!names.some(n => n.endsWith('Chidera Okafor of Barclays')), names.join(', '));
  });

  it('cuts "X and Y" when one side stands alone elsewhere ("made by Brembo")', () => {
    const text = 'The brake discs are made by Brembo near Bergamo.\n\n'
      + 'The rule largely benefits Brembo and Iveco, whose factories are in Turin.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Iveco'), names.join(', '));
    assert.ok(!names.some(n => n.endsWith('Brembo and Iveco')), names.join(', '));
  });

  it('keeps a member\'s seat whole ("the MP for Ludford and Wenbury")', () => {
    const text = 'The river rose in Ludford overnight.\n\nThe former MP for Ludford and Wenbury said residents had been let down.';
    const names = shown(text);
    assert.ok(!names.includes('PLACE:Wenbury'), names.join(', '));
  });

  it('joins two names side by side that the article writes whole elsewhere ("Yavapai" and "County" by "all of Yavapai County")', () => {
    const names = shown('Yavapai County Attorney Dennis McGrane, whose office covers all of Yavapai County, welcomed the ruling.');
    assert.ok(!names.includes('PLACE:County') && !names.some(n => /:Yavapai$/.test(n)), names.join(', '));
    assert.equal(names.filter(n => n === 'PLACE:Yavapai County').length, 2, names.join(', '));
  });
});
