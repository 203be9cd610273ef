import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { splitGluedNames } from '../../../src/core/nlp/gluedNames';
import { tokenize } from '../../../src/core/nlp/tokens';

// Sentences written for these tests (issue 10, family 7): a body or a place and the person after it are two names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Names glued together where a comma is missing', () => {
  it('splits a place or body and the person named right after it', () => {
    const text = [
      'The talks were led by special envoy for Sudan Roger Winter, officials said.',
      'The survey was written by Washington State University Simon Ličen and two colleagues.',
    ].join('\n\n');
    const found = shown(text);
    for (const name of ['PERSON:Roger Winter', 'ORG:Washington State University', 'PERSON:Simon Ličen']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });

  it('cuts a name at a capitalised preposition, the place after it being a place', () => {
    const text = 'Voters re-elected Regina Ip In the Hong Kong Island constituency on Sunday.';
    const found = shown(text);
    assert.ok(found.includes('PERSON:Regina Ip'), found.join(', '));
    assert.ok(found.includes('PLACE:Hong Kong Island'), found.join(', '));
  });

  it('leaves a body whose last words are no given name whole ("U.S. Geological Survey", "International Space Station")', () => {
    const text = 'The U.S. Geological Survey said the quake struck at dawn. The crew docked with the International Space Station on Friday.';
    const found = shown(text);
    assert.ok(found.some(f => f.endsWith(':U.S. Geological Survey')), found.join(', '));
    assert.ok(found.some(f => f.endsWith(':International Space Station')), found.join(', '));
  });

  it('splits after a courtesy title, the title belonging to neither name, and leaves a post\'s title to the mending of roles', () => {
    const text = 'According to the Citation Index Professor Chomsky is the most cited scholar. U.S. Secretary of State Nicholas Burns spoke.';
    const tokens = tokenize(text);
    const at = (word: string): number => tokens.findIndex(t => t.text === word);
    const spans = splitGluedNames(tokens, [
      { first: at('Citation'), last: at('Chomsky'), type: 'ORG' },
      { first: at('U.S.'), last: at('Burns'), type: 'ORG' },
    ]);
    const words = spans.map(s => `${s.type}:${tokens.slice(s.first, s.last + 1).map(t => t.text).join(' ')}`);
    assert.deepEqual(words, ['ORG:Citation Index', 'PER:Chomsky', 'ORG:U.S. Secretary of State Nicholas Burns']);
  });

  it('splits two bodies joined by "and", and keeps a body with "and" in its name whole', () => {
    const text = [
      'The site gave $60,000 to charities such as the Wikimedia Foundation and Creative Commons.',
      'A team from the Massachusetts Institute of Technology and Colorado State University ran the study.',
      'The Ministry of Trade and Industry and the Food and Drug Administration declined to comment.',
    ].join('\n\n');
    const found = shown(text);
    for (const name of ['Wikimedia Foundation', 'Creative Commons', 'Massachusetts Institute of Technology', 'Colorado State University',
      'Ministry of Trade and Industry', 'Food and Drug Administration']) assert.ok(found.includes('ORG:' + name), `${name} in ${found.join(', ')}`);
  });

  it('joins a place whose name opens with an abbreviation ("St. Louis"), stopping before a day', () => {
    const text = 'I have been to the magic jubilee in St. Louis, the convention in Dallas. The leaders arrived in St. Petersburg Friday morning.';
    const found = shown(text);
    assert.ok(found.includes('PLACE:St. Louis'), found.join(', '));
    assert.ok(found.includes('PLACE:St. Petersburg'), found.join(', '));
    assert.equal(found.some(f => /^PLACE:(?:St|Louis)$/.test(f)), false, found.join(', '));
  });

  it('reads a structure\'s or a road\'s name as a place, and an institution\'s as a body', () => {
    const text = 'Sweden faced South Korea at the Nizhny Novgorod Stadium. The stampede happened at Jamarat Bridge. '
      + 'She was held at Ramstein Air Base. The Johnson Space Center and the Museum of Flight bid for the orbiter.';
    const found = shown(text);
    for (const place of ['Nizhny Novgorod Stadium', 'Jamarat Bridge', 'Ramstein Air Base']) {
      assert.equal(found.some(f => f === 'ORG:' + place), false, `${place} in ${found.join(', ')}`);
    }
    assert.equal(found.some(f => f === 'PLACE:Johnson Space Center'), false, found.join(', '));
  });
});
