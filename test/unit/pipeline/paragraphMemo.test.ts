import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../../src/core/article/article';
import { outsideParagraphs, ParagraphMemo } from '../../../src/core/pipeline/paragraphMemo';
import { isSportArticle } from '../../../src/core/nlp/sportNames';
import { findNonNames, findNonNamesSteps } from '../../../src/core/nlp/notNames';
import { runSteps } from '../../../src/core/pipeline/steps';
import { readWorks } from '../../../src/core/nlp/works';
import { modelSpans } from '../../../src/core/nlp/products';

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

describe('article-level passes read paragraph by paragraph', () => {
  const texts = [
    ' date 2025-04-01 the novel Winter Orchard\n\nKovenko wrote the novel Winter Orchard\n\nHer novel Winter Orchard sold well, and the Space Shuttle Endeavour flew.\n',
    'Velmora Polaroids\n\nAn exhibit of Polaroids opened. Mr Polaroid said the Polaroid camera was old.\n\nInternet Explorer 6 failed. Explorer crashed.\n',
    fs.readFileSync(path.join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt'), 'utf8'),
    // a maker's model, an acronym spelled out as a thing, and one before the noun of a kind of thing, in paragraphs and
    // in the header line
    ' date 2025-04-01 a Kia Sorrel was seen\n\nCars stolen in Velmora\n\nA stolen Audi RS6 and a Rolex Daytona were found.\n\n'
      + 'Levels of reactive oxygen species (ROS) rose, and the HXQ system failed.\n',
  ];
  // every run of capitalised words, as the tagger might read it
  const mentionsOf = (text: string) => [...text.matchAll(/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/gu)]
    .map(m => ({ start: m.index, end: m.index + m[0].length, type: 'ORG' as const, source: 'tagger' as const }));

  it('findNonNames gives by paragraph what it gives over the whole text', () => {
    // the texts hold what the paragraph reads find: a named work, a counted thing, a product with a version
    assert.deepEqual([...findNonNames(texts[0], mentionsOf(texts[0]))].sort(), ['Orchard', 'Winter Orchard']);
    assert.ok(findNonNames(texts[1], mentionsOf(texts[1])).has('Polaroids'));
    for (const text of texts) {
      const paragraphs = parseArticle(text).paragraphs;
      const memo = new ParagraphMemo().withKeys(paragraphs.map(() => ({})));
      const byParagraph = runSteps(findNonNamesSteps(text, mentionsOf(text), paragraphs, memo));
      assert.deepEqual([...byParagraph].sort(), [...findNonNames(text, mentionsOf(text))].sort(), text.slice(0, 40));
    }
  });

  it('readWorks gives by paragraph what it gives over the whole text, the words of the arts in a header line too', () => {
    // "opera" stands only in the header line: the article is about the arts, and an author's possessive names a work
    const arts = ' date 2025-04-01 Opera\n\nA night at the hall\n\nAudiences loved Tomas Verdane\'s Harrow Lights of Morning there.\n';
    const plain = arts.replace('Opera', 'Sport');
    for (const text of [...texts, arts, plain]) {
      const paragraphs = parseArticle(text).paragraphs;
      const memo = new ParagraphMemo().withKeys(paragraphs.map(() => ({})));
      assert.deepEqual(readWorks(text, mentionsOf(text), paragraphs, memo), readWorks(text, mentionsOf(text)), text.slice(0, 40));
      assert.deepEqual(modelSpans(text, paragraphs, memo), modelSpans(text), text.slice(0, 40));
    }
    const title = (text: string) => readWorks(text, mentionsOf(text), parseArticle(text).paragraphs, new ParagraphMemo()).works
      .map(w => text.slice(w.start, w.end));
    assert.deepEqual(title(arts), ['Harrow Lights of Morning']);
    assert.deepEqual(title(plain), []);
    const cars = texts[3];
    assert.deepEqual(modelSpans(cars, parseArticle(cars).paragraphs, new ParagraphMemo()).map(r => cars.slice(r.start, r.end)), ['Sorrel', 'RS6', 'Daytona']);
  });
});
