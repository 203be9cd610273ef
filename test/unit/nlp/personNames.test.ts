import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { joinInitials } from '../../../src/core/nlp/names';
import { tokenize } from '../../../src/core/nlp/tokens';

// Articles written for these tests (issue 10, families 7 and 8): a person's name is found whole, and keeps its type.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('People named in full', () => {
  it('takes in a known given name the tagger left out ("Mark Hamill" in a list of guests)', () => {
    const text = 'The convention opened on Friday with guests like Stan Lee, Mark Hamill, and Margaret Atwood signing books.';
    const found = shown(text);
    assert.ok(found.includes('PERSON:Mark Hamill'), found.join(', '));
    assert.equal(found.includes('PERSON:Hamill'), false, found.join(', '));
  });

  it('takes in a surname after a known given name, even one that is a feast ("Johnnie Christmas")', () => {
    const text = 'Atwood launched her graphic novel at the fair with illustrator Johnnie Christmas, who drew its 120 pages.';
    const found = shown(text);
    assert.ok(found.includes('PERSON:Johnnie Christmas'), found.join(', '));
  });

  it('does not take a date or a word of speech after a given name ("John" before "Tuesday")', () => {
    const text = 'The statement was signed by John Tuesday morning, aides to the mayor said.';
    const found = shown(text);
    assert.equal(found.some(f => f.includes('John Tuesday')), false, found.join(', '));
  });

  it('does not join a given name across a comma or a possessive ("Mark, Paris")', () => {
    const text = 'He thanked his brother Mark, Anna and Lucy. Later Mark\'s Hamburg office confirmed the deal.';
    const found = shown(text);
    assert.equal(found.some(f => /Mark Anna|Mark Hamburg/.test(f)), false, found.join(', '));
  });
});

describe('One name, one type: a capital that is a person\'s surname', () => {
  const text = [
    'Valeska Paris, an Australian woman and former member of the group, has claimed she was kept aboard its ship for twelve years.',
    'Paris was born in Switzerland. Paris claims her passport was taken from her.',
    'She later moved to Paris, where she now works as a translator.',
  ].join('\n\n');

  it('reads the surname as the person, where no preposition of place stands before it', () => {
    const mentions = analyze(text).mentions.filter(m => text.slice(m.start, m.end) === 'Paris');
    assert.deepEqual(mentions.map(m => m.type), ['PERSON', 'PERSON', 'PLACE']);
  });

  it('leaves the capital a place in an article with no person of that name', () => {
    const other = 'Paris was calm on Sunday. Paris officials said the metro would run normally.';
    const types = analyze(other).mentions.filter(m => other.slice(m.start, m.end) === 'Paris').map(m => m.type);
    assert.ok(types.length > 0 && types.every(t => t !== 'PERSON'), types.join(', '));
  });
});

describe('A given name and a middle initial', () => {
  it('joins a given name and an initial to the surname after them, whatever type the tagger gave the first part', () => {
    const text = 'Bar owner, Jonathan M. Kessler, displays the drink.';
    const tokens = tokenize(text);
    const at = (word: string): number => tokens.findIndex(t => t.text === word);
    const spans = joinInitials(tokens, [{ first: at('Jonathan'), last: at('M'), type: 'LOC' }, { first: at('Kessler'), last: at('Kessler'), type: 'PER' }]);
    assert.deepEqual(spans.map(s => [text.slice(tokens[s.first].start, tokens[s.last].end), s.type]), [['Jonathan M. Kessler', 'PER']]);
    // no given name: "Route A" read as a place stays as it is
    const road = 'Traffic on Route A. Later it cleared.';
    const roadTokens = tokenize(road);
    const kept = joinInitials(roadTokens, [{ first: 2, last: 3, type: 'LOC' }]);
    assert.deepEqual(kept, [{ first: 2, last: 3, type: 'LOC' }]);
  });
});

describe('Korean and Chinese names with a hyphenated given name', () => {
  it('finds the person where the tagger found nothing or took the name for a table\'s column headers', () => {
    const text = [
      'Seoul substituted Baek Tae-Sung in the 30th minute, and he was replaced by Kim Jae-Won. Kim Jae-Won later conceded a penalty.',
      "Also elected were HKTU's Kwok Wai-keung and DAB's Horace Cheung, while the standings read P W D L F A Pts.",
    ].join('\n\n');
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    for (const name of ['PERSON:Kim Jae-Won', 'PERSON:Kwok Wai-keung', 'PERSON:Horace Cheung']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    assert.equal(names.some(n => /Pts|\bW D\b/.test(n)), false, names.join(', '));
  });
});

describe('Surnames that are titles', () => {
  const people = (text: string): string[] => analyze(text).entities.filter(e => e.type === 'PERSON')
    .map(e => `${e.canonical} x${e.mentions.length}`);

  it('stay with the given name before them ("Orla King", "Ravi Bishop", "Tess Major")', () => {
    const names = people('Motoring group president Orla King called for a taskforce. Ravi Bishop said the plan was flawed, and Tess Major agreed.');
    for (const n of ['Orla King x1', 'Ravi Bishop x1', 'Tess Major x1']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });

  it('are the person again alone, but not where the title opens another name ("King said" after "Orla King"; "King Charles")', () => {
    const text = 'Motoring group president Orla King called for a taskforce. "Roads are crumbling," King said. King Charles visited the depot.';
    assert.ok(people(text).includes('Orla King x2'), people(text).join(', '));
  });
});

describe('A leader\'s surname before what the leader leads', () => {
  it('is a person ("pressure from the Varnow administration", "the Kestler campaign"), not a place or a body', () => {
    const text = 'The Commission bowed to pressure from the Varnow administration. Critics of the Kestler campaign said it had ended.';
    const shown = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    for (const n of ['PERSON:Varnow', 'PERSON:Kestler']) assert.ok(shown.includes(n), `${n} in ${shown.join(', ')}`);
  });

  it('leaves a place before a camp or a government alone ("the Kabul government")', () => {
    const text = 'Aid reached the Zaatari camp, and the Kabul government said more would follow.';
    const shown = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(!shown.some(n => n.startsWith('PERSON:')), shown.join(', '));
  });
});
