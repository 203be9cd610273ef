import assert from 'node:assert/strict';
import { allCountries, getCountry } from '../../../src/core/countries/countryFacts';
import { COUNTRY_TABLE } from '../../../src/core/countries/generated/countryTable';

describe('country facts', () => {
  it('gives the hover facts for an alpha-2 code', () => {
    assert.deepEqual(getCountry('JP'), {
      code: 'JP', alpha3: 'JPN', name: 'Japan', officialName: 'Japan', flag: '🇯🇵',
      capital: ['Tokyo'], region: 'Asia', subregion: 'Eastern Asia', wikidata: 'Q17',
    });
    assert.equal(getCountry('IN')?.officialName, 'Republic of India');
    assert.equal(getCountry('GB')?.name, 'United Kingdom');
    assert.deepEqual(getCountry('ZA')?.capital, ['Pretoria', 'Bloemfontein', 'Cape Town']);
  });

  it('answers undefined for unknown or lower-case codes', () => {
    assert.equal(getCountry('ZZ'), undefined);
    assert.equal(getCountry('jp'), undefined);
    assert.equal(getCountry(''), undefined);
  });

  it('lists every country once, sorted by code', () => {
    const all = allCountries();
    assert.ok(all.length >= 245, `only ${all.length}`);
    const codes = all.map((c) => c.code);
    assert.deepEqual(codes, [...codes].sort());
    assert.equal(new Set(codes).size, codes.length);
    for (const c of all) assert.match(c.code, /^[A-Z]{2}$/);
  });
});

describe('the generated country table', () => {
  it('keeps only Latin-script alternative names and no short all-caps codes', () => {
    for (const row of COUNTRY_TABLE) {
      for (const alt of row.alt) {
        assert.doesNotMatch(alt, /^[A-Z]{2,3}$/, `${row.a2}: ${alt}`);
        assert.doesNotMatch(alt, /[\u0370-\u1fff\u3000-\uffff]/u, `${row.a2}: ${alt}`);
        assert.ok(!alt.includes(','), `${row.a2}: ${alt}`);
      }
    }
    const nl = COUNTRY_TABLE.find((r) => r.a2 === 'NL');
    assert.ok(nl?.alt.includes('Holland'));
    assert.equal(nl?.name, 'Netherlands');
  });

  it('splits compound demonyms into single ones', () => {
    assert.deepEqual(COUNTRY_TABLE.find((r) => r.a2 === 'BA')?.demonyms, ['Bosnian', 'Herzegovinian']);
    assert.deepEqual(COUNTRY_TABLE.find((r) => r.a2 === 'JP')?.demonyms, ['Japanese']);
  });
});
