import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// A market report written for these tests (issue 10): a name that opens a row of a table of share prices, or whose
// price the words after it move, is a company, in the table and in the prose.
const typeOf = (text: string, name: string): string | undefined => {
  const entity = analyze(text).entities.find(e => e.mentions.some(m => text.slice(m.start, m.end) === name));
  return entity?.type;
};

const REPORT = [
  'Food producers fell across Europe. Barlowe was down 2.4% in early trading in Chicago, and closer to home Pellings and Marwick slipped in sympathy.',
  '',
  'How the sector closed',
  'Company | Close | Change',
  'Orvell Foods | 388p | -14.2%',
  'Pellings | 2,146p | -1.8%',
  'Marwick | 5,020p | -0.9%',
  '',
].join('\n');

describe('A name in a table of share prices or with a move of its price', () => {
  it('is a company, in the table and in the prose', () => {
    for (const name of ['Pellings', 'Marwick', 'Barlowe']) assert.equal(typeOf(REPORT, name), 'ORG', name);
  });

  it('leaves a party in a table of the vote alone', () => {
    const text = 'Results in Carrow North\n\nParty | Share | Change\nLabour | 34.2% | +3.1\nPlaid Cymru | 30.5% | -1.0\n';
    assert.notEqual(typeOf(text, 'Plaid Cymru'), undefined);
    assert.equal(typeOf(text, 'Plaid Cymru'), 'ORG');
  });
});
