import assert from 'node:assert/strict';
import type { EntityType, PlacedMention } from '../../../src/core/model';
import { splitSlashedNames } from '../../../src/core/entities/slashNames';

// Captions and datelines written for this test (issue 10: credits and datelines with a slash read as one name).
function one(text: string, name: string, type: EntityType, source: PlacedMention['source'] = 'tagger'): PlacedMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, source, reason: source, paragraph: 0 };
}
const split = (text: string, m: PlacedMention): string[] =>
  splitSlashedNames(text, [m]).map(p => `${text.slice(p.start, p.end)}:${p.type}`);

describe('Two names joined by a slash', () => {
  it('are a photographer and an agency in a credit, whichever comes first', () => {
    const a = 'Image: Corin Valtane/AFP';
    assert.deepEqual(split(a, one(a, 'Corin Valtane/AFP', 'PERSON')), ['Corin Valtane:PERSON', 'AFP:ORG']);
    const b = 'Photo: REUTERS/Ama Brightwell';
    assert.deepEqual(split(b, one(b, 'REUTERS/Ama Brightwell', 'ORG')), ['REUTERS:ORG', 'Ama Brightwell:PERSON']);
    const w = 'Photo: Mirel Addo/PA Wire';
    assert.deepEqual(split(w, one(w, 'Mirel Addo/PA Wire', 'PERSON')), ['Mirel Addo:PERSON', 'PA Wire:ORG']);
    const sp = '(Photo by Rania KHOURY / AFP)';
    assert.deepEqual(split(sp, one(sp, 'Rania KHOURY / AFP', 'ORG')), ['Rania KHOURY:PERSON', 'AFP:ORG']);
    const ap = '(AP Photo/Tomas Lindell)';
    assert.deepEqual(split(ap, one(ap, 'AP Photo/Tomas Lindell', 'ORG')), ['AP:ORG', 'Tomas Lindell:PERSON']);
    const firm = 'Westmoor / Halden Meat Company';
    assert.deepEqual(split(firm, one(firm, firm, 'ORG')), [`${firm}:ORG`]);
    const c = 'Image: Tova Lind/Getty Images';
    assert.deepEqual(split(c, one(c, 'Tova Lind/Getty Images', 'PERSON')), ['Tova Lind:PERSON', 'Getty Images:ORG']);
  });

  it('are two places in a dateline, and two people where the mention was a person', () => {
    const d = 'OSLO/BERGEN, May 3 - Ferries stopped.';
    assert.deepEqual(split(d, one(d, 'OSLO/BERGEN', 'PLACE', 'context')), ['OSLO:PLACE', 'BERGEN:PLACE']);
    const e = 'The Marlow/Quintrell affair went on.';
    assert.deepEqual(split(e, one(e, 'Marlow/Quintrell', 'PERSON')), ['Marlow:PERSON', 'Quintrell:PERSON']);
  });

  it('leaves abbreviations, numbers and a reader\'s own names whole', () => {
    const f = 'The band AC/DC played 24/7.';
    assert.deepEqual(split(f, one(f, 'AC/DC', 'ORG')), ['AC/DC:ORG']);
    const g = 'Kestrel/Hawk Systems said so.';
    assert.deepEqual(split(g, one(g, 'Kestrel/Hawk Systems', 'ORG', 'user')), ['Kestrel/Hawk Systems:ORG']);
  });
});
