import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../../src/core/article/article';
import { findReported, keepReported, reportedCandidates } from '../../../src/core/quotes/cues';
import { ReportedCache } from '../../../src/core/quotes/reportedCache';

const seed = fs.readFileSync(path.join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt'), 'utf8');
const sentences = (text: string) => parseArticle(text).paragraphs.flatMap(p => p.sentences);

describe('quotes: the reported-speech cache', () => {
  it('gives each sentence of an article what reportedCandidates gives, before and after the article moved', () => {
    const cache = new ReportedCache();
    const moved = `A new first paragraph, said nobody in particular.\n\n${seed}`;
    for (const text of [seed, moved, seed]) {
      for (const s of sentences(text)) assert.deepEqual(cache.candidates(text, s.start, s.end), reportedCandidates(text, s.start, s.end));
    }
  });

  it('places a cached sentence where it now stands: the clause slices to the same words', () => {
    const sentence = 'The minister said that talks would resume in March.';
    const cache = new ReportedCache();
    const first = `Headline\n\n${sentence}\n`;
    const second = `Headline\n\nAn earlier paragraph was added here.\n\n${sentence}\n`;
    const [a] = cache.candidates(first, first.indexOf(sentence), first.indexOf(sentence) + sentence.length);
    const [b] = cache.candidates(second, second.indexOf(sentence), second.indexOf(sentence) + sentence.length);
    assert.equal(first.slice(a.clause.start, a.clause.end), 'talks would resume in March');
    assert.equal(second.slice(b.clause.start, b.clause.end), 'talks would resume in March');
    assert.equal(second.slice(b.verb.start, b.verb.end), 'said');
    assert.deepEqual(b.phrase.map(t => second.slice(t.start, t.end)), ['The', 'minister']);
  });

  it('keeps of the candidates what findReported keeps: none inside a clause kept before, none where a direct quotation lies', () => {
    const text = 'Headline\n\nHe said that prices rose, according to the ministry.\n';
    const s = sentences(text)[1];
    const said = text.indexOf('said');
    const all = (): boolean => true;
    const notAtSaid = (x: { start: number; end: number }): boolean => !(x.start <= said && said < x.end);
    assert.equal(reportedCandidates(text, s.start, s.end).length, 2);
    for (const isFree of [all, notAtSaid]) {
      assert.deepEqual(keepReported(new ReportedCache().candidates(text, s.start, s.end), isFree), findReported(text, s.start, s.end, isFree));
    }
    // "according to" lies inside the clause of "said": only "said" reports
    assert.deepEqual(findReported(text, s.start, s.end, all).map(r => text.slice(r.clause.start, r.clause.end)), ['prices rose, according to the ministry']);
    assert.deepEqual(findReported(text, s.start, s.end, notAtSaid), []);
  });
});
