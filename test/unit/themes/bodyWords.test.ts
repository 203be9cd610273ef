import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';

// Ordinary news paragraphs, written for these tests: the words a reader sees as theme evidence must say what
// the story is about, not the kind of body that speaks in it nor a footballer's armband.

/** CAP major topic codes. */
const LABOR = 5;
const EDUCATION = 6;
const DEFENSE = 16;
const GOVERNMENT = 20;
const HEALTH = 3;

const shown = (a: Analysis): number[] => a.themes.map((t) => t.code);
/** Every evidence word shown for `code`, sliced from the text. */
const evidence = (text: string, a: Analysis, code: number): string[] =>
  (a.themes.find((t) => t.code === code)?.evidence ?? []).map((e) => text.slice(e.start, e.end));

describe('theme evidence from the words of organisations and match reports', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  it('reads no education story from the university where astronomers work', () => {
    const text = 'Astronomers spot the most distant galaxy yet\n\n'
      + 'Astronomers using a space telescope have found the most distant galaxy ever seen, light from which set out '
      + 'soon after the Big Bang.\n\n'
      + 'The team, led by researchers at Lancaster University and the University of Leeds, said the findings were '
      + 'published in the journal Nature.\n';
    const a = analyze(text);
    assert.ok(!shown(a).includes(EDUCATION), `Education shown: ${JSON.stringify(a.themes.map((t) => [t.code, t.evidence.map((e) => e.text)]))}`);
  });

  it('reads no labour story from a students\' union, and still an education story from fees', () => {
    const text = 'Tuition fees to rise again\n\n'
      + 'Tuition fees in England will rise next year, the education secretary told MPs.\n\n'
      + 'The National Union of Students called the decision a betrayal. Its president said students were already '
      + 'struggling with the cost of living.\n';
    const a = analyze(text);
    assert.equal(a.themes[0].code, EDUCATION);
    assert.ok(!evidence(text, a, LABOR).includes('Union'), `Labor from "Union": ${JSON.stringify(evidence(text, a, LABOR))}`);
  });

  it('keeps what a body does, not the noun of its kind ("Royal College of Nursing")', () => {
    const text = 'Nurses warn of winter pressure\n\n'
      + 'Hospitals in England face their hardest winter yet, nurses have warned, with patients waiting hours for a bed.\n\n'
      + 'The Royal College of Nursing said staff shortages remained severe across the health service.\n';
    const a = analyze(text);
    assert.equal(a.themes[0].code, HEALTH);
    assert.ok(evidence(text, a, HEALTH).includes('Nursing'));
    assert.ok(!shown(a).includes(EDUCATION), `Education shown: ${JSON.stringify(evidence(text, a, EDUCATION))}`);
  });

  it('takes no Government Operations evidence from a party\'s name nor from a campaign group', () => {
    const text = 'Sewage spills into rivers doubled last year\n\n'
      + 'Water companies released raw sewage into rivers and seas for more hours than ever last year, figures show.\n\n'
      + 'Campaign group Surfers Against Sewage said the figures were shameful. The Liberal Democrats called for '
      + 'water bosses to lose their bonuses.\n';
    const a = analyze(text);
    const words = evidence(text, a, GOVERNMENT);
    assert.ok(!words.includes('Campaign'), `Government Operations from "Campaign": ${JSON.stringify(words)}`);
    assert.ok(!words.includes('Democrats'), `Government Operations from "Democrats": ${JSON.stringify(words)}`);
  });

  it('reads no Defense story from an England captain in a football report', () => {
    const text = 'Salah double sends Liverpool top\n\n'
      + 'Mohamed Salah scored twice as Liverpool beat Brentford 3-0 at Anfield to go top of the league.\n\n'
      + 'The Egypt forward opened the scoring after 13 minutes and added a second from the penalty spot. Head coach Arne Slot praised his players.\n\n'
      + 'England captain Harry Kane is expected to return from injury for the games against Greece and Ireland.\n';
    const a = analyze(text);
    assert.ok(!shown(a).includes(DEFENSE), `Defense shown: ${JSON.stringify(evidence(text, a, DEFENSE))}`);
  });

  it('still reads Defense from a captain beside troops', () => {
    const text = 'Soldier killed in training accident\n\n'
      + 'An army captain was killed when troops came under fire during a live-firing exercise, the defence ministry said.\n';
    const a = analyze(text);
    assert.equal(a.themes[0].code, DEFENSE);
    assert.ok(evidence(text, a, DEFENSE).includes('captain'));
  });
});
