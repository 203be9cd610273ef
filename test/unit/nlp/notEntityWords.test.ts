import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sentences written for these tests (issue 10): words written like names that name no person, body or place.
const shown = (text: string): string[] => analyze(text).entities.map(e => `${e.type}:${e.canonical}`);

describe('Words written like names that are none', () => {
  it('show no vaccine or virus by its initials ("the MMR vaccine", "RSV")', () => {
    const text = 'Uptake of the MMR vaccine in Carrowby fell again, and nurses at the Dunmere clinic said RSV cases had doubled since October.';
    assert.ok(!shown(text).some(n => /MMR|RSV/.test(n)), shown(text).join(', '));
  });

  it('show no branch of a faith ("the Orthodox Jewish health group Kesher")', () => {
    const text = 'Volunteers from the Orthodox Jewish health group Kesher have also held clinics in Carrowby.';
    assert.ok(!shown(text).some(n => /Orthodox/.test(n)), shown(text).join(', '));
  });

  it('show no funding round ("a Series D round", "(Series B)") and no letter alone', () => {
    const text = 'Tillgate, a Pune-based start-up, has raised $90 million in a Series D round led by Marlow Capital.\n\n- Round size: $90m (Series D)\n- Lead: Marlow Capital';
    assert.ok(!shown(text).some(n => /Series|:D$/.test(n)), shown(text).join(', '));
  });
});

describe('Westminster\'s houses by their names', () => {
  it('show the Commons and the Lords as legislatures ("the bill returns to the Commons")', () => {
    const text = 'The Tillgate bill returns to the Commons next week, and faces a hard passage through the House of Lords in June.';
    const names = shown(text);
    assert.ok(names.includes('ORG:House of Commons') && names.includes('ORG:House of Lords'), names.join(', '));
  });
});
