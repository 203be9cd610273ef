import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, families 5, 7 and 8): where a body's or a person's name starts and ends, with invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
const lacks = (names: readonly string[], name: string): void => assert.ok(!names.includes(name), `no ${name} in ${names.join(', ')}`);

describe('Roles and bodies at the edges of names', () => {
  it('leaves a player\'s position that opens the sentence out of the name ("Striker Kevin Marlowe scored")', () => {
    const names = shown('Striker Kevin Marlowe scored twice. Winger Declan Furlow added a third before half-time.');
    has(names, 'PERSON:Kevin Marlowe');
    has(names, 'PERSON:Declan Furlow');
    lacks(names, 'PERSON:Striker Kevin Marlowe');
  });

  it('reads a band named after a person as the band ("the Bobby Haldane Orchestra", "the Tommy Garvan Quartet")', () => {
    const names = shown('At 17 he joined the Bobby Haldane Orchestra and later toured Europe with the Tommy Garvan Quartet.');
    has(names, 'ORG:Bobby Haldane Orchestra');
    has(names, 'ORG:Tommy Garvan Quartet');
  });

  it('gives a name read once as a person and once as a body the person\'s type ("Ewan Brodie" in a results line)', () => {
    const text = ' date 2026-01-02\nScotland beat Wales\n\nEwan Brodie scored twice for Scotland at Murrayfield.\n\nPlayer of the match: Ewan Brodie (Scotland)\n';
    const types = new Set(analyze(text).mentions.filter(m => text.slice(m.start, m.end) === 'Ewan Brodie').map(m => m.type));
    assert.deepEqual([...types], ['PERSON']);
  });
});
