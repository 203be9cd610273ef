import assert from 'node:assert/strict';
import { collapseSpace, normaliseSpace } from '../../../src/core/text/whitespace';

describe('text/whitespace', () => {
  it('collapseSpace makes each run of white space one space and keeps the ends', () => {
    assert.equal(collapseSpace(' Toshimitsu\r\n\t Motegi\u00a0 '), ' Toshimitsu Motegi ');
    assert.equal(collapseSpace(''), '');
  });

  it('normaliseSpace also trims', () => {
    assert.equal(normaliseSpace(' Toshimitsu\r\n\t Motegi\u00a0 '), 'Toshimitsu Motegi');
    assert.equal(normaliseSpace(' \n '), '');
  });

  it('normaliseSpace gives what collapsing and trimming give, names already normal or not', () => {
    const cases = ['Angela Merkel', 'Merkel', '', ' ', 'Angela  Merkel', ' Angela Merkel', 'Angela Merkel ', 'Angela\tMerkel',
      'Angela\u00a0Merkel', 'Ángela Merkel', 'A B C', 'x\u2003y', 'New\nYork', '\u3000Tokyo', 'O\'Brien-Smith Jr.'];
    for (const s of cases) assert.equal(normaliseSpace(s), s.replace(/\s+/g, ' ').trim(), JSON.stringify(s));
  });
});
