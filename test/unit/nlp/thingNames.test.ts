import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isThingName } from '../../../src/core/nlp/thingNames';

// Articles written for these tests: events, prizes, faiths and the acronyms of things are no entities (issue 10).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Names of things that are no person, organisation or place', () => {
  it('knows events, prizes, faiths and acronyms of things by their form', () => {
    for (const s of ['National Poetry Month', 'Nobel Peace Prize', 'Davis Cup', 'Paralympics', 'Hajj', 'Islam', 'IQ', 'DNA', 'Robot Olympics', 'Commonwealth Games']) {
      assert.equal(isThingName(s), true, s);
    }
    for (const s of ['World Food Programme', 'United Nations', 'Derby', 'Games Workshop', 'Fair Trade Foundation', 'Kenya']) {
      assert.equal(isThingName(s), false, s);
    }
  });

  it('shows no event, prize or faith in a sports and culture story, and keeps the people and places', () => {
    const text = [
      'Maya Okonkwo won gold at the Paralympics in Paris, a year after taking the Davis Cup with her doubles partner.',
      'The Nobel Peace Prize laureate Denis Mukwege spoke at the Edinburgh Festival about Islam and Christianity in Congo.',
      'Pilgrims travelled to Mecca for the Hajj, Saudi officials said. Her IQ test and the DNA samples were published by Euronews.',
    ].join('\n\n');
    const names = shown(text);
    for (const junk of ['Paralympics', 'Davis Cup', 'Nobel Peace Prize', 'Edinburgh Festival', 'Islam', 'Christianity', 'Hajj', 'IQ', 'DNA']) {
      assert.equal(names.some(n => n.endsWith(':' + junk)), false, `${junk} in ${names.join(', ')}`);
    }
    for (const name of ['PERSON:Maya Okonkwo', 'PERSON:Denis Mukwege', 'PLACE:Mecca', 'ORG:Euronews']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });

  it('reads "Environment Canada" as one agency, not the country', () => {
    const text = 'Environment Canada issued a snowfall warning for Ottawa on Monday.';
    assert.deepEqual(shown(text).filter(n => /Canada/.test(n)), ['ORG:Environment Canada']);
  });
});
