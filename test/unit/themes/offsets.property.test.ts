import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchThemeTerms } from '../../../src/core/themes';

// Words and separators that stress offsets: cues, phrases, acronyms, CRLF, emoji, curly quotes.
const pieces = [
  'tax', 'taxes', 'UN', 'reform', 'UN reform', 'health', 'health-care', 'interest', 'rates', '5G', 'nuclear',
  'weapons', 'Japan\u2019s', "farmers'", 'WHO', 'IT', 'the', 'and', 'policy', 'policies', ' ', ' ', '\r\n', '\n',
  ', ', '. ', '\u{1F600}', '\u{1F1EE}\u{1F1F3}', '\u201C', '\u201D', '-', 'é', '\u00A0',
];

describe('matchThemeTerms on arbitrary text', () => {
  it('returns sorted, in-bounds, non-overlapping spans that start and end on word edges', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const hits = matchThemeTerms(text);
      let lastEnd = 0;
      let lastStart = -1;
      for (const h of hits) {
        assert.ok(h.start >= 0 && h.end <= text.length && h.start < h.end);
        assert.ok(h.start >= lastStart);
        // Hits on the same span (one term, several topics) share it; otherwise no overlap.
        if (h.start !== lastStart) assert.ok(h.start >= lastEnd);
        lastStart = h.start;
        lastEnd = h.end;
        const slice = text.slice(h.start, h.end);
        assert.match(slice, /^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/su);
        assert.ok(!slice.includes('\n'));
      }
    }), { numRuns: 300 });
  });
});
