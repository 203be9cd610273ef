import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { harmoniseTypes } from '../../../src/core/entities/harmonise';
import { tagged } from './tagged';

// Articles written for these tests (issue 10, family 8): kin after a possessive and a post in apposition say a name is a
// person's, wherever the tagger read a place or a body.
const typed = (text: string, names: ReadonlyArray<readonly [string, 'PERSON' | 'ORG' | 'PLACE']>): string[] =>
  harmoniseTypes(text, tagged(text, names), m => text.slice(m.start, m.end)).map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('People by kin and posts', () => {
  it('reads names after kin and a possessive as people, and the names listed with them ("their children, Tayo and Brin")', () => {
    const text = 'A scene in which Cathal and his sister Nessa mend a net is the best thing here. He is survived by their children, Tayo '
      + 'and Brin, and by his sister, Adunni.';
    assert.deepEqual(typed(text, [['Cathal', 'PERSON'], ['Nessa', 'PLACE'], ['Tayo', 'PERSON'], ['Brin', 'PLACE'], ['Adunni', 'PLACE']]),
      ['PERSON:Cathal', 'PERSON:Nessa', 'PERSON:Tayo', 'PERSON:Brin', 'PERSON:Adunni']);
  });

  it('reads a name with a post in apposition as a person ("Maris Pugh-Evans, a former Labour councillor,")', () => {
    const text = 'Maris Pugh-Evans, a former Labour councillor in Caerwen who stood down, said the result was a verdict. '
      + 'Relatives of Tomas Vidal Herrera wept. Vidal Herrera, a father of two, delivered food.';
    assert.deepEqual(typed(text, [['Maris Pugh-Evans', 'ORG'], ['Caerwen', 'PLACE'], ['Tomas Vidal Herrera', 'PERSON'], ['Vidal Herrera', 'PLACE']]),
      ['PERSON:Maris Pugh-Evans', 'PLACE:Caerwen', 'PERSON:Tomas Vidal Herrera', 'PERSON:Vidal Herrera']);
  });

  it('reads a name with a trade in apposition as a person ("Tavita Seuli, a groundsman", ", a dispatcher for the depot")', () => {
    const text = 'Tavita Seuli, a groundsman who has tended the pitch for years, said it was dry. "We have no buses," said Odrin '
      + 'Vaskel, a dispatcher for the depot. Breya Lomond, a retired electrician, agreed.';
    assert.deepEqual(typed(text, [['Tavita Seuli', 'ORG'], ['Odrin Vaskel', 'ORG'], ['Breya Lomond', 'PLACE']]),
      ['PERSON:Tavita Seuli', 'PERSON:Odrin Vaskel', 'PERSON:Breya Lomond']);
  });

  it('keeps a firm whose apposition is a firm\'s noun ("Harlow Coaches, a coach operator"; "Brackwell, the chemist")', () => {
    const text = 'Harlow Coaches, a coach operator in the valley, cut routes. Brackwell, the chemist, closed its branches.';
    assert.deepEqual(typed(text, [['Harlow Coaches', 'ORG'], ['Brackwell', 'ORG']]), ['ORG:Harlow Coaches', 'ORG:Brackwell']);
  });

  it('keeps a body whose apposition names a post of its own, and a place the lists hold', () => {
    const text = 'Harlow Mining, the company whose chairman resigned, fell. His sister Leeds moved away.';
    assert.deepEqual(typed(text, [['Harlow Mining', 'ORG'], ['Leeds', 'PLACE']]), ['ORG:Harlow Mining', 'PLACE:Leeds']);
  });
});

// Written for these tests too: names right after a noun that only a person is ("defender", "drummer", "team principal").
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('People by the noun before their name', () => {
  it('reads a name after a person\'s noun as a person\'s ("Celtic\'s Japanese defender Kota Nishimura")', () => {
    const text = "Spurs' move for Celtic's Japanese defender Kota Nishimura collapsed over personal terms.";
    const names = shown(text);
    assert.ok(names.includes('PERSON:Kota Nishimura'), names.join(', '));
    assert.ok(names.includes('ORG:Celtic'), names.join(', '));
  });

  it('leaves a body with a body\'s noun after such a noun a body ("the team sponsor Red Bull Racing")', () => {
    const text = 'Arsenal beat Fulham 2-1, and the team sponsor Red Bull Racing renewed its deal with the striker.';
    assert.ok(shown(text).includes('ORG:Red Bull Racing'), shown(text).join(', '));
  });
});

