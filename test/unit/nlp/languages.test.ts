import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10): a language after a verb of speech is no place and no country.
const shown = (text: string): string[] => analyze(text).entities.map(e => `${e.type}:${e.canonical}`);

describe('A language after a verb of speech', () => {
  it('is no name, with the languages listed after it ("speaks Mirpuri or Somali")', () => {
    const text = 'The best messenger is the Carrowby nurse who speaks Mirpuri or Somali, or the imam at the Kessock mosque.';
    const names = shown(text);
    assert.ok(!names.some(n => /Mirpuri|Somali/.test(n)), names.join(', '));
  });
});

describe('A language named alone', () => {
  it('is no name wherever it stands, nor a list of languages ("in Tamil and Marathi and Urdu", "Kannada- and Marathi-language")', () => {
    const text = 'The farm app now works in Tamil and Marathi and Urdu, with Kannada- and Marathi-language menus. Villagers near Oaxaca speak Zapotec, and Hindi films drew crowds.';
    const names = shown(text);
    assert.ok(!names.some(n => /Tamil|Marathi|Urdu|Kannada|Zapotec|Hindi/.test(n)), names.join(', '));
  });

  it('leaves names that hold a language\'s word, and people named like one ("Tamil Nadu", "Sami Khedira")', () => {
    const names = shown('Voters in Tamil Nadu went to the polls, and Sami Khedira watched with Maya Angelou.');
    for (const n of ['PLACE:Tamil Nadu', 'PERSON:Sami Khedira', 'PERSON:Maya Angelou']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });
});

describe('"English" alone', () => {
  it('is no body, in capitals or not ("ENGLISH LEAGUE RESULTS", "Results of English league matches")', () => {
    const names = shown('SOCCER - ENGLISH LEAGUE RESULTS.\n\nResults of English league matches on Saturday: Carrowby 2 Kesk 1.');
    assert.ok(!names.some(n => /english/i.test(n)), names.join(', '));
  });

  it('stays in a longer name ("English National Opera")', () => {
    const names = shown('The English National Opera will tour next spring, the company said.');
    assert.ok(names.includes('ORG:English National Opera'), names.join(', '));
  });
});
