import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { tokenize } from '../../../src/core/nlp/tokens';
import { WIRE_GENRES } from './wireGenres';

const asGold = (type: string): string => (type === 'PLACE' || type === 'COUNTRY' ? 'LOC' : type);

describe('Wire pages filed a line to a line: results, tables, scoreboards and markets (annotated fixtures)', () => {
  for (const fixture of WIRE_GENRES) {
    describe(fixture.genre, () => {
      const analysis = analyze(fixture.text);
      const shown = analysis.mentions.map(m => ({ text: fixture.text.slice(m.start, m.end), type: asGold(m.type) }));

      it('finds the names that matter with their type', () => {
        const wanted = fixture.gold.filter(([name]) => fixture.found.includes(name));
        assert.equal(wanted.length, fixture.found.length, 'every required name is in the gold list');
        const missing = wanted.filter(([name, type]) => !shown.some(m => m.text === name && m.type === type));
        assert.deepEqual(missing, [], `shown: ${shown.map(m => `${m.type}:${m.text}`).join(', ')}`);
      });

      it('highlights no number, label, column header or date', () => {
        const junk = shown.filter(m => fixture.notEntities.includes(m.text) || /^\p{N}/u.test(m.text) || /\s\p{N}/u.test(m.text));
        assert.deepEqual(junk, []);
      });
    });
  }
});

describe('Lines of a table inside one paragraph', () => {
  it('are sentences of their own, so a results line is read as one', () => {
    const text = 'Results on Saturday:\nArsenal 2 Leicester 0\nCoventry 1 Newcastle 3';
    const tokens = tokenize(text);
    const sentenceOf = (word: string): number => tokens.find(t => t.text === word)!.sentence;
    assert.notEqual(sentenceOf('Leicester'), sentenceOf('Coventry'));
    assert.equal(sentenceOf('Arsenal'), sentenceOf('Leicester'));
  });
});

describe('One type per name across a sports page', () => {
  it('reads a club of a results line as the club in the report below it, not after "in"', () => {
    const text = [
      'Results of English league matches on Saturday:',
      'Sunderland 3 Middlesbrough 1',
      'Sunderland striker Kevin Phillips scored twice against Middlesbrough.',
      'Fans in Middlesbrough were not pleased.',
    ].join('\n');
    const analysis = analyze(text);
    const typesOf = (name: string): string[] => analysis.mentions.filter(m => text.slice(m.start, m.end) === name).map(m => m.type);
    assert.deepEqual(typesOf('Sunderland'), ['ORG', 'ORG']);
    assert.deepEqual(typesOf('Middlesbrough').slice(0, 2), ['ORG', 'ORG']);
  });
});
