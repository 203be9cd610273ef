import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Cricket and motor racing copy written for these tests (issue 10, families 4 and 6): venues and kinds of match.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Sports venues and kinds of match', () => {
  it('reads a venue named by its town and kind as one place, and a Test as no name', () => {
    const text = 'Sri Lanka level series in Galle\n\nThird Test, Galle International Stadium (day five)\n'
      + 'Sri Lanka 412 & 96-2 beat Bangladesh 230 & 275 by eight wickets\n\n'
      + 'The left-arm spinner, playing only his fourth Test, took 5-61 as the former Test captain looked on.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Galle International Stadium'), names.join(', '));
    assert.ok(!names.some(n => n.endsWith(':Test') || n.endsWith(':International Stadium')), names.join(', '));
  });

  it('reads a ground, a palace or a cathedral whose name opens with a given name as a place, not a person', () => {
    const text = 'Fans packed into Kerry Gardens before the final, and Mahesh Iyer reached his century there.\n\n'
      + 'The minister later visited Alexandra Palace and then Marian Cathedral.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Mahesh Iyer'), names.join(', '));
    for (const place of ['Kerry Gardens', 'Alexandra Palace', 'Marian Cathedral']) assert.ok(names.includes(`PLACE:${place}`), names.join(', '));
  });

  it('reads streets named in French order and streets ending in "Lane", "Parade" or "Platz" as places', () => {
    const text = 'Strikers marched along Boulevard Sébastopol to Gare de l\'Est. Runners passed Leipziger Platz, and police shut '
      + 'Farthing Lane and Market Parade in Ripon. Diane Lane was not there.';
    const names = shown(text);
    for (const place of ['Boulevard Sébastopol', 'Leipziger Platz', 'Farthing Lane', 'Market Parade']) assert.ok(names.includes(`PLACE:${place}`), names.join(', '));
    assert.ok(names.includes('PERSON:Diane Lane'), names.join(', '));
  });

  it('reads a town\'s "General Infirmary" or "General Hospital" as one body, not a general and a person', () => {
    const text = 'The rider was flown to Hull General Infirmary, and two spectators were treated at Derby General Hospital.';
    const names = shown(text);
    for (const body of ['Hull General Infirmary', 'Derby General Hospital']) assert.ok(names.includes(`ORG:${body}`), names.join(', '));
    assert.ok(!names.some(n => n.startsWith('PERSON:')), names.join(', '));
  });

  it('reads a name before a land\'s noun in lower case as the land ("the Sierra Madre mountains", "the Karoo region")', () => {
    const text = 'The typhoon crossed Aurora province towards the Sierra Madre mountains. The telescope dishes stand in the Karoo region.';
    const names = shown(text);
    for (const place of ['Sierra Madre', 'Karoo']) assert.ok(names.includes(`PLACE:${place}`), names.join(', '));
  });

  it('reads a racing circuit as a place, not a body', () => {
    const names = shown('Lando Norris took pole at the Yas Marina Circuit, and the team will test at the Losail International Circuit next week.');
    assert.ok(names.includes('PLACE:Losail International Circuit'), names.join(', '));
  });

  it('reads a national park after a country\'s possessive as a place, not the country\'s body', () => {
    const names = shown('Poachers killed six rhinos last month in Kenya\'s Tsavo National Park, rangers said on Friday.');
    assert.ok(names.includes('PLACE:Tsavo National Park'), names.join(', '));
  });

  it('reads a circuit named after a place as a place, and a court\'s circuit as a body', () => {
    const names = shown('Max Verstappen won at the Yas Marina Circuit, a day after the Ninth Circuit ruled against the team\'s sponsor.');
    assert.ok(names.includes('PLACE:Yas Marina Circuit'), names.join(', '));
    assert.ok(names.includes('ORG:Ninth Circuit'), names.join(', '));
  });

  it('reads London and one of its termini as the station', () => {
    const text = 'Avanti said trains between London Euston and Preston were cancelled, and services from London Liverpool Street'
      + ' and London King\'s Cross ran late. Commuters in London faced long queues.';
    const names = shown(text);
    for (const station of ['London Euston', 'London Liverpool Street', 'London King\'s Cross']) assert.ok(names.includes(`PLACE:${station}`), names.join(', '));
    assert.ok(names.includes('PLACE:London'), names.join(', '));
  });

  it('reads streets, squares and hills named noun first in Spanish or Italian as places', () => {
    const text = 'Marchers filled Avenida Corrientes, then Piazza Castello in Turin, and the observatory on Cerro Tololo went dark.'
      + ' The Sierra Club joined the call.';
    const names = shown(text);
    for (const place of ['Avenida Corrientes', 'Piazza Castello', 'Cerro Tololo']) assert.ok(names.includes(`PLACE:${place}`), names.join(', '));
    assert.ok(names.includes('ORG:Sierra Club'), names.join(', '));
  });

  it('reads a Portuguese name with articles inside as one place ("Rua das Flores", "Vila Nova de Gaia", "Rio Grande do Sul")', () => {
    const text = 'Our guesthouse sits on Rua das Tílias, below the Capela das Rosas, and the ferry runs to Vila Nova de Lumiar and '
      + 'Casal de Figueiró. The arch of the Ponte Pedro II frames the river. The referee came from Rio Grande do Sul; Rio Tinto shares fell.';
    const names = shown(text);
    for (const place of ['Rua das Tílias', 'Capela das Rosas', 'Vila Nova de Lumiar', 'Casal de Figueiró', 'Ponte Pedro II', 'Rio Grande do Sul']) {
      assert.ok(names.includes(`PLACE:${place}`), `${place} in ${names.join(', ')}`);
    }
    assert.ok(names.includes('ORG:Rio Tinto'), names.join(', '));
  });

  it('knows North America\'s teams by city and nickname, and a nickname alone where the article names the team in full', () => {
    const text = ' date 2026-01-20 Sport\nOkafor scores 31 as Raptors hold off Bulls for third win\n\nTORONTO (AP) — Tobi Okafor scored 31 '
      + 'points and the Toronto Raptors beat the Chicago Bulls 121-117 in overtime on Monday night. The Minnesota Wild host the Seattle Kraken on Friday.';
    const names = shown(text);
    for (const team of ['Toronto Raptors', 'Chicago Bulls', 'Bulls', 'Minnesota Wild', 'Seattle Kraken']) {
      assert.ok(names.includes(`ORG:${team}`), `${team} in ${names.join(', ')}`);
    }
  });

  it('reads a road or a venue named after a person as a place ("Franklin Boulevard", "Matthew Knight Arena"), and keeps "coach Bruce Arena"', () => {
    const text = 'The council backs the Rowan Boulevard redesign. Cyclists were struck near Matthew Knight Arena, and the board meets at '
      + 'the Eugene Public Library. US coach Bruce Arena was there.';
    const names = shown(text);
    for (const place of ['Rowan Boulevard', 'Matthew Knight Arena', 'Eugene Public Library']) assert.ok(names.includes(`PLACE:${place}`), `${place} in ${names.join(', ')}`);
    assert.ok(names.includes('PERSON:Bruce Arena'), names.join(', '));
  });

  it('ends a body\'s name before a preposition and a place named noun first ("the Southern Observatory on Cerro Tololo")', () => {
    const names = shown('Astronomers at the Andean Southern Observatory on Cerro Tololo agreed. The Council on Foreign Relations met.');
    assert.ok(names.includes('PLACE:Cerro Tololo') && names.includes('ORG:Council on Foreign Relations'), names.join(', '));
    assert.ok(!names.some(n => n.includes('Observatory on')), names.join(', '));
  });

  it('knows the IPL\'s teams and Brazil\'s big clubs, and leaves a book of the Bible alone', () => {
    const text = 'Kolkata climbed to second, behind Mumbai Indians, and play Sunrisers Hyderabad next. Palmeiras lead Flamengo by three points. '
      + 'The verse was First Corinthians 9:25.';
    const names = shown(text);
    for (const team of ['Mumbai Indians', 'Sunrisers Hyderabad', 'Palmeiras', 'Flamengo']) assert.ok(names.includes(`ORG:${team}`), `${team} in ${names.join(', ')}`);
    assert.ok(!names.some(n => n.includes('Corinthians')), names.join(', '));
  });

  it('knows the leagues below the top flight, and leaves an event\'s championship alone', () => {
    const text = 'Surrey lead the County Championship by 30 points, and Exeter City climbed to fourth in League One.'
      + ' The US team finished sixth at the World Championship in Doha.';
    const names = shown(text);
    assert.ok(names.includes('ORG:County Championship'), names.join(', '));
    assert.ok(names.includes('ORG:League One'), names.join(', '));
    assert.ok(!names.includes('ORG:Championship'), names.join(', '));
  });

  it('reads a team\'s car and its driver as a body and a person', () => {
    const text = 'Norris passed the Red Bull of Yuki Tsunoda on lap 12. The Church of Jesus Christ bought the circuit\'s old hotel.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Red Bull'), names.join(', '));
    assert.ok(names.includes('PERSON:Yuki Tsunoda'), names.join(', '));
    assert.ok(!names.includes('PERSON:Christ'), names.join(', '));
  });
});

