import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';
import { isSportArticle } from '../../../src/core/nlp/sportNames';
import { isInCapitalisedRun } from '../../../src/core/themes/capitals';

// Ordinary news written for these tests: the title of a book, a competition or a shop is no evidence of a topic,
// a match report told by its results is a sports story, and a raid on a shop is no war.

const CULTURE = 23;
const DEFENSE = 16;
const INTERNATIONAL = 19;
const TRANSPORT = 10;
const LAW_AND_CRIME = 12;
const DOMESTIC_COMMERCE = 15;

const shown = (a: Analysis): number[] => a.themes.map((t) => t.code);
const describe_ = (a: Analysis): string => JSON.stringify(a.themes.map((t) => [t.code, t.evidence.map((e) => e.text)]));
const at = (text: string, word: string): [number, number] => {
  const start = text.indexOf(word);
  assert.ok(start >= 0, word);
  return [start, start + word.length];
};

describe('names made of common words', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  it('finds a word of a capitalised run in prose, but not in a title-case headline or beside a post, a body or a law', () => {
    const prose = 'Her second novel, The Iron Harbour, was shortlisted for a prize.';
    assert.ok(isInCapitalisedRun(prose, ...at(prose, 'Harbour')));
    const headline = 'Iron Harbour Reopens To Ships. The port opened again on Monday after repairs.';
    assert.ok(!isInCapitalisedRun(headline, ...at(headline, 'Harbour')), 'a title-case headline marks no names');
    for (const [text, word] of [
      ['The plan was announced by Transport Secretary Alan Pryce on Monday.', 'Transport'],
      ['The Clean Water Act was passed by a narrow margin last year.', 'Water'],
      ['Damage from Hurricane Delia reached the coast towns by the weekend.', 'Hurricane'],
      ['Officials said Sunday that the bridge would stay closed.', 'Officials'],
    ] as const) assert.ok(!isInCapitalisedRun(text, ...at(text, word)), `${word} in: ${text}`);
  });

  it('reads an obituary of a novelist as Culture, without the roads and harbours of her titles', () => {
    const text = 'Novelist Ruth Calloway dies aged 84\n\n'
      + 'The novelist Ruth Calloway has died at the age of 84, her publisher said.\n\n'
      + 'She wrote 11 novels, among them The Copper Roads, which won a national book prize, and Harbour Lights, '
      + 'later adapted for the stage.\n\n'
      + 'Born in Dundee, she taught English for ten years before her first book was published.\n';
    const a = analyze(text);
    assert.equal(a.themes[0]?.code, CULTURE, describe_(a));
    assert.ok(!shown(a).includes(TRANSPORT), `the titles are no transport story: ${describe_(a)}`);
  });

  it('gives no International Affairs for the name of a rugby championship', () => {
    const text = 'Five Nations: Scotland edge Wales in tight contest\n\n'
      + 'Scotland beat Wales 19-17 at Murrayfield after a late penalty from their fly-half.\n\n'
      + 'The referee awarded two tries to Scotland and one to Wales in a game played in heavy rain.\n';
    const a = analyze(text);
    assert.ok(!shown(a).includes(INTERNATIONAL), describe_(a));
  });
});

describe('a match report told by its results', () => {
  it('reads as sport from its scores, header and referee, though it never says "goal" or "match"', () => {
    const text = 'Late penalty earns draw for Rovers\n\n'
      + 'A stoppage-time penalty gave Rovers a 1-1 draw with United on Saturday.\n\n'
      + 'United led through a header from their captain before the referee pointed to the spot.\n\n'
      + 'Elsewhere, Town beat City 3-1 and Athletic won 2-0 away from home.\n';
    assert.ok(isSportArticle(text));
    assert.ok(!isSportArticle('The committee voted 7-2 to approve the plan, and the council beat its deadline.\n'));
  });

  it('gives no International Affairs for a club travelling abroad at the end of a report', () => {
    const text = 'Rovers held at home\n\n'
      + 'Rovers were held to a 2-2 draw at home on Sunday after conceding a header in stoppage time.\n\n'
      + 'The referee booked four players in a bad-tempered second half.\n\n'
      + 'Rovers travel to Norway to face a club from Bergen in the cup on Thursday.\n';
    const a = analyze(text);
    assert.ok(!shown(a).includes(INTERNATIONAL), describe_(a));
  });
});

