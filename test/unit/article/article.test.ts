import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle, splitLines, splitSentences } from '../../../src/core/article/article';
import type { Span } from '../../../src/core/model';

const seed = fs.readFileSync(path.join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt'), 'utf8');
const slice = (text: string, s: Span | undefined): string | undefined => s && text.slice(s.start, s.end);

describe('parseArticle', () => {
  it('reads the date, boilerplate, headline and lead of the scraped seed article', () => {
    const a = parseArticle(seed);
    assert.equal(a.date, '2020-10-07');
    assert.equal(slice(seed, a.header), 'date 2020-10-07 Left Menu');
    assert.deepEqual(a.boilerplate.map(b => slice(seed, b)), ['Left Menu']);
    assert.equal(slice(seed, a.headline), 'India, Japan hold strategic dialogue; focus on expanding collaboration in third countries');
    assert.ok(slice(seed, a.lead)?.startsWith('In the talks held under the framework of strategic dialogue'));
    assert.equal(a.paragraphs.length, 7);
    assert.deepEqual(a.paragraphs.slice(0, 3).map(p => p.kind), ['headline', 'lead', 'body']);
    assert.ok(slice(seed, a.paragraphs[6])?.startsWith('Jaishankar and Motegi are also understood'));
  });

  it('gives the same structure for CRLF line endings, shifted by the extra characters', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    const a = parseArticle(crlf);
    const b = parseArticle(seed);
    assert.equal(a.paragraphs.length, b.paragraphs.length);
    a.paragraphs.forEach((p, i) => assert.equal(slice(crlf, p), slice(seed, b.paragraphs[i])));
    for (const p of a.paragraphs) assert.ok(!crlf.slice(p.start, p.end).includes('\r'));
  });

  it('takes the first line as the headline when there is no header', () => {
    const text = 'Floods hit Dhaka\n\nHeavy rain flooded the capital on Monday.\nOfficials said 12 people died.';
    const a = parseArticle(text);
    assert.equal(a.date, undefined);
    assert.equal(slice(text, a.headline), 'Floods hit Dhaka');
    assert.deepEqual(a.paragraphs.slice(1).map(p => slice(text, p)), ['Heavy rain flooded the capital on Monday.', 'Officials said 12 people died.']);
  });

  it('keeps a hard-wrapped paragraph together', () => {
    const text = 'Headline here\n\nThe minister said the talks\nwould resume in Geneva next week\nafter a pause.\n\nSecond paragraph.';
    const a = parseArticle(text);
    assert.equal(slice(text, a.paragraphs[1]), 'The minister said the talks\nwould resume in Geneva next week\nafter a pause.');
    assert.equal(slice(text, a.paragraphs[2]), 'Second paragraph.');
  });

  it('gives an empty structure for empty and blank text', () => {
    for (const text of ['', '   ', '\n\r\n\t\n']) {
      const a = parseArticle(text);
      assert.equal(a.paragraphs.length, 0);
      assert.equal(a.headline, undefined);
    }
  });

  it('reads a header with no boilerplate and a BOM', () => {
    const text = '\uFEFF date 2021-01-02\nTitle\nBody.';
    const a = parseArticle(text);
    assert.equal(a.date, '2021-01-02');
    assert.equal(a.boilerplate.length, 0);
    assert.equal(slice(text, a.headline), 'Title');
  });
});

describe('splitLines', () => {
  it('treats CRLF, CR and LF as line breaks', () => {
    const text = 'a\r\nb\rc\nd';
    assert.deepEqual(splitLines(text).map(l => slice(text, l)), ['a', 'b', 'c', 'd']);
  });
});

describe('splitSentences', () => {
  const sentences = (text: string): string[] => splitSentences(text, 0, text.length).map(s => text.slice(s.start, s.end));

  it('splits at full stops followed by a capital', () => {
    assert.deepEqual(sentences('Talks began. They ended late! Why? Nobody knows.'), ['Talks began.', 'They ended late!', 'Why?', 'Nobody knows.']);
  });

  it('does not split after initials, titles or U.S.', () => {
    assert.deepEqual(sentences('Mr. Abe met S. Jaishankar in the U.S. Capitol. Then he left.'), ['Mr. Abe met S. Jaishankar in the U.S. Capitol.', 'Then he left.']);
  });

  it('keeps closing quotes with their sentence', () => {
    assert.deepEqual(sentences('"We agree." He nodded.'), ['"We agree."', 'He nodded.']);
  });

  it('keeps emoji and surrogate pairs intact', () => {
    const text = 'Tokyo 🇯🇵 said yes. Delhi 🇮🇳 agreed.';
    assert.deepEqual(sentences(text), ['Tokyo 🇯🇵 said yes.', 'Delhi 🇮🇳 agreed.']);
  });
});
