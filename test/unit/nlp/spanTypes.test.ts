import assert from 'node:assert/strict';
import SPAN_MODEL from '../../../src/core/nlp/model/spanTypeWeights.json';
import { retypeSpans, SPAN_CLASSES, sentenceCues, spanFeatures } from '../../../src/core/nlp/spanTypes';
import { tokenize } from '../../../src/core/nlp/tokens';

describe('the span type model (spanTypes.ts, spanTypeWeights.json)', () => {
  it('scores the classes of spanTypes.ts, in its order, and says what it was trained on', () => {
    assert.deepEqual(SPAN_MODEL.classes, [...SPAN_CLASSES]);
    assert.ok(SPAN_MODEL.margin > 0);
    for (const d of SPAN_MODEL.trainingData) assert.match(d.sha256, /^[0-9a-f]{64}$/);
    assert.match(SPAN_MODEL.licence, /ODbL/);
    assert.match(SPAN_MODEL.attribution, /Groningen Meaning Bank/);
    for (const row of Object.values(SPAN_MODEL.features).slice(0, 1000)) {
      for (let k = 0; k < row.length; k += 2) assert.ok(row[k] >= 0 && row[k] < SPAN_CLASSES.length);
    }
  });

  it('keeps the tagger\'s class where the name\'s head noun says it ("Villa Park" a place, "Conference League" a body)', () => {
    const text = 'Late Palmer penalty rescues point for Chelsea at Villa Park\n\n'
      + 'Chelsea travel to Denmark to face FC Copenhagen in the Conference League on Thursday.';
    const tokens = tokenize(text);
    const at = (a: string, b: string): [number, number] => [tokens.findIndex(t => t.text === a), tokens.findIndex(t => t.text === b)];
    const [[p1, p2], [l1, l2]] = [at('Villa', 'Park'), at('Conference', 'League')];
    const spans = [{ first: p1, last: p2, type: 'LOC' }, { first: l1, last: l2, type: 'ORG' }];
    assert.deepEqual(retypeSpans(tokens, spans).map(s => s.type), ['LOC', 'ORG']);
  });

  it('reads the sentence a span is in for sport and business words', () => {
    const tokens = tokenize('Leeds signed the striker. Shares in Acme fell.');
    const cues = sentenceCues(tokens);
    assert.equal(cues[0], 'sport');
    assert.equal(cues[tokens.findIndex(t => t.text === 'Acme')], 'biz');
    assert.ok(spanFeatures(tokens, 0, 0, cues).includes('cue|nw=sport|leeds'));
  });

  it('changes types only: the spans keep their bounds and order, a demonym stays, nothing gives nothing', () => {
    const text = 'Brighton have signed the Dutch winger. Flooding closed roads in Brighton.';
    const tokens = tokenize(text);
    const at = (w: string, from = 0): number => tokens.findIndex((t, i) => i >= from && t.text === w);
    const spans = [
      { first: at('Brighton'), last: at('Brighton'), type: 'LOC' as const },
      { first: at('Dutch'), last: at('Dutch'), type: 'GPE' as const },
      { first: at('Brighton', 2), last: at('Brighton', 2), type: 'LOC' as const },
    ];
    const out = retypeSpans(tokens, spans);
    assert.deepEqual(out.map(s => [s.first, s.last]), spans.map(s => [s.first, s.last]));
    assert.deepEqual(out.map(s => s.type), ['ORG', 'GPE', 'LOC']);
    assert.deepEqual(retypeSpans(tokens, []), []);
  });

  it('leaves the rest of a name after a particle to the person it belongs to ("Rhun ap Iorwerth")', () => {
    const tokens = tokenize('Plaid Cymru leader Rhun ap Iorwerth said the vote mattered.');
    const i = tokens.findIndex(t => t.text === 'Iorwerth');
    assert.equal(retypeSpans(tokens, [{ first: i, last: i, type: 'PER' as const }])[0].type, 'PER');
  });
});
