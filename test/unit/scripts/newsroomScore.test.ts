import assert from 'node:assert/strict';
import { judgeArticle, normaliseName, sumVerdicts, type GoldEntity, type ShownEntity } from '../../../scripts/newsroomScore';

// An invented mini-article and a reader's gold list; the shown entities are built by hand, one for each verdict.
const text = [
  ' date 2026-03-01',
  'Pellow\u2019s Harlington Rovers beat Tarnby',
  '',
  'Dr Ines Pellow scored twice as Harlington Rovers beat Tarnby 2-0 at Fenwick Park. Pellow said the Rovers',
  'deserved it; Tarnby boss Arno Vask agreed. The Marlow Cup final is next.',
].join('\n');
const gold: GoldEntity[] = [
  { name: 'Ines Pellow', type: 'PERSON', aliases: ['Pellow'] },
  { name: 'Harlington Rovers', type: 'ORG', aliases: ['Rovers'] },
  { name: 'Tarnby', type: ['ORG', 'PLACE'] },
  { name: 'Fenwick Park', type: 'PLACE' },
  { name: 'Arno Vask', type: 'PERSON' },
  { name: 'Marlow Cup', type: ['ORG'], important: false },
];
const entity = (type: string, ...forms: string[]): ShownEntity => ({
  type,
  canonical: forms[0],
  mentions: forms.map(f => {
    const start = text.indexOf(f);
    assert.ok(start >= 0, f);
    return { start, end: start + f.length, text: f };
  }),
});

describe('newsroom scorer (scripts/newsroomScore.ts)', () => {
  it('compares names as a reader does', () => {
    assert.equal(normaliseName('Pellow\u2019s'), 'pellow');
    assert.equal(normaliseName('the  Rovers'), 'rovers');
    assert.equal(normaliseName('Dr Ines Pellow'), 'ines pellow');
  });

  it('judges each shown entity right or wrong by kind, and counts the important names found', () => {
    const right = [
      entity('PERSON', 'Dr Ines Pellow', 'Pellow\u2019s'),
      entity('ORG', 'Harlington Rovers', 'the Rovers'),
      entity('PLACE', 'Tarnby'), // a club named after its town, read as the town: the gold allows both
      entity('COUNTRY', 'Fenwick Park'), // COUNTRY counts as PLACE
    ];
    const wrong = [
      entity('PLACE', 'Arno Vask'), // type
      entity('ORG', 'Marlow'), // boundary: cut out of "Marlow Cup"
      entity('PERSON', 'Tarnby boss Arno'), // boundary: joined
      entity('PERSON', 'Ines Pellow', 'Arno Vask'), // grouping
      entity('ORG', 'deserved'), // not-a-name
    ];
    const v = judgeArticle(text, gold, [...right, ...wrong]);
    assert.deepEqual(v.wrong.map(w => `${w.kind}:${w.entity.canonical}`), ['type:Arno Vask', 'boundary:Marlow', 'boundary:Tarnby boss Arno', 'grouping:Ines Pellow', 'not-a-name:deserved']);
    assert.deepEqual(v.missed, ['Arno Vask']);
    assert.deepEqual(sumVerdicts([v]), { shown: 9, wrong: 5, byKind: { type: 1, boundary: 2, grouping: 1, 'not-a-name': 1 }, important: 5, found: 4 });
  });

  it('calls a name shown only where it is cut out of another gold name a boundary error', () => {
    const shown: ShownEntity = { type: 'PLACE', canonical: 'Harlington', mentions: [{ start: 0, end: 10, text: 'Harlington' }] };
    const v = judgeArticle('Harlington Rovers won. Rovers fans sang.', [
      { name: 'Harlington Rovers', type: 'ORG', aliases: ['Rovers'] },
      { name: 'Harlington', type: 'PLACE' },
    ], [shown]);
    assert.deepEqual(v.wrong.map(w => w.kind), ['boundary']);
  });
});
