import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isBreakAfter } from '../../../src/core/nlp/features';
import { tokenize } from '../../../src/core/nlp/tokens';

// Written for these tests (issue 10, family 3): results tables laid out in columns of spaces, with invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Column gaps in tables laid out with spaces', () => {
  it('ends a name at two spaces or more, not at one', () => {
    const tokens = tokenize('Ottilie Brandt   Vantor  Racing and Mira Solberg');
    const at = (word: string): number => tokens.findIndex(t => t.text === word);
    assert.equal(isBreakAfter(tokens[at('Brandt')], tokens[at('Vantor')]), true);
    assert.equal(isBreakAfter(tokens[at('Vantor')], tokens[at('Racing')]), true);
    assert.equal(isBreakAfter(tokens[at('Ottilie')], tokens[at('Brandt')]), false);
    assert.equal(isBreakAfter(tokens[at('Mira')], tokens[at('Solberg')]), false);
  });

  it('keeps a driver and the team of the next column apart in a race classification', () => {
    const text = [
      ' date 2026-06-14', 'Brandt wins in Valdora as Solberg spins', '',
      'Ottilie Brandt won the Valdora Grand Prix for McLaren on Sunday, ahead of Mira Solberg of Ferrari.', '',
      'Pos  Driver              Team        Time', '1    Ottilie Brandt      McLaren     1:32:04.112', '2    Mira Solberg        Ferrari     +3.481', '',
    ].join('\n');
    const names = shown(text);
    assert.ok(!names.some(n => /Brandt\s+McLaren|Solberg\s+Ferrari/.test(n)), names.join(', '));
    assert.equal(names.filter(n => n === 'PERSON:Ottilie Brandt').length, 2, names.join(', '));
  });
});
