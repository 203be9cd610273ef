import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { PlacedMention } from '../../../src/core/model';
import { followSureTypes } from '../../../src/core/entities/sureTypes';

// Text written for these tests (issue 10): a name keeps one type through the article where the evidence about it agrees.
const PLANNING = [
  'Plans for 900 homes on fields between Lavenham and Tiptree were approved on Tuesday, near Stansted Airport.',
  '',
  'The developer cut the number of homes, moved them away from Tiptree and added a school. "Villages like Lavenham and Tiptree are being told to take more than their share," said one objector.',
  '',
  'Tiptree parish councillor Dana Roe told the committee that children already walk along unlit lanes to reach the bus stop.',
  '',
].join('\n');

describe('One name, one type', () => {
  it('a village the place lists place is no person where a repeat made one of it ("Tiptree parish councillor")', () => {
    const mentions = analyze(PLANNING).entities.flatMap(e => e.mentions).filter(m => PLANNING.slice(m.start, m.end) === 'Tiptree');
    assert.equal(mentions.length, 4);
    assert.deepEqual([...new Set(mentions.map(m => m.type))], ['PLACE']);
  });

  it('a mention typed by its own context sets no type for the others', () => {
    const text = 'Halifax beat York. Fans came from Halifax.';
    const at = (start: number, end: number, type: PlacedMention['type'], source: PlacedMention['source'], reason: string): PlacedMention =>
      ({ start, end, type, source, reason, paragraph: 0 });
    const raw = [at(0, 7, 'ORG', 'tagger', 'tagger+club'), at(34, 41, 'PERSON', 'tagger', 'tagger')];
    const out = followSureTypes(raw, m => text.slice(m.start, m.end));
    assert.deepEqual(out.map(m => m.type), ['ORG', 'PERSON']);
    const sure = followSureTypes([at(0, 7, 'ORG', 'tagger', 'tagger+company'), at(34, 41, 'PERSON', 'repeat', 'repeat')], m => text.slice(m.start, m.end));
    assert.deepEqual(sure.map(m => m.type), ['ORG', 'ORG']);
  });
});
