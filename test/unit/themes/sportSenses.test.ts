import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';

// A tennis report written for these tests (issue 10, family 11): words of commerce, science, rights and foreign
// affairs that the sports pages use in passing ("a sports scientist", "the real deal", "women's singles", a
// tournament in Berlin) are no theme of the story.

const CIVIL_RIGHTS = 2;
const CULTURE = 23;
const DOMESTIC_COMMERCE = 15;
const TECHNOLOGY = 17;
const INTERNATIONAL = 19;

const describe_ = (a: Analysis): string => JSON.stringify(a.themes.map((t) => [t.code, t.evidence.map((e) => e.text)]));

describe('words the sports pages use in passing', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  const report = [
    ' date 2026-06-20',
    'Varga battles past Okonjo to reach Eastbourne semi-finals',
    'Hungary\'s Daniel Varga fought back from a set down to beat Tobi Okonjo 4-6 7-6 (7-4) 6-3 and reach the semi-finals at Eastbourne.',
    'Varga saved two match points in the second-set tie-break before breaking early in the final set.',
    '"It was a great deal of fun in the end," Varga said. Former champion Lena Brandt called him "the real deal".',
    'His fitness coach, a former sports scientist, has rebuilt his movement on grass since a knee injury last year.',
    'In the women\'s singles, Spain\'s Marta Ruiz beat Poland\'s Ewa Nowak 6-2 6-4 to set up a semi-final in Berlin next week.',
    'Women\'s event in Berlin',
    'Ruiz, the world number four, will face the top seed in Berlin on Friday.',
  ].join('\n\n');

  it('shows no Technology, Domestic Commerce, Civil Rights or International Affairs for a tennis report', () => {
    const a = analyze(report);
    const codes = a.themes.map((t) => t.code);
    for (const code of [CIVIL_RIGHTS, DOMESTIC_COMMERCE, TECHNOLOGY, INTERNATIONAL]) assert.ok(!codes.includes(code), describe_(a));
  });

  it('keeps sport as commerce where money or law is about ("the stadium deal", "betting")', () => {
    const text = 'Council backs stadium deal\n\n'
      + 'The city council approved a £200m deal on Tuesday to fund a new stadium for the club, with betting firms and '
      + 'sponsors paying for half of the cost, the council leader said.\n';
    const a = analyze(text);
    assert.ok(a.themes.some((t) => t.code === DOMESTIC_COMMERCE && t.evidence.some((e) => e.text === 'stadium')), describe_(a));
  });

  it('shows no Culture for a football report\'s "play-off places" and its "Booked:" lines', () => {
    const text = [
      'Oakfield Rovers 2-1 Brackwater Town',
      'Emeka Salisu headed a stoppage-time winner as Oakfield Rovers climbed into the play-off places.',
      'Brackwater had led through Jonas Trell before Liam Courtney levelled from the penalty spot.',
      'Booked: Stroud, Ashdown.',
      'Booked: Dawes.',
    ].join('\n\n');
    const a = analyze(text);
    assert.ok(!a.themes.some((t) => t.code === CULTURE), describe_(a));
  });
});
