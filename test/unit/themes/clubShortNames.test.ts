import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// A football report written for these tests (issue 10, family 11): a club named in full in prose and by the last word
// of its name where capitals say nothing ("Forest manager ..." at a sentence's start, "Forest:" opening its line-up)
// gives no theme its name's word ("Forest": public lands).

const PUBLIC_LANDS = 21;
const ENVIRONMENT = 7;

describe('A club called by a word of its name', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  const report = [
    ' date 2026-01-12',
    'Forest stun Spurs as Wood double settles cup tie',
    'Nottingham Forest 2-1 Tottenham Hotspur',
    'Chris Wood scored twice as Nottingham Forest knocked Tottenham out of the cup in the third round on Sunday.',
    'The striker turned in a low cross after 12 minutes, and after an equaliser just before half-time he headed the winner from a corner with nine minutes left.',
    'Forest manager Ivo Santos said: "The lads showed real character. He is a proper number nine."',
    'Forest: Sels; Aina, Milenkovic, Murillo, Williams; Anderson, Yates; Hudson, Gibbs, Elanga; Wood.',
  ].join('\n\n');

  it('counts no word of the club\'s name as evidence', () => {
    const a = analyze(report);
    const evidence = a.themes.flatMap(t => t.evidence.map(e => `${t.code}:${e.text}`));
    assert.ok(!a.themes.some(t => t.code === PUBLIC_LANDS || t.code === ENVIRONMENT), JSON.stringify(evidence));
    assert.ok(!evidence.some(e => e.endsWith(':Forest')), JSON.stringify(evidence));
  });
});
