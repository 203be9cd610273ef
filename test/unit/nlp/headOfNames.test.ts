import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, boundaries): a body's head read alone before "of the" and the name it belongs to.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('A body\'s head before "of" and a name', () => {
  it('reads the head, "of the" and the name after it as one body ("the Council of the EU")', () => {
    const names = shown('The proposal now goes to ministers in the Council of the EU, where Poland holds the chair until June.');
    assert.ok(names.includes('ORG:Council of the EU'), names.join(', '));
  });
});
