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

describe('Countries keep their usual names; names that contain a country are one mention', () => {
  const text = 'Russia and Iran met North Korea and the United States in Moscow. Radio Moldova said the Tories and Democrats objected.';
  const shown = analyze(text).mentions.map(m => ({ text: text.slice(m.start, m.end), type: m.type, via: m.via }));

  it('finds Russia, Iran, North Korea and the United States by name, not by alias', () => {
    for (const name of ['Russia', 'Iran', 'North Korea', 'United States']) {
      assert.deepEqual(shown.find(m => m.text === name), { text: name, type: 'COUNTRY', via: 'name' });
    }
  });

  it('keeps "Radio Moldova" one organisation, with no country mention inside it', () => {
    assert.equal(shown.find(m => m.text === 'Radio Moldova')?.type, 'ORG');
    assert.equal(shown.some(m => m.text === 'Moldova'), false);
  });

  it('reads "the Tories and Democrats" as two groups', () => {
    assert.deepEqual(shown.filter(m => m.text === 'Tories' || m.text === 'Democrats').map(m => m.text), ['Tories', 'Democrats']);
  });
});

describe('An acronym in brackets after an organisation', () => {
  it('is the same organisation ("the Office for Budget Responsibility (OBR)")', () => {
    const text = 'The Office for Budget Responsibility (OBR) warned growth would slow. The OBR said so again.';
    const analysis = analyze(text);
    const obr = analysis.mentions.find(m => text.slice(m.start, m.end) === 'OBR');
    const full = analysis.mentions.find(m => text.slice(m.start, m.end) === 'Office for Budget Responsibility');
    assert.equal(obr?.type, 'ORG');
    assert.equal(obr?.entityId, full?.entityId);
  });
});

describe('An organisation named with "of" where the tagger saw only its head', () => {
  it('is the whole name ("Bank of Japan", not "Bank" and a country)', () => {
    const text = 'Bank of Japan officials said the economy was recovering.';
    const shown = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.deepEqual(shown, ['ORG:Bank of Japan']);
  });
});
