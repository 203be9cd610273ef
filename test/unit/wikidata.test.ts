import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { allCountries, getCountry } from '../../src/core/countries/countryFacts';
import { toJsonlRecord } from '../../src/core/outputs/export';
import { KNOWN_ORGS } from '../../src/core/nlp/knownOrgs';
import { ORG_WIKIDATA, orgWikidata } from '../../src/core/nlp/orgWikidata';

describe('Wikidata ids', function () {
  this.timeout(20000);

  it('every country of the table carries the id of the project\'s Wikidata file, joined on its alpha-2 code', () => {
    const csv = fs.readFileSync(path.join(__dirname, '../../data/country-wikidata.csv'), 'utf8').trim().split('\n').slice(1);
    const fromFile = new Map(csv.map(line => {
      const [a2, , qid] = line.split(',');
      return [a2, qid];
    }));
    for (const c of allCountries()) assert.equal(c.wikidata, fromFile.get(c.code), c.code);
    assert.equal(getCountry('JP')?.wikidata, 'Q17');
    assert.equal(getCountry('IN')?.wikidata, 'Q668');
    assert.equal(getCountry('XK')?.wikidata, 'Q1246');
  });

  it('links an organisation by its full name and by every form knownOrgs lists for it, nothing else', () => {
    assert.equal(orgWikidata('United Nations'), 'Q1065');
    assert.equal(orgWikidata('U.N.'), 'Q1065');
    assert.equal(orgWikidata('NATO'), 'Q7184');
    assert.equal(orgWikidata('EU'), 'Q458');
    assert.equal(orgWikidata('IAEA'), 'Q41984');
    assert.equal(orgWikidata('Quad'), undefined);
    assert.equal(orgWikidata('un'), undefined);
    assert.equal(orgWikidata('toString'), undefined);
  });

  it('keys every organisation id by a name knownOrgs lists, so none is dead data', () => {
    const names = new Set(KNOWN_ORGS.flatMap(o => (o.name ? [o.name] : o.forms)));
    for (const name of Object.keys(ORG_WIKIDATA)) assert.ok(names.has(name), `${name} is not a known organisation's canonical name`);
    for (const id of Object.values(ORG_WIKIDATA)) assert.match(id, /^Q[1-9]\d*$/);
  });

  it('puts the id on country and known-organisation entities and on their JSONL mentions, not on others', () => {
    const text = 'Japanese officials met NATO and European Union envoys in Tokyo with Fumio Kishida.';
    const a = analyze(text);
    const byText = new Map(toJsonlRecord('w', a).entities.map(m => [m.text, m]));
    assert.equal(byText.get('Japanese')?.wikidata, 'Q17');
    assert.equal(byText.get('NATO')?.wikidata, 'Q7184');
    assert.equal(byText.get('European Union')?.wikidata, 'Q458');
    assert.ok(byText.get('Tokyo'), 'Tokyo is a mention');
    assert.equal(byText.get('Tokyo')?.wikidata, undefined, 'a capital is not its country');
    assert.equal(byText.get('Fumio Kishida')?.wikidata, undefined);
    assert.equal(a.countries.find(c => c.code === 'JP')?.wikidata, 'Q17');
    for (const m of toJsonlRecord('w', a).entities) assert.equal(text.slice(m.start, m.end), m.text);
  });
});
