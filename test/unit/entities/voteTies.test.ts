import assert from 'node:assert/strict';
import type { EntityType, PlacedMention } from '../../../src/core/model';
import { harmoniseTypes } from '../../../src/core/entities/harmonise';

// Text written for these tests (issue 10): where the tagger read a name once as one type and once as another, the tie
// goes to the place the place lists hold or whose name ends as a place's does, else to the body over the place.
function typesAfterTie(text: string, name: string, types: readonly EntityType[]): EntityType[] {
  const raw: PlacedMention[] = [];
  let from = 0;
  for (const type of types) {
    const start = text.indexOf(name, from);
    raw.push({ start, end: start + name.length, type, source: 'tagger', reason: 'tagger', paragraph: 0 });
    from = start + name.length;
  }
  return harmoniseTypes(text, raw, m => text.slice(m.start, m.end)).map(m => m.type);
}

describe('A tie in the tagger\'s votes', () => {
  it('goes to the place when the name ends as a place\'s does ("the Marlowe Road office" beside "on Marlowe Road")', () => {
    const text = 'Staff at the firm\'s Marlowe Road office cheered. The company moved to Marlowe Road last spring.';
    assert.deepEqual(typesAfterTie(text, 'Marlowe Road', ['ORG', 'PLACE']), ['PLACE', 'PLACE']);
  });

  it('goes to the place the place lists hold ("the Jasper fire" beside "the townsite of Jasper")', () => {
    const text = 'We have done a lot of work since the Jasper fire. A wildfire tore through the townsite of Jasper last year.';
    assert.deepEqual(typesAfterTie(text, 'Jasper', ['PERSON', 'PLACE']), ['PLACE', 'PLACE']);
  });

  it('goes to the body over a place no list holds ("the Kestrel nomination", "the Kestrel shortlist")', () => {
    const text = 'The Kestrel nomination changed everything. After the Kestrel shortlist I could pay my band.';
    assert.deepEqual(typesAfterTie(text, 'Kestrel', ['PLACE', 'ORG']), ['ORG', 'ORG']);
  });
});

describe('A country\'s possessive before a name', () => {
  it('makes no body of the surname of a person the article names in full ("Zambia\'s Hichilema")', () => {
    const text = 'Zambia\'s Hichilema sacks mines chief. President Hakainde Hichilema said Hichilema would go to Kitwe.';
    const at = (s: string): number => text.indexOf(s);
    const raw: PlacedMention[] = [
      { start: 0, end: 6, type: 'COUNTRY', source: 'gazetteer', reason: 'gazetteer:name', paragraph: 0 },
      { start: at('Hichilema'), end: at('Hichilema') + 9, type: 'PLACE', source: 'tagger', reason: 'tagger', paragraph: 0 },
      { start: at('Hakainde'), end: at('Hakainde') + 18, type: 'PERSON', source: 'tagger', reason: 'tagger', paragraph: 0 },
      { start: at('Hichilema would'), end: at('Hichilema would') + 9, type: 'PERSON', source: 'tagger', reason: 'tagger', paragraph: 0 },
    ];
    const types = harmoniseTypes(text, raw, m => text.slice(m.start, m.end)).map(m => m.type);
    assert.ok(!types.includes('ORG'), types.join(', '));
  });
});
