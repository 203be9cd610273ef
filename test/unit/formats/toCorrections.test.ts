import assert from 'node:assert/strict';
import type { GoldSpan } from '../../../src/core/formats/gold';
import { readAnnotations } from '../../../src/core/formats/readAnnotations';
import { correctionsFromGold } from '../../../src/core/formats/toCorrections';

const TEXT = 'Left Menu Tenzin Dorje met NATO envoys in Lhasa and Japan.';
const at = (text: string, label: string): GoldSpan => {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, label, text };
};

describe('annotations as corrections', () => {
  it('makes annotated names entities and unannotated found names "not an entity", leaving countries out', () => {
    const gold = [at('Tenzin Dorje', 'PERSON'), at('NATO', 'ORG'), at('Lhasa', 'PLACE'), at('Japan', 'COUNTRY')];
    const found = [at('Left Menu', 'ORG'), at('NATO', 'ORG')];
    const r = correctionsFromGold(gold, found, { notEntities: ['NATO', 'Old Name'], entities: { 'Somebody Else': 'PERSON' } });
    assert.deepEqual(r.corrections, {
      notEntities: ['Old Name', 'Left Menu'],
      entities: { 'Somebody Else': 'PERSON', 'Tenzin Dorje': 'PERSON', NATO: 'ORG', Lhasa: 'PLACE' },
    });
    assert.equal(r.skipped.length, 1);
    assert.match(r.skipped[0], /"Japan" \(COUNTRY\): countries come from the country list/);
    const japanFound = correctionsFromGold([at('Japan', 'COUNTRY'), at('Japan', 'COUNTRY')], [at('Japan', 'COUNTRY')]);
    assert.deepEqual(japanFound, { corrections: {}, skipped: [] }, 'a country News Lens finds there needs nothing');
    assert.equal(correctionsFromGold([at('Japan', 'COUNTRY'), at('Japan', 'COUNTRY')], []).skipped.length, 1, 'said once');
  });

  it('chooses the reader by the file name and reports an unknown kind', () => {
    assert.equal(readAnnotations('a.ANN', 'T1\tORG 27 31\tNATO\n', TEXT).spans[0].text, 'NATO');
    assert.equal(readAnnotations('a.jsonl', JSON.stringify({ text: TEXT, label: [[27, 31, 'ORG']] }), TEXT).spans[0].text, 'NATO');
    assert.match(readAnnotations('a.txt.newslens.json', '{}', TEXT).problems[0].reason, /not a kind of annotation file/);
  });
});
