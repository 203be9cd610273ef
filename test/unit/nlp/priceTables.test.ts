import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Articles written for these tests (issue 10, family 3): a market report's price table, whose prices look like a
// sprinter's times ("61.84", "9.58"), names commodities, not players; a sprint's results still name their runners.
const shown = (text: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const e of analyze(text).entities) for (const m of e.mentions) out.set(text.slice(m.start, m.end), e.type);
  return out;
};

describe('A price table with its changes', () => {
  it('makes no person of a commodity, a benchmark or an exchange', () => {
    const text = [' date 2026-03-12 Markets desk', 'Crude eases as stocks build', '',
      'Oil prices eased on Thursday after a build in stocks, traders said.', '',
      'Commodity            Price       Change   % chg',
      'Brent crude ($/bbl)   71.42      -0.63    -0.9',
      'Forties blend ($/bbl) 70.95      -0.58    -0.8',
      'Spot silver ($/oz)    31.26      +0.22    +0.7',
      'Rotterdam coal ($/t)  98.40      +1.15    +1.2', '',
      'Analysts at the bank said demand would stay soft into the summer.', ''].join('\n');
    const names = shown(text);
    for (const word of ['Brent', 'Forties', 'Spot']) assert.notEqual(names.get(word), 'PERSON', `${word} is no person`);
    assert.notEqual(names.get('Rotterdam'), 'PERSON');
  });

  it('still reads a sprint\'s results, whose times have no sign, as runners', () => {
    const text = [' date 2026-08-02 Athletics desk', 'Ferreira takes the 100m title', '',
      'Dario Ferreira won the 100 metres final on Saturday night, edging the favourite on the line.', '',
      'Result:',
      'Dario Ferreira 9.86',
      'Tobias Lindqvist 9.91',
      'Kwame Asante-Boateng 9.95', ''].join('\n');
    const names = shown(text);
    assert.equal(names.get('Tobias Lindqvist'), 'PERSON');
    assert.equal(names.get('Kwame Asante-Boateng'), 'PERSON');
  });
});
