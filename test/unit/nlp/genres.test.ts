import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { GENRES } from './genres';

describe('Right on every genre a newsroom publishes (annotated fixtures)', () => {
  for (const fixture of GENRES) {
    describe(fixture.genre, () => {
      const analysis = analyze(fixture.text);
      const shown = analysis.mentions.map(m => ({ text: fixture.text.slice(m.start, m.end), type: m.type }));

      it('finds every name that matters with its type', () => {
        const missing = fixture.found.filter(([name, type]) => !shown.some(m => m.text === name && m.type === type));
        assert.deepEqual(missing, [], `shown: ${shown.map(m => `${m.type}:${m.text}`).join(', ')}`);
      });

      it('highlights no number, amount, date, label or title as an entity', () => {
        const junk = shown.filter(m => fixture.notEntities.includes(m.text) || /^\p{N}/u.test(m.text) || /[$£€]/u.test(m.text));
        assert.deepEqual(junk, []);
      });

      it('lets no name run into a number', () => {
        assert.deepEqual(shown.filter(m => /\s\p{N}/u.test(m.text)), []);
      });
    });
  }
});
