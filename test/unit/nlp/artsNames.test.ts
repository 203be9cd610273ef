import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, family 6): reviews and obituaries, with invented works and people.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
const lacks = (names: readonly string[], name: string): void => assert.ok(!names.includes(name), `${name} not in ${names.join(', ')}`);

const REVIEW = ` date 2026-03-01
Corvallan review - a ferocious, fearless staging

This Corvallan is set in a flooded port city, where the tyrant's soldiers patrol the harbour.

Directed by Tamsin Welloway, the production moves fast. Gareth Ondry plays Corvallan as a tired old soldier, and when Corvallan betrays his brother the stage goes dark.

Critics compared it with Pemberley's earlier adaptation of Lantry.

Corvallan runs at the Garrick Playhouse until 4 May.
`;

describe('Works of art named by a review', () => {
  it('reads the play of "Corvallan review", "This Corvallan" and "Corvallan runs at the Garrick Playhouse" as no person', () => {
    const a = analyze(REVIEW);
    // the character stays a person where the plot names him: "plays Corvallan", "when Corvallan betrays"
    const before = a.mentions.filter(m => REVIEW.slice(m.start, m.end) === 'Corvallan').map(m => REVIEW.slice(m.start - 6, m.start));
    assert.deepEqual(before, ['plays ', ' when ']);
    has(shown(REVIEW), 'PERSON:Gareth Ondry');
    // a theatre is the company and the building: either reading is right, a person's or a cut name is not
    assert.ok(['ORG:Garrick Playhouse', 'PLACE:Garrick Playhouse'].some(n => shown(REVIEW).includes(n)), shown(REVIEW).join(', '));
  });

  it('reads the work after "adaptation of" as no place ("Pemberley\'s earlier adaptation of Lantry")', () => {
    lacks(shown(REVIEW), 'PLACE:Lantry');
  });

  it('reads an author before a possessive and a title as a person, and the title as no name ("Obiageli Nwankwo\'s Things Fall Apart")', () => {
    const text = 'There are echoes of Obiageli Nwankwo\'s Things Fall Apart in this novel, and of Chidera Okafo Eze\'s Half of a Yellow Moon.';
    const names = shown(text);
    has(names, 'PERSON:Obiageli Nwankwo');
    has(names, 'PERSON:Chidera Okafo Eze');
    for (const n of names) assert.ok(!/Apart|Moon/.test(n), n);
  });

  it('reads a name in the possessive before a work\'s noun as its author ("Ostrander\'s shortest tragedy is often performed")', () => {
    has(shown('Ostrander\'s shortest tragedy is often performed at a breakneck pace.'), 'PERSON:Ostrander');
    lacks(shown('Manchester\'s opera house reopened on Friday.'), 'PERSON:Manchester');
  });

  it('keeps a body and the person after its possessive ("Oxfam GB\'s Harriet Quell praised the novel")', () => {
    const names = shown('Oxfam GB\'s Harriet Quell praised the novel at the festival.');
    has(names, 'ORG:Oxfam GB');
    has(names, 'PERSON:Harriet Quell');
  });

  it('reads a title set off after its kind, after "the follow-up to", or with its year in brackets as a work', () => {
    const obituary = 'The painter Osei Marlowe has died aged 88. His great canvases - the late, luminous Dusk Over Carrbrook (2012) '
      + 'among them - hang in Leeds. The exhibition was a sell-out.';
    const review = 'The album review: her debut, Copper Violet, changed things, and the follow-up to Grist is due in May.';
    for (const [text, works] of [[obituary, ['Dusk Over Carrbrook']], [review, ['Copper Violet', 'Grist']]] as const) {
      const names = shown(text);
      for (const work of works) assert.ok(!names.some(n => n.endsWith(`:${work}`)), `${work}: ${names.join(', ')}`);
    }
    has(shown(obituary), 'PERSON:Osei Marlowe');
  });

  it('keeps a performer named in a concert review\'s headline ("Adele review")', () => {
    has(shown('Adele Brannock review - a voice to stop traffic\n\nAdele Brannock sang for two hours at the arena.'), 'PERSON:Adele Brannock');
  });
});

describe('People named by their profession in the arts', () => {
  it('reads the name after a profession as a person ("the saxophonist Durban Okafo", "the pianist Malin Oskarsdottir")', () => {
    has(shown('Among his students was the saxophonist Durban Okafo, who later led the band.'), 'PERSON:Durban Okafo');
    has(shown('The evening belonged to the pianist Malin Oskarsdottir, who played a sonata.'), 'PERSON:Malin Oskarsdottir');
  });

  it('leaves a profession opening a sentence out of the name ("Conductor Ansel Brightwater keeps the orchestra taut")', () => {
    const names = shown('Conductor Ansel Brightwater keeps the orchestra taut.');
    has(names, 'PERSON:Ansel Brightwater');
    lacks(names, 'ORG:Conductor Ansel Brightwater');
  });

  it('leaves the profession out of a name written with an apostrophe ("Drummer Keelan O\'Tierney kept time")', () => {
    const names = shown('Drummer Keelan O\'Tierney kept time all night.');
    has(names, 'PERSON:Keelan O\'Tierney');
    lacks(names, 'PERSON:Drummer Keelan O\'Tierney');
  });

  it('reads a singer cast in a part as a person ("it is Malin Torvik as Donna Anna who steals the evening")', () => {
    has(shown('Baritone Ivo Keller sings the title role, but it is Malin Torvik as Donna Anna who steals the evening.'), 'PERSON:Malin Torvik');
  });

  it('reads the label a record was made for as a body ("recorded for Vantone in London")', () => {
    const names = shown('His 1964 album was recorded for Vantone in London.');
    has(names, 'ORG:Vantone');
    has(names, 'PLACE:London');
  });

  it('reads two people joined by "and" as two ("toured with Dizzy Marsh and Stan Corrigan")', () => {
    const names = shown('He later toured with Dizzy Marsh and Stan Corrigan and played on sessions for the band.');
    has(names, 'PERSON:Dizzy Marsh');
    has(names, 'PERSON:Stan Corrigan');
  });
});

describe('Honours, churches\' members and peoples', () => {
  it('reads an honour after "appointed" as no organisation ("appointed OBE in 1998")', () => {
    lacks(shown('Rosalind Fenwick recorded four albums and was appointed OBE in 1998.'), 'ORG:OBE');
  });

  it('reads churches\' members and peoples as no body ("Methodists and Anglicans, Igbo and Yoruba")', () => {
    const names = shown('Methodists and Anglicans, Igbo and Yoruba, all have their place in the novel by Ada Nwosu.');
    for (const n of names) assert.ok(!/Methodists|Anglicans|Igbo|Yoruba/.test(n), n);
  });

  it("reads a record's title as no name and keeps the place it holds, and a label's studios as its firm", () => {
    const text = [
      'Marla Quinn, the Dunmore singer whose 1971 album Rain On Carrow Street became a cult classic, has died at 79.',
      'Born in Dunmore, Quinn joined a soul band before her single Harbour Lights reached number six in 1972.',
      'Her breakthrough came with Rain On Carrow Street, recorded at Velloran\'s studios in Kestwick.',
    ].join('\n\n');
    const names = shown(text);
    for (const title of ['Rain', 'Rain On Carrow Street', 'Carrow Street', 'Harbour Lights']) assert.ok(!names.some(n => n.endsWith(':' + title)), `${title} in ${names.join(', ')}`);
    has(names, 'PLACE:Dunmore');
    has(names, 'ORG:Velloran');
    has(names, 'PERSON:Marla Quinn');
  });
});
