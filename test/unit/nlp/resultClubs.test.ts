import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): clubs named by the results of a match report.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('Clubs named by a result', () => {
  it('reads the sides of results in prose as clubs ("Harrowby won 1-0", "beat Oldcastle 2-1", "a 2-2 draw with Kingsmere")', () => {
    const text = 'Elsewhere, Harrowby won 1-0 away from home, and Dunmore beat Oldcastle 2-1 in the late game. '
      + 'Ashfield lost 3-0 to Kingsmere, who had earlier played out a 2-2 draw with Brackley.';
    const names = shown(text);
    for (const club of ['Harrowby', 'Dunmore', 'Oldcastle', 'Ashfield', 'Kingsmere', 'Brackley']) has(names, `ORG:${club}`);
  });

  it('leaves players of a match with set scores, people named in full and national sides alone', () => {
    const text = 'Varga beat Lindqvist 6-4 6-3 in the second round. Andy Morrow beat Tom Hensley 2-1 in the final frame. '
      + 'France beat Italy 27-19 in Rome.';
    const names = shown(text);
    assert.ok(!names.some(n => /^ORG:(Varga|Lindqvist|Andy|Tom)/.test(n)), names.join(', '));
    has(names, 'COUNTRY:France');
    has(names, 'COUNTRY:Italy');
  });
});

describe('A club\'s name the tagger read as a person', () => {
  it('reads "Chelsea" as the club throughout a match report where it plays', () => {
    const text = 'Chelsea held at Villa Park\n\n'
      + 'A stoppage-time penalty earned Chelsea a 2-2 draw with Aston Villa on Sunday.\n\n'
      + 'Chelsea manager Enzo Maresca praised his players after the referee awarded the penalty.\n\n'
      + 'Chelsea travel to Denmark on Thursday for the next round.\n';
    const names = shown(text).filter(n => /Chelsea/.test(n));
    assert.deepEqual(names, ['ORG:Chelsea', 'ORG:Chelsea', 'ORG:Chelsea', 'ORG:Chelsea']);
  });
});
