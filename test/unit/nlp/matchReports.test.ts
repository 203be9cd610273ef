import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Match reports written for these tests (issue 10, families 4 and 7): players named by a given name the tagger does
// not know, and grounds in sentences crowded with names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Players named in a match report', () => {
  it('joins a listed given name read as a place to the surname after it, hyphened or not', () => {
    const text = 'The winger whipped in Callum Brook-Aduana\'s cross after ten minutes, and the captain headed home from Neco Pritchard\'s corner just before the break.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Callum Brook-Aduana') && names.includes('PERSON:Neco Pritchard'), names.join(', '));
    assert.ok(!names.some(n => /^(?:PLACE|ORG):/.test(n)), names.join(', '));
  });

  it('reads a person\'s possessive after "in" as the person, not a place ("steered in Lewis Nisbet\'s low cross")', () => {
    const names = shown('But Maguire steered in Lewis Nisbet\'s low cross to spark celebrations in the away end.');
    assert.ok(names.includes('PERSON:Lewis Nisbet'), names.join(', '));
  });

  it('leaves a place after "in" alone when nothing after it reads as a person', () => {
    const text = 'Flooding closed roads in Rohit Nagar and across the district on Tuesday, the council said.';
    const names = shown(text);
    assert.ok(!names.some(n => n.startsWith('PERSON:')), names.join(', '));
  });
});

describe('Grounds in sentences crowded with names', () => {
  it('keeps a ground\'s name whole though most long words of the sentence are capitalised', () => {
    const text = 'Danny Marsh scored twice as Bristol Rovers knocked Swindon Town out of the League Cup third round at the City Ground on Tuesday.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:City Ground'), names.join(', '));
    assert.ok(!names.includes('ORG:City'), names.join(', '));
  });
});

describe('A side\'s line-up', () => {
  const text = [
    'Harbury Town 2-1 Kestrel Vale',
    'Tom Pell headed the winner four minutes from time as Harbury Town came from behind to beat Kestrel Vale at Mill Lane on Saturday.',
    'Harbury Town: Okafor; Lund, Vasquez, Ridley, Norwood; Pell, Anand (Dorsey 77); Iredale, Baxter, Tanaka; Farrow.',
    'Kestrel Vale: Sand; Rourke, Mbeki, Ostrander, Van de Kamp; Ellery, Son; Quist (Hale 62), Marsh, Devlin; Kowal.',
  ].join('\n\n');

  it('reads every player after the team\'s name and colon as a person, surname alone or not', () => {
    const names = shown(text);
    for (const n of ['Okafor', 'Lund', 'Norwood', 'Baxter', 'Farrow', 'Sand', 'Van de Kamp', 'Ellery', 'Quist', 'Kowal']) {
      assert.ok(names.includes(`PERSON:${n}`), `${n} in ${names.join(', ')}`);
    }
    assert.ok(!names.some(n => /^(?:PLACE|ORG):(?:Okafor|Norwood|Baxter|Sand|Marsh|Devlin)$/.test(n)), names.join(', '));
  });

  it('reads a line-up with the side\'s formation before the colon, and the substitutes in brackets with their minute', () => {
    const text = 'Palmares (4-2-3-1): Wesley Lobo; Renanzinho, Matías Beltrán, Otávio Brusque, Kauã Ribas; Gonzalo Ferraz, Zequinha; '
      + 'Tavinho (Ruan Coelho 70), Juninho Bahiano, Marquinhos Paes (Keskinen 81); Emiliano Sosa.';
    const names = shown(text);
    for (const player of ['Wesley Lobo', 'Renanzinho', 'Zequinha', 'Tavinho', 'Ruan Coelho', 'Juninho Bahiano', 'Keskinen', 'Emiliano Sosa']) {
      assert.ok(names.includes(`PERSON:${player}`), `${player} in ${names.join(', ')}`);
    }
  });

  it('leaves the team that heads the line-up to the other rules', () => {
    const names = shown(text);
    assert.ok(!names.includes('PERSON:Harbury Town') && !names.includes('PERSON:Kestrel Vale'), names.join(', '));
  });

  it('takes no ordinary sentence with a colon for a line-up', () => {
    const prose = 'Manager Pat Rourke said: "We were second best for an hour; Ellery, Quist and Marsh changed it; credit to them, to Devlin, to Kowal, to Sand and to the fans."';
    const names = shown(prose);
    assert.ok(!names.includes('PERSON:We'), names.join(', '));
  });
});

