import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Match reports written for these tests (issue 10, families 4 and 7): players named by a given name the tagger does
// not know, and grounds in sentences crowded with names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Players named in a match report', () => {
  it('joins a listed given name read as a place to the surname after it, hyphened or not', () => {
    const text = 'The winger whipped in Callum Brook-Aduana\'s cross after ten minutes, and the captain headed home from Neco Pritchard\'s corner just before the break.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Callum Brook-Aduana') && names.includes('PERSON:Neco Pritchard'), names.join(', '));
    assert.ok(!names.some(n => /^(?:PLACE|ORG):/.test(n)), names.join(', '));
  });

  it('leaves a place after "in" alone when nothing after it reads as a person', () => {
    const text = 'Flooding closed roads in Rohit Nagar and across the district on Tuesday, the council said.';
    const names = shown(text);
    assert.ok(!names.some(n => n.startsWith('PERSON:')), names.join(', '));
  });
});

describe('Grounds in sentences crowded with names', () => {
  it('keeps a ground\'s name whole though most long words of the sentence are capitalised', () => {
    const text = 'Danny Marsh scored twice as Bristol Rovers knocked Swindon Town out of the League Cup third round at the City Ground on Tuesday.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:City Ground'), names.join(', '));
    assert.ok(!names.includes('ORG:City'), names.join(', '));
  });
});
