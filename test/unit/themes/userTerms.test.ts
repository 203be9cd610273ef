import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { checkUserThemeTerms } from '../../../src/core/themes';

describe('checkUserThemeTerms', () => {
  it('keeps words under CAP codes and topic names, trimmed', () => {
    const r = checkUserThemeTerms({ Technology: [' lithography '], '16': ['drone strike'] });
    assert.deepEqual(r.terms, { 17: ['lithography'], 16: ['drone strike'] });
    assert.deepEqual(r.problems, []);
  });

  it('names each unusable entry and leaves it out', () => {
    const r = checkUserThemeTerms({ Sport: ['goal'], 17: [42, '', '  ', '!!!', 'x'.repeat(101), 'chips'], Health: 'vaccine' });
    assert.deepEqual(r.terms, { 17: ['chips'] });
    assert.equal(r.problems.length, 7);
    assert.ok(r.problems.some(p => /"Sport" is not a CAP major topic/.test(p)));
    assert.ok(r.problems.some(p => /"Health" must be a list/.test(p)));
  });

  it('rejects a value that is not an object, and accepts nothing at all', () => {
    assert.equal(checkUserThemeTerms(['lithography']).problems.length, 1);
    assert.equal(checkUserThemeTerms('lithography').problems.length, 1);
    assert.deepEqual(checkUserThemeTerms(undefined), { terms: {}, problems: [] });
    assert.deepEqual(checkUserThemeTerms({}), { terms: {}, problems: [] });
  });

  it('gives terms that the analysis matches literally, even when they look like patterns', () => {
    const text = 'Chip plant opens\n\nThe lithography line and the (a+)+ test ran.';
    const { terms } = checkUserThemeTerms({ Technology: ['lithography', '(a+)+'] });
    const before = analyze(text).themes.find(t => t.code === 17);
    assert.ok(!before?.evidence.some(e => e.text === 'lithography'));
    const tech = analyze(text, { extraThemeTerms: terms }).themes.find(t => t.code === 17);
    assert.ok(tech, 'Technology found with the user word');
    assert.deepEqual(tech.evidence.filter(e => e.text === 'lithography').map(e => text.slice(e.start, e.end)), ['lithography']);
  });
});
