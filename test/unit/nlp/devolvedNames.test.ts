import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// News written for these tests (issue 10, boundaries and types): the devolved bodies of Britain, regions named with a
// demonym, and surnames named with their particles but without a given name.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Bodies and regions named with a demonym', () => {
  it('keeps a devolved parliament or government whole rather than a nation and a bare noun', () => {
    const text = 'The bill cleared the Scottish Parliament on Wednesday by a narrow margin, and the Welsh Government said the Senedd would hold a similar vote before the summer.';
    const names = shown(text);
    for (const n of ['ORG:Scottish Parliament', 'ORG:Welsh Government', 'ORG:Senedd']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    assert.ok(!names.includes('ORG:Parliament') && !names.some(n => /:(?:Scottish|Welsh)$/.test(n)), names.join(', '));
  });

  it('reads a region named with a demonym as the region', () => {
    const text = 'Heavy rain is expected across the Scottish Borders overnight, while farmers in the Welsh Marches were told to move livestock to higher ground.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Scottish Borders') && names.includes('PLACE:Welsh Marches'), names.join(', '));
  });

  it('takes a long body\'s whole name where the tagger sees only its head noun', () => {
    const text = 'Warnings went out for the Scottish Borders and the Welsh Marches from the Scottish Environment Protection Agency, and Scottish Labour called for more funding.';
    const names = shown(text);
    assert.ok(names.includes('ORG:Scottish Environment Protection Agency'), names.join(', '));
    assert.ok(!names.includes('ORG:Agency'), names.join(', '));
  });
});

describe('Surnames with particles', () => {
  it('keeps the particles of a surname named on its own', () => {
    const text = 'Ursula von der Leyen arrived in Kyiv on Monday. Later von der Leyen said the new package of aid would be agreed within weeks.';
    const names = shown(text);
    assert.ok(names.filter(n => n === 'PERSON:von der Leyen').length === 1, names.join(', '));
    assert.ok(!names.includes('PERSON:Leyen'), names.join(', '));
    const people = analyze(text).entities.filter(e => e.type === 'PERSON');
    assert.equal(people.length, 1, people.map(e => e.canonical).join(', '));
  });

  it('does not take a lone foreign article for a particle', () => {
    const text = 'The striker joined from Boca Juniors last summer, and coach Alvarez said la Pulga would start on the bench against Sevilla.';
    const names = shown(text);
    assert.ok(!names.some(n => n.startsWith('PERSON:la ')), names.join(', '));
  });
});

describe('Places named in French, Spanish or Italian', () => {
  it('reads a place noun, its particles and the name after them as one place', () => {
    const text = 'The Danish rider attacked on the lower slopes of the Col de la Croix, and by the summit he led the race by more than a minute.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Col de la Croix'), names.join(', '));
    assert.ok(!names.some(n => n.startsWith('PERSON:')), names.join(', '));
  });
});
