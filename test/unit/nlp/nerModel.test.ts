import assert from 'node:assert/strict';
import { featureSetFingerprint, featureTemplates } from '../../../src/core/nlp/featureSet';
import { LABELS } from '../../../src/core/nlp/features';
import NER_MODEL from '../../../src/core/nlp/model/nerWeights.json';

describe('the entity tagger model (nerWeights.json)', () => {
  it('was trained with the features and lexicons the code computes now (retrain with scripts/trainNer.ts if not)', function () {
    this.timeout(60_000); // hashing compromise's lexicon on a loaded machine
    assert.deepEqual(NER_MODEL.templates, featureTemplates(), 'feature templates');
    assert.equal(NER_MODEL.featureSet, featureSetFingerprint(), 'feature-set fingerprint');
  });

  it('scores the labels of the tagger, in its order', () => {
    assert.deepEqual(NER_MODEL.labels, [...LABELS]);
    for (const [name, row] of Object.entries(NER_MODEL.features).slice(0, 1000)) {
      assert.equal(row.length % 2, 0, name);
      for (let k = 0; k < row.length; k += 2) assert.ok(row[k] >= 0 && row[k] < LABELS.length, name);
    }
  });

  it('says what it was trained on and under which licence', () => {
    assert.ok(NER_MODEL.trainingData.length > 0);
    for (const d of NER_MODEL.trainingData) assert.match(d.sha256, /^[0-9a-f]{64}$/);
    assert.ok(NER_MODEL.epochs > 0);
    assert.match(NER_MODEL.licence, /ODbL/);
    assert.match(NER_MODEL.attribution, /Groningen Meaning Bank/);
  });
});

describe('featureSetFingerprint', () => {
  it('is stable and hex', () => {
    assert.match(featureSetFingerprint(), /^[0-9a-f]{16}$/);
    assert.equal(featureSetFingerprint(), featureSetFingerprint());
  });
});
