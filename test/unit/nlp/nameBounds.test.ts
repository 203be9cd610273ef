import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, families 5, 7 and 8): where a body's or a person's name starts and ends, with invented names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
const lacks = (names: readonly string[], name: string): void => assert.ok(!names.includes(name), `no ${name} in ${names.join(', ')}`);

describe('Roles and bodies at the edges of names', () => {
  it('leaves a player\'s position that opens the sentence out of the name ("Striker Kevin Marlowe scored")', () => {
    const names = shown('Striker Kevin Marlowe scored twice. Winger Declan Furlow added a third before half-time.');
    has(names, 'PERSON:Kevin Marlowe');
    has(names, 'PERSON:Declan Furlow');
    lacks(names, 'PERSON:Striker Kevin Marlowe');
  });

  it('reads a band named after a person as the band ("the Bobby Haldane Orchestra", "the Tommy Garvan Quartet")', () => {
    const names = shown('At 17 he joined the Bobby Haldane Orchestra and later toured Europe with the Tommy Garvan Quartet.');
    has(names, 'ORG:Bobby Haldane Orchestra');
    has(names, 'ORG:Tommy Garvan Quartet');
  });

  it('gives a name read once as a person and once as a body the person\'s type ("the nonpartisan Ewan Brodie")', () => {
    const text = ' date 2026-01-02\nCouncil seat won by independent\n\nAmong those elected was the nonpartisan Ewan Brodie. Two veteran councillors '
      + 'were defeated, with Ewan Brodie beating Marta Lisle by around five hundred votes.\n';
    const types = new Set(analyze(text).mentions.filter(m => text.slice(m.start, m.end) === 'Ewan Brodie').map(m => m.type));
    assert.deepEqual([...types], ['PERSON']);
  });
});

describe('Two names read as one', () => {
  it('joins a given name the tagger read as a place of its own to the surname after it ("from Kenichiro Yoshida")', () => {
    const names = shown('Chief executive Aiko Tanabe, who took over from Kenichiro Yoshida in April, has pushed the group.');
    has(names, 'PERSON:Kenichiro Yoshida');
    lacks(names, 'PLACE:Kenichiro');
  });

  it('keeps the person who opens a span cut at its verb ("Jack Leach bowled Somerset out")', () => {
    const names = shown('Before lunch Gus Atkinson and Jack Leach bowled Somerset out for 198.');
    has(names, 'PERSON:Jack Leach');
    lacks(names, 'PLACE:Jack Leach');
  });

  it('cuts a person from the body or the place after "of" ("Inspector Gareth Pryce of Dyfed-Powys Police", "Senator Dale Brandt of Montana")', () => {
    const names = shown('Inspector Gareth Pryce of Dyfed-Powys Police said the roads were closed. The committee chairman, Senator Dale Brandt of Montana, said he hoped to vote next week. '
      + 'Det Sgt Aisha Rahman-Doyle of GMP\'s organised crime group said officers were ready.');
    has(names, 'PERSON:Gareth Pryce');
    has(names, 'ORG:Dyfed-Powys Police');
    has(names, 'PERSON:Dale Brandt');
    has(names, 'PLACE:Montana');
    has(names, 'PERSON:Aisha Rahman-Doyle');
    has(names, 'ORG:GMP');
  });

  it('keeps bodies named with "of" whole ("the Army Corps of Engineers", "Lord Pennant of Ashcombe")', () => {
    const names = shown('The Army Corps of Engineers says the levees held. Crossbench peer Lord Pennant of Ashcombe said so.');
    has(names, 'ORG:Army Corps of Engineers');
    lacks(names, 'PLACE:Ashcombe');
  });

  it('cuts two bodies joined by "and", each ending in its head ("Cheshire Constabulary and Greater Manchester Police")', () => {
    const names = shown('The gang was caught after an operation by Wrexford Constabulary and Greater Dunmore Police, codenamed Operation Tor. '
      + 'Officers from Avon and Somerset Police helped.');
    has(names, 'ORG:Wrexford Constabulary');
    has(names, 'ORG:Greater Dunmore Police');
    has(names, 'ORG:Avon and Somerset Police');
  });

  it('cuts two places before a plural noun of places ("the Dadaab and Kakuma refugee camps")', () => {
    const names = shown('The agency said funding shortfalls had forced it to reduce food rations at the Dagoleh and Kalobwei refugee camps.');
    has(names, 'PLACE:Dagoleh');
    has(names, 'PLACE:Kalobwei');
  });
});

