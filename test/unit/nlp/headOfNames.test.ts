import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, boundaries): a body's head read alone before "of the" and the name it belongs to.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('A body\'s head before "of" and a name', () => {
  it('reads the head, "of the" and the name after it as one body ("the Council of the EU")', () => {
    const names = shown('The proposal now goes to ministers in the Council of the EU, where Poland holds the chair until June.');
    assert.ok(names.includes('ORG:Council of the EU'), names.join(', '));
  });

  it('reads a longer body\'s name, "of the" and a country as one body', () => {
    const text = 'The Energy Regulatory Commission of the Philippines capped the rise, and the Football Association of the Netherlands'
      + ' fined the club.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Energy Regulatory Commission of the Philippines'), names.join(', '));
    assert.ok(names.includes('ORG:Football Association of the Netherlands'), names.join(', '));
    assert.ok(!names.some(n => n.endsWith(':Philippines')), names.join(', '));
  });

  it('leaves a place after "of the" alone when the name before it is no body\'s', () => {
    const names = shown('Maria Santos of the Philippines won the final, and Tom Hale of the United States took bronze.');
    assert.ok(names.includes('PERSON:Maria Santos'), names.join(', '));
    assert.ok(names.includes('COUNTRY:Philippines'), names.join(', '));
  });
});
