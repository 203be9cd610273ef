import assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/article';
import { isAcronymOf } from '../../../src/core/entities/acronyms';
import { groupMentions } from '../../../src/core/entities/group';
import type { PlacedMention } from '../../../src/core/model';
import type { Entity } from '../../../src/core/model';
import { extractUnit } from '../../../src/core/nlp/pipeline';
import { articleUnits } from '../../../src/core/pipeline/units';

/** The entity half of `analyze`: units, extraction, grouping. */
function entitiesOf(text: string): Entity[] {
  const article = parseArticle(text);
  const placed: PlacedMention[] = articleUnits(text, article).flatMap(u => extractUnit(text.slice(u.start, u.end))
    .map(m => ({ ...m, start: m.start + u.start, end: m.end + u.start, paragraph: u.paragraph })));
  return groupMentions(text, placed, article).entities;
}

function entity(es: readonly Entity[], type: string, canonical: string): Entity {
  const e = es.find(x => x.type === type && x.canonical === canonical);
  assert.ok(e, `no ${type} ${canonical} among ${es.map(x => x.type + ':' + x.canonical).join(', ')}`);
  return e;
}

describe('groupMentions: one entity per person, organisation, place', () => {
  it('joins surname-only repeats to the full name and keeps the role', () => {
    const text = [
      'Japan and India hold talks',
      '',
      'Japanese Foreign Minister Toshimitsu Motegi met External Affairs Minister S Jaishankar in Tokyo on Tuesday.',
      '',
      'Motegi said the talks went well. Last month, Jaishankar had said the same.',
    ].join('\n');
    const es = entitiesOf(text);
    const motegi = entity(es, 'PERSON', 'Toshimitsu Motegi');
    assert.deepEqual(motegi.mentions.map(m => text.slice(m.start, m.end)), ['Toshimitsu Motegi', 'Motegi']);
    assert.equal(motegi.role, 'Foreign Minister');
    const j = entity(es, 'PERSON', 'S Jaishankar');
    assert.deepEqual(j.mentions.map(m => m.text), ['S Jaishankar', 'Jaishankar']);
    assert.equal(j.role, 'External Affairs Minister');
  });

  it('splits "Jaishankar and Motegi" into the two people named earlier', () => {
    const text = 'Talks\n\nS Jaishankar met Toshimitsu Motegi in Tokyo.\n\nJaishankar and Motegi are understood to have discussed trade.';
    const es = entitiesOf(text);
    assert.equal(entity(es, 'PERSON', 'S Jaishankar').mentions.length, 2);
    assert.equal(entity(es, 'PERSON', 'Toshimitsu Motegi').mentions.length, 2);
    assert.ok(!es.some(e => /and/.test(e.canonical)));
  });

  it('gives a surname to the person named last before it', () => {
    const text = 'Visit\n\nGeorge Bush and Laura Bush flew to Texas. Later Laura Bush spoke to reporters, and Bush smiled.';
    const es = entitiesOf(text);
    const laura = entity(es, 'PERSON', 'Laura Bush');
    assert.ok(laura.mentions.some(m => m.text === 'Bush'), laura.mentions.map(m => m.text).join('|'));
  });

  it('joins a family name written first to the full name: "Xi" is Xi Jinping, "Moon" is Moon Jae-in', () => {
    const text = [
      'Leaders meet in Beijing',
      '',
      'Chinese President Xi Jinping met Kim Jong Un on Monday. Moon Jae-in welcomed the meeting.',
      '',
      'Xi said the talks were useful. Kim praised the ties, and Moon said more talks would follow.',
    ].join('\n');
    const es = entitiesOf(text);
    const people = es.filter(e => e.type === 'PERSON').map(e => `${e.canonical}:${e.mentions.length}`).sort();
    assert.deepEqual(people, ['Kim Jong Un:2', 'Moon Jae-in:2', 'Xi Jinping:2']);
  });

  it('leaves a monarch named after the title apart from a person whose name starts with it ("Queen Matilda", "Matilda Penrose")', () => {
    const text = 'Royal visit\n\nBy Matilda Penrose\n\nThe King unveiled a plaque beside the statue of Queen Matilda. Matilda Penrose '
      + 'watched the ceremony.';
    const people = entitiesOf(text).filter(e => e.type === 'PERSON').map(e => `${e.canonical}:${e.mentions.length}`).sort();
    assert.deepEqual(people, ['Matilda Penrose:2', 'Matilda:1']);
  });

  it('still gives a surname to the full name that ends with it, before one that starts with it', () => {
    const text = 'Talks\n\nJames Wright met Amy James. Later, James said the deal was done.';
    const people = entitiesOf(text).filter(e => e.type === 'PERSON').map(e => `${e.canonical}:${e.mentions.length}`).sort();
    assert.deepEqual(people, ['Amy James:2', 'James Wright:1']);
  });

  it('links the UN to the United Nations and names the acronym', () => {
    const text = 'Reform\n\nThe United Nations needs reform. Diplomats say UN reform is overdue.';
    const un = entity(entitiesOf(text), 'ORG', 'United Nations');
    assert.deepEqual(un.mentions.map(m => m.text), ['United Nations', 'UN']);
    assert.equal(un.acronym, 'UN');
  });

  it('names an organisation known only by its acronym by its full name', () => {
    const text = 'Summit\n\nNATO leaders met in Brussels on Thursday.';
    const nato = entity(entitiesOf(text), 'ORG', 'North Atlantic Treaty Organization');
    assert.equal(nato.mentions[0].text, 'NATO');
  });

  it('groups countries by ISO code whatever the form', () => {
    const text = 'Ties\n\nJapan and India signed a deal. Japanese officials said China\'s reaction was muted.';
    const japan = entity(entitiesOf(text), 'COUNTRY', 'Japan');
    assert.deepEqual(japan.mentions.map(m => m.text), ['Japan', 'Japanese']);
    assert.equal(japan.countryCode, 'JP');
  });

  it('ranks the entity of the headline first and scores salience within 0..1', () => {
    const text = 'Merkel visits Paris\n\nAngela Merkel arrived in Paris on Monday. Merkel met officials.';
    const es = entitiesOf(text);
    const merkel = entity(es, 'PERSON', 'Angela Merkel');
    assert.equal(merkel.rank, 1);
    for (const e of es) assert.ok(e.salience >= 0 && e.salience <= 1);
  });
});

describe('isAcronymOf', () => {
  it('spells names from their capitalised initials, dots ignored', () => {
    assert.ok(isAcronymOf('UN', 'United Nations'));
    assert.ok(isAcronymOf('U.N.', 'United Nations'));
    assert.ok(isAcronymOf('NATO', 'North Atlantic Treaty Organization'));
    assert.ok(!isAcronymOf('UN', 'European Union'));
    assert.ok(!isAcronymOf('us', 'United States'));
  });
});
