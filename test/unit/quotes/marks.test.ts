import assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/article';
import { findQuotedSpans } from '../../../src/core/quotes/marks';

/** The quoted texts of `text`, by slicing each span. */
function quoted(text: string): string[] {
  return findQuotedSpans(text, parseArticle(text).paragraphs).map(q => text.slice(q.start, q.end));
}

describe('findQuotedSpans', () => {
  it('pairs straight and curly, double and single marks', () => {
    assert.deepEqual(quoted('Title\n\n"One," he said. “Two,” she said. \'Three,\' I said. ‘Four,’ we said.\n'), ['One,', 'Two,', 'Three,', 'Four,']);
  });

  it('reads apostrophes inside words and elided decades as no marks', () => {
    assert.deepEqual(quoted("Title\n\n'We don't know the '90s,' she said. It's Whitmore's plan.\n"), ["We don't know the '90s,"]);
  });

  it('keeps a nested quotation of the other family inside, and a plural possessive inside a single quotation', () => {
    assert.deepEqual(quoted('Title\n\n“They said ‘no’ twice,” he said.\n'), ['They said ‘no’ twice,']);
    assert.deepEqual(quoted("Title\n\n'The players' bench was empty,' he said.\n"), ["The players' bench was empty,"]);
  });

  it('runs a quotation over paragraphs that each open with a mark, and ends it with a paragraph that does not', () => {
    const text = 'Title\n\n“First part.\n\n“Second part,” he said.\n\n“Never closed\n\nPlain text.\n';
    const spans = findQuotedSpans(text, parseArticle(text).paragraphs);
    assert.deepEqual(spans.map(q => text.slice(q.start, q.end)), ['First part.\n\n“Second part,', 'Never closed']);
    assert.deepEqual(spans.map(q => [q.paragraph, q.lastParagraph, q.closeEnd >= 0]), [[1, 2, true], [3, 3, false]]);
  });

  it('finds nothing in text without marks or in empty text', () => {
    assert.deepEqual(quoted('Title\n\nNo quotation here.\n'), []);
    assert.deepEqual(quoted(''), []);
  });
});