describe('A side\'s line-up by shirt number', () => {
  it('reads every numbered player as a person, a captain\'s mark in brackets and all', () => {
    const text = [
      'Northgate Rams 31-24 Harbour Kestrels',
      'The Rams came from 17 points down to win at Sefton Road on Saturday night.',
      'Northgate Rams: 15 Tevita Fonua, 14 Liam Kerrigan, 13 Isileli Tapueluelu, 12 Mose Leota-Hart, 11 DJ Moana, '
        + '10 Callum Reddy, 9 Jonah Whitcombe, 8 Sitani Vaka (c), 7 Bryn Ashcroft, 6 Paulo Sefo, 5 Hamish Dunlevy.',
      'Replacements: 16 Kaveh Malouf, 17 Ropate Ravai, 18 Seth Ormond, 19 Filipo Tuala, 20 Arlo Brennan, 21 Ezra Mahe, '
        + '22 Tane Roberts, 23 Oskar Lindqvist.',
    ].join('\n\n');
    const names = shown(text);
    for (const player of ['Tevita Fonua', 'Isileli Tapueluelu', 'Mose Leota-Hart', 'DJ Moana', 'Sitani Vaka', 'Hamish Dunlevy', 'Kaveh Malouf', 'Oskar Lindqvist']) {
      assert.ok(names.includes(`PERSON:${player}`), `${player} in ${names.join(', ')}`);
    }
    assert.ok(!names.some(n => /^(?:ORG|PLACE):(?:Tevita|Isileli|Mose|DJ|Sitani|Kaveh|Ropate|Filipo)/.test(n)), names.join(', '));
  });

  it('takes no numbered list of streets for a line-up', () => {
    const text = 'Closures: 4 Harbour Road, 9 Mill Lane, 12 Station Street, 15 Queen Street, 21 Castle Hill, 30 Bridge Road, 33 Church Lane, 41 Market Square.';
    const names = shown(text);
    assert.ok(!names.some(n => n.startsWith('PERSON:')), names.join(', '));
  });
});

describe('A score between two sides on a line of its own', () => {
  it('reads both sides as clubs, whatever their names look like ("Ravensworth Dale 2-2 Kingsmere Vale")', () => {
    for (const line of ['Ashgrove Vale 1-0 Bramley Heath', 'Ravensworth Dale 2-2 Kingsmere Vale']) {
      const names = shown(line);
      const [home, away] = line.split(/ \d-\d /);
      assert.deepEqual(names, [`ORG:${home}`, `ORG:${away}`]);
    }
  });

  it('keeps a sentence with a score in it for prose ("scored in a 2-1 win over Dover Athletic")', () => {
    const names = shown('Maya Lindqvist scored in a 2-1 win over Dover Athletic on Saturday.');
    assert.ok(names.includes('PERSON:Maya Lindqvist'), names.join(', '));
  });
});

describe('A league\'s parts', () => {
  it('are bodies, not places ("the Eastern Conference", "the Pacific Division")', () => {
    const names = shown('Chicago climbed above the Indiana Pacers for fourth place in the Eastern Conference. Calgary drew level with the Seattle Kraken for first place in the Pacific Division.');
    assert.ok(names.includes('ORG:Eastern Conference') && names.includes('ORG:Pacific Division'), names.join(', '));
  });
});

describe('A club called by one word of its name', () => {
  it('is the club the report names in full, where only one club has that word', () => {
    const text = [
      'Harbury Rovers 2-1 Kestrel Athletic',
      'Tom Pell scored twice as Harbury Rovers beat Kestrel Athletic in the cup on Saturday, with the winner a header from a corner in stoppage time.',
      'Rovers manager Ana Silva said the penalty decision was right. Kestrel had led at half-time through a free-kick.',
    ].join('\n\n');
    const a = analyze(text);
    const clubs = a.entities.filter(e => e.type === 'ORG').map(e => `${e.canonical}: ${e.surfaceForms.join(' | ')}`);
    const formsOf = (name: string): readonly string[] => a.entities.find(e => e.canonical === name)?.surfaceForms ?? [];
    assert.ok(formsOf('Harbury Rovers').includes('Rovers'), clubs.join('; '));
    assert.ok(formsOf('Kestrel Athletic').includes('Kestrel'), clubs.join('; '));
    assert.ok(!clubs.some(c => c.startsWith('Rovers:') || c.startsWith('Kestrel:')), clubs.join('; '));
  });
});

describe('A plural\'s possessive before a name', () => {
  it('parts the side or the band from the person, and keeps the names that hold it whole', () => {
    const text = 'A goal from the Gunners\' Martin Odegaard after ten minutes settled it at St James\' Park, and the Musicians\' Union praised the stadium staff.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Martin Odegaard'), names.join(', '));
    assert.ok(names.includes('PLACE:St James\' Park') && names.includes('ORG:Musicians\' Union'), names.join(', '));
    assert.ok(!names.some(n => n.includes('Gunners\' Martin')), names.join(', '));
  });
});

describe('Given names written with accents', () => {
  it('are the listed names they spell ("Seán", "Oisín"), and a part in brackets stays apart', () => {
    const text = 'The youngest brother is played by newcomer Seán Ó Conghaile, a real find, and Oisín Breathnach is the lodger. Sinéad (Niamh Quirke) went to Boston and came back married.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Seán Ó Conghaile') && names.includes('PERSON:Oisín Breathnach'), names.join(', '));
    assert.ok(!names.some(n => n.includes('(')), names.join(', '));
  });

  it('make a side of a result a player, not a club ("6-4 to Jeļena Ostapenko")', () => {
    const text = 'The top seed fell 7-6 (3), 6-4 to Jeļena Ostapenko on Tuesday, the Latvian\'s fifth win in six meetings between them.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Jeļena Ostapenko'), names.join(', '));
  });
});
