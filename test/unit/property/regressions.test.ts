import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { parseArticle } from '../../../src/core/article';
import { analysisProblems } from './invariants';

// Counterexamples the property tests found, kept as plain examples so that they stay fixed.
describe('inputs the property tests found', () => {
  it('a line of white space that is not a space or tab ("\\f", "\\u3000") is blank, not an empty paragraph', () => {
    for (const odd of ['\f', '\v', '\u3000', '\u2028', '\u1680', '\u202f']) {
      const text = `${odd} \n\nThe zorblaxian plan was debated.`;
      const a = parseArticle(text);
      assert.deepEqual(a.paragraphs.map(p => text.slice(p.start, p.end)), ['The zorblaxian plan was debated.'], JSON.stringify(odd));
      assert.deepEqual(analysisProblems(text, analyze(text)), []);
    }
  });
});
