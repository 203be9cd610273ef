import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): two names joined by "for" or "and" into one span, with invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
const lacks = (names: readonly string[], part: string): void => assert.ok(!names.some(n => n.includes(part)), `no ${part} in ${names.join(', ')}`);

describe('Two names joined by a connector', () => {
  it('cuts the prize from the one it was won for ("a Bafta for Wexley\'s Garden")', () => {
    const names = shown('She won a Bafta for Wexley\'s Garden in 2021 and opened a restaurant in Dunmore.');
    lacks(names, 'Bafta for');
  });

  it('cuts a team\'s win from the team ("won the Ardlow Trophy for Halvorn Racing")', () => {
    const names = shown('The driver won the Ardlow Trophy for Halvorn Racing on Sunday.');
    has(names, 'ORG:Halvorn Racing');
    lacks(names, 'Trophy for');
  });

  it('keeps a body whose name holds "for" whole ("Department for Transport", "Campaign for Rural Roads")', () => {
    const names = shown('It was paid by the Department for Transport and the Campaign for Rural Roads.');
    has(names, 'ORG:Department for Transport');
    has(names, 'ORG:Campaign for Rural Roads');
  });

  it('cuts a town\'s possessive from the name before "and" ("the Royal Infirmary of Ardlow and Sheffield\'s Tollbrook Hospital")', () => {
    const names = shown('The trial ran at the Royal Infirmary of Ardlow and Sheffield\'s Tollbrook Hospital, beginning in May.');
    has(names, 'ORG:Royal Infirmary of Ardlow');
    has(names, 'PLACE:Sheffield');
  });

  it('cuts two towns the place lists know ("directed to Whitecourt and Edmonton")', () => {
    const names = shown('Evacuees were directed to Whitecourt and Edmonton on Friday.');
    has(names, 'PLACE:Whitecourt');
    has(names, 'PLACE:Edmonton');
  });
});

describe('A body\'s name that lists its fields with commas', () => {
  it('runs on through the list ("the Ministry of Tides, Harbours and Coastal Works said")', () => {
    const text = 'The Ministry of Tides, Harbours and Coastal Works said the pier would close.';
    const m = analyze(text).mentions.find(x => x.type === 'ORG');
    assert.equal(m && text.slice(m.start, m.end), 'Ministry of Tides, Harbours and Coastal Works');
  });

  it('leaves a list of bodies or places apart ("the Ministry of Tides, Harbour Office and Treasury")', () => {
    const names = shown('The Ministry of Tides, Harbour Office and Treasury met in the Department of Health, Leeds and York.');
    has(names, 'ORG:Harbour Office');
    has(names, 'PLACE:York');
  });
});

describe('A body\'s name that opens with two fields joined by "and"', () => {
  it('takes in the field before "and" ("officials at Tides and Coastal Works Ardlow warned")', () => {
    const text = 'Officials at Tides and Coastal Works Ardlow warned of flooding.';
    const m = analyze(text).mentions.find(x => x.type === 'ORG');
    assert.equal(m && text.slice(m.start, m.end), 'Tides and Coastal Works Ardlow');
  });
});

describe('A body\'s name that joins two fields with "and" after a name', () => {
  it('joins the two halves the tagger cut ("Kelby Fire and Rescue Service", "the Ostria Astronomy and Space Science Institute")', () => {
    const names = shown('Crews from Kelby Fire and Rescue Service were called, said Dr Lena Holm of the Ostria Astronomy and Space Science Institute in Kelby.');
    has(names, 'ORG:Kelby Fire and Rescue Service');
    has(names, 'ORG:Ostria Astronomy and Space Science Institute');
  });

  it('leaves two bodies of two areas apart ("Kelby Constabulary and Greater Manchester Police")', () => {
    const names = shown('The gang was caught by Kelby Constabulary and Greater Manchester Police (GMP) in June.');
    lacks(names, 'Constabulary and');
  });
});