describe('attacks and officers outside war', () => {
  it('reads a ram raid on a shop as Law and Crime, not Defense', () => {
    const text = 'Cash machine ripped from shop wall\n\n'
      + 'Police are appealing for witnesses after a cash machine was torn from the wall of a village shop overnight.\n\n'
      + 'Officers were called to the store on Mill Lane at about 02:40 after reports of a loud crash.\n\n'
      + 'A detective said: "This was a planned attack which caused serious damage to the building."\n\n'
      + 'It is the second attack on a cash machine in the area this year.\n';
    const a = analyze(text);
    assert.equal(a.themes[0]?.code, LAW_AND_CRIME, describe_(a));
    assert.ok(!shown(a).includes(DEFENSE), describe_(a));
    assert.ok(!shown(a).includes(DOMESTIC_COMMERCE) || a.themes[0].code === LAW_AND_CRIME, describe_(a));
  });

  it('still reads an attack by militants on an army post as Defense', () => {
    const text = 'Militants attack army post\n\n'
      + 'Militants attacked an army post near the border on Tuesday, killing four soldiers, the military said.\n\n'
      + 'Officers at the base said the attack began before dawn with rockets and gunfire.\n';
    const a = analyze(text);
    assert.ok(shown(a).includes(DEFENSE), describe_(a));
  });
});

describe('places named after a country, and appointments with a doctor', () => {
  const GOVERNMENT_OPERATIONS = 20;
  const HEALTH = 3;

  it('gives no International Affairs for the country inside "Northern Ireland" or "New Mexico"', () => {
    const text = 'Waiting lists grow in Northern Ireland\n\n'
      + 'Hospital waiting lists in Northern Ireland have grown again, the health department said.\n\n'
      + 'Patients in Northern Ireland wait longer than anywhere else for surgery, nurses said.\n\n'
      + 'A clinic in New Mexico was cited as a model for cutting waits.\n';
    const a = analyze(text);
    assert.equal(a.themes[0]?.code, HEALTH, describe_(a));
    assert.ok(!shown(a).includes(INTERNATIONAL), describe_(a));
  });

  it('reads patients waiting for appointments as Health, not appointments to posts', () => {
    const text = 'Thousands wait a year for first appointment\n\n'
      + 'More than 9,000 patients have waited over a year for a first outpatient appointment at the city\'s hospitals.\n\n'
      + 'Doctors said appointments were being cancelled because of staff shortages.\n';
    const a = analyze(text);
    assert.ok(!shown(a).includes(GOVERNMENT_OPERATIONS), describe_(a));
  });
});

describe('tennis reports, reviews of plays about war, and patient markets', () => {
  const HEALTH = 3;

  it('reads a tennis report told in sets as sport: its players\' countries give no International Affairs', () => {
    const text = 'Lindqvist battles into third round\n\n'
      + 'Swedish number one Anna Lindqvist reached the third round after beating Spain\'s Carla Ortiz in three sets.\n\n'
      + 'Lindqvist, a former runner-up here, lost the first set on a tie-break before recovering.\n\n'
      + 'She will play world number one Mei Tanaka of Japan, who won in straight sets, on Friday.\n';
    const a = analyze(text);
    assert.ok(!shown(a).includes(INTERNATIONAL), describe_(a));
  });

  it('reads the craft words of a theatre review as Culture (the play\'s war still counts for Defense)', () => {
    const text = 'Review: a fierce new Coriolanus\n\n'
      + 'Directed by Maya Fenwick, this staging sets the play in a modern war zone, with soldiers camped in a bombed-out '
      + 'station.\n\n'
      + 'The sound design is loud and the battle scenes are hard to follow, but the cast is superb.\n\n'
      + 'It runs without an interval at the Lyric Theatre until March.\n';
    const a = analyze(text);
    const culture = a.themes.find((t) => t.code === CULTURE);
    const words = (culture?.evidence ?? []).map((e) => text.slice(e.start, e.end));
    for (const w of ['Directed by', 'staging', 'sound design', 'the cast', 'interval']) assert.ok(words.includes(w), `"${w}": ${describe_(a)}`);
  });

  it('gives no Health for a central banker asking markets to be patient', () => {
    const text = 'Shares rise as rate cut hopes grow\n\n'
      + 'Shares rose on Wednesday after inflation fell. The central bank governor said it could afford to be patient '
      + 'before cutting interest rates again.\n';
    const a = analyze(text);
    assert.ok(!shown(a).includes(HEALTH), describe_(a));
  });
});
