import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, boundaries): two bodies named side by side with "and", read as one by the tagger.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Two names joined by "and"', () => {
  it('cuts two names of two words or more each that share no head ("Pennine Gridlink North West and Kestrel Gridlink")', () => {
    const names = shown('About 9,000 homes were without power, according to Pennine Gridlink North West and Kestrel Gridlink, mainly in Kent.');
    assert.ok(names.includes('ORG:Pennine Gridlink North West'), names.join(', '));
    assert.ok(names.includes('ORG:Kestrel Gridlink'), names.join(', '));
  });

  it('cuts after a side that ends in a body\'s head ("Acme Holdings and Bexley Transit Partners")', () => {
    const names = shown('The contract was won by Acme Holdings and Bexley Transit Partners last year.');
    assert.ok(names.includes('ORG:Acme Holdings'), names.join(', '));
    assert.ok(names.includes('ORG:Bexley Transit Partners'), names.join(', '));
  });

  it('keeps a name whose two areas share the body\'s head after them ("Yorkshire North East and Humber Rivers Trust")', () => {
    const names = shown('Funding came from the Yorkshire North East and Humber Rivers Trust.');
    assert.ok(names.includes('ORG:Yorkshire North East and Humber Rivers Trust'), names.join(', '));
  });
});
