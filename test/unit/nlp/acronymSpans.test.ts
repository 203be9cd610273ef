import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): bodies' names the tagger cut, made whole by the acronym in brackets after them or
// by the place lists, with invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('A body\'s name that the acronym in brackets after it spells', () => {
  it('takes in every word the acronym spells ("the Danish Interagency Peat Fire Bureau (DIPFB)")', () => {
    has(shown('Lena Holm of the Danish Interagency Peat Fire Bureau (DIPFB) said.'), 'ORG:Danish Interagency Peat Fire Bureau');
  });

  it('takes in a place the acronym spells ("the United Provinces Relief Mission in Ostria (UPRMO)")', () => {
    has(shown('The United Provinces Relief Mission in Ostria (UPRMO) said a convoy was hit.'), 'ORG:United Provinces Relief Mission in Ostria');
  });

  it('leaves a country that an acronym spells a country ("the Democratic Republic of the Congo (DRC)")', () => {
    has(shown('Troops entered the Democratic Republic of Congo (DRC) on Monday.'), 'COUNTRY:Democratic Republic of Congo');
  });
});

describe('Two areas joined by "and" in one name', () => {
  it('keeps a health body named after two areas whole ("NHS Tamworth and Pellside")', () => {
    has(shown('NHS Tamworth and Pellside, the care board, said waiting times fell.'), 'ORG:NHS Tamworth and Pellside');
  });

  it('joins a region the lists know ("schools closed in Kelby and Dumfries and Galloway")', () => {
    has(shown('Schools closed in Kelby and Dumfries and Galloway on Friday.'), 'PLACE:Dumfries and Galloway');
  });
});
