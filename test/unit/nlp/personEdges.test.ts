import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): words at the edges of a person's name that are no part of it, with invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('A person\'s name without the words glued to its edges', () => {
  it('leaves a portfolio and its title out ("Fisheries Secretary Heidi Marrowby")', () => {
    has(shown('The Department for Fisheries said Fisheries Secretary Heidi Marrowby had chaired a call with harbour bosses on Friday.'), 'PERSON:Heidi Marrowby');
  });

  it('leaves an occupation out ("Headteacher Nasrin Okolo had written")', () => {
    has(shown('Headteacher Nasrin Okolo had written to parents last week.'), 'PERSON:Nasrin Okolo');
  });

  it('leaves a town\'s dweller out ("the Londoner Tamsin Achterberg")', () => {
    has(shown('The shortlist includes the Londoner Tamsin Achterberg, whose debut was recorded in a church.'), 'PERSON:Tamsin Achterberg');
  });

  it('leaves the letters after a name out ("Jonathan Pellow KC")', () => {
    has(shown('Asked by Jonathan Pellow KC, representing the family, the witness paused.'), 'PERSON:Jonathan Pellow');
  });

  it('leaves a byline\'s desk out ("Hana Pellow Science correspondent")', () => {
    has(shown('Moss may help clean rivers\n\nHana Pellow Science correspondent\n\nA common moss could strip metals from water, a study says.'), 'PERSON:Hana Pellow');
  });
});

describe('A place named with a nation\'s word', () => {
  it('is the place, not the nation ("by the Welsh Bridge", "from British Columbia")', () => {
    const names = shown('He runs a boat hire business by the Welsh Bridge in town, and his brother came from British Columbia.');
    has(names, 'PLACE:Welsh Bridge');
    has(names, 'PLACE:British Columbia');
  });
});
