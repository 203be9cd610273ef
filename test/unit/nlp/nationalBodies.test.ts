import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): a country's or a nation's name glued to an organisation's, with invented bodies.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('A country glued to an organisation\'s name', () => {
  it('keeps a nation\'s name after a body inside it ("NHS Wales said")', () => {
    const names = shown('Figures published by NHS Wales on Thursday show a rise in waiting times.');
    has(names, 'ORG:NHS Wales');
    assert.ok(!names.includes('PLACE:Wales'), names.join(', '));
  });

  it('keeps a nation\'s word before a party or a movement inside it ("Welsh Labour", "Kenyan Red Cross")', () => {
    const text = 'The vote split Welsh Labour and the Welsh Conservatives. Evacuees can register with the Kenyan Red Cross by phone.';
    const names = shown(text);
    has(names, 'ORG:Welsh Labour');
    has(names, 'ORG:Welsh Conservatives');
    has(names, 'ORG:Kenyan Red Cross');
  });

  it('keeps a country before a body whose name has no head of its own ("UK Research and Innovation")', () => {
    const text = 'The study was paid for by UK Research and Innovation, the funding agency said.';
    const m = analyze(text).mentions.find(x => x.type === 'ORG');
    assert.equal(m && text.slice(m.start, m.end), 'UK Research and Innovation');
  });

  it('reads a field\'s word right before a nation\'s name as a body named for it ("Honey Scotland", "Cheese Canada")', () => {
    const text = 'Funding came from Honey Scotland, and Cheese Canada agreed. Rain fell in North Wales.';
    const names = shown(text);
    has(names, 'ORG:Honey Scotland');
    has(names, 'ORG:Cheese Canada');
    has(names, 'PLACE:North Wales');
  });

  it('keeps a nation\'s word before a "National" party inside it ("the Kenyan National Front")', () => {
    has(shown('The Kenyan National Front and the Ruritanian Labour Party met.'), 'ORG:Kenyan National Front');
  });

  it('leaves a country apart from a body with a head of its own ("Iranian Foreign Ministry")', () => {
    has(shown('The Iranian Foreign Ministry said the talks would resume.'), 'ORG:Foreign Ministry');
  });
});

describe('An area glued to an emergency service\'s name', () => {
  it('keeps the town or the nation that opens the name ("the Dunmore Ambulance Service\'s chief", "the Welsh Fire Service")', () => {
    const text = 'The Dunmore Ambulance Service\'s chief executive, Orla Brannigan, spoke. The Welsh Fire Service said crews were busy.';
    const names = shown(text);
    has(names, 'ORG:Dunmore Ambulance Service');
    has(names, 'ORG:Welsh Fire Service');
  });

  it('opens a national body\'s name with its demonym, not a government department\'s', () => {
    const text = 'Engineers at the Indian Space Research Organisation and the Norwegian Moss Growers Association tested the probe, '
      + 'and the French Foreign Ministry welcomed the launch on Monday.';
    const names = shown(text);
    has(names, 'ORG:Indian Space Research Organisation');
    has(names, 'ORG:Norwegian Moss Growers Association');
    assert.ok(!names.includes('ORG:Space Research Organisation'), names.join(', '));
  });
});
