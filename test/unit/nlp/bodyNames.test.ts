import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, families 5 and 6): bodies, parties and share indices in business and politics copy.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('Bodies, parties and indices in business and politics copy', () => {
  it('reads the acronyms of bodies in British title case, and two of them listed, as two organisations', () => {
    const text = 'Unesco and Unrwa officials are expected in Westminster on Monday. Opec agreed to keep output steady.';
    const names = shown(text);
    for (const body of ['Unesco', 'Unrwa', 'Opec']) has(names, `ORG:${body}`);
    assert.ok(!names.some(n => n.includes(' and ')), names.join(', '));
  });

  it('reads Britain\'s regulators and one-word foreign parties as organisations', () => {
    const text = 'Ofwat, the water regulator, fined Brackwater. Komeito said it would stay in the coalition led by Mr Tanabe.';
    const names = shown(text);
    has(names, 'ORG:Ofwat');
    has(names, 'ORG:Komeito');
  });

  it('finds no entity in a share index', () => {
    const text = 'In Asia, the Nikkei 225 rose 0.8% and Hong Kong\'s Hang Seng index fell 1.1%. The Dow Jones Industrial Average was flat.';
    const names = shown(text);
    assert.ok(!names.some(n => /Nikkei|Seng|Dow/.test(n)), names.join(', '));
  });

  it('takes no sentence opener before a comma for a company listed with one', () => {
    const text = 'Elsewhere, Vodafone rose 1.2% after the telecoms group agreed a deal with Quorbex.';
    const names = shown(text);
    has(names, 'ORG:Vodafone');
    assert.ok(!names.some(n => n.endsWith(':Elsewhere')), names.join(', '));
  });

  it('keeps the word after or hyphened before an organisation the tagger cut short', () => {
    const text = 'IG Brennwerk, the union, said it would fight the plans. Shares of Marks-Tolland gained 2% while Ocado slipped.';
    const names = shown(text);
    has(names, 'ORG:IG Brennwerk');
    has(names, 'ORG:Marks-Tolland');
  });

  it('reads a name after a two-word kind of firm as the firm ("asset manager Vinci Compass"), not a person', () => {
    const text = '"The market was sceptical," said Gabriela Duarte, chief economist at Lisbon-based asset manager Tomas Keller. Investment bank Harlow Reid agreed.';
    const names = shown(text);
    has(names, 'ORG:Tomas Keller');
    has(names, 'PERSON:Gabriela Duarte');
  });

  it('reads a name listed with a firm before a market move as a firm ("BP and Tarrow both lost ground")', () => {
    const text = 'Banks were mixed. BP and Tarrow both lost ground as the price of Brent crude dropped 2.3%. Dana Whitfield and Marcus Pell both said little.';
    const names = shown(text);
    has(names, 'ORG:Tarrow');
    has(names, 'PERSON:Dana Whitfield');
  });

  it('keeps a hyphenated firm whole at a sentence start ("Rolls-Royce said"), and a team\'s age group off its name', () => {
    const firm = 'Shares in Rolls-Royce jumped. Rolls-Royce said it now expected higher profit.';
    const firms = analyze(firm).mentions.filter(m => m.type === 'ORG').map(m => firm.slice(m.start, m.end));
    assert.deepEqual(firms, ['Rolls-Royce', 'Rolls-Royce']);
    const team = 'The England Under-21 international opened the scoring on 24 minutes for Kelmarsh Rovers. The Wales Under-19 side lost 2-0.';
    const teams = shown(team);
    assert.equal(teams.some(n => n.includes('Under')), false, teams.join(', '));
    has(teams, 'ORG:Kelmarsh Rovers');
  });
});
