import assert from 'node:assert/strict';
import { hasNoLowerCase, isAllCaps, isAsciiCapsWord, isCapsRun, isCapsToken, isShouted } from '../../../src/core/text/caps';

describe('text/caps: words and lines in capitals', () => {
  it('hasNoLowerCase: no lower-case letter, whatever else', () => {
    for (const s of ['JAPAN', 'U.S.', '5G', '42', '', 'ÉTÉ']) assert.equal(hasNoLowerCase(s), true, s);
    for (const s of ['Japan', 'iPhone', 'straße', 'ǅ']) assert.equal(hasNoLowerCase(s), false, s);
  });

  it('isAllCaps: capitals only, with a minimum of cased letters', () => {
    assert.equal(isAllCaps('NATO'), true);
    assert.equal(isAllCaps('5G'), true);
    assert.equal(isAllCaps('5G', 2), false);
    assert.equal(isAllCaps('U.S.', 2), true);
    assert.equal(isAllCaps('42'), false);
    assert.equal(isAllCaps('Nato'), false);
  });

  it('isCapsRun: two capitals in a row and no lower case', () => {
    for (const s of ['NEW', 'AFP', 'UK2', 'UK']) assert.equal(isCapsRun(s), true, s);
    for (const s of ['U.S.', 'G7', 'Mr', 'X', 'NYer']) assert.equal(isCapsRun(s), false, s);
  });

  it('isCapsToken: capitals, digits and full stops only, with two capitals in a row', () => {
    for (const s of ['NATO', 'UN', 'FY2024', 'AB.']) assert.equal(isCapsToken(s), true, s);
    for (const s of ['U.N.', 'G20', 'NATO-led', 'Nato', 'A']) assert.equal(isCapsToken(s), false, s);
  });

  it('isAsciiCapsWord: two or more of A-Z and nothing else', () => {
    for (const s of ['US', 'WHO']) assert.equal(isAsciiCapsWord(s), true, s);
    for (const s of ['U', 'U.S.', 'ÉTÉ', 'Us', 'G7']) assert.equal(isAsciiCapsWord(s), false, s);
  });

  it('isShouted: three words or more, four in five without lower case, or two words both so', () => {
    assert.equal(isShouted(['UKRAINE', 'AND', 'POLAND', 'SIGN', 'GRAIN', 'DEAL']), true);
    assert.equal(isShouted(['UKRAINE', 'AND', 'POLAND', 'SIGN', 'deal']), true);
    assert.equal(isShouted(['UKRAINE', 'and', 'POLAND', 'sign', 'DEAL']), false);
    assert.equal(isShouted(['IMF', 'TALKS']), true);
    assert.equal(isShouted(['IMF', 'talks']), false);
    assert.equal(isShouted(['TALKS']), false);
    assert.equal(isShouted([]), false);
  });
});
