import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, families 6 and 10): health, science and technology copy with invented bodies.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
const lacks = (names: readonly string[], name: string): void => assert.ok(!names.includes(name), `${name} not in ${names.join(', ')}`);

describe('Bodies of health and science copy', () => {
  it('reads an NHS trust named at length as one body ("Harwick Teaching Hospitals NHS Trust")', () => {
    const names = shown('An NHS trust has apologised. Harwick Teaching Hospitals NHS Trust said 412 patients had been affected.');
    has(names, 'ORG:Harwick Teaching Hospitals NHS Trust');
    lacks(names, 'PERSON:Harwick');
  });

  it('reads a charity named by common nouns and "UK" as the charity, not the country ("Bowel Research UK")', () => {
    const names = shown('Charities including Bowel Research UK and the Marston Trust welcomed the study.');
    has(names, 'ORG:Bowel Research UK');
    lacks(names, 'COUNTRY:UK');
  });

  it('reads a journal after "the journal" or "published in" as a body ("Nature Geoscience", "The Lancet")', () => {
    const names = shown('The findings, published in the journal Nature Geoscience, were based on samples. A study published in The Lancet on Wednesday found that survival had improved.');
    has(names, 'ORG:Nature Geoscience');
    has(names, 'ORG:Lancet');
  });

  it('keeps a place after "published in" ("a book published in London")', () => {
    has(shown('Her first book, published in London in 1990, sold well.'), 'PLACE:London');
  });
});

describe('Devices and plural openers in technology copy', () => {
  it('reads a device named before its noun as no body ("Orvane unveils Vela Air headset")', () => {
    lacks(shown('Orvane unveils Vela Air headset as regulators circle.'), 'ORG:Vela Air');
  });

  it('leaves a plural opening the sentence out of a name, and lists the company with a company ("Rivals Vantor and Samsung")', () => {
    const names = shown('Rivals Vantor and Samsung have launched cheaper headsets.');
    has(names, 'ORG:Vantor');
    lacks(names, 'PERSON:Rivals Vantor');
  });
});
