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

describe('A player\'s position before the name', () => {
  it('is no word of it ("GK Tamsin Achebe", "CB Darnell Okoye"), where a given name follows', () => {
    const names = shown('Kestrel: GS Tamsin Achebe, GA Priya Lowell, WD Hannah Ruiz; GK Grace Mbatha.\n\nInjuries: CB Darnell Okoye left with a knee injury and LB Marcus Hale did not return.');
    for (const n of ['Tamsin Achebe', 'Priya Lowell', 'Hannah Ruiz', 'Grace Mbatha', 'Darnell Okoye', 'Marcus Hale']) {
      assert.ok(names.includes(`PERSON:${n}`), `${n} in ${names.join(', ')}`);
    }
  });

  it('leaves a code that is a place\'s or a firm\'s alone where no given name follows ("WA Police", "DE Shaw")', () => {
    const names = shown('WA Police said the road was closed. Hedge fund DE Shaw declined to comment.');
    assert.ok(!names.some(n => /^PERSON:(?:Police|Shaw)$/.test(n)), names.join(', '));
  });
});

describe('A scoring summary', () => {
  it('reads the side\'s code before the dash as the team and the kicker after "FG" as a person', () => {
    const names = shown('First Quarter\nPit—FG Boswell 44, 9:12.\nCle—Njoku 7 pass from Watson (Hopkins kick), 2:40.');
    assert.ok(names.includes('ORG:Pit') && !names.some(n => /^(?:PERSON|PLACE):(?:Pit|Cle)$/.test(n)), names.join(', '));
    assert.ok(names.includes('PERSON:Boswell') && !names.some(n => /FG/.test(n)), names.join(', '));
  });
});

describe('A standings row with its columns written beside the figures', () => {
  it('ends the side\'s name before them ("Somerset P3 W2 D1 Pts 51")', () => {
    const names = shown('DIVISION TWO TABLE\n1 Somerset P3 W2 D1 Pts 51\n2 Durham P3 W1 D2 Pts 40');
    assert.ok(names.some(n => /:Somerset$/.test(n)) && names.some(n => /:Durham$/.test(n)), names.join(', '));
    assert.ok(!names.some(n => /Pts|P3/.test(n)), names.join(', '));
  });
});

describe('A race\'s result with the rider in brackets', () => {
  it('reads the trainer after the rider as a person, not a team ("(Rachael Blackmore) Gordon Elliott")', () => {
    const names = shown('1. Lantern Bay (Rachael Blackmore) Gordon Elliott 9-2\n2. Copper Reef (Sean Flanagan) Tessa Whitcombe 11-1');
    for (const n of ['Rachael Blackmore', 'Gordon Elliott', 'Sean Flanagan', 'Tessa Whitcombe']) {
      assert.ok(names.includes(`PERSON:${n}`), `${n} in ${names.join(', ')}`);
    }
  });
});

describe('A line-up that numbers its players', () => {
  const LINE_UP = 'HARBOUR SHARKS: 1. Kalani Fonoti 2. Ryan Ashby 3. Tevita Loloa 4. Jack Dunmore 5. Sione Havili 6. Callum Price '
    + '7. Nathan Oakes 8. Viliami Kata 9. Josh Pell. Interchange: 10. Lazaro Tuilagi 11. Ben Crane.';

  it('reads every numbered name as a person, where the sentence splitter cuts the line at each number', () => {
    const names = shown(LINE_UP);
    for (const n of ['Kalani Fonoti', 'Tevita Loloa', 'Sione Havili', 'Viliami Kata', 'Josh Pell', 'Lazaro Tuilagi', 'Ben Crane']) {
      assert.ok(names.includes(`PERSON:${n}`), `${n} in ${names.join(', ')}`);
    }
  });

  it('leaves a numbered list of songs or a table of points alone', () => {
    const songs = shown('Setlist: 1. Silver Morning 2. Harbour Lights 3. Cold Water Road 4. Paper Lanterns 5. Northern Line 6. Last Orders');
    assert.ok(!songs.some(n => n.startsWith('PERSON:')), songs.join(', '));
    const table = shown('Table: 1. Kestrel Vale 45 2. Harbury Town 43 3. Mill Rovers 40 4. Dunmore Athletic 38 5. Ashgrove United 36');
    assert.ok(!table.some(n => n.startsWith('PERSON:')), table.join(', '));
  });
});

describe('A results list with countries\' codes in capitals', () => {
  it('shows no code in brackets after an athlete, nor a record\'s mark after a figure, as a name ("(CAN)", "22.90 WL")', () => {
    const names = shown('400m freestyle: 1. Lukas Brandt (GER) 3:42.10; 2. Finlay Ross (CAN) 3:43.40\n\nShot put: 1. Tomas Walsh (NZL) 22.90 WL; 2. Joe Kovacs (USA) 22.31 SB');
    assert.ok(!names.some(n => /:(?:GER|CAN|NZL|WL|SB)$/.test(n)), names.join(', '));
    assert.ok(names.includes('PERSON:Finlay Ross') && names.includes('PERSON:Tomas Walsh'), names.join(', '));
  });
});
