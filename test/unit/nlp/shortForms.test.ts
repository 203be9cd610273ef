import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { mixedInitials } from '../../../src/core/nlp/shortForms';

// Articles written for these tests (issue 10, family 8): a body called again by the head noun of its name.
const orgs = (text: string): { text: string; entityId: string }[] =>
  analyze(text).mentions.filter(m => m.type === 'ORG').map(m => ({ text: text.slice(m.start, m.end), entityId: m.entityId }));

describe('An organisation called again by its head noun', () => {
  it('reads "the Church" after "the Church of Scientology" as that organisation, one entity', () => {
    const text = [
      'A former member says the Church of Scientology kept her aboard its ship for twelve years.',
      'She was sent to a retreat, which the Church describes as religious. The Church also denies her account.',
    ].join('\n\n');
    const found = orgs(text);
    assert.deepEqual(found.map(f => f.text), ['Church of Scientology', 'Church', 'Church']);
    assert.equal(new Set(found.map(f => f.entityId)).size, 1);
    const entity = analyze(text).entities.find(e => e.canonical === 'Church of Scientology');
    assert.equal(entity?.acronym, undefined);
  });

  it('adds nothing when two organisations share the head ("Church of Scientology", "Church of England")', () => {
    const text = 'The Church of Scientology and the Church of England both replied. Later the Church said it had no comment.';
    const shortForms = analyze(text).mentions.filter(m => m.reason === 'short-form');
    assert.deepEqual(shortForms, []);
  });

  it('adds nothing for a head the article names no organisation by', () => {
    const text = 'The Army says the general was demoted. Officials at the ministry declined to comment.';
    assert.equal(orgs(text).some(f => f.text === 'Army'), false, orgs(text).map(f => f.text).join(', '));
  });
});

describe('Mixed-case initials of a body', () => {
  it('are spelt from the name, small words in small letters ("DfT", "TfW"), and only where the name has such a word', () => {
    assert.equal(mixedInitials('Department for Transport'), 'DfT');
    assert.equal(mixedInitials('Transport for Wales'), 'TfW');
    assert.equal(mixedInitials('Department of Health and Social Care'), 'DoHaSC');
    assert.equal(mixedInitials('Local Government Association'), undefined);
    assert.equal(mixedInitials('Bank of England'), 'BoE');
  });

  it('join the body where the article writes them alone ("A DfE spokesperson said")', () => {
    const text = 'The Department for Education cut the grant. A DfE spokesperson said schools would cope, and DfE officials agreed.';
    const body = analyze(text).entities.find(e => e.canonical === 'Department for Education');
    assert.deepEqual(body?.mentions.map(m => m.text), ['Department for Education', 'DfE', 'DfE']);
  });
});
