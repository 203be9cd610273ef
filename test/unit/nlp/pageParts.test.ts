import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Saved pages written for these tests (issue 10): bylines, table headers and region adjectives of ordinary articles.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('The parts of a saved page', () => {
  it('read a byline followed by a line of date and time, and a wire byline in capitals', () => {
    const a = ' date 2026-03-29\nGrowth slows in the north\n\nBy Orla Venn\nSun 29 Mar 2026 07.00 BST\n\nThe chancellor spoke in Leeds.';
    const names = shown(a);
    assert.ok(names.includes('PERSON:Orla Venn'), names.join(', '));
    assert.ok(!names.some(n => /Sun|Mar|BST/.test(n)), names.join(', '));
    const b = ' date 2026-03-29\nJury hears closing arguments\n\nBy TOMASZ WEBBER Associated Press\n\nThe trial entered its third week.';
    assert.ok(shown(b).includes('PERSON:TOMASZ WEBBER'), shown(b).join(', '));
  });

  it('read every author of a wire byline in capitals, an initial among the words ("By DANA K. VOSS and ELI MARCH")', () => {
    const c = ' date 2026-03-29\nJury hears closing arguments\n\nBy DANA K. VOSS and ELI MARCHETTI Associated Press\n\nThe trial entered its third week.';
    const names = shown(c);
    for (const name of ['PERSON:DANA K. VOSS', 'PERSON:ELI MARCHETTI', 'ORG:Associated Press']) assert.ok(names.includes(name), names.join(', '));
  });

  it('show nothing of a label or a heading in capitals inside a line of ordinary case ("PLAYER OF THE SERIES:")', () => {
    const a = 'Kestrel won the third Test by six wickets on Sunday.\n\nPLAYER OF THE SERIES: Shared: Marten Joubert (Namibia) and '
      + 'Tariq Sajjadi (Pakistan)\n\nThe board said VACCINE UPTAKE \'WAS UNACCEPTABLY LOW\' among the players.';
    const names = shown(a);
    for (const word of ['OF', 'SERIES', 'PLAYER', 'UPTAKE', 'VACCINE']) assert.ok(!names.some(n => n.includes(word)), names.join(', '));
    assert.ok(names.includes('PERSON:Marten Joubert') && names.includes('PERSON:Tariq Sajjadi'), names.join(', '));
  });

  it('show a city the place lists know by both its words as the city in sports copy ("played in Mexico City")', () => {
    const names = shown('Toluca beat Puebla 2-1 on Sunday. The final will be played in Mexico City next month, the league said.');
    assert.ok(names.includes('PLACE:Mexico City') && names.includes('ORG:Toluca'), names.join(', '));
  });

  it('show nothing of a table header set apart by bars ("Pos | Team | P | W | D | L | Pts")', () => {
    const text = ' date 2026-05-02\nDivision One\n\nPos | Team | P | W | D | L | Pts\n1 | Kessock | 3 | 2 | 1 | 0 | 55\n2 | Marlow | 3 | 2 | 0 | 1 | 49';
    assert.ok(!shown(text).some(n => /:(?:Pos|Team|P|W|D|L|Pts)$/.test(n)), shown(text).join(', '));
  });

  it('show no place for the compass word of a region\'s adjective ("East Asian investors")', () => {
    const text = 'The deal shows East Asian investors are back, and the charity works with South Asian women in Carrowby.';
    assert.ok(!shown(text).some(n => /East|South/.test(n)), shown(text).join(', '));
  });
});

describe('A table whose first column names places', () => {
  it('types each row\'s first name as a place ("Constituency | Plaid | Reform"), not as a team of standings', () => {
    const text = ' date 2026-05-08\nElection results\n\nThe count ended overnight.\n\nConstituency | Plaid | Reform | Lab\n'
      + 'Kessock Marlow | 48.2% (4) | 17.9% (1) | 14.1% (1)\nCarrow Penhale | 29.4% (2) | 16.0% (1) | 27.1% (2)\n\nTurnout was 52%.';
    for (const n of ['PLACE:Kessock Marlow', 'PLACE:Carrow Penhale']) assert.ok(shown(text).includes(n), `${n} in ${shown(text).join(', ')}`);
  });
});
