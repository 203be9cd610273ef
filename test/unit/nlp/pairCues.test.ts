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

  it('cuts two people of one family ("Tony and Calvin Ferrity") and a body from an acronym after "and" ("the Bank of Pellmark and CIBC")', () => {
    const names = shown('Trainers: Tony and Calvin Ferrity, Angaston. Analysts at the Bank of Pellmark and CIBC expect two cuts this year.');
    has(names, 'PERSON:Tony');
    has(names, 'PERSON:Calvin Ferrity');
    lacks(names, 'Pellmark and');
    has(names, 'ORG:CIBC');
  });

  it('keeps one name where both sides share its head or both are places ("Brighton and Hove Albion", "Shrewsbury and Atcham")', () => {
    const names = shown('Brighton and Hove Albion won, and the MP for Shrewsbury and Atcham said so.');
    has(names, 'ORG:Brighton and Hove Albion');
    lacks(names, 'PLACE:Atcham');
  });
});