// An election report written for these tests: districts named by two places joined by a hyphen.
describe('Districts named by two places', () => {
  it('reads "Charlottetown-Belvedere" and "New Haven-Rocky Point" as places, and keeps a firm named by two surnames', () => {
    const text = 'Green leader Sonja Rietvelt held Charlottetown-Belvedere, and the party gained New Haven-Rocky Point. '
      + 'Fisher-Price, a division of a toy maker, said nothing. Ellen Ramsay-Hale won too.';
    const names = shown(text);
    for (const place of ['Charlottetown-Belvedere', 'New Haven-Rocky Point']) assert.ok(names.includes(`PLACE:${place}`), `${place} in ${names.join(', ')}`);
    assert.ok(!names.includes('PLACE:Fisher-Price') && names.includes('PERSON:Ellen Ramsay-Hale'), names.join(', '));
  });
});

// Written for these tests: a country's player and a firm's chief executive, in copy that speaks of shares.
describe('People by a country\'s possessive and by "chief executive"', () => {
  it('reads "Spain\'s Pablo Ibarra" and "chief executive Adaeze Okonkwo-Bello" as people, and "at Iraq\'s Abu Ghraib" as a place', () => {
    const text = 'Feldmann lost the final to Spain\'s Pablo Ibarra last month. Shares in Ogun Clinker rose 4% after chief executive '
      + 'Adaeze Okonkwo-Bello said margins would widen. Guards at Iraq\'s Abu Ghraib were convicted.';
    const names = shown(text);
    for (const person of ['Pablo Ibarra', 'Adaeze Okonkwo-Bello']) assert.ok(names.includes(`PERSON:${person}`), `${person} in ${names.join(', ')}`);
    assert.ok(!names.includes('PERSON:Abu Ghraib'), names.join(', '));
  });
});

describe('One name, one type: a full name read once as a place', () => {
  it('is the person where the article writes the surname alone as a person\'s', () => {
    const text = 'Orla Devlin is magnetic in a fierce, funny production. It is a real achievement that Orla Devlin, best known as '
      + 'the detective, makes the part her own. Devlin is superb. Maale Adumim grew, and Maale Adumim voted.';
    // (the lone surname found by the article's repeats, not read by the tagger)
    const raw = tagged(text, [['Orla Devlin', 'PERSON'], ['Orla Devlin', 'PLACE'], ['Devlin', 'PERSON'], ['Maale Adumim', 'PERSON'], ['Maale Adumim', 'PLACE']])
      .map(m => (text.slice(m.start, m.end) === 'Devlin' ? { ...m, source: 'repeat' as const, reason: 'repeat' } : m));
    assert.deepEqual(harmoniseTypes(text, raw, m => text.slice(m.start, m.end)).map(m => `${m.type}:${text.slice(m.start, m.end)}`),
      ['PERSON:Orla Devlin', 'PERSON:Orla Devlin', 'PERSON:Devlin', 'PERSON:Maale Adumim', 'PLACE:Maale Adumim']);
  });
});

describe('Towns that open the lines of a list', () => {
  it('reads the towns of a price table and of a list of routes as places, not bodies', () => {
    const text = 'Asking prices by town, February:\nTaunton – £301,700 (+2.2%)\nYeovil – £268,400 (+1.5%)\n\nNew routes from May:\n'
      + 'Aberdeen – Shannon\nSouthampton – Guernsey';
    const names = shown(text);
    for (const town of ['Taunton', 'Yeovil', 'Aberdeen', 'Southampton']) assert.ok(names.includes(`PLACE:${town}`), `${town} in ${names.join(', ')}`);
  });
});

describe('A compatriot or a teammate before a name', () => {
  it('makes the name a person\'s ("by her compatriot Tigst Assefa")', () => {
    const text = 'She took 44 seconds off the course record set by her compatriot Workenesh Alemu in 2023. The men\'s record was set by '
      + 'his compatriot Genzebe Tola in Valencia.';
    const names = shown(text);
    for (const person of ['Workenesh Alemu', 'Genzebe Tola']) assert.ok(names.includes(`PERSON:${person}`), `${person} in ${names.join(', ')}`);
  });
});

describe('A firm named by its kind in apposition', () => {
  it('reads "X, a crypto exchange," and "X, the streaming platform," as firms, not people', () => {
    const text = 'Coinvara, a crypto exchange, collapsed in May. Coinvara owed customers $5bn, and Coinvara said it would repay them. '
      + 'Streamly, the streaming platform, said Streamly would cut prices.';
    const names = shown(text);
    for (const firm of ['Coinvara', 'Streamly']) assert.ok(names.includes(`ORG:${firm}`), `${firm} in ${names.join(', ')}`);
    assert.ok(!names.some(n => n.startsWith('PERSON:')), names.join(', '));
  });
});
