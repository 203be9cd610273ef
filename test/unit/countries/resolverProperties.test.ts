import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCountryMentions } from '../../../src/core/countries/resolver';

// Pieces that exercise the matcher: names, aliases, stop phrases, punctuation, CRLF, emoji, all caps.
const PIECES = ['India', 'Japan', 'US', 'us', 'U.S.', 'Papua New Guinea', 'Guinea', 'New', 'Mexico', 'Latin',
  'America', 'Jordan', 'Michael', 'Georgia', 'Atlanta', ',', "'s", '-', ' ', ' ', '\r\n', '\n\n', '😀', '🇯🇵',
  'Tokyo', 'Japanese', 'Sri', 'Lanka', 'ÅLAND', 'the', 'The', 'Netherlands', '’', '.', 'CHINA', 'é', '5'];

describe('findCountryMentions on generated text', () => {
  it('returns sorted, non-overlapping, in-bounds spans that start and end on word boundaries', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const hits = findCountryMentions(text);
      let last = 0;
      for (const h of hits) {
        assert.ok(h.start >= last && h.end > h.start && h.end <= text.length);
        assert.match(text[h.start], /\p{Lu}/u);
        assert.doesNotMatch(text.slice(h.end, h.end + 1), /[\p{L}\d]/u);
        assert.doesNotMatch(text.slice(Math.max(0, h.start - 1), h.start), /[\p{L}\d]/u);
        assert.match(h.code, /^[A-Z]{2}$/);
        last = h.end;
      }
    }), { numRuns: 400 });
  });

  it('finds the same hits in a paragraph wherever it sits in a larger text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
      const para = parts.join('');
      const prefix = 'Intro line.\r\n';
      const alone = findCountryMentions(para).map((h) => [h.start, h.end, h.code]);
      const shifted = findCountryMentions(`${prefix}${para}\r\n`)
        .filter((h) => h.start >= prefix.length && h.end <= prefix.length + para.length)
        .map((h) => [h.start - prefix.length, h.end - prefix.length, h.code]);
      // the paragraph's trailing line break may extend a multi-word match, never shift one
      for (const a of alone) assert.ok(shifted.some((s) => s[0] === a[0] && s[2] === a[2]), JSON.stringify({ para, a }));
    }), { numRuns: 300 });
  });
});
