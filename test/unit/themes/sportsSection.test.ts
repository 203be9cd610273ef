import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sports and science pages written for these tests (issue 10, family 11): the sports section's header makes a results
// page a sports story, whose "World Cup" and "Olympics" are the sport itself, no Domestic Commerce story; planetary
// defence is no Defense story.

const DOMESTIC_COMMERCE = 15;

const RESULTS = [
  ' date 2026-10-19 Sport',
  'Hartley wins twice as Diving World Cup ends in Montreal',
  '',
  'MONTREAL — Ella Hartley won the 3m springboard and the synchronised event on the last day of the Diving World Cup,',
  'a year after finishing fourth at the Olympics in Paris.',
  '',
  '"After the Olympics I wanted this one badly," she said.',
  '',
  'RESULTS',
  '3m springboard: 1 Ella Hartley (GBR) 351.20, 2 Chen Lin (CHN) 344.85, 3 Maya Ortiz (MEX) 330.10',
].join('\n');

describe('A sports section\'s results page', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  it('gives no Domestic Commerce theme for the competitions it names', () => {
    const themes = analyze(RESULTS).themes.map(t => t.code);
    assert.ok(!themes.includes(DOMESTIC_COMMERCE), JSON.stringify(themes));
  });

  it('keeps the theme where the page speaks of regulating the sport', () => {
    const text = RESULTS + '\n\nThe federation also confirmed a two-year doping ban for the Olympic champion, and lottery funding'
      + ' for the national team will be cut by a third after the betting inquiry.';
    const themes = analyze(text).themes.map(t => t.code);
    assert.ok(themes.includes(DOMESTIC_COMMERCE), JSON.stringify(themes));
  });
});

describe('Planetary defence', () => {
  it('is no Defense story', () => {
    const text = 'Astronomers found 14 asteroids near the Sun. The head of the space agency\'s planetary defence office said surveys'
      + ' had a blind spot, and NASA\'s Planetary Defense Coordination Office will add the orbits to its lists. Planetary'
      + ' defence budgets are small.';
    const themes = analyze(text).themes.map(t => t.code);
    assert.ok(!themes.includes(16), JSON.stringify(themes));
  });
});
