import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): clubs named by a transfer or a club's business, with invented clubs.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('Clubs named by a transfer', () => {
  it('reads a one-word name opening a sentence before a club\'s verb as the club', () => {
    const text = 'Kelmarsh sold their captain to a rival in the summer. Dunmore sacked their manager on Sunday. '
      + 'Harwick have agreed a fee for the winger. Ostrava made a bid for the midfielder. Velmora signed the striker on a free transfer.';
    const names = shown(text);
    for (const club of ['Kelmarsh', 'Dunmore', 'Harwick', 'Ostrava', 'Velmora']) has(names, `ORG:${club}`);
  });

  it('reads the clubs of a player bought or sold by name in sports copy as clubs', () => {
    const text = 'Velmora signed Tomas Okafor from Harwick on Friday. The striker scored ten goals in the league last season.';
    const names = shown(text);
    has(names, 'ORG:Velmora');
    has(names, 'ORG:Harwick');
    has(names, 'PERSON:Tomas Okafor');
  });

  it('reads the player a club bids for as a person, not a company', () => {
    const text = 'Ostrava made a bid for Lindqvist, who scored ten goals in the league last season.';
    const names = shown(text);
    has(names, 'ORG:Ostrava');
    has(names, 'PERSON:Lindqvist');
  });

  it('reads the club a player scores for, joins or is loaned to as the club, and a town after "in" as the town', () => {
    const text = 'The forward scored for Tarvaston on his debut after he joined Harwick from Brackley. '
      + 'He spent last season on loan at Dunmore. Supporters in Dunmore were delighted.';
    const names = shown(text);
    for (const club of ['Tarvaston', 'Harwick', 'Brackley']) has(names, `ORG:${club}`);
    const dunmore = names.filter(n => n.endsWith(':Dunmore'));
    assert.deepEqual(dunmore, ['ORG:Dunmore', 'PLACE:Dunmore']);
  });

  it('leaves people who make offers or sign contracts, and national sides, alone', () => {
    const text = 'Lopez made an offer to the union on Monday. Ramirez accepted the deal. Smith signed a new contract with the firm. '
      + 'The winger scored for France on his debut.';
    const names = shown(text);
    for (const person of ['Lopez', 'Ramirez', 'Smith']) has(names, `PERSON:${person}`);
    has(names, 'COUNTRY:France');
  });

  it('reads the club a transfer names as the club wherever a sports report names it again, save after "in"', () => {
    const text = 'Kelmarsh sold their captain to a rival for a club-record fee.\n\n'
      + 'The midfielder scored 12 goals in the league last season. Since then Kelmarsh have won four games in a row.\n\n'
      + 'Supporters in Kelmarsh were unhappy with the coach.';
    const kelmarsh = shown(text).filter(n => n.endsWith(':Kelmarsh'));
    assert.deepEqual(kelmarsh, ['ORG:Kelmarsh', 'ORG:Kelmarsh', 'PLACE:Kelmarsh']);
  });

  it('reads clubs in talks over a player ("Harwick are in talks with Dunmore over ...") and a club after an aside', () => {
    const text = '- Harwick are in talks with Dunmore over Ghana centre-back Kojo Asamoah, valued at around £18m.\n'
      + 'Kelmarsh, meanwhile, have rejected a second offer for their winger.';
    const names = shown(text);
    for (const club of ['Harwick', 'Dunmore', 'Kelmarsh']) has(names, `ORG:${club}`);
  });
});
