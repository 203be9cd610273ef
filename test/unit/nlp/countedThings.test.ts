import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { countedThings, isCurrencyCode } from '../../../src/core/nlp/countedThings';

// Articles written for these tests (issue 10, families 1 and 6): things the article counts, amounts, craft.
const texts = (text: string): string[] => analyze(text).mentions.map(m => text.slice(m.start, m.end));

describe('Things an article counts, amounts and craft', () => {
  it('reads a name the article also counts in the plural as a thing, both forms', () => {
    const text = 'The gallery received Polaroids from the foundation. The Polaroid camera made the artist famous, said curator Jane Moss.';
    const found = texts(text);
    assert.equal(found.some(f => f.startsWith('Polaroid')), false, found.join(', '));
    assert.ok(found.includes('Jane Moss'), found.join(', '));
  });

  it('reads a thing as a thing even when the tagger once joined it to a surname', () => {
    const text = 'There are also Hopper Kodachrome exhibits in three cities. The museum received 80 Kodachromes, and its show of Kodachromes '
      + 'opened on Friday, said Dennis Hopper. Each Kodachrome was signed.';
    const things = countedThings(text, ['Kodachrome', 'Kodachromes'], new Set(['Hopper', 'Kodachrome', 'Dennis']));
    assert.deepEqual([...things].sort(), ['Kodachrome', 'Kodachromes']);
    assert.deepEqual([...countedThings('Dennis Kodachrome spoke. The museum holds 80 Kodachromes.', ['Kodachrome'], new Set(['Dennis', 'Kodachrome']))], []);
  });

  it('leaves the plural of a person\'s surname and of party members alone', () => {
    const text = 'Manju Sam and Thomas Sam were charged; the Sams deny it. Two Democrats and many Republicans objected.';
    const things = countedThings(text, ['Sam', 'Sams', 'Democrat', 'Democrats', 'Republicans'], new Set(['Manju', 'Thomas', 'Sam']));
    assert.deepEqual([...things], []);
  });

  it('reads a country\'s code glued to a currency sign as part of an amount', () => {
    const text = 'Damage was put at US$ 10 billion, and the new flag will cost NZ$26 million; US officials agreed.';
    assert.ok(isCurrencyCode(text, text.indexOf('US$') + 2));
    assert.ok(isCurrencyCode(text, text.indexOf('NZ$') + 2));
    assert.equal(isCurrencyCode(text, text.indexOf('US officials') + 2), false);
    const found = texts(text);
    assert.deepEqual(found.filter(f => f === 'US' || f === 'NZ'), ['US'], found.join(', '));
  });

  it('reads a ship named after a possessive and its kind as a craft, wherever the article names it', () => {
    const text = 'The Church of Scientology\'s cruise ship Freewinds docked in Bonaire. She was transferred to the Freewinds at 18.';
    const found = texts(text);
    assert.equal(found.includes('Freewinds'), false, found.join(', '));
    assert.ok(found.includes('Church of Scientology'), found.join(', '));
  });
});

describe('A body named by its acronym after a person', () => {
  it('reads "Elizabeth Quat of DAB" as the person and her organisation, and no country or thing so', () => {
    const text = 'Other winners were Michael Tien of NPP and Elizabeth Quat of DAB, who was elected with 58,825 votes. Jane Doe of UK Sport and John Smith of DNA fame spoke.';
    const found = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(found.includes('ORG:DAB'), found.join(', '));
    assert.equal(found.some(f => f === 'ORG:DNA' || f === 'ORG:UK'), false, found.join(', '));
  });
});

describe('A capitalised common noun after "a" or "an"', () => {
  it('reads "an Oath to" as the ordinary noun, everywhere in the article, and keeps "a Toyota spokesman"\'s company', () => {
    const text = 'I took the Oath to our Constitution at 22. Politicians profess an Oath to this nation. A Toyota spokesman said Toyota would appeal.';
    const found = texts(text);
    assert.equal(found.includes('Oath'), false, found.join(', '));
    assert.ok(found.includes('Toyota'), found.join(', '));
  });

  it('keeps a place written after "a" before a clause ("a Virginia that is open")', () => {
    const text = 'Sarvis, the nominee for Governor of Virginia, said he stands for a Virginia that is open.';
    assert.ok(texts(text).includes('Virginia'), texts(text).join(', '));
  });
});
