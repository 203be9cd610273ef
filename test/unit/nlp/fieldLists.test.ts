import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Government and disaster copy written for these tests (issue 10, boundaries): bodies named by a list of their fields.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Bodies named by a list of their fields', () => {
  it('reads a field list that ends on a public body\'s head or a country as one body', () => {
    const text = 'British nationals should call the Foreign, Commonwealth and Development Office, which has set up a hotline. '
      + 'Visa holders were told to check with Immigration, Refugees and Citizenship Canada before travelling.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Foreign, Commonwealth and Development Office'), names.join(', '));
    assert.ok(names.includes('ORG:Immigration, Refugees and Citizenship Canada'), names.join(', '));
    assert.ok(!names.includes('ORG:Development Office'), names.join(', '));
  });

  it('takes in the name before the list when it ends with "for" and the first field', () => {
    const names = shown('A spokesman for the Department for Environment, Food and Rural Affairs said the ban would stay.');
    assert.ok(names.includes('ORG:Department for Environment, Food and Rural Affairs'), names.join(', '));
  });

  it('reads a department named by its fields alone, a field of two words or after "the" among them', () => {
    const text = 'The Department for Culture, Media and Sport and the Department for Science, Innovation and Technology agreed, '
      + 'as did the Department of Climate Change, Energy, the Environment and Water.';
    const names = shown(text);
    for (const body of ['Department for Culture, Media and Sport', 'Department for Science, Innovation and Technology',
      'Department of Climate Change, Energy, the Environment and Water']) assert.ok(names.includes(`ORG:${body}`), `${body} in ${names.join(', ')}`);
  });

  it('reads a ministry named by its fields where the tagger read the head alone, and keeps a longer name an earlier step made', () => {
    const text = 'Guidelines issued in 2023 by the Ministry of Economy, Trade and Industry urged boards to act. He was sent to the '
      + 'custody of the Arizona Department of Corrections, Rehabilitation and Reentry.';
    const names = shown(text);
    for (const body of ['Ministry of Economy, Trade and Industry', 'Arizona Department of Corrections, Rehabilitation and Reentry']) {
      assert.ok(names.includes(`ORG:${body}`), `${body} in ${names.join(', ')}`);
    }
  });

  it('leaves a list of firms, of towns and a name before ", and" apart', () => {
    const text = 'Shares in Tesco, Sainsbury and Asda Group fell. Leaders from Leeds, Bradford and Wakefield Council met. '
      + 'Nothing has been heard from the correspondent Florence Aubenas, and her Iraqi interpreter is missing.';
    const names = shown(text);
    assert.ok(!names.some(n => n.includes(', ')), names.join(', '));
  });
});
