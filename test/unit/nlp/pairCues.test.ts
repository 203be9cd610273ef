import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): "X and Y" read as one name where the words around it say two, with invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
const lacks = (names: readonly string[], part: string): void => assert.ok(!names.some(n => n.includes(part)), `no ${part} in ${names.join(', ')}`);

describe('Two names joined by "and" where the words around them say two', () => {
  it('cuts two places after a way\'s noun and "between" ("a lane between Lower Brackwell and Tannock")', () => {
    const names = shown('A man died after his car was swept off a ford on a lane between Lower Brackwell and Tannock.');
    has(names, 'PLACE:Lower Brackwell');
    has(names, 'PLACE:Tannock');
  });

  it('cuts two places after a plural noun of places and "of" ("the villages of Beit Harun and Ain Qasr")', () => {
    const names = shown('Warnings were issued for the villages of Beit Harun and Ain Qasr shortly before the raids.');
    has(names, 'PLACE:Beit Harun');
    has(names, 'PLACE:Ain Qasr');
  });

  it('cuts a person\'s full name from the body before "and" ("the Bank of Pellmark and Dominic Farrant")', () => {
    const names = shown('Third, the Bank of Pellmark and Dominic Farrant should be made to explain the rise.');
    lacks(names, 'Pellmark and');
    has(names, 'PERSON:Dominic Farrant');
  });

  it('keeps a country that holds "and" whole ("flights between Trinidad and Tobago")', () => {
    const names = shown('Flights between Trinidad and Tobago and Quellmark resumed on Monday.');
    lacks(names, 'PLACE:Tobago');
  });
});
