import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// A theatre review, written for this test: the words of the stage make it a Culture story.

/** CAP major topic code. */
const CULTURE = 23;

describe('a theatre review', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  it('reads Culture first from the words of the stage', () => {
    const text = 'Review: a bold new revival of Macbeth\n\n'
      + 'The director returns to the London stage with a Macbeth that is never dull but rarely frightening.\n\n'
      + 'The lead plays the king as a nervous student, forever glancing over his shoulder.\n\n'
      + 'The production, which premiered last month, transfers to the West End in the spring and then to Broadway. '
      + 'It is the best Shakespeare of the year.\n';
    const a = analyze(text);
    const themes = JSON.stringify(a.themes.map((t) => [t.code, t.evidence.map((e) => e.text)]));
    assert.equal(a.themes[0]?.code, CULTURE, themes);
    const words = a.themes[0].evidence.map((e) => text.slice(e.start, e.end));
    for (const w of ['revival', 'premiered', 'Shakespeare']) assert.ok(words.includes(w), `"${w}" missing: ${themes}`);
  });
});
