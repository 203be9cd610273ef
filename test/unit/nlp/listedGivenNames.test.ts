import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { joinGivenNames } from '../../../src/core/nlp/givenNames';
import { isListedGivenName, typeListedGivenNames } from '../../../src/core/nlp/listedGivenNames';
import type { TaggedSpan } from '../../../src/core/nlp/tagger';
import { tokenize } from '../../../src/core/nlp/tokens';

// Written for these tests (issue 10): people whose given name compromise's lexicon does not know.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
// The type the step gives `name`, spanned as `type` in `text`.
function typed(text: string, name: string, type: TaggedSpan['type']): string {
  const tokens = tokenize(text);
  const first = tokens.findIndex(t => t.start === text.indexOf(name));
  const last = tokens.findIndex(t => t.end === text.indexOf(name) + name.length);
  const [span] = typeListedGivenNames(tokens, [{ first, last, type }]);
  return `${span.type}:${text.slice(tokens[span.first].start, tokens[span.last].end)}`;
}
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('Listed given names', function () {
  // a checkout not yet `npm install`ed after @faker-js/faker joined the devDependencies builds an empty list
  before(function () {
    if (!isListedGivenName('Callum')) this.skip();
  });

  it('lists given names of many languages, not words, countries or places', () => {
    for (const name of ['Callum', 'Rohit', 'Kwabena', 'Giorgia']) assert.ok(isListedGivenName(name), name);
    for (const word of ['Hope', 'May', 'Jordan', 'Chelsea', 'Florence', 'Street', 'callum']) assert.ok(!isListedGivenName(word), word);
  });

  it('lists the given names of registers of births that faker\'s locales lack, not their English words', () => {
    for (const name of ['Graeme', 'Niamh', 'Ghulam', 'Bashar', 'Jye', 'Yussef']) assert.ok(isListedGivenName(name), name);
    for (const word of ['Apple', 'Hunter', 'Royal', 'Major']) assert.ok(!isListedGivenName(word), word);
  });

  it('reads names of those registers the tagger typed as a body or a place as people ("Graeme Tallantyre", "Niamh Ferriter")', () => {
    assert.equal(typed('Team principal Graeme Tallantyre said the outfit had learned a lot.', 'Graeme Tallantyre', 'ORG'), 'PER:Graeme Tallantyre');
    assert.equal(typed('The ambassador, Ghulam Azizuddin, met ministers.', 'Ghulam Azizuddin', 'ORG'), 'PER:Ghulam Azizuddin');
    assert.equal(typed('Officials met Niamh Ferriter on Monday.', 'Niamh Ferriter', 'LOC'), 'PER:Niamh Ferriter');
  });

  it('reads an Irish name with its surname\'s particle as a person ("Niamh Ó Dálaigh", "Aoife Mac Giolla Rua", "Ciara Ní hAodha")', () => {
    assert.equal(typed('The new play by Niamh Ó Dálaigh opened on Friday.', 'Niamh Ó Dálaigh', 'ORG'), 'PER:Niamh Ó Dálaigh');
    assert.equal(typed('The fiddle player, Aoife Mac Giolla Rua, agreed.', 'Aoife Mac Giolla Rua', 'ORG'), 'PER:Aoife Mac Giolla Rua');
    assert.equal(typed('They met Ciara Ní hAodha at noon.', 'Ciara Ní hAodha', 'LOC'), 'PER:Ciara Ní hAodha');
  });

  it('reads a name whose surname opens with a particle glued by a hyphen as a person ("Bashar al-Kassem")', () => {
    assert.equal(typed('Forces loyal to Bashar al-Kassem withdrew.', 'Bashar al-Kassem', 'LOC'), 'PER:Bashar al-Kassem');
    assert.equal(typed('The envoy, Yusuf bin-Hamad, arrived.', 'Yusuf bin-Hamad', 'ORG'), 'PER:Yusuf bin-Hamad');
  });

  it('reads "Rohit Kapadwala" and "Kwabena Asamoah-Dapaah", typed as a place and a body, as people', () => {
    const text = 'The motion was moved by Anirban Dasthakur, who spoke to Rohit Kapadwala on Tuesday.\n\n'
      + 'Halewood lost Tariq Pembury caught behind for 12, and Kwabena Asamoah-Dapaah added 40.';
    const names = shown(text);
    has(names, 'PERSON:Rohit Kapadwala');
    has(names, 'PERSON:Kwabena Asamoah-Dapaah');
  });

  it('keeps a firm named after its founder where the paragraph speaks of a firm', () => {
    const text = 'Shares in Rohit Kapadwala fell after the company spoke to investors on Tuesday.';
    assert.ok(!shown(text).includes('PERSON:Rohit Kapadwala'), shown(text).join(', '));
  });

  it('keeps the tagger\'s type after "the", after a preposition of place, before an event\'s word or where the paragraph speaks of a firm', () => {
    assert.equal(typed('Rohit Kapadwala said the talks went well.', 'Rohit Kapadwala', 'ORG'), 'PER:Rohit Kapadwala');
    assert.equal(typed('Rohit Kapadwala will close three of its branches.', 'Rohit Kapadwala', 'ORG'), 'ORG:Rohit Kapadwala');
    assert.equal(typed('Villagers fled the Kwabena Tettehfield area.', 'Kwabena Tettehfield', 'LOC'), 'LOC:Kwabena Tettehfield');
    assert.equal(typed('Troops were ambushed in Kwabena Tettehfield.', 'Kwabena Tettehfield', 'LOC'), 'LOC:Kwabena Tettehfield');
    assert.equal(typed('She won the Giorgia Open last year.', 'Giorgia Open', 'ORG'), 'ORG:Giorgia Open');
    assert.equal(typed('Rain fell on San Andres and Providencia.', 'San Andres', 'LOC'), 'LOC:San Andres');
  });

  it('joins a listed given name that opens a sentence to the surname the tagger found alone ("Enver" + "Tallowmere"), and a surname to one it found alone ("Ines" + "Brackwater")', () => {
    const text = 'Charities welcomed the ruling. Enver Tallowmere, chief executive of one, said so. Later Ines Brackwater agreed.';
    const tokens = tokenize(text);
    const at = (word: string): number => tokens.findIndex(t => t.text === word);
    const spans = joinGivenNames(tokens, [{ first: at('Tallowmere'), last: at('Tallowmere'), type: 'PER' }, { first: at('Ines'), last: at('Ines'), type: 'PER' }]);
    assert.deepEqual(spans.map(s => text.slice(tokens[s.first].start, tokens[s.last].end)), ['Enver Tallowmere', 'Ines Brackwater']);
  });
});
