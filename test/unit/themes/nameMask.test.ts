import assert from 'node:assert/strict';
import type { EntityType } from '../../../src/core/model';
import { createNameMask, matchThemeTerms, type NameSpan, type ThemeHit } from '../../../src/core/themes';
import { capitalsMarkNames } from '../../../src/core/themes/capitals';

/** A mention of `name` at its `nth` occurrence in `text` (0 = first). */
function mention(text: string, name: string, type: EntityType, entityId = `${type}:${name}`, nth = 0): NameSpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(name, start + 1);
  assert.ok(start >= 0, `"${name}" occurs ${nth + 1} times`);
  return { start, end: start + name.length, type, entityId };
}

/** The hits' words that the mask keeps. */
function kept(text: string, names: NameSpan[], isSport = false): string[] {
  const keep = createNameMask(text, [...names].sort((a, b) => a.start - b.start), isSport);
  return matchThemeTerms(text).filter(keep).map((h: ThemeHit) => text.slice(h.start, h.end));
}

describe('capitalsMarkNames', () => {
  const at = (text: string, span: string): boolean => capitalsMarkNames(text, text.indexOf(span), text.indexOf(span) + span.length);

  it('trusts capitals among lower-case words, after "Mr." too', () => {
    assert.equal(at('The minister, Mr. Cable said on Monday.', 'Cable'), true);
    assert.equal(at('Business Secretary Vince Cable warned the banks.', 'Vince Cable'), true);
  });

  it('does not trust them in title-case or all-caps headlines, nor for one word opening a sentence', () => {
    assert.equal(at('Cable Warns Banks Over Bonuses', 'Cable'), false);
    assert.equal(at('CABLE WARNS BANKS', 'CABLE'), false);
    assert.equal(at('Stocks fell. Banks and housebuilders led the fallers.', 'Banks'), false);
    assert.equal(at("Ford Offers Its Workers PC's And Internet", 'Ford Offers Its Workers PC'), false);
  });
});

describe('createNameMask', () => {
  it('drops every word of a person\'s name, and the capitalised surname elsewhere', () => {
    const text = 'The business secretary, Vince Cable, spoke. Later Cable said the cable network must grow.';
    const names = [mention(text, 'Vince Cable', 'PERSON', 'PERSON:cable')];
    assert.deepEqual(kept(text, names).filter((w) => w.toLowerCase() === 'cable'), ['cable']);
  });

  it('keeps the words of an organisation\'s name, but not a club\'s in a sports story', () => {
    const text = 'Pilots at Northwest Airlines said the Essendon Bombers flew with them.';
    const names = [mention(text, 'Northwest Airlines', 'ORG'), mention(text, 'Essendon Bombers', 'ORG')];
    assert.deepEqual(kept(text, names), ['Pilots', 'Airlines', 'Bombers']);
    assert.deepEqual(kept(text, names, true), ['Pilots']);
  });

  it('drops the head noun naming a body\'s kind and a participle inside an organisation, not a modifier', () => {
    const text = 'The singer won for The Tortured Poets Department, a scholar at the University of Kent said, '
      + 'as a Republican House candidate met the Liberal Democrats and the Royal College of Nursing.';
    const names = [mention(text, 'Tortured Poets Department', 'ORG'), mention(text, 'University of Kent', 'ORG'),
      mention(text, 'Republican House', 'ORG'), mention(text, 'Liberal Democrats', 'ORG'),
      mention(text, 'Royal College of Nursing', 'ORG')];
    const words = kept(text, names);
    for (const w of ['Tortured', 'University', 'Democrats', 'College']) assert.ok(!words.includes(w), `"${w}" kept: ${JSON.stringify(words)}`);
    for (const w of ['Poets', 'Republican', 'Nursing']) assert.ok(words.includes(w), `"${w}" dropped: ${JSON.stringify(words)}`);
  });

  it('keeps a lexicon name inside a place, not a common word', () => {
    const text = 'Officials in New York City met leaders from the Gaza Strip and Silicon Valley firms.';
    const names = [mention(text, 'New York City', 'PLACE'), mention(text, 'Gaza Strip', 'PLACE'), mention(text, 'Silicon Valley', 'PLACE')];
    const words = kept(text, names);
    assert.ok(!words.includes('City'));
    assert.ok(words.includes('Gaza Strip'));
    assert.ok(words.includes('Silicon Valley'));
  });

  it('keeps the words of a mention only written where capitals mark nothing', () => {
    const text = 'Tax Cut Stirs Doubt on Pledge. the senator defended the plan';
    const names = [mention(text, 'Tax Cut Stirs Doubt', 'PERSON')];
    assert.ok(kept(text, names).includes('Tax Cut'));
  });

  it('reads a capitalised common word in a sports story as a club, where capitals mark names', () => {
    const text = 'The Warriors lost to the Rebels on Sunday. Rebels fans cheered.';
    assert.deepEqual(kept(text, []).filter((w) => w === 'Rebels').length, 4, 'two topics for each of the two');
    // The second "Rebels" opens its sentence: its capital says nothing, so it stays.
    assert.deepEqual(kept(text, [], true), ['Rebels', 'Rebels']);
  });

  it('keeps everything without mentions outside a sports story, but the words of a capitalised run', () => {
    const text = 'Viewers praised cable television, and Cable said so.';
    assert.deepEqual(kept(text, []), matchThemeTerms(text).map((h) => text.slice(h.start, h.end)));
    assert.deepEqual(kept('Mr Cable praised cable television.', []), ['cable television']);
  });
});
