import assert from 'node:assert/strict';
import { detached, TextCache } from '../../../src/core/pipeline/textCache';

describe('TextCache', () => {
  it('computes a value once per text, whatever string object holds the text', () => {
    const cache = new TextCache<number>(10);
    let made = 0;
    const text = 'One paragraph. Another paragraph.';
    assert.equal(cache.get(text.slice(0, 14), () => ++made), 1);
    assert.equal(cache.get(`One ${'paragraph.'}`, () => ++made), 1);
    assert.equal(made, 1);
  });

  it('keeps what the last analysis used across a new generation, and drops the rest after the next', () => {
    const cache = new TextCache<string>(2);
    const make = (s: string) => () => `made ${s}`;
    for (const s of ['a', 'b', 'c']) cache.get(s, make(s));
    cache.age(1); // 3 texts > the limit of 2: a new generation, the old one still answers
    let remade = 0;
    assert.equal(cache.get('a', () => `remade ${++remade}`), 'made a');
    cache.get('d', make('d'));
    cache.get('e', make('e'));
    cache.age(1); // 'a', 'd', 'e' are now the previous generation; 'b' and 'c' are gone
    assert.equal(cache.get('a', () => `remade ${++remade}`), 'made a');
    assert.equal(cache.get('b', () => `remade ${++remade}`), 'remade 1');
  });

  it('never starts a new generation while the current one holds no more than the texts of the analysis', () => {
    const cache = new TextCache<string>(1);
    for (const s of ['a', 'b', 'c']) cache.get(s, () => s);
    cache.age(3);
    assert.equal(cache.get('a', () => 'remade'), 'a');
  });

  it('detached gives an equal string', () => {
    const text = 'A long article text, of which a cache keeps a sentence.';
    for (const s of [text.slice(2, 14), '', 'x', text, '😀 e\u0301']) assert.equal(detached(s), s);
  });
});