// A box score and a scoring summary of American sport, written for these tests: the labels of their parts are no names.
describe('Box scores and scoring summaries', () => {
  it('reads no name in a summary\'s labels ("Overtime —", "Shots on Goal —") and the players of a box score as people', () => {
    const text = ' date 2026-02-01 Sport\nJets beat Kraken in overtime\n\nThe Winnipeg Jets beat the Seattle Kraken 4-3.\n\n'
      + 'Overtime — 7, Winnipeg, Lachaine 24 (Okoro-Reid), 2:14.\n\nShots on Goal — Seattle 11-9-6-1 — 27. Winnipeg 8-14-13-3 — 38.\n\n'
      + 'Assists—Seattle 24 (Pryde 8), Winnipeg 27 (Kembley 9).';
    const names = shown(text);
    for (const label of ['Overtime', 'Shots', 'Assists']) assert.ok(!names.some(n => n.endsWith(`:${label}`)), `no ${label} in ${names.join(', ')}`);
    for (const player of ['Lachaine', 'Pryde', 'Kembley']) assert.ok(names.includes(`PERSON:${player}`), `${player} in ${names.join(', ')}`);
  });
});

describe('A box score in American wire style', () => {
  it('reads every player of a line of four or more "Name 10-21 5-6 31" items as a person, and no totals', () => {
    const text = 'DENVER (104)\nPryde 9-18 4-4 24, Rose 6-12 1-2 14, Hollin 4-9 0-0 9, Baptiste 3-5 2-2 8, Foy 1-3 0-0 2. Totals 38-80 12-16 104.\n\n'
      + 'The crowd of 18,000 saw Rose score 14 points.';
    const names = shown(text);
    for (const player of ['Pryde', 'Rose', 'Hollin', 'Baptiste', 'Foy']) assert.ok(names.includes(`PERSON:${player}`), `${player} in ${names.join(', ')}`);
    assert.ok(!names.some(n => n.includes('Totals')), names.join(', '));
  });
});

