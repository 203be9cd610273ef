import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sport pages written for these tests (issue 10, families 3, 4 and 8), with invented players: what the editor shows,
// asserted by slicing the text.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Sport pages: results lists, scoreboards and leaderboards', () => {
  it('takes no country\'s or team\'s code beside a player for a club', () => {
    const text = [
      ' date 2026-07-08',
      'Halden reaches the final',
      '',
      'Results - women\'s semi-finals:',
      'Marit Halden (Nor) bt Ilona Vasquez (Cro) 6-4 7-5',
      'Sofia Brandt (GB) bt Aiko Morimoto (Jpn) 3-6 6-3 6-2',
      'Jenna Colter (US) bt Ruriko Hanabe (Jpn) 6-2 6-1',
      '',
      'General classification:',
      '1. Tomas Kurzak (Slo/UAE) 43hrs 12mins 5secs',
      '2. Pieter Lemmens (Bel/Soudal Quick-Step) +4mins 40secs',
    ].join('\n');
    const names = shown(text);
    for (const code of ['Nor', 'Cro', 'GB', 'Jpn', 'Slo/UAE', 'Bel/Soudal Quick-Step']) {
      assert.ok(!names.includes(`ORG:${code}`), `${code} in ${names.join(', ')}`);
    }
    // "(US)", a code that spells a pronoun, leaves the line a results line
    for (const player of ['Marit Halden', 'Ilona Vasquez', 'Sofia Brandt', 'Aiko Morimoto', 'Ruriko Hanabe', 'Tomas Kurzak']) {
      assert.ok(names.includes(`PERSON:${player}`), `${player} in ${names.join(', ')}`);
    }
  });

  it('joins a player written with an initial in a table to the player named in full', () => {
    const text = [
      ' date 2026-06-12',
      'Castellan century puts Surrey in control',
      '',
      'Dominic Castellan scored his third century of the season as Surrey reached 356-5 against Kent.',
      '',
      'Surrey first innings',
      'D Castellan not out 141',
      'R Abiodun c Fairlie b Mensforth 12',
    ].join('\n');
    const people = analyze(text).entities.filter(e => e.type === 'PERSON');
    const castellan = people.filter(e => e.mentions.some(m => text.slice(m.start, m.end).endsWith('Castellan')));
    assert.equal(castellan.length, 1, people.map(e => e.canonical).join(', '));
    assert.equal(castellan[0].canonical, 'Dominic Castellan');
    assert.ok(castellan[0].mentions.some(m => text.slice(m.start, m.end) === 'D Castellan'));
  });
});

describe('Sport pages: courts and headline labels', () => {
  it('reads the show courts of a tennis tournament as places, and keeps courts of law bodies', () => {
    const text = [
      ' date 2026-07-01',
      'Marlow through to the last eight',
      '',
      'Jade Marlow beat Emi Kato 6-3 6-4 on Court One, and Tom Hale lost on Court 18.',
      '',
      'The final will be played on Centre Court on Saturday. The High Court ruled on the tickets dispute last week.',
    ].join('\n');
    const names = shown(text);
    for (const court of ['PLACE:Court One', 'PLACE:Centre Court', 'ORG:High Court']) assert.ok(names.includes(court), `${court} in ${names.join(', ')}`);
  });

  it('takes a headline\'s label for a person only where the article names a person by it', () => {
    const label = (headline: string, body: string): string[] => shown(` date 2026-07-01\n${headline}\n\n${body}`);
    for (const topic of ['Wimbledon', 'Roehampton']) {
      const tournament = label(`${topic}: Marlow through`, 'Jade Marlow beat Emi Kato 6-3 6-4 in the quarter-finals.');
      assert.ok(!tournament.includes(`PERSON:${topic}`), tournament.join(', '));
    }
    const player = label('Marlow: I was lucky to win', 'Jade Marlow beat Emi Kato 6-3 6-4 in the quarter-finals.');
    assert.equal(player[0], 'PERSON:Marlow', player.join(', '));
  });
});

describe('Sport pages: names cut by the tagger', () => {
  it('keeps a name written with a particle in lower case whole, and a player after a club\'s role word a person', () => {
    const text = [
      ' date 2026-02-21',
      'Scotland beat Wales at Murrayfield',
      '',
      'Scotland beat Wales 30-12, with Kobus van der Walt crossing twice, while France won 45-10 at the Stade de France.',
      '',
      'Ravi Okonjo won the stage to Alpe d\'Huez, and the Tour de France goes on to Paris.',
    ].join('\n');
    const names = shown(text);
    for (const name of ['PERSON:Kobus van der Walt', 'PLACE:Stade de France']) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
    assert.ok(names.some(n => n.endsWith(":Alpe d'Huez")), names.join(', '));
    // the race is no place, and names no country
    assert.ok(!names.some(n => /:(?:Kobus|de France|Alpe|France|Tour de France)$/.test(n) && !n.startsWith('COUNTRY:France')), names.join(', '));
  });
});

