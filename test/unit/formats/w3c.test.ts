import assert from 'node:assert/strict';
import { codePointIndex } from '../../../src/core/formats/codePoints';
import { W3C_CONTEXT, writeW3c } from '../../../src/core/formats/w3c';
import { TRICKY_TEXT, trickyDocument } from './fixtures';

interface Selector { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }
interface Annotation { '@context': string; id: string; type: string; motivation: string | string[]; body: { type: string; purpose: string; value?: string; source?: string }[]; target: string | { source: string; selector: Selector[] } }

/** Apache Annotator's matchers (a real consumer of W3C selectors) resolving a selector in the text: UTF-16 ranges. */
async function resolve(selector: Selector, text: string): Promise<[number, number][]> {
  const annotator = await import('@apache-annotator/selector');
  const chunk = { data: text };
  const scope = { currentChunk: chunk, nextChunk: () => null, previousChunk: () => null, precedesCurrentChunk: () => false };
  const matcher = selector.type === 'TextQuoteSelector'
    ? annotator.textQuoteSelectorMatcher(selector as never)
    : annotator.textPositionSelectorMatcher(selector as never);
  const out: [number, number][] = [];
  for await (const range of matcher(scope)) out.push([range.startIndex, range.endIndex]);
  return out;
}

describe('W3C Web Annotation writer', function () {
  this.timeout(20000);
  const doc = trickyDocument();
  const collection = JSON.parse(writeW3c([doc]));
  const items: Annotation[] = collection.first.items;
  const mentionAnnotations = items.filter(a => typeof a.target !== 'string');

  it('is an AnnotationCollection whose page holds one annotation per mention and one for the themes', () => {
    assert.equal(collection['@context'], W3C_CONTEXT);
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.total, items.length);
    assert.equal(mentionAnnotations.length, doc.analysis.mentions.length);
    const themes = items.filter(a => typeof a.target === 'string');
    assert.equal(themes.length, 1);
    assert.equal(themes[0].target, 'file:///articles/tricky.txt');
    assert.deepEqual(themes[0].body.map(b => [b.purpose, b.value]), doc.analysis.themes.map(t => ['classifying', t.name]));
  });

  it('gives every annotation the model\'s required keys: the context, an IRI id, type Annotation, a target', () => {
    const ids = new Set<string>();
    for (const a of items) {
      assert.equal(a['@context'], W3C_CONTEXT);
      assert.equal(a.type, 'Annotation');
      assert.match(a.id, /^[a-z][a-z0-9+.-]*:[^\s]+$/);
      assert.ok(!ids.has(a.id), `duplicate id ${a.id}`);
      ids.add(a.id);
      assert.ok(a.target);
    }
  });

  it('tags the type and identifies the Wikidata entity when there is one', () => {
    doc.analysis.mentions.forEach((m, i) => {
      const a = mentionAnnotations[i];
      assert.deepEqual(a.body[0], { type: 'TextualBody', purpose: 'tagging', value: m.type, format: 'text/plain' });
      const wikidata = doc.analysis.entities.find(e => e.id === m.entityId)?.wikidata;
      const identifying = a.body.find(b => b.purpose === 'identifying');
      assert.equal(identifying?.source, wikidata ? `http://www.wikidata.org/entity/${wikidata}` : undefined, m.text);
    });
  });

  it('has quote and position selectors that Apache Annotator resolves to each mention (positions in code points)', async () => {
    const index = codePointIndex(TRICKY_TEXT);
    for (const [i, m] of doc.analysis.mentions.entries()) {
      const target = mentionAnnotations[i].target as { selector: Selector[] };
      const [quote, position] = target.selector;
      assert.equal(quote.type, 'TextQuoteSelector');
      assert.equal(position.type, 'TextPositionSelector');
      assert.equal(position.start, index.toCodePoint(m.start));
      assert.deepEqual(await resolve(position, TRICKY_TEXT), [[m.start, m.end]], `position of ${m.text}`);
      const quoted = await resolve(quote, TRICKY_TEXT);
      assert.deepEqual(quoted, [[m.start, m.end]], `quote of ${m.text} at ${m.start}`);
    }
  });
});
