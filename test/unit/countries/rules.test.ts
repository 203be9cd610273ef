import assert from 'node:assert/strict';
import { COUNTRY_ALIASES, COUNTRY_PARTS, EXTRA_DEMONYMS, EXTRA_SEATS, PART_DEMONYMS } from '../../../src/core/countries/aliases';
import { NEVER_FORMS, NOT_COUNTRY_WORDS, STOP_PHRASES } from '../../../src/core/countries/blockRules';
import { CONTEXT_RULES } from '../../../src/core/countries/contextRules';
import { getCountry } from '../../../src/core/countries/countryFacts';
import { findCountryMentions } from '../../../src/core/countries/resolver';

const ALL_ALIASES = [...COUNTRY_ALIASES, ...COUNTRY_PARTS, ...EXTRA_DEMONYMS, ...PART_DEMONYMS, ...EXTRA_SEATS];

describe('curated country rules', () => {
  it('give a reason for every rule and name only known countries', () => {
    for (const r of [...ALL_ALIASES, ...STOP_PHRASES, ...NEVER_FORMS, ...NOT_COUNTRY_WORDS, ...CONTEXT_RULES]) {
      assert.ok(r.reason.length > 3, `no reason for ${r.text}`);
    }
    for (const r of ALL_ALIASES) assert.ok(getCountry(r.code), `${r.text}: unknown code ${r.code}`);
  });

  it('match every curated alias on its own, with its code and via', () => {
    for (const r of ALL_ALIASES) {
      const text = `Officials said ${r.text} on Monday.`;
      const hits = findCountryMentions(text);
      const hit = hits.find((h) => text.slice(h.start, h.end) === r.text);
      assert.ok(hit, `${r.text} not found`);
      assert.equal(hit.code, r.code, r.text);
      // a curated form that is the country's usual or official name ("Russia") is found by name
      const country = getCountry(r.code);
      const via = r.via === 'alias' && (country?.name === r.text || country?.officialName === r.text) ? 'name' : r.via;
      assert.equal(hit.via, via, r.text);
      assert.equal(hit.type, r.type ?? 'COUNTRY', r.text);
      assert.equal(hit.reason, via === 'name' ? 'name' : `${r.via}:${r.text}`, r.text);
      assert.equal(hit.place, r.place, r.text);
    }
  });

  it('never produce a hit for a stop phrase, a dropped form or a non-country word', () => {
    for (const r of [...STOP_PHRASES, ...NEVER_FORMS, ...NOT_COUNTRY_WORDS]) {
      const text = `Officials said ${r.text} on Monday.`;
      const at = text.indexOf(r.text);
      const inside = findCountryMentions(text).filter((h) => h.start < at + r.text.length && at < h.end);
      assert.deepEqual(inside.map((h) => text.slice(h.start, h.end)), [], r.text);
    }
  });
});