describe('A stage\'s route in brackets', () => {
  it('reads the start and the finish of "Stage 6 (Locarno – Andermatt, 168km)" as places', () => {
    const text = 'Zanotti won the stage.\n\nStage 6 (Bellinzago – Airolo, 168km):\n1. Luca Zanotti (Ita) 4:12:08\n2. Kasper Lund (Den) s.t.';
    const names = shown(text);
    for (const place of ['Bellinzago', 'Airolo']) assert.ok(names.includes(`PLACE:${place}`), `${place} in ${names.join(', ')}`);
  });
});

describe('An institution named after its town', () => {
  it('reads "Leeds Art Gallery" as one body where the tagger parted the town from it', () => {
    const names = shown('The sculptures came from the estate, from Leeds Art Gallery and from private collections.');
    assert.ok(names.includes('ORG:Leeds Art Gallery'), names.join(', '));
  });
});

describe('Names cut at an Arabic article', () => {
  it('reads "Bab el-Mandeb Strait", "Sharm el-Sheikh" and "Nouri al-Maliki" whole, and no possessive across one', () => {
    const text = 'Ships avoid the Bab el-Mandeb Strait, and Sharm el-Sheikh hosted talks with Nouri al-Maliki about Osama bin Laden\'s al-Qaida network.';
    const names = shown(text);
    for (const name of ['PLACE:Bab el-Mandeb Strait', 'PLACE:Sharm el-Sheikh', 'PERSON:Nouri al-Maliki', 'PERSON:Osama bin Laden']) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
  });
});
