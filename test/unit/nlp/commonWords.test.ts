import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isDiscipline, isOpeningAdverb, isOpeningCommonWord } from '../../../src/core/nlp/commonWords';

// Sentences written for these tests (issue 10, families 6 and 7): disciplines, opening adverbs and initials.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Disciplines, opening adverbs, initials and trailing words', () => {
  it('knows disciplines by their words, and no body or journal by them', () => {
    for (const d of ['Linguistics', 'Philosophy', 'Educational Leadership', 'Educational / Counseling Psychology', 'Media and Communications']) assert.ok(isDiscipline(d), d);
    for (const d of ['Science', 'Media', 'Law', 'Obama Administration', 'Social Security Administration', 'Nature']) assert.equal(isDiscipline(d), false, d);
  });

  it('shows no discipline of a scholar\'s title or degree as a name', () => {
    const text = 'She holds a PhD in Linguistics and Philosophy and is an assistant professor in Educational Leadership at Ridgeway College.';
    const found = shown(text);
    assert.equal(found.some(f => /Philosophy|Linguistics|Leadership/.test(f)), false, found.join(', '));
  });

  it('reads an adverb opening a sentence before a comma as no name, and keeps a name ending in -ly', () => {
    const text = 'Discovery will go to Washington. Finally, Atlantis will stay in Florida. Kelly, who flew on it, was pleased.';
    assert.ok(isOpeningAdverb(text, text.indexOf('Finally'), text.indexOf('Finally') + 7));
    assert.equal(isOpeningAdverb(text, text.indexOf('Kelly'), text.indexOf('Kelly') + 5), false);
    const found = shown(text);
    assert.equal(found.some(f => f.endsWith(':Finally')), false, found.join(', '));
  });

  it('reads dotted initials and a surname as a person, and "U.S. Army" as no person', () => {
    const text = 'K.C. Maurer, chief financial officer of the foundation, confirmed the gift. The U.S. Army declined to comment.';
    const found = shown(text);
    assert.ok(found.includes('PERSON:K.C. Maurer'), found.join(', '));
    assert.equal(found.some(f => f.startsWith('PERSON:') && f.includes('Army')), false, found.join(', '));
  });

  it('cuts a lower-case word off the end of a place, and keeps a glued particle', () => {
    const text = 'The orbiter goes to a museum in Los Angeles, California following its retirement. Investigators sent from Beijing hadn\'t found the cause.';
    const found = shown(text);
    assert.equal(found.some(f => /following|hadn/.test(f)), false, found.join(', '));
    assert.ok(found.some(f => f.endsWith(':Beijing')), found.join(', '));
  });

  it('leaves a capitalised "The" out of an organisation\'s name, and keeps "The Hague" whole', () => {
    const text = 'As the coauthor told The Huffington Post on Monday, the court in The Hague will rule next year.';
    const found = shown(text);
    assert.ok(found.includes('ORG:Huffington Post'), found.join(', '));
    assert.ok(found.some(f => f.endsWith(':The Hague')), found.join(', '));
  });
});

describe('Common words capitalised by their place', () => {
  it('reads a word that opens a sentence before a lower-case word, written in lower case elsewhere, as the word', () => {
    const text = [
      'The Hartley Gallery at the University of Eastmoor opened its show of prints on Friday.',
      'University exhibits can reach audiences that big museums miss, the curator said. Most university galleries lend their prints.',
      'Cosplay fans queued outside. The cosplay contest drew 300 entrants.',
    ].join('\n\n');
    const at = (word: string, from = 0): number => text.indexOf(word, from);
    assert.ok(isOpeningCommonWord(text, at('University exhibits'), at('University exhibits') + 10));
    assert.ok(isOpeningCommonWord(text, at('Cosplay'), at('Cosplay') + 7));
    const names = shown(text);
    assert.equal(names.some(n => /:(?:University|Cosplay)$/.test(n)), false, names.join(', '));
    assert.ok(names.includes('ORG:University of Eastmoor'), names.join(', '));
  });

  it('keeps a name that stands alone inside a sentence too, and a body a country has one of', () => {
    const text = 'Reading beat Leeds 2-0. Fans of Reading sang, and reading the table was a joy. Parliament approved the budget; the parliament of Ruritania sits in May.';
    assert.equal(isOpeningCommonWord(text, 0, 7), false);
    assert.equal(isOpeningCommonWord(text, text.indexOf('Parliament'), text.indexOf('Parliament') + 10), false);
  });
});
