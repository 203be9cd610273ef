import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { harmoniseTypes } from '../../../src/core/entities/harmonise';
import { bodiesByKind } from '../../../src/core/nlp/kindEvidence';
import { tagged } from './tagged';

// Articles written for these tests (issue 10, families 5 and 8): what the article says of a firm, a band or a country's
// body makes it an organisation wherever the tagger read a person or a place.
const typed = (text: string, names: ReadonlyArray<readonly [string, 'PERSON' | 'ORG' | 'PLACE' | 'COUNTRY']>): string[] =>
  harmoniseTypes(text, tagged(text, names), m => text.slice(m.start, m.end)).map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Firms by what the article says of them', () => {
  it('reads a name of several words after "the" and a firm\'s kind as the firm ("the Pune brokerage Dhanraj Mehta,")', () => {
    const text = 'Ravi Kohli, an analyst at the Pune brokerage Dhanraj Mehta, was cautious. Dhanraj Mehta cut its forecast. '
      + 'The decree, published in the official gazette El Diario, took effect.';
    assert.deepEqual([...bodiesByKind(text, ['Dhanraj Mehta', 'El Diario', 'Ravi Kohli'])].sort(), ['Dhanraj Mehta', 'El Diario']);
  });

  it('keeps a person after a kind where a clause follows ("the firm Kwame Asante founded") or after "developer"', () => {
    const text = 'She joined the consultancy Kwame Asante founded in 2001. The developer Jane Odell wrote the code.';
    assert.deepEqual([...bodiesByKind(text, ['Kwame Asante', 'Jane Odell'])], []);
  });

  it('reads a name whose officers or business verbs the article gives as a firm ("Harbour Dale\'s planning director", ", which operates")', () => {
    const text = 'Harbour Dale said it would pay for a new road. Harbour Dale\'s planning director, Marcus Oyelade, said the scheme was sound. '
      + 'Corran Vale, which operates a pulp mill near the town, said staff were safe. Corran Vale closed the mill.';
    assert.deepEqual(typed(text, [['Harbour Dale', 'PERSON'], ['Harbour Dale', 'PERSON'], ['Marcus Oyelade', 'PERSON'], ['Corran Vale', 'PERSON'], ['Corran Vale', 'PERSON']]),
      ['ORG:Harbour Dale', 'ORG:Harbour Dale', 'PERSON:Marcus Oyelade', 'ORG:Corran Vale', 'ORG:Corran Vale']);
  });

  it('reads a band after "trio" or "band" as the band wherever the tagger read a person', () => {
    const text = 'The shortlist includes the Belfast trio Kelpie and a Donegal folk band. Kelpie played the final song.';
    assert.deepEqual(typed(text, [['Belfast', 'PLACE'], ['Kelpie', 'PERSON'], ['Donegal', 'PLACE'], ['Kelpie', 'PERSON']]),
      ['PLACE:Belfast', 'ORG:Kelpie', 'PLACE:Donegal', 'ORG:Kelpie']);
  });

  it('reads a name after a country\'s possessive as its body, not a place, unless the lists hold it or a place\'s noun ends it', () => {
    const text = 'The chief executive joined from Norway\'s Velkra two years ago. Germany\'s Rundtel co-commissioned the series. '
      + 'Italy\'s Lombardy was hit, and so were Chile\'s Varenta Desert and Russia\'s Kirov region.';
    assert.deepEqual(typed(text, [['Norway', 'COUNTRY'], ['Velkra', 'PLACE'], ['Germany', 'COUNTRY'], ['Rundtel', 'PLACE'], ['Italy', 'COUNTRY'],
      ['Lombardy', 'PLACE'], ['Chile', 'COUNTRY'], ['Varenta Desert', 'PLACE'], ['Russia', 'COUNTRY'], ['Kirov', 'PLACE']]),
    ['COUNTRY:Norway', 'ORG:Velkra', 'COUNTRY:Germany', 'ORG:Rundtel', 'COUNTRY:Italy', 'PLACE:Lombardy', 'COUNTRY:Chile', 'PLACE:Varenta Desert',
      'COUNTRY:Russia', 'PLACE:Kirov']);
  });
});

describe('Bodies by the nouns in their names', () => {
  it('reads an orchestra and a body with a firm\'s noun before a country\'s name as organisations, not places', () => {
    const text = 'Ruth Mbane, formerly of the Dunmore Contemporary Orchestra, played. In Wales, Marine Resources Wales warned of floods.';
    const found = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(!found.includes('PLACE:Dunmore Contemporary Orchestra'), found.join(', '));
    assert.ok(!found.includes('PLACE:Marine Resources Wales'), found.join(', '));
  });
});
