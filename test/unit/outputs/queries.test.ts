import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { Mention } from '../../../src/core/model';
import { countryOf, entityById, evidenceAt, mentionAt, relatedMentions } from '../../../src/core/outputs/queries';

const seed = fs.readFileSync(path.join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt'), 'utf8');

describe('queries over an analysis', function () {
  this.timeout(20000);
  const a = analyze(seed);
  const slice = (m: { start: number; end: number }): string => seed.slice(m.start, m.end);
  /** The mention at the `nth` occurrence (0-based) of `word` in the seed. */
  const mentionOn = (word: string, nth = 0): Mention => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = seed.indexOf(word, at + 1);
    assert.ok(at >= 0, `"${word}" occurs ${nth + 1} times`);
    const m = mentionAt(a, at + 1);
    assert.ok(m, `a mention on "${word}"`);
    return m;
  };

  it('mentionAt finds the mention under an offset, its end included, and nothing between mentions', () => {
    const motegi = mentionOn('Toshimitsu Motegi');
    assert.equal(slice(motegi), 'Toshimitsu Motegi');
    assert.equal(mentionAt(a, motegi.start), motegi);
    assert.equal(mentionAt(a, motegi.end), motegi, 'a cursor just after the name still counts');
    const gap = seed.indexOf('counterpart');
    assert.equal(mentionAt(a, gap + 3), undefined);
    assert.equal(mentionAt(a, seed.length + 10), undefined);
  });

  it('relatedMentions gives every mention of the same person, by start', () => {
    const related = relatedMentions(a, mentionOn('Motegi', 1));
    assert.deepEqual(related.map(slice), ['Toshimitsu Motegi', 'Motegi']);
  });

  it('countryOf and relatedMentions tie a demonym and the capital to the country', () => {
    const japanese = mentionOn('Japanese');
    assert.equal(countryOf(a, japanese)?.code, 'JP');
    const tokyo = mentionOn('Tokyo');
    assert.equal(countryOf(a, tokyo)?.code, 'JP', 'Tokyo stands for Japan');
    const related = relatedMentions(a, japanese);
    const texts = related.map(slice);
    assert.ok(texts.includes('Japanese') && texts.includes('Japan') && texts.includes('Tokyo'), texts.join(', '));
    assert.deepEqual([...related].sort((x, y) => x.start - y.start), related, 'sorted by start');
    assert.equal(countryOf(a, mentionOn('Jaishankar')), undefined, 'a person stands for no country');
  });

  it('relatedMentions of a mention whose entity is unknown is the mention alone', () => {
    const motegi = mentionOn('Toshimitsu Motegi');
    const stray: Mention = { ...motegi, entityId: 'PERSON:nobody' };
    assert.equal(entityById(a, 'PERSON:nobody'), undefined);
    assert.deepEqual(relatedMentions(a, stray), [stray]);
  });

  it('entityById finds the entity a mention belongs to', () => {
    const motegi = mentionOn('Toshimitsu Motegi');
    assert.equal(entityById(a, motegi.entityId)?.canonical, 'Toshimitsu Motegi');
  });

  it('evidenceAt gives the theme evidence under an offset, best theme first, and nothing elsewhere', () => {
    const theme = a.themes[0];
    assert.ok(theme && theme.evidence.length > 0, 'the seed has a theme with evidence');
    const evidence = theme.evidence[0];
    const hits = evidenceAt(a, evidence.start);
    assert.equal(hits[0]?.evidence, evidence);
    assert.equal(hits[0]?.theme, theme);
    assert.equal(slice(evidence), evidence.text);
    const order = hits.map(h => a.themes.indexOf(h.theme));
    assert.deepEqual([...order].sort((x, y) => x - y), order);
    assert.deepEqual(evidenceAt(a, 0), [], 'the date header triggers no theme');
  });
});
