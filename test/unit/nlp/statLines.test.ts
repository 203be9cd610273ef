import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { tokenize } from '../../../src/core/nlp/tokens';

// An agency's statistics block written for these tests (issue 10, family 3): labels in capitals glued to a dash,
// each side's name before its players, and every player's figures hyphened ("carries-yards").
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

const BLOCK = [
  'INDIVIDUAL STATISTICS',
  'RUSHING—Pittsburgh, Warren 18-96, Fields 6-31, Harris 2-4. Cleveland, Ford 14-58, Strong 5-12.',
  'PASSING—Pittsburgh, Fields 19-28-0-214. Cleveland, Watson 24-37-2-255.',
  'RECEIVING—Pittsburgh, Pickens 6-88, Freiermuth 4-41. Cleveland, Njoku 8-79, Cooper 5-66.',
  'MISSED FIELD GOALS—Cleveland, Hopkins 51.',
].join('\n\n');

describe('A statistics block in capitals', () => {
  it('reads no label glued to its dash as a dateline\'s place ("RUSHING—", "MISSED FIELD GOALS—")', () => {
    const names = shown(BLOCK);
    assert.ok(!names.some(n => /^\w+:(?:RUSHING|PASSING|RECEIVING|MISSED FIELD GOALS|INDIVIDUAL STATISTICS)$/.test(n)), names.join(', '));
  });

  it('reads the side before its players as a team and every player with figures as a person', () => {
    const names = shown(BLOCK);
    for (const side of ['Pittsburgh', 'Cleveland']) {
      assert.ok(names.includes(`ORG:${side}`) && !names.includes(`PERSON:${side}`), names.join(', '));
    }
    for (const player of ['Warren', 'Fields', 'Harris', 'Ford', 'Strong', 'Watson', 'Pickens', 'Njoku', 'Cooper']) {
      assert.ok(names.includes(`PERSON:${player}`) && !names.includes(`ORG:${player}`), `${player} in ${names.join(', ')}`);
    }
  });

  it('keeps a dateline in capitals before a dash where the place is an ordinary word too ("READING —", "NICE —")', () => {
    for (const [line, place] of [['READING — Council leaders met on Monday.', 'Reading'], ['NICE — The mayor spoke on Monday.', 'Nice']]) {
      const names = shown(line);
      assert.ok(names.some(n => n.endsWith(`:${place.toUpperCase()}`)), names.join(', '));
    }
  });
});

describe('The punctuation after a range of figures', () => {
  it('stays on the range\'s token ("Warren 18-96, Fields 6-31.")', () => {
    const tokens = tokenize('Warren 18-96, Fields 6-31.');
    assert.deepEqual(tokens.map(t => [t.text, t.post]), [['Warren', ''], ['18-96', ','], ['Fields', ''], ['6-31', '.']]);
  });
});

describe('A racehorse\'s age in a race\'s heading', () => {
  it('is no name ("Maiden Stakes (3yo)")', () => {
    const names = shown('2.30 Maiden Stakes (3yo) 7f\n\n1 Silver Lantern (Amelia Crowhurst) 5-2');
    assert.ok(!names.some(n => /3yo/.test(n)), names.join(', '));
  });
});
