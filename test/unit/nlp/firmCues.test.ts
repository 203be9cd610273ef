import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Business, tech and obituary copy written for these tests (issue 10, families 5 and 6).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Firms named by the words around them', () => {
  it('reads the firm a partner or a director works at as a firm ("a partner at Kellbridge in Frankfurt")', () => {
    const names = shown('"The bid is too low," said Dana Voss, a partner at Kellbridge in Frankfurt. Omari Njoroge, managing director at Tavistra, agreed.');
    assert.ok(names.includes('ORG:Kellbridge') && names.includes('ORG:Tavistra'), names.join(', '));
    assert.ok(names.includes('PLACE:Frankfurt'), names.join(', '));
  });

  it('reads a name after an industry\'s maker as a firm, though it looks like a person\'s ("the steelmaker Tolland Brown")', () => {
    const names = shown('His father took a job with the steelmaker Tolland Brown in 1951. She joined the shipbuilder Harland Vane as an apprentice.');
    assert.ok(names.includes('ORG:Tolland Brown') && names.includes('ORG:Harland Vane'), names.join(', '));
  });

  it('reads a name after a kind of tech start-up as a firm ("Nigerian fintech Zenopay")', () => {
    const names = shown('Investors include the Nigerian fintech Zenopay and the insurtech Calloway.');
    assert.ok(names.includes('ORG:Zenopay') && names.includes('ORG:Calloway'), names.join(', '));
  });

  it('reads a practice named "Associates" or "Architects" as a firm, not a person', () => {
    const text = 'In 1994 he founded his own practice, Brennan Associates, and spent two decades designing schools before he joined Fenwick Architects.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Brennan Associates') && names.includes('ORG:Fenwick Architects'), names.join(', '));
  });

  it('reads a housebuilder named "Homes" as a firm, and its short name with it', () => {
    const text = 'Developer Fenwick Homes had argued the scheme would help meet a shortfall in affordable housing. Fenwick said it was disappointed and would consider an appeal.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Fenwick Homes') && names.includes('ORG:Fenwick'), names.join(', '));
  });

  it('reads a name of several words after a firm\'s kind as the firm, even where a town has that name', () => {
    const text = 'The chipmaker agreed to sell the stake to the private equity firm Silver Lake for about four billion dollars, the people said.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Silver Lake'), names.join(', '));
  });

  it('reads a name between "its" and "unit" or "subsidiary" as the firm\'s part', () => {
    const text = 'The group said on Friday that it would float its Marwick subsidiary in London next year and close its Fenland unit by the spring.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Marwick') && names.includes('ORG:Fenland'), names.join(', '));
  });

  it('takes no kind of firm that opens a headline for a firm', () => {
    const text = 'Carmaker shares slide as demand for electric models cools\n\nShares in the sector fell across Europe on Monday after a profit warning.';
    const names = shown(text);
    assert.ok(!names.some(n => n.endsWith(':Carmaker')), names.join(', '));
  });
});

describe('Prizes named for their field', () => {
  it('shows neither the prize nor the field it is given for', () => {
    const text = 'Her housing scheme won the Aga Khan Award for Architecture in 1983, and two decades later she received the Sterling Medal for Design.';
    const names = shown(text);
    assert.ok(!names.some(n => /:(?:Architecture|Design)$/.test(n)), names.join(', '));
  });

  it('still cuts the winner from a prize won for a team', () => {
    const text = 'Hamilton took the British Grand Prix for Mercedes in July, his ninth win at the circuit, and said the team had earned it.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Mercedes'), names.join(', '));
  });
});

describe('Makers\' models', () => {
  it('are no names, by a maker named like a surname too, and the one-word model alone later', () => {
    const text = 'She was driving a Ford Focus when the crash happened, and a Nissan Juke parked nearby was damaged. The Juke was later towed away by police.';
    const names = shown(text);
    assert.ok(!names.some(n => /Focus|Juke/.test(n)), names.join(', '));
  });

  it('leave a team\'s driver named after the team a person', () => {
    const text = 'Mercedes George Russell finished second behind the champion. Later George Russell said the car had been quick all weekend.';
    const names = shown(text);
    assert.equal(names.filter(n => n === 'PERSON:George Russell').length, 2, names.join(', '));
  });
});

describe('A firm named by a compound of two peoples', () => {
  it('belongs to neither country ("Anglo American"), while "American Airlines" is the United States\'', () => {
    const text = 'Glencore, Anglo American and Rio Tinto lost between 2% and 3.5% on Monday, while American Airlines rose 1%.';
    const a = analyze(text);
    const code = (name: string): string | undefined => a.mentions.find(m => text.slice(m.start, m.end) === name)?.countryCode;
    assert.equal(code('Anglo American'), undefined);
    assert.equal(code('American Airlines'), 'US');
  });
});
