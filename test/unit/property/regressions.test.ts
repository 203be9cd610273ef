import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { parseArticle } from '../../../src/core/article/article';
import { analysisProblems } from './invariants';

// Counterexamples the property tests found, kept as plain examples so that they stay fixed, and inputs built to
// trip super-linear loops or regular expressions.
describe('hard inputs', () => {
  it('a line of white space that is not a space or tab ("\\f", "\\u3000") is blank, not an empty paragraph', () => {
    for (const odd of ['\f', '\v', '\u3000', '\u2028', '\u1680', '\u202f']) {
      const text = `${odd} \n\nThe zorblaxian plan was debated.`;
      const a = parseArticle(text);
      assert.deepEqual(a.paragraphs.map(p => text.slice(p.start, p.end)), ['The zorblaxian plan was debated.'], JSON.stringify(odd));
      assert.deepEqual(analysisProblems(text, analyze(text)), []);
    }
  });

  describe('pathological inputs of 100 000 code units are analysed in about linear time, with a valid analysis', () => {
    const N = 100_000;
    const cases: Record<string, string> = {
      'one space run': `a${' '.repeat(N)}b`,
      'full stops': '.'.repeat(N),
      'exclamation marks': `Wow${'!'.repeat(N)}`,
      'initials': 'A. '.repeat(N / 3),
      'ALL-CAPS names': 'JAPAN INDIA TRADE '.repeat(N / 18),
      'one word': 'x'.repeat(N),
      'a repeated name': 'Angela Merkel '.repeat(N / 14),
      'quotes': '"'.repeat(N),
      'carriage returns': '\r'.repeat(N),
      'one-line paragraphs': `Headline\n${'Japan.\n'.repeat(N / 7)}`,
      'emoji': '\u{1F600}'.repeat(N / 2),
      'combining marks': `e${'\u0301'.repeat(N)}`,
      'zero-width joins': 'Japan\u200b'.repeat(N / 6),
      'abbreviations': `${'Mr.'.repeat(N / 3)} X`,
      'dotted letters': `${'a.'.repeat(N / 2)} X`,
      'capitalised phrases': 'The Big Red Bank Of The United States Federal Reserve '.repeat(N / 55),
      'hyphenated names': 'Indo-Pacific-'.repeat(N / 13),
    };
    for (const [name, text] of Object.entries(cases)) {
      it(name, function () {
        // About 0.3 s on a developer machine; a quadratic step would take many minutes and trip this generous
        // timeout even on a busy machine. The speed itself is measured by `npm run bench`, not here.
        this.timeout(120_000);
        const a = analyze(text);
        assert.deepEqual(analysisProblems(text, a), []);
      });
    }
  });
});
