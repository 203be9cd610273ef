import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Weather, travel and politics copy written for these tests (issue 10, families 5 and 6).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Public agencies, and words that open a sentence', () => {
  it('knows the weather services and road and rail agencies, first word of a line or not', () => {
    const text = 'Met Office issues yellow snow warning for Highlands\n\nNational Highways said the A9 would stay open, Transport for Wales'
      + ' cancelled two trains and Met Éireann warned of ice in Donegal.';
    const names = shown(text);
    for (const body of ['Met Office', 'National Highways', 'Transport for Wales', 'Met Éireann']) assert.ok(names.includes(`ORG:${body}`), names.join(', '));
    assert.ok(!names.includes('ORG:Office') && !names.includes('PLACE:Wales'), names.join(', '));
  });

  it('reads a common word after a full stop inside a quotation as a sentence\'s first word', () => {
    const names = shown('"They said they would fix the buses. Instead, fares went up," said councillor Joan Perry.');
    assert.ok(!names.some(n => n.endsWith(':Instead')), names.join(', '));
    assert.ok(names.includes('PERSON:Joan Perry'), names.join(', '));
  });

  it('keeps a name the lexicon knows as a person\'s at a sentence\'s start', () => {
    const names = shown('The agency picked Florida for the launch site. Houston has lobbied for the contract since 2019.');
    assert.ok(names.some(n => n.endsWith(':Houston')), names.join(', '));
  });

  it('knows the arts, screen and sport funding bodies named by a field and a nation', () => {
    const names = shown('The film had money from Screen Scotland and Creative Wales, and Sport England paid for the new pitch in Hull.');
    for (const body of ['Screen Scotland', 'Creative Wales', 'Sport England']) assert.ok(names.includes(`ORG:${body}`), names.join(', '));
  });
});
