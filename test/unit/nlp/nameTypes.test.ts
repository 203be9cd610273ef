import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Articles written for these tests (issue 10, families 4, 5 and 8: one name, one type). Each name is shown as
// TYPE:text, sliced from the article.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('The states of the United States', () => {
  it('reads a state the tagger took for a person or a body as a place', () => {
    const names = shown('Storms tore across the South on Sunday. Kentucky and Ohio have declared emergencies, '
      + 'and Mississippi and Alabama have also activated their National Guards, Governor Marisol Tenney said.');
    for (const state of ['Kentucky', 'Ohio', 'Mississippi', 'Alabama']) has(names, 'PLACE:' + state);
    has(names, 'PERSON:Marisol Tenney');
  });
});

describe('A firm named in two ways', () => {
  it('reads a longer name opening with a company of the article as that company, and the first word of a firm\'s name as the firm', () => {
    const text = 'Norwegian group Valdane has agreed to buy UK offshore wind developer Corvane Renewables in a £2bn deal. '
      + 'Corvane said the offer was fair. Shares in Corvane rose 4%, while Stellbrook Energy shares fell. Corvane\'s board '
      + 'backed the deal, and Stellbrook said it would not bid. Stellbrook was founded in 2011.';
    const names = shown(text);
    has(names, 'ORG:Corvane Renewables');
    has(names, 'ORG:Stellbrook Energy');
    assert.deepEqual(names.filter(n => n.endsWith(':Stellbrook')), ['ORG:Stellbrook', 'ORG:Stellbrook']);
  });
});

describe('A river and a person of the same name', () => {
  it('reads "the Tavy" as the river the article names in full, and "Tavy added" as the councillor', () => {
    const text = 'River Tavy floods again\n\nThe Tavy burst its banks on Tuesday, flooding homes in Lydford. '
      + 'Councillor Graham Tavy said residents were exhausted. "The Tavy is telling us something," he said. '
      + 'The Environment Agency said the river had peaked overnight. Tavy added that the council would ask for money.';
    const names = shown(text);
    has(names, 'PLACE:River Tavy');
    has(names, 'PERSON:Graham Tavy');
    const at = (from: string): string | undefined => names[analyze(text).mentions.findIndex(m => m.start === text.indexOf(from))];
    assert.equal(at('Tavy burst'), 'PLACE:Tavy');
    assert.equal(at('Tavy is telling'), 'PLACE:Tavy');
    assert.equal(at('Tavy added'), 'PERSON:Tavy');
  });
});

describe('The parts a cast plays', () => {
  it('reads the characters actors play as people, wherever the tagger read them as places', () => {
    const text = 'The Seagull review: a bruising revival\n\nThree hours in, the audience at the Larchfield Theatre barely breathes. '
      + 'Helena Quist plays his mother Arkadina with a chilling charm. Oliver Brandt is superb as Trigorin, the famous '
      + 'novelist. Arkadina, vain and brilliant, never quite notices her son. The production then '
      + 'transfers to Manchester.';
    const names = shown(text);
    assert.deepEqual(names.filter(n => /Arkadina|Trigorin/.test(n)), ['PERSON:Arkadina', 'PERSON:Trigorin', 'PERSON:Arkadina']);
    has(names, 'PLACE:Manchester');
  });
});

describe('Names listed together, and a given name inside a full name', () => {
  it('reads a name listed with firms as a firm, and a given name inside a person\'s full name as that person', () => {
    const text = 'Rivers rise again\n\nCorvane already runs the Ness wind farm with SSE and Vargronn. The bank said lenders '
      + 'and ratings agencies Moody\'s and Fitch were watching.\n\nEvidence that Lula\'s coalition was fraying grew after '
      + 'President Luiz Inacio Lula da Silva lost the vote.';
    const names = shown(text);
    for (const name of ['ORG:SSE', 'ORG:Vargronn', 'ORG:Fitch', 'PERSON:Lula', 'PERSON:Luiz Inacio Lula da Silva']) has(names, name);
  });
});

describe('Cities and chains outside sport', () => {
  it('reads a city the tagger took for a club in an obituary as the city, and supermarket chains as firms', () => {
    const text = 'Orla Deveney, singer, 1938-2026\n\nOrla Deveney, who has died aged 87, was the voice of a generation of dance '
      + 'bands.\n\nIn 1958 she took the ferry to Liverpool and then the train to London, where she talked her way into a '
      + 'residency at a club. Her brother ran a grocery that lost trade to competition from Aldi and Lidl.';
    const names = shown(text);
    for (const name of ['PLACE:Liverpool', 'PLACE:London', 'ORG:Aldi', 'ORG:Lidl']) has(names, name);
  });
});

describe('An acronym written as a word', () => {
  it('reads "(Fera)" after "the Federal Emergency Response Agency" as that body, and every "Fera" of the article with it', () => {
    const text = 'Senators clash over Fera funding as storm nears\n\nSenators clashed on Tuesday over emergency funding for the '
      + 'Federal Emergency Response Agency (Fera), as Hurricane Dolores strengthened.\n\nRepublicans said Fera had enough money '
      + 'to respond to the storm. Democrats said Fera was running out of cash.\n\nKey figures:\n\nRelief fund balance: $2.3bn'
      + '\n\nFera staff lost since January 2025: about one third';
    const names = shown(text);
    assert.deepEqual(names.filter(n => n.endsWith(':Fera')), ['ORG:Fera', 'ORG:Fera', 'ORG:Fera', 'ORG:Fera', 'ORG:Fera']);
    const acronym = analyze(text).entities.find(e => e.mentions.some(m => text.slice(m.start, m.end) === 'Fera'));
    assert.ok(acronym && acronym.mentions.length >= 5, JSON.stringify(acronym?.canonical));
  });
});

describe('A party named by its first word', () => {
  it('reads the first word of a movement\'s name, alone, as the movement', () => {
    const text = 'Opposition lawmakers from the Kestrel Democratic Movement walked out of the chamber. Former Vice President '
      + 'Odhiambo Kariuki, who leads Kestrel, said on social media that the opposition would challenge the law.';
    const names = shown(text);
    has(names, 'ORG:Kestrel Democratic Movement');
    has(names, 'ORG:Kestrel');
    has(names, 'PERSON:Odhiambo Kariuki');
  });
});
