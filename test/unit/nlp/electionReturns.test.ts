import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Local election copy written for these tests (issue 10, families 3 and 7).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Lines of election returns', () => {
  const text = [
    'Reform gains council seat as Lib Dems hold on in by-elections',
    'Reform UK won a seat from the Conservatives on Lincolnshire County Council on Thursday night.',
    'Results:',
    'Marsh Chapel North (Lincolnshire): Reform 1,204; Con 712; Lab 301; Green 98; Lib Dem 87.',
    'Frome East (Somerset): Lib Dem 1,533 (51.2%); Green 604; Con 322; Reform 289; Lab 101.',
    'Priory: Lab 988; Con 701; Ind 455.',
  ].join('\n\n');

  it('reads the seat and its county as places and the parties as organisations', () => {
    const names = shown(text);
    for (const n of ['PLACE:Marsh Chapel North', 'PLACE:Lincolnshire', 'PLACE:Frome East', 'PLACE:Somerset', 'PLACE:Priory',
      'ORG:Con', 'ORG:Lab', 'ORG:Green', 'ORG:Ind']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    assert.ok(!names.some(n => n.startsWith('PERSON:')), names.join(', '));
  });
});

describe('A party before a politician\'s name', () => {
  it('is no part of the name', () => {
    const text = 'Reform candidate Danny Brookes took 1,204 votes, ahead of Conservative Carl Macey on 712 and Labour\'s Priya Shah on 301.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Carl Macey'), names.join(', '));
    assert.ok(!names.some(n => n.includes('Conservative Carl')), names.join(', '));
  });
});

describe('Parties by their short names', () => {
  it('reads "the Greens" and Australia\'s "Labor" as parties, not the day or a portfolio', () => {
    const text = 'The prime minister faces a fresh clash with the Greens after the minor party voted down Labor\'s revised housing scheme in the Senate. The Labor Day holiday falls on Monday, and the Labor Secretary will speak.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Greens') && names.filter(n => n === 'ORG:Labor').length === 1, names.join(', '));
  });
});

describe('A party of the returns named again in prose', () => {
  it('is the party after "from" too ("Reform gain from Con.")', () => {
    const text = 'Results:\n\nMarsh Chapel North (Lincolnshire): Reform 1,204; Con 712; Lab 301; Green 98. Reform gain from Con.';
    const names = shown(text);
    assert.ok(!names.includes('PLACE:Con'), names.join(', '));
    assert.equal(names.filter(n => n === 'ORG:Con').length, 2, names.join(', '));
  });
});

describe('A state named by its place and "State"', () => {
  it('is the state before its government, not a body', () => {
    const text = 'She spent two decades working with the Lagos State government on low-cost homes raised above the lagoon.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Lagos State'), names.join(', '));
  });
});
