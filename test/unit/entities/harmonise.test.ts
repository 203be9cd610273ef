import assert from 'node:assert/strict';
import type { PlacedMention } from '../../../src/core/model';
import { tagged } from './tagged';
import { harmoniseTypes } from '../../../src/core/entities/harmonise';

// Articles written for these tests (issue 10, family 8: one name, one type). The tagger's readings are given as
// they came, so the test pins down what the article-level rule makes of them, whatever the model reads.
const typesOf = (text: string, ms: readonly PlacedMention[], name: string): string[] =>
  ms.filter(m => text.slice(m.start, m.end) === name).map(m => m.type);

describe('One type per name: the words of a person named in full', () => {
  it('keeps a surname the person\'s in every mention, even where the tagger read it as a place more often', () => {
    const text = 'Former aide Joan Kettering left in 2004. Kettering wrote a memoir. Kettering said she was followed. '
      + 'Kettering asserted the calls were recorded. Kettering is now in Ohio. Kettering declined to comment.';
    const raw = tagged(text, [['Joan Kettering', 'PERSON'], ['Kettering', 'PLACE'], ['Kettering', 'PERSON'], ['Kettering', 'PLACE'],
      ['Kettering', 'PLACE'], ['Ohio', 'PLACE'], ['Kettering', 'PERSON']]);
    const out = harmoniseTypes(text, raw, m => text.slice(m.start, m.end));
    assert.deepEqual(typesOf(text, out, 'Kettering'), ['PERSON', 'PERSON', 'PERSON', 'PERSON', 'PERSON']);
    assert.deepEqual(typesOf(text, out, 'Ohio'), ['PLACE']);
  });

  it('reads a known given name alone as the person named in full, save after a preposition of place', () => {
    const text = 'Magazines covered Delphine Aubry all year. Coverage of Delphine grew, and Delphine sold out. Fans flew to Delphine, Texas.';
    const raw = tagged(text, [['Delphine Aubry', 'PERSON'], ['Delphine', 'PLACE'], ['Delphine', 'PLACE'], ['Delphine', 'PLACE'], ['Texas', 'PLACE']]);
    const out = harmoniseTypes(text, raw, m => text.slice(m.start, m.end));
    assert.deepEqual(typesOf(text, out, 'Delphine'), ['PERSON', 'PERSON', 'PLACE']);
  });

  it('takes no unknown first word of a misread name for a given name ("Tarnak Air Base" read as a person)', () => {
    const text = 'Troops left Tarnak last week. The Tarnak Air Base will close in June.';
    const raw = tagged(text, [['Tarnak', 'PLACE'], ['Tarnak Air Base', 'PERSON']]);
    const out = harmoniseTypes(text, raw, m => text.slice(m.start, m.end));
    assert.deepEqual(typesOf(text, out, 'Tarnak'), ['PLACE']);
  });
});

describe('One type per name: a surname a table line gives a person', () => {
  it('reads the full name the tagger took for a body as the player a scoreboard names by the surname', () => {
    const text = 'Harwell edged the ball to Devansh Korrapati at slip.\nScorecard:\nT Harwell c Korrapati b Ellory 12';
    const raw: PlacedMention[] = [
      ...tagged(text, [['Harwell', 'PERSON'], ['Devansh Korrapati', 'ORG']]),
      ...['T Harwell', 'Korrapati', 'Ellory'].map(name => {
        const start = text.indexOf(name, text.indexOf('Scorecard'));
        return { start, end: start + name.length, type: 'PERSON' as const, source: 'known' as const, reason: 'table:scoreboard', paragraph: 0 };
      }),
    ].sort((a, b) => a.start - b.start);
    const out = harmoniseTypes(text, raw, m => text.slice(m.start, m.end));
    assert.deepEqual(typesOf(text, out, 'Devansh Korrapati'), ['PERSON']);
  });
});

describe('One type per name: names listed together', () => {
  it('reads a town the tagger took for a person, listed with towns, as a town; not a body listed with a country', () => {
    const text = 'Kessingford, Lydford, Horrabridge and Tavistock have all seen barriers. Russia and Gazprom signed the deal.';
    const raw = tagged(text, [['Kessingford', 'PERSON'], ['Lydford', 'PLACE'], ['Horrabridge', 'PLACE'], ['Tavistock', 'PLACE'],
      ['Russia', 'PLACE'], ['Gazprom', 'ORG']]);
    const out = harmoniseTypes(text, raw, m => text.slice(m.start, m.end));
    assert.deepEqual(typesOf(text, out, 'Kessingford'), ['PLACE']);
    assert.deepEqual(typesOf(text, out, 'Gazprom'), ['ORG']);
  });
});
