import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { articleDigest } from '../../../src/core/outputs/digest';

const seed = fs.readFileSync(path.join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt'), 'utf8');

describe('articleDigest', function () {
  this.timeout(20000);

  it('lists entities, countries and themes under keys that compare across articles, with counts and first offsets', () => {
    const a = analyze(seed);
    const items = articleDigest(a);
    const byKey = new Map(items.map(i => [i.key, i]));
    assert.equal(items.length, byKey.size, 'keys are unique');
    const jaishankar = byKey.get('PERSON:s jaishankar');
    assert.equal(jaishankar?.count, 4);
    assert.equal(seed.slice(jaishankar.firstOffset, jaishankar.firstOffset + 12), 'S Jaishankar');
    const japan = byKey.get('COUNTRY:JP');
    assert.equal(japan?.label, '🇯🇵 Japan');
    assert.equal(japan?.count, a.countries.find(c => c.code === 'JP')?.mentions.length);
    assert.equal(byKey.get('THEME:19')?.label, 'International Affairs');
    assert.ok(!items.some(i => i.key.startsWith('COUNTRY:') && i.kind !== 'COUNTRY'));
    // the same entity in another article gets the same key
    const other = articleDigest(analyze('Jaishankar met S Jaishankar supporters in Japan.\n\nS Jaishankar spoke.'));
    assert.ok(other.some(i => i.key === 'PERSON:s jaishankar'));
  });

  it('is empty for an empty text', () => {
    assert.deepEqual(articleDigest(analyze('')), []);
  });
});