describe('Bodies whose names the walk from their head cut short', () => {
  it('takes in an area\'s name of two words or with "of" ("Wyre Forest District Council", "Forest of Dean District Council")', () => {
    const names = shown('We are working with Selby Moor District Council and West Ardley Police on earlier warnings. '
      + 'Forest of Brack District Council said roads near the river were closed.');
    has(names, 'ORG:Selby Moor District Council');
    has(names, 'ORG:Forest of Brack District Council');
  });

  it('keeps the demonym of a nation\'s governing body of a sport ("the Welsh Rowing Union")', () => {
    const names = shown('The Welsh Rowing Union has stood by the coach, and the Scottish Netball Association agreed.');
    has(names, 'ORG:Welsh Rowing Union');
    has(names, 'ORG:Scottish Netball Association');
  });

  it('reaches back over "for the" and over a list of fields ("the Freedom for the Farmers Party", "the Housing, Roads and Coastal Affairs Committee")', () => {
    const names = shown('Opposition lawmakers from the Freedom for the Farmers Party walked out. '
      + 'The row follows a critical report from the Housing, Roads and Coastal Affairs Committee, which warned last week.');
    has(names, 'ORG:Freedom for the Farmers Party');
    has(names, 'ORG:Housing, Roads and Coastal Affairs Committee');
    has(shown('The plan was drawn up with the Environment, Rivers and Coastal Affairs Committee, which warned in January.'),
      'ORG:Environment, Rivers and Coastal Affairs Committee');
  });
});

describe('Firms named "X and Y"', () => {
  it('reads "X and Y" as one firm after a firm\'s kind or before an adviser\'s verb, and again where it is repeated', () => {
    const text = ' date 2026-03-05\nShipbuilder sold\n\nBelfast shipbuilder Corran and Pike has agreed to be bought, with Brackett and Lowe acting as legal counsel.\n\n'
      + 'Two sports bodies hold contracts with Corran and Pike, which also backs a youth side.\n';
    const names = shown(text);
    has(names, 'ORG:Brackett and Lowe');
    assert.equal(names.filter(n => n === 'ORG:Corran and Pike').length, 2, names.join(', '));
  });
});

describe('Bodies named with a place or a number', () => {
  it('keeps a station\'s number, a service\'s nation and a city\'s venue in the name ("BBC Radio 4", "BBC Scotland", "the Vienna Art Theatre")', () => {
    const names = shown('Ms Harrowgate told BBC Radio 4 that the plan would fail. Tom Ardley said on BBC Scotland\'s coverage that it was over. '
      + 'Halvard\'s last play, first staged at the Vienna Art Theatre in 1904, is often played as a comedy.');
    has(names, 'ORG:BBC Radio 4');
    has(names, 'ORG:BBC Scotland');
    has(names, 'ORG:Vienna Art Theatre');
  });
});

describe('Supporters\' bodies', () => {
  it('reads "Friends of the X" as one body ("Friends of the Tarne Valley and WWF-UK have called")', () => {
    const names = shown('Friends of the Tarne Valley and WWF-UK have called for flood defences.');
    has(names, 'ORG:Friends of the Tarne Valley');
  });
});

describe('Firms and venues read as places or people', () => {
  it('reads a workplace "at X and Y" with a family name as the firm ("a shipyard riveter at Corbett and Wolff")', () => {
    const names = shown('He was the son of a shipyard riveter at Corbett and Wolff and a mother who played piano.');
    has(names, 'ORG:Corbett and Wolff');
  });

  it('keeps a venue\'s word out of a person after a title\'s word ("a live cinema broadcast via National Theatre Live")', () => {
    const names = shown('The show runs until 15 November, with a live cinema broadcast via National Theatre Live on 30 October.');
    lacks(names, 'PERSON:Theatre Live');
    has(names, 'ORG:National Theatre Live');
  });
});
