import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Local news written for these tests (issue 10): a building "on" its street is two names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Buildings on streets', () => {
  it('are cut from the street they stand on', () => {
    const text = 'The court heard he poured petrol on the entrance of the Guru Nanak Gurdwara on Sedgley Street in the early hours of 14 June.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Sedgley Street'), names.join(', '));
    assert.ok(names.some(n => n.endsWith(':Guru Nanak Gurdwara')), names.join(', '));
  });

  it('leave bodies named for what they are "on" whole', () => {
    const text = 'The Senate Committee on Foreign Relations met on Tuesday, and the Council on Foreign Relations published a report the same day.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Senate Committee on Foreign Relations'), names.join(', '));
    assert.ok(names.includes('ORG:Council on Foreign Relations'), names.join(', '));
  });
});