describe('Sport pages: grounds after a club', () => {
  it('reads the ground after "beat <club> at" as a place, not a fixture list\'s home side', () => {
    const text = [
      ' date 2026-02-14',
      'Sheffield United 1-2 Aston Villa: Okafor header seals win',
      '',
      'Chidi Okafor headed a late winner as Aston Villa came from behind to beat Sheffield United at Harrowfield Lane.',
      '',
      'The hosts led through a first-half strike, but the visitors equalised before Okafor scored in the 87th minute.',
      '',
      'Villa manager Unai Emery said the goal was deserved, and the striker missed a penalty before half-time.',
    ].join('\n');
    const names = shown(text);
    assert.ok(names.includes('PLACE:Harrowfield Lane'), names.join(', '));
  });
});

describe('Sport pages: towns, grounds and pairs of players', () => {
  it('keeps a town\'s club after "at" a club, reads a motor-racing circuit as a place, and cuts a player from a country', () => {
    const football = [
      ' date 2026-03-08',
      'Osei double lifts Newcastle',
      '',
      'Kwabena Osei scored twice in the first half, and the striker added a penalty as Newcastle beat Burnley 3-0.',
      '',
      'Elsewhere, Leicester lost 3-1 at Southampton, with the goal of the season from the midfielder.',
    ].join('\n');
    assert.ok(!shown(football).includes('PLACE:Southampton'), shown(football).join(', '));
    const racing = [
      ' date 2026-07-05',
      'Marek wins at Brackley Heath',
      '',
      'Tomas Marek won the Grand Prix at Brackley Heath from pole position, with a pit stop on lap 30.',
      '',
      'His team principal said the car had been perfect at Brackley Heath all weekend.',
    ].join('\n');
    assert.ok(shown(racing).includes('PLACE:Brackley Heath'), shown(racing).join(', '));
    const golf = ' date 2026-07-19\nLindqvist leads\n\nAmerican Tyler Brookman and South Africa\'s Thabo Mokwena are a shot back.';
    const names = shown(golf);
    for (const name of ['PERSON:Tyler Brookman', 'COUNTRY:South Africa']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });
});

describe('Sport pages: codes the tagger reads', () => {
  it('shows no country\'s code in brackets after a player in a results list, whatever the tagger read', () => {
    const text = [
      ' date 2026-08-16',
      'Mensah-Cole wins 200m gold',
      '',
      'Britain\'s Daniel Mensah-Cole won the 200m title, edging Italy\'s Filippo Tornari.',
      '',
      'Men\'s 200m final:',
      '1. Daniel Mensah-Cole (GB) 20.01',
      '2. Filippo Tornari (Ita) 20.05',
      '3. Timo Baerlocher (Sui) 20.18',
      '',
      'Result:',
      '2. Isaak Hadrani (Fra) Red Bull +1.812',
    ].join('\n');
    const names = shown(text);
    assert.ok(!names.some(n => /:(?:GB|Ita|Sui|Fra)$/.test(n) && !n.startsWith('COUNTRY:')), names.join(', '));
    assert.ok(names.includes('PERSON:Timo Baerlocher'), names.join(', '));
  });
});

describe('Sport pages: a ground and a club in one span', () => {
  it('cuts a ground from the club named after it with "and"', () => {
    const text = ' date 2026-02-21\nTigers win\n\nIn the Premiership, Leicester Tigers beat Saracens 24-20 at Kelham Road and Bath Rugby moved top with a bonus-point win.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Kelham Road') && names.includes('ORG:Bath Rugby'), names.join(', '));
  });
});

describe('Sport pages: a scoreboard of several batsmen on one line', () => {
  it('reads every batsman before how he got out, a name with a hyphened particle included', () => {
    const text = 'Kestavia first innings: Daniyal Rauf c Pemberton b Ashdown 88, Taimur Qadir c Ashdown b Leckie 31, Basit Mehmood b Hollins 40, Shoaib-ul-Haq lbw b Leckie 9, Zeeshan Rafi not out 14.';
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    for (const n of ['PERSON:Daniyal Rauf', 'PERSON:Taimur Qadir', 'PERSON:Basit Mehmood', 'PERSON:Shoaib-ul-Haq', 'PERSON:Zeeshan Rafi', 'PERSON:Hollins']) {
      assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    }
  });
});

describe('Sport pages: riders and their teams', () => {
  it('cuts each rider from the team named after "of", accented given names and pairs joined by "and" included', () => {
    const text = 'The crash involved the Frenchman Léonie Vaubert of Brantwell Lancers and Tomas Hrabal of Kestrel Velo Works on the descent.';
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    for (const n of ['PERSON:Léonie Vaubert', 'ORG:Brantwell Lancers', 'PERSON:Tomas Hrabal', 'ORG:Kestrel Velo Works']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });
});
