import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { splitSpans } from '../../../src/core/nlp/spanSplits';
import type { TaggedSpan } from '../../../src/core/nlp/tagger';
import { tokenize } from '../../../src/core/nlp/tokens';

// Written for these tests (issue 10): a tagger span running from a club through a role in lower case to a person.
const cut = (text: string, first: string, last: string, type: TaggedSpan['type']): string[] => {
  const tokens = tokenize(text);
  const span = { first: tokens.findIndex(t => t.text === first), last: tokens.findIndex(t => t.text === last), type };
  return splitSpans(tokens, [span]).map(s => `${s.type}:${tokens.slice(s.first, s.last + 1).map(t => t.text).join(' ')}`);
};

describe('splitSpans', () => {
  it('cuts "Kelmarsh coach Edin Velic", read as one place, into the place and the person after the role', () => {
    assert.deepEqual(cut('Kelmarsh coach Edin Velic defended his approach.', 'Kelmarsh', 'Velic', 'LOC'), ['LOC:Kelmarsh', 'PER:Edin Velic']);
  });

  it('keeps the class of a part after an ordinary lower-case word ("Red Cross from Burmese")', () => {
    assert.deepEqual(cut('The Red Cross from Burmese Aid arrived.', 'Red', 'Aid', 'ORG'), ['ORG:Red Cross', 'ORG:Burmese Aid']);
  });
});

describe('Given names of many languages split names the tagger joined', () => {
  const shownOf = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

  it('part two people joined by "and" and a person "of" a body where the given name is only in the list', () => {
    const names = shownOf('The founders, Pranav Kolhatkar and Divya Menezes-Rao, met at college. Romain Vasseur of Groupama-FDJ was third.');
    for (const n of ['PERSON:Pranav Kolhatkar', 'PERSON:Divya Menezes-Rao', 'PERSON:Romain Vasseur', 'ORG:Groupama-FDJ']) {
      assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    }
  });
});
