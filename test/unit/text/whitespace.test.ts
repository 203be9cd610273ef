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
});
