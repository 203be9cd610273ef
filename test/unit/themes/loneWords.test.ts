import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';

// Ordinary news written for these tests: a word said once beside a story told over several paragraphs is no
// theme of the story, while the same word in a short summary still is.

/** CAP major topic codes. */
const HEALTH = 3;
const MACRO = 1;
const TRANSPORT = 10;
const LAW_AND_CRIME = 12;
const DEFENSE = 16;

const shown = (a: Analysis): number[] => a.themes.map((t) => t.code);
const describe_ = (a: Analysis): string => JSON.stringify(a.themes.map((t) => [t.code, t.evidence.map((e) => e.text)]));

describe('a word said once beside a story told at length', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  it('reads a murder trial with one "attack" as Law and Crime alone, not Defense', () => {
    const text = 'Man jailed for pub car park stabbing\n\n'
      + 'A man has been jailed for life for murdering a father of two in a pub car park.\n\n'
      + 'Daniel Hughes, 29, was found guilty of murder after a two-week trial at Bristol Crown Court.\n\n'
      + 'The victim, 34, died in hospital after the attack outside the pub in March.\n\n'
      + 'The judge told Hughes he would serve at least 22 years before he could be considered for parole.\n';
    const a = analyze(text);
    assert.equal(a.themes[0].code, LAW_AND_CRIME, describe_(a));
    assert.ok(!shown(a).includes(DEFENSE), describe_(a));
    assert.ok(!shown(a).includes(TRANSPORT), `a car park is where it happened, no transport story: ${describe_(a)}`);
  });

  it('reads a hospital story on "the road to recovery" as Health alone', () => {
    const text = 'Hospital waiting lists fall for third month\n\n'
      + 'The number of patients waiting for hospital treatment in England has fallen for a third month.\n\n'
      + 'Nurses and doctors treated more patients in accident and emergency departments than a year ago.\n\n'
      + 'The health secretary said the health service was on the road to recovery, but warned there was a long '
      + 'way to go before waiting times met their targets.\n';
    const a = analyze(text);
    assert.equal(a.themes[0].code, HEALTH, describe_(a));
    assert.ok(!shown(a).includes(TRANSPORT), describe_(a));
    assert.ok(!shown(a).includes(MACRO), describe_(a));
  });

  it('still shows a second theme said once in a one-paragraph summary', () => {
    const text = 'Man jailed for stabbing outside hospital. A man was found guilty of murder and jailed at the crown court.';
    const a = analyze(text);
    assert.equal(a.themes[0].code, LAW_AND_CRIME, describe_(a));
    assert.ok(shown(a).includes(HEALTH), describe_(a));
  });
});
