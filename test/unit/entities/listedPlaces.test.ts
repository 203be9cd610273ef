import assert from 'node:assert/strict';
import type { EntityType } from '../../../src/core/model';
import { tagged } from './tagged';
import { harmoniseTypes } from '../../../src/core/entities/harmonise';

// Articles written for these tests (issue 10, family 8: a place the tagger alone read as a person or a body). The
// tagger's readings are given as they came, so the test pins down what the place lists make of them.
function typesAfter(text: string, names: ReadonlyArray<readonly [string, EntityType]>): string[] {
  const out = harmoniseTypes(text, tagged(text, names), m => text.slice(m.start, m.end));
  return out.map(m => `${text.slice(m.start, m.end)}:${m.type}`);
}

describe('Places the place lists know, where the tagger alone read a person or a body', () => {
  it('reads a town of several words as the place, everywhere the article names it', () => {
    const text = 'Residents of Melton Mowbray were told to move their cars. Melton Mowbray flooded in 2020, said Dana Pelham.';
    assert.deepEqual(typesAfter(text, [['Melton Mowbray', 'ORG'], ['Melton Mowbray', 'PERSON'], ['Dana Pelham', 'PERSON']]),
      ['Melton Mowbray:PLACE', 'Melton Mowbray:PLACE', 'Dana Pelham:PERSON']);
  });

  it('reads a name the article places ("in Builth Wells") as the place where the tagger read a person', () => {
    const text = 'Trains to Llanfair Halt and Builth Wells resume on Monday. Passengers in Builth Wells waited six weeks.';
    assert.deepEqual(typesAfter(text, [['Builth Wells', 'PERSON'], ['Builth Wells', 'PLACE']]), ['Builth Wells:PLACE', 'Builth Wells:PLACE']);
  });

  it('reads a state or county listed beside a place or after a preposition of place as the place', () => {
    const text = 'Mississippi and Alabama have called up their guards. Two rest centres have opened in Shropshire.';
    const ms = tagged(text, [['Mississippi', 'PLACE'], ['Alabama', 'PERSON'], ['Shropshire', 'ORG']]);
    const out = harmoniseTypes(text, ms, m => text.slice(m.start, m.end));
    assert.deepEqual(out.map(m => m.type), ['PLACE', 'PLACE', 'PLACE']);
  });

  it('leaves a person alone: a surname the article gives a person, one said to speak, a given name opening a town', () => {
    const text = 'Senator Corin Bolton spoke first. Bolton said the bill would pass. Later, Charles Town said nothing.';
    assert.deepEqual(typesAfter(text, [['Corin Bolton', 'PERSON'], ['Bolton', 'PERSON'], ['Charles Town', 'PERSON']]),
      ['Corin Bolton:PERSON', 'Bolton:PERSON', 'Charles Town:PERSON']);
    const alone = 'Bolton said the bill would pass, and Bolton would vote for it.';
    assert.deepEqual(typesAfter(alone, [['Bolton', 'PERSON'], ['Bolton', 'ORG']]), ['Bolton:PERSON', 'Bolton:ORG']);
  });

  it('leaves bodies and clubs alone: a head word of a body, a town after "to" in a sports report', () => {
    const text = 'Democrats in Congress blocked the plan.';
    assert.deepEqual(typesAfter(text, [['Congress', 'ORG']]), ['Congress:ORG']);
    // a one-word place read as a body and never placed: a club, a metonymy ("drew 1-1 with Valencia", "Ohio has")
    const roundup = 'Real Madrid drew 1-1 with Valencia on Sunday. Shares in Vodafone rose.';
    assert.deepEqual(typesAfter(roundup, [['Real Madrid', 'ORG'], ['Valencia', 'ORG']]), ['Real Madrid:ORG', 'Valencia:ORG']);
    const sport = 'Stockport beat Grimsby 2-1 on Saturday after a 1-1 draw last week. The striker completed a move to Chelmsford in the second half of the season.';
    assert.deepEqual(typesAfter(sport, [['Stockport', 'ORG'], ['Grimsby', 'ORG'], ['Chelmsford', 'ORG']]).slice(2), ['Chelmsford:ORG']);
  });
});
