import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { getCountry } from '../../../src/core/countries/countryFacts';
import { articleDigest } from '../../../src/core/outputs/digest';

describe('the countries of an article (analysis.countries, built by buildCountries)', function () {
  this.timeout(20000);

  it('counts a country named only inside an organisation or by its capital, with those mentions, and without an entity', () => {
    const text = 'The Bank of Japan and the Reserve Bank of India met officials in France on Monday. Washington said the Bank of Japan would act.';
    const a = analyze(text);
    const byCode = new Map(a.countries.map(c => [c.code, c]));
    assert.deepEqual([...byCode.keys()].sort(), ['FR', 'IN', 'JP', 'US']);
    assert.deepEqual(byCode.get('JP')?.mentions.map(m => text.slice(m.start, m.end)), ['Bank of Japan', 'Bank of Japan']);
    assert.deepEqual(byCode.get('IN')?.mentions.map(m => text.slice(m.start, m.end)), ['Reserve Bank of India']);
    assert.deepEqual(byCode.get('US')?.mentions.map(m => text.slice(m.start, m.end)), ['Washington']);
    assert.equal(byCode.get('JP')?.entityId, '', 'no COUNTRY entity: Japan is named only inside the bank\'s name');
    const france = a.entities.find(e => e.type === 'COUNTRY');
    assert.equal(byCode.get('FR')?.entityId, france?.id);
    assert.equal(a.entities.filter(e => e.type === 'COUNTRY').length, 1, 'one country entity, four countries');
    assert.equal(a.countries[0].code, 'JP', 'most mentions first');
  });

  it('gives each country its facts, then its entity and mentions, in that order of fields, as a spread of the facts would', () => {
    const text = 'Officials in France, Japan and Kenya spoke to Tokyo. The Bank of Japan met in Nairobi.';
    const a = analyze(text);
    assert.ok(a.countries.length >= 3, a.countries.map(c => c.code).join(','));
    for (const c of a.countries) {
      assert.equal(JSON.stringify(c), JSON.stringify({ ...getCountry(c.code), entityId: c.entityId, mentions: c.mentions }), c.code);
    }
  });

  it('is the list every reader counts: the digest has one COUNTRY item per country', () => {
    const text = 'The Reserve Bank of India and officials in France spoke.';
    const a = analyze(text);
    const digestCodes = articleDigest(a).filter(i => i.kind === 'COUNTRY').map(i => i.key.slice('COUNTRY:'.length));
    assert.deepEqual(digestCodes, a.countries.map(c => c.code));
    assert.deepEqual(digestCodes.sort(), ['FR', 'IN']);
  });
});
