import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { KNOWN_COMPANIES } from '../../../src/core/nlp/knownCompanies';
import { KNOWN_ORGS } from '../../../src/core/nlp/knownOrgs';

// Business news written for these tests (issue 10, family 5: companies are organisations, not people or places),
// named in lists with no word around them that says "company".
const REPORT = [
  'The deal was backed by Codelco, Sinopec and Temasek, officials said on Monday.',
  'Qantas, Ryanair and Lufthansa cut flights after the strike, while Gojek and Tokopedia merged.',
  'The launch, by SpaceX, was watched by engineers from Airbus and Safran. Bungie said its new game was delayed.',
  'Stephen Roche said Roche and Novartis had agreed. Ratan Tata said Tata and Adani would bid.',
].join('\n\n');

const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Known companies', () => {
  it('finds companies named in lists as organisations', () => {
    const names = shown(REPORT);
    for (const name of ['Codelco', 'Sinopec', 'Temasek', 'Qantas', 'Ryanair', 'Lufthansa', 'Gojek', 'Tokopedia', 'SpaceX', 'Airbus', 'Safran', 'Bungie', 'Adani']) {
      assert.ok(names.includes(`ORG:${name}`), `ORG:${name} in ${names.join(', ')}`);
    }
  });

  it('keeps a person whose surname is a company\'s name, and finds the company named alone', () => {
    const names = shown(REPORT);
    for (const name of ['PERSON:Ratan Tata', 'PERSON:Stephen Roche', 'ORG:Roche']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    assert.ok(names.includes('ORG:Tata') && !names.includes('ORG:Ratan Tata'), names.join(', '));
  });

  it('leaves a longer name that holds a company\'s name whole ("the American Express Stadium", "the Allianz Arena")', () => {
    const text = 'Brighton beat Fulham at the American Express Stadium, and Bayern Munich lost at home in the Allianz Arena.';
    const names = shown(text);
    assert.ok(!names.includes('ORG:American Express') && !names.includes('ORG:Allianz'), names.join(', '));
    assert.ok(names.some(n => n.endsWith(':American Express Stadium')) && names.some(n => n.endsWith(':Allianz Arena')), names.join(', '));
  });

  it('lists no product: a games console bought is no company ("a PlayStation")', () => {
    const names = shown('He bought a PlayStation and an Xbox in the sales, then sold the PlayStation to a neighbour.');
    assert.ok(!names.some(n => n.startsWith('ORG:')), names.join(', '));
  });

  it('knows a motor racing team before a driver\'s role, and leaves the family of that name a person', () => {
    const names = shown('Lewis Hamilton edged Ferrari team-mate Charles Leclerc by a tenth. Enzo Ferrari founded the team in 1929.');
    assert.ok(names.includes('ORG:Ferrari'), names.join(', '));
    assert.ok(names.includes('PERSON:Enzo Ferrari'), names.join(', '));
    assert.ok(!names.includes('PLACE:Ferrari'), names.join(', '));
  });

  it('lists each form once, in no other list of known organisations', () => {
    const forms = KNOWN_COMPANIES.flatMap(c => c.forms);
    assert.equal(new Set(forms).size, forms.length, forms.filter((f, i) => forms.indexOf(f) !== i).join(', '));
    const others = new Set(KNOWN_ORGS.flatMap(o => o.forms));
    assert.deepEqual(forms.filter(f => others.has(f)), []);
  });
});
