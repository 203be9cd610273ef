import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, families 2, 5 and 7): wire credits, firms in apposition and parties in
// British, American and foreign house styles, with invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('Wire credits, firms and parties', () => {
  it('reads the people of a wire story\'s credits as people', () => {
    const text = 'The central bank held rates.\n\n(Reporting by Rupal Jainesh in Abuja; Editing by Tom Brindle)';
    const names = shown(text);
    has(names, 'PERSON:Rupal Jainesh');
    has(names, 'PERSON:Tom Brindle');
  });

  it('reads a firm called a housebuilder or a grocer in apposition as a company', () => {
    const names = shown('Brackwell, the housebuilder, lost 4%. Quenby, the online grocer, slipped 2%.');
    has(names, 'ORG:Brackwell');
    has(names, 'ORG:Quenby');
  });

  it('keeps a party\'s name whole through "for the" and reads "the X party" in lower case as the party', () => {
    const text = 'The opposition Civic Union for the People, led by Haruto Mizuno, tripled its seats. '
      + 'Divisions in the Velsian party have reopened, said Ana Prell.';
    const names = shown(text);
    has(names, 'ORG:Civic Union for the People');
    has(names, 'ORG:Velsian');
    assert.ok(!names.some(n => n.startsWith('PLACE:')), names.join(', '));
  });

  it('reads Labour as the party, not the noun that opens a sentence', () => {
    const text = 'Labour MP Jo Tranter said the plans would hurt. Mr Brisk said Labour had lost control. Labour shortages hit farms.';
    const names = shown(text);
    assert.deepEqual(names.filter(n => n.includes('Labour')), ['ORG:Labour', 'ORG:Labour']);
  });

  it('reads a bank named like a person as a bank', () => {
    const names = shown('Goldman Sachs and Morgan Stanley advised Brackwell on the deal.');
    has(names, 'ORG:Morgan Stanley');
  });

  it('reads "a Texas Republican" as the state, not one organisation', () => {
    const names = shown('Sen. Dale Brannock, a Texas Republican, said the bill would fund border security.');
    has(names, 'PLACE:Texas');
    assert.ok(!names.some(n => n.includes('Republican')), names.join(', '));
  });

  it('calls a body by the name the text writes, not the headline\'s capitals', () => {
    const text = ' date 2026-03-09\nMINISTER URGES CALM AS TOYOTA CUTS JOBS\n\nToyota said on Monday it would cut 2,000 jobs at its Brackwell plant.\n';
    const firm = analyze(text).entities.find(e => e.type === 'ORG' && e.canonical.toLowerCase() === 'toyota');
    assert.equal(firm?.canonical, 'Toyota');
  });

  it('keeps the given name before lower-case particles where the tagger read only the surname', () => {
    const names = shown('The head of the European Commission, Greta von der Lohe, said she was disappointed.');
    has(names, 'PERSON:Greta von der Lohe');
  });

  it('reads "a Vermont Independent" as the state and no organisation', () => {
    const names = shown('Rep. Dana Colt, a Vermont Independent, called the bill a disgrace. Liberal Democrat leader Sir Ed Varley agreed.');
    has(names, 'PLACE:Vermont');
    has(names, 'ORG:Liberal Democrat');
    assert.ok(!names.some(n => n.includes('Independent')), names.join(', '));
  });

  it('reads a subheading of two words in capitals through the names the article writes ("IMF TALKS", "DEBT TALKS")', () => {
    const text = [
      'ACCRA, March 3 (Reuters) - Ghana\'s finance minister said on Tuesday that talks with the IMF would resume next week.',
      'IMF TALKS',
      'Kofi Mensah-Boateng, a spokesman for the finance ministry, said the International Monetary Fund team would arrive on Monday.',
      'DEBT TALKS',
      'Ghana owes about $30 billion to external creditors, the ministry said.',
    ].join('\n\n');
    const names = shown(text);
    assert.ok(!names.some(n => /TALKS/.test(n)), names.join(', '));
    has(names, 'PERSON:Kofi Mensah-Boateng');
    assert.equal(names.filter(n => n === 'ORG:IMF').length, 2, names.join(', '));
  });
});

describe('Politics: parties by their members\' names', () => {
  const typed = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

  it('reads "the Tories" and "a Lib Dem spokesman" as the parties', () => {
    const names = typed('The Tories lost four seats in Carrowby, and a Lib Dem spokesman said the result was historic.');
    for (const n of ['ORG:Tories', 'ORG:Lib Dem']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });

  it('takes no ward in brackets after a councillor\'s party for another party ("(Lib Dem, Brereton and Wheelock)")', () => {
    const names = typed('The chair of the committee, Cllr Moira Tennant (Lib Dem, Brereton and Wheelock), said residents had been let down.');
    assert.ok(!names.some(n => /^ORG:(?:Brereton|Wheelock)/.test(n)), names.join(', '));
  });
});
