import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, family 5): organisations named after people and news outlets' names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Organisations by the noun that ends their name', () => {
  it('reads a name ending in an organisation noun as no person ("Instinct Magazine", "Delphi Corporation")', () => {
    const names = shown('She wrote for Instinct Magazine before joining Delphi Corporation in Detroit, said Mark Jensen.');
    assert.ok(names.includes('ORG:Instinct Magazine'), names.join(', '));
    assert.ok(names.includes('PERSON:Mark Jensen'), names.join(', '));
  });

  it('keeps a news outlet whole ("BBC News", "LA Weekly", "Sky News")', () => {
    const names = shown('BBC News reported the fire first. A review in the LA Weekly praised the show, and Sky News agreed.');
    for (const name of ['ORG:BBC News', 'ORG:LA Weekly', 'ORG:Sky News']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });

  it('leaves a state called a union a place ("the Soviet Union")', () => {
    const names = shown('Estonia left the Soviet Union in 1991.');
    assert.equal(names.some(n => n === 'ORG:Soviet Union'), false, names.join(', '));
  });
});

describe('Bodies the article names by their kind', () => {
  it('reads a name after a body\'s kind as that organisation everywhere ("the regulator Ofwatt ... Ofwatt said")', () => {
    const text = 'Bills will rise after the regulator Ofwatt raised its cap by 6.4%. Ofwatt said the rise was needed. The carmaker Veltrano cut 900 jobs.';
    const names = shown(text);
    assert.deepEqual(names.filter(n => /Ofwatt|Veltrano/.test(n)), ['ORG:Ofwatt', 'ORG:Ofwatt', 'ORG:Veltrano']);
  });

  it('reads a firm after the noun of its trade: a chain, a platform, an arm, a house, a studio, a label ("the shoe chain Pellows")', () => {
    const text = 'The unit had been empty since the shoe chain Pellows left. Beans come through the commodity house Tarvik, '
      + 'and the games arm Quorrel and the streaming platform Vidnest both grew. The animation studio Korrin signed with the record label Dunmoor.';
    const names = shown(text);
    for (const name of ['ORG:Pellows', 'ORG:Tarvik', 'ORG:Quorrel', 'ORG:Vidnest', 'ORG:Korrin', 'ORG:Dunmoor']) assert.ok(names.includes(name), `${name}: ${names.join(', ')}`);
  });

  it('keeps the number that belongs to a broadcaster\'s name out of the product rule ("BBC Radio 4")', () => {
    const names = shown("The minister told BBC Radio 4's Today programme that bills would fall.");
    assert.ok(names.some(n => /^ORG:BBC/.test(n)), names.join(', '));
  });
});

describe('An ensemble named after a person', () => {
  it('reads "the Balanchine company" as an organisation, "Balanchine" alone as the person, and "New York City Ballet" as no person', () => {
    const text = 'George Balanchine founded New York City Ballet in 1948. Balanchine choreographed more than 400 works, and the Balanchine company still tours.';
    const ms = analyze(text).mentions.map(m => ({ text: text.slice(m.start, m.end), type: m.type, at: m.start }));
    const company = text.indexOf('Balanchine company');
    assert.equal(ms.find(m => m.at === company)?.type, 'ORG', JSON.stringify(ms));
    assert.equal(ms.find(m => m.at === text.indexOf('Balanchine choreographed'))?.type, 'PERSON', JSON.stringify(ms));
    assert.equal(ms.find(m => m.text === 'New York City Ballet')?.type, 'ORG', JSON.stringify(ms));
  });
});

