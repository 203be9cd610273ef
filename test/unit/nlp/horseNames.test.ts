import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { horseNames } from '../../../src/core/nlp/horseNames';

// A racing report written for these tests (issue 10, families 3 and 4: the names in results lines).
const REPORT = [
  'Corrib Lady lands the Ebor for Hannon',
  'Corrib Lady, trained by Richard Hannon and ridden by Oisin Murphy, won the Ebor Handicap at York on Saturday by '
    + 'a length from the favourite Harbour Lights. The stewards looked at the finish but left the result alone.',
  'EBOR HANDICAP (1m 6f): 1st Corrib Lady (IRE) 8/1 - R. Hannon (GB) - O. Murphy; 2nd Harbour Lights (GB) 7/2F; '
    + '3rd Queen of the Nile (FR) 12/1.',
  'Earlier: 1st Saltmarsh Boy (Tom Marquand) 9/2; 2nd Dawn Chorus Girl (Hollie Doyle); 3rd Copper Kettle (Jim Crowley).',
].join('\n\n');

const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Racehorses in results', () => {
  it('shows no racehorse of the results, nor its breeding code, and keeps the riders (in brackets too) and the trainer', () => {
    const names = shown(REPORT);
    for (const horse of ['Corrib Lady', 'Harbour Lights', 'Queen of the Nile', 'Saltmarsh Boy', 'Dawn Chorus Girl', 'Copper Kettle', 'IRE', 'GB', 'FR']) {
      assert.ok(!names.some(n => n.includes(horse)), `${horse} in ${names.join(', ')}`);
    }
    for (const person of ['Richard Hannon', 'Oisin Murphy', 'Tom Marquand', 'Hollie Doyle', 'Jim Crowley']) {
      assert.ok(names.includes(`PERSON:${person}`), `${person} in ${names.join(', ')}`);
    }
    assert.ok(names.includes('PLACE:York') && names.includes('PERSON:O. Murphy'), names.join(', '));
  });

  it('shows no racehorse of a card that places them by a bare number, in the card and in the report above it', () => {
    const text = 'Silver Lagoon, the colt trained by Nia Fenwick, won the Craven Stakes by a length from Baker Row.\n\n'
      + 'NEWMARKET RESULTS\n\n2.25 Handicap 1m2f\n1 Silver Lagoon (Tom Whitlock) 7-1\n2 Baker Row (Rory Kinsale) 4-1 fav\n'
      + '3 Hope Eternal (Pat Dunmore) 9-1\n12 ran. Trainer: Nia Fenwick.';
    const names = shown(text);
    for (const horse of ['Silver Lagoon', 'Baker Row', 'Hope Eternal']) assert.ok(!names.some(n => n.includes(horse)), `${horse} in ${names.join(', ')}`);
    for (const person of ['Nia Fenwick', 'Tom Whitlock', 'Rory Kinsale', 'Pat Dunmore']) assert.ok(names.includes(`PERSON:${person}`), `${person} in ${names.join(', ')}`);
  });

  it('reads no horses where the text is no racing report (an athletics result with odds-free brackets)', () => {
    const text = '1st Jane Kiptoo (KEN) 2:05.11; 2nd Mary Cole (USA) 2:05.80; 3rd Ana Silva (BRZ). Her coach said the track was fast.';
    assert.deepEqual([...horseNames(text).names], []);
    const names = shown(text);
    assert.ok(names.includes('PERSON:Mary Cole') && names.includes('PERSON:Ana Silva'), names.join(', '));
  });

  it('reads a racing text with a long unclosed bracket of capitals to its end (no backtracking without bound)', () => {
    const text = `The jockey was fined. 1st Harbour Lights (Tom Marquand) 9/2; 2nd Corrib Lady (${'A'.repeat(200_000)} and so on.`;
    assert.deepEqual([...horseNames(text).names], ['Harbour Lights']);
  });
});
