import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { thingAcronyms } from '../../../src/core/nlp/acronymThings';
import { isProductName, isStance, modelSpans } from '../../../src/core/nlp/products';

// Articles written for these tests (issue 10, family 6): products, stances and acronyms of things are no entities.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Products, stances and acronyms of things', () => {
  it('shows no browser or operating system as a place or a body, and keeps the company', () => {
    const text = [
      'Microsoft urged users on Tuesday to abandon IE6, which shipped with Windows XP a decade ago.',
      'Mozilla Firefox, its main rival, keeps gaining ground, and Google Chrome is close behind; Safari and Chrome are nearly tied in Europe.',
    ].join('\n\n');
    const found = shown(text);
    for (const product of ['Firefox', 'Chrome', 'Safari', 'Windows XP', 'IE6']) {
      assert.equal(found.some(f => f.endsWith(':' + product)), false, `${product} in ${found.join(', ')}`);
    }
    assert.ok(found.includes('ORG:Microsoft'), found.join(', '));
  });

  it('knows products by name and with their version, and no company by it', () => {
    for (const name of ['PlayStation VR', 'Google Analytics', 'IE9', 'Windows 10', 'iPhone 4S', 'Xbox 360']) assert.ok(isProductName(name), name);
    for (const name of ['Microsoft', 'Sony', 'Google', 'Opera', 'Java', 'Paris']) assert.equal(isProductName(name), false, name);
  });

  it('reads a place after "pro-" or "anti-" as a side, not a mention ("the pro-Beijing camp")', () => {
    const text = 'Candidates of the pro-Beijing camp won 40 seats in Hong Kong, while anti-Japan protests spread in Shanghai.';
    const found = shown(text);
    assert.equal(found.some(f => /Beijing|Japan/.test(f)), false, found.join(', '));
    assert.ok(found.some(f => f.endsWith(':Hong Kong')), found.join(', '));
    assert.ok(found.some(f => f.endsWith(':Shanghai')), found.join(', '));
  });

  it('keeps a body whose name starts with "Anti-" ("Anti-Corruption Commission")', () => {
    const text = 'Kenya\'s Anti-Corruption Commission questioned the former minister on Wednesday.';
    assert.equal(isStance(text, text.indexOf('Anti'), text.indexOf(' questioned')), false);
    assert.ok(shown(text).includes('ORG:Anti-Corruption Commission'), shown(text).join(', '));
  });

  it('finds an acronym spelled out as a thing, in either order, and not a body\'s', () => {
    const text = 'Ants die sooner after ingesting ROS [Reactive Oxygen Species, chemicals such as peroxide]. '
      + 'Levels of reactive nitrogen species (RNS) rose. The World Health Organization (WHO) and the heavily indebted poor countries (HIPC) scheme were cited.';
    const ranges = thingAcronyms(text).map(r => text.slice(r.start, r.end));
    assert.deepEqual(ranges, ['ROS', 'Reactive Oxygen Species', 'reactive nitrogen species', 'RNS']);
  });

  it('drops the acronym of a thing wherever the article writes it, and its expansion', () => {
    const text = [
      'Healthy ants die sooner when ingesting ROS [Reactive Oxygen Species, the group of chemicals that includes hydrogen peroxide].',
      'We measured the ROS in the bodies of the ants, said Nick Bos of the University of Helsinki.',
    ].join('\n\n');
    const found = shown(text);
    assert.equal(found.some(f => /ROS|Species/.test(f)), false, found.join(', '));
    assert.ok(found.includes('PERSON:Nick Bos'), found.join(', '));
  });

  it('reads an acronym written before the noun of a kind of thing as no body, and leaves a body\'s staff alone', () => {
    const text = [
      'Schools that paid the old PLT tax moved to the RVU system in 2012, and arrears from 2009 are still under the PLT system.',
      'Officers lost a laptop holding the CRIMSYS database, while FBI agents and NATO officials met in Brussels.',
    ].join('\n\n');
    const ranges = thingAcronyms(text).map(r => text.slice(r.start, r.end));
    assert.deepEqual(ranges, ['PLT', 'RVU', 'PLT', 'CRIMSYS']);
    const found = shown(text);
    assert.equal(found.some(f => /PLT|RVU|CRIMSYS/.test(f)), false, found.join(', '));
    assert.ok(found.includes('ORG:FBI') && found.includes('ORG:NATO'), found.join(', '));
  });

  it("reads a maker's model, a model's code and a measure as no names (a stolen Audi RS6, 193km/h)", () => {
    const text = [
      'The gang drove a stolen Audi RS6 and a Range Rover Sport to the homes of their victims in Ashvale, Dorian Pell told the court.',
      'Among the items taken were a Patek Philippe Nautilus and several Rolex Daytona and Audemars Piguet models.',
      'Vantor said its new Strider X2 would go on sale next year, Pell added.',
      'The storm brought winds of 120mph (193km/h) to the coast near Lowbridge.',
      'Fans at the Kia Oval cheered as Toyota Motor announced the sponsorship.',
    ].join('\n\n');
    const found = shown(text);
    for (const product of ['Audi RS6', 'Rover Sport', 'Range Rover Sport', 'Philippe Nautilus', 'Patek Philippe Nautilus', 'Strider X2', '193km/h']) {
      assert.equal(found.some(f => f.endsWith(':' + product)), false, `${product} in ${found.join(', ')}`);
    }
    assert.equal(found.some(f => f.includes('Rolex Daytona')), false, found.join(', '));
    assert.ok(found.includes('PERSON:Dorian Pell'), found.join(', '));
    assert.ok(found.includes('ORG:Toyota Motor'), found.join(', '));
    assert.deepEqual(modelSpans(text).map(r => text.slice(r.start, r.end)), ['RS6', 'Sport', 'Nautilus', 'Daytona']);
  });

  it('reads an acronym spelled out in lower case and a maker\'s line of goods as no names ("ANPR", "its Trent engines")', () => {
    const text = [
      'Detectives used automatic number plate recognition (ANPR) cameras to follow the van, and ANPR data placed it in Dunmore.',
      'Harwell Aero raised its forecast, citing demand for its Strand engines, chief executive Mara Velde said.',
      'The International Maritime Organization (IMO) welcomed the move.',
    ].join('\n\n');
    const found = shown(text);
    assert.equal(found.some(f => /ANPR|Strand/.test(f)), false, found.join(', '));
    assert.ok(found.includes('PERSON:Mara Velde') && found.includes('ORG:International Maritime Organization'), found.join(', '));
  });
});
