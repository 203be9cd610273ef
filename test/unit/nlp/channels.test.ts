import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, boundaries): broadcasters' channels named by a number after the broadcaster.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Channels named by a number', () => {
  it('takes the number word after a broadcaster\'s initials, and the word after a radio station\'s number', () => {
    const names = shown('The comedy moves to BBC Three in March and to RTÉ Two in April. A radio version runs on BBC Radio 4 Extra.');
    for (const name of ['ORG:BBC Three', 'ORG:RTÉ Two', 'ORG:BBC Radio 4 Extra']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });

  it('stops before a possessive\'s programme and a lower-case word ("BBC Radio 4\'s Today programme")', () => {
    const names = shown('She told BBC Radio 4\'s Today programme that fares would rise, and BBC Radio 2 in June that they would not.');
    assert.ok(names.includes('ORG:BBC Radio 4'), names.join(', '));
    assert.ok(names.includes('ORG:BBC Radio 2'), names.join(', '));
  });
});
