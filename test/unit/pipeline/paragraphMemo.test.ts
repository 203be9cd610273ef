import assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/article';
import { outsideParagraphs, ParagraphMemo } from '../../../src/core/pipeline/paragraphMemo';
import { isSportArticle } from '../../../src/core/nlp/sportNames';

describe('ParagraphMemo', () => {
  const text = 'Storm hits Velmora\n\nThe storm reached Velmora on Monday.\n\nRepairs began on Tuesday.\n';
  const article = parseArticle(text);

  it('reads a paragraph with a key once, and one without a key each time', () => {
    const seen: string[] = [];
    const fact = (paragraph: string): number => {
      seen.push(paragraph);
      return paragraph.length;
    };
    const keyA = {};
    const memo = new ParagraphMemo().withKeys([keyA, undefined, keyA]);
    const [headline, lead] = article.paragraphs;
    assert.equal(memo.of(fact, text, headline), 'Storm hits Velmora'.length);
    assert.equal(memo.of(fact, text, headline), 'Storm hits Velmora'.length);
    memo.of(fact, text, lead);
    memo.of(fact, text, lead);
    assert.deepEqual(seen, ['Storm hits Velmora', 'The storm reached Velmora on Monday.', 'The storm reached Velmora on Monday.']);
    // another analysis of the same memo: the key still stands for the same text
    const next = memo.withKeys([keyA]);
    next.of(fact, text, headline);
    assert.equal(seen.length, 3);
  });

  it('gives the text outside the paragraphs that is not blank: a header line', () => {
    const withHeader = ' date 2025-04-01 Sport section\n\nRovers beat Athletic\n\nThe match ended late.\n';
    const gaps = outsideParagraphs(withHeader, parseArticle(withHeader).paragraphs);
    assert.deepEqual(gaps.map(g => withHeader.slice(g.start, g.end).trim()), ['date 2025-04-01 Sport section']);
  });

  it('counts the words of a match report outside the paragraphs too, as over the whole text', () => {
    // four words of a match report, all in the header line: a sports report either way
    const header = ' date 2025-04-01 goals, match, league and season\n\nRovers and Athletic\n\nThe ground was full.\n';
    const paragraphs = parseArticle(header).paragraphs;
    assert.equal(isSportArticle(header, paragraphs, new ParagraphMemo()), true);
    assert.equal(isSportArticle('An unrelated text.'), false);
    assert.equal(isSportArticle(header), true);
  });
});