describe('Technology and media companies known by name', () => {
  it('finds a platform or a games company the tagger misses or reads as a person', () => {
    const text = 'Twitter offered the student an internship on Tuesday. At the fair, Ubisoft showed a new game and Disney sold costumes, said organiser Dana Whitlock.';
    const names = shown(text);
    for (const name of ['ORG:Twitter', 'ORG:Ubisoft', 'ORG:Disney', 'PERSON:Dana Whitlock']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });
});

describe('Bodies named after their fields', () => {
  it('keeps a body whole through "on" and a second field after "and" ("Department for Energy Security and Net Zero")', () => {
    const text = [
      'A spokesperson for the Department for Trade Security and Fair Markets said it would look closely at the deal.',
      'At a hearing of the Senate Harbour Safety and Coastal Affairs Committee on Wednesday, the Tarvonia National Commission on Prison Reform gave evidence.',
    ].join('\n\n');
    const orgs = analyze(text).mentions.filter(m => m.type === 'ORG').map(m => text.slice(m.start, m.end));
    for (const body of ['Department for Trade Security and Fair Markets', 'Senate Harbour Safety and Coastal Affairs Committee',
      'Tarvonia National Commission on Prison Reform']) assert.ok(orgs.includes(body), `${body} in ${orgs.join(', ')}`);
  });
});

describe('Football clubs known by name', () => {
  it('reads clubs named like people or after a compass point as clubs ("host Crystal Palace", "West Ham United 1-0")', () => {
    const text = [
      'Kelvin Osei scored twice as West Ham United beat Burnley, while Newcastle United host Crystal Palace on Sunday.',
      'West Ham United 2-0 Burnley',
      'Aston Villa 1-1 Nottingham Forest',
    ].join('\n\n');
    const a = analyze(text);
    const orgs = a.mentions.filter(m => m.type === 'ORG').map(m => text.slice(m.start, m.end));
    for (const club of ['West Ham United', 'Newcastle United', 'Crystal Palace', 'Aston Villa', 'Nottingham Forest']) assert.ok(orgs.includes(club), `${club} in ${orgs.join(', ')}`);
    assert.ok(a.mentions.some(m => m.type === 'PERSON' && text.slice(m.start, m.end) === 'Kelvin Osei'));
  });

  it('leaves a sea named like a club alone ("floating wind projects in the Celtic Sea")', () => {
    const text = 'Harvane Energy also has consent for two floating wind projects in the Celtic Sea, off Pembrokeshire.';
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(names.includes('PLACE:Celtic Sea'), names.join(', '));
  });
});

describe('Companies by their kind, their spelling and the words before them', () => {
  const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

  it('reads a name after a firm\'s kind as the firm ("the bookmaker Harold Penney", "consultancy Orrin Maritime")', () => {
    const names = shown('The shop was formerly a branch of the bookmaker Harold Penney. "Rates will rise," said Lena Holt, chief executive of '
      + 'consultancy Orrin Maritime. Ben Tate, head of cargo at broker Pellow, agreed. The property website Homevane said sales rose.');
    for (const name of ['ORG:Harold Penney', 'ORG:Orrin Maritime', 'ORG:Pellow', 'ORG:Homevane', 'PERSON:Lena Holt']) has(names, name);
  });

  it('reads one word with a capital inside as a firm ("StreamWorks, whose members"), and a supplier after "supplied by"', () => {
    const names = shown('Trade groups were supportive. StreamWorks, whose members include most broadcasters, said the rules were welcome. '
      + 'The camera was supplied by Kessel-Vantrik.');
    for (const name of ['ORG:StreamWorks', 'ORG:Kessel-Vantrik']) has(names, name);
  });
});

describe('A finance ministry named by its one word', () => {
  it('is a body ("the Treasury said"), which the tagger took for the role of "Treasury Secretary"', () => {
    const text = 'Ministers met on Monday, and the Treasury said the levy on Varrow Holdings would raise £2bn. Treasury officials declined to comment.';
    assert.ok(shown(text).includes('ORG:Treasury'), shown(text).join(', '));
  });
});

describe('One company wherever the article names it', () => {
  it('spreads "which owns Halcombe" to the other mentions of the name, save after a preposition of place', () => {
    const text = 'Lenders cut rates again. Tamworth Banking Group, which owns Halcombe, said it would review its products. '
      + 'Halcombe is due to release its January figures on Friday. Buyers in Halcombe said prices were still rising.';
    const types = analyze(text).mentions.filter(m => text.slice(m.start, m.end) === 'Halcombe').map(m => m.type);
    assert.deepEqual(types, ['ORG', 'ORG', 'PLACE']);
  });
});

describe('Bodies headed by a forum, a trust, a regiment or an orchestra', () => {
  it('stay whole after a role word that opens them ("the National Kessel Forum, Heather Tarrant,"), no person', () => {
    const text = 'The chief executive of the National Kessel Forum, Heather Tarrant, urged people to sign up.';
    assert.ok(shown(text).includes('ORG:National Kessel Forum'), shown(text).join(', '));
  });
});
