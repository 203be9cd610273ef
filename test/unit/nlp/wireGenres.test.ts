import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isTableSectionHeader } from '../../../src/core/nlp/tableSections';
import { tokenize } from '../../../src/core/nlp/tokens';
import { WIRE_GENRES } from './wireGenres';

const asGold = (type: string): string => (type === 'PLACE' || type === 'COUNTRY' ? 'LOC' : type);

describe('Wire pages filed a line to a line: results, tables, scoreboards and markets (annotated fixtures)', () => {
  for (const fixture of WIRE_GENRES) {
    describe(fixture.genre, () => {
      const analysis = analyze(fixture.text);
      const shown = analysis.mentions.map(m => ({ text: fixture.text.slice(m.start, m.end), type: asGold(m.type) }));

      it('finds the names that matter with their type', () => {
        const wanted = fixture.gold.filter(([name]) => fixture.found.includes(name));
        assert.equal(wanted.length, fixture.found.length, 'every required name is in the gold list');
        const missing = wanted.filter(([name, type]) => !shown.some(m => m.text === name && m.type === type));
        assert.deepEqual(missing, [], `shown: ${shown.map(m => `${m.type}:${m.text}`).join(', ')}`);
      });

      it('highlights no number, label, column header or date', () => {
        const junk = shown.filter(m => fixture.notEntities.includes(m.text) || /^\p{N}/u.test(m.text) || /\s\p{N}/u.test(m.text));
        assert.deepEqual(junk, []);
      });
    });
  }
});

describe('Lines of a table inside one paragraph', () => {
  it('are sentences of their own, so a results line is read as one', () => {
    const text = 'Results on Saturday:\nArsenal 2 Leicester 0\nCoventry 1 Newcastle 3';
    const tokens = tokenize(text);
    const sentenceOf = (word: string): number => tokens.find(t => t.text === word)!.sentence;
    assert.notEqual(sentenceOf('Leicester'), sentenceOf('Coventry'));
    assert.equal(sentenceOf('Arsenal'), sentenceOf('Leicester'));
  });
});

describe('One type per name across a sports page', () => {
  it('reads a club of a results line as the club in the report below it, not after "in"', () => {
    const text = [
      'Results of English league matches on Saturday:',
      'Sunderland 3 Middlesbrough 1',
      'Sunderland striker Kevin Phillips scored twice against Middlesbrough.',
      'Fans in Middlesbrough were not pleased.',
    ].join('\n');
    const analysis = analyze(text);
    const typesOf = (name: string): string[] => analysis.mentions.filter(m => text.slice(m.start, m.end) === name).map(m => m.type);
    assert.deepEqual(typesOf('Sunderland'), ['ORG', 'ORG']);
    assert.deepEqual(typesOf('Middlesbrough').slice(0, 2), ['ORG', 'ORG']);
  });
});

describe('Companies in business copy', () => {
  const typeOf = (text: string, name: string): string | undefined => {
    const m = analyze(text).mentions.find(x => text.slice(x.start, x.end) === name);
    return m?.type;
  };

  it('parts a company from its chief named right after it ("chief executive of Hollandia Kees Vermeer said")', () => {
    const text = 'The chief executive of Hollandia Kees Vermeer said margins would improve.';
    assert.equal(typeOf(text, 'Hollandia'), 'ORG');
    assert.equal(typeOf(text, 'Kees Vermeer'), 'PERSON');
  });

  it('keeps a demonym with a company noun as one company, but not with a ministry', () => {
    const text = 'Swiss Airlines gained 5 percent. Officials at the Iraqi Oil Ministry declined to comment.';
    assert.equal(typeOf(text, 'Swiss Airlines'), 'ORG');
    assert.equal(typeOf(text, 'Oil Ministry'), 'ORG');
  });

  it('reads a firm named with an ampersand as one organisation ("Harland & Wolff"), and a flat share as a company', () => {
    const text = 'Shipbuilder Harland & Wolff said orders were strong. Tellmark was unchanged at 340 pence.';
    assert.equal(typeOf(text, 'Harland & Wolff'), 'ORG');
    assert.equal(typeOf(text, 'Tellmark'), 'ORG');
  });

  it('knows legislatures and central banks by their own names ("the Knesset", "the Riksbank")', () => {
    const text = 'The Riksbank left rates on hold as the Knesset debated the budget.';
    assert.equal(typeOf(text, 'Riksbank'), 'ORG');
    assert.equal(typeOf(text, 'Knesset'), 'ORG');
  });

  it('reads a name whose share price moves as a company ("Corvell fell 14 pence")', () => {
    const text = 'In London, Corvell fell 14 pence to 402p while Tamsin Ward watched.';
    assert.equal(typeOf(text, 'Corvell'), 'ORG');
    assert.equal(analyze(text).mentions.some(m => /^\d/.test(text.slice(m.start, m.end))), false);
  });
});

describe('A line in capitals above a table', () => {
  it('is a section of the table, not a name ("WESTERN CONFERENCE" above "PACIFIC DIVISION" and its rows)', () => {
    const tokens = tokenize('WESTERN CONFERENCE\nPACIFIC DIVISION\nSEATTLE 30 8 .789 -\nPORTLAND 20 19 .513 10 1/2');
    const western = tokens.findIndex(t => t.text === 'WESTERN');
    assert.equal(isTableSectionHeader(tokens, western, western + 1), true);
    const prose = tokenize('THE PRESIDENT\nHe spoke at length.');
    assert.equal(isTableSectionHeader(prose, 0, 1), false);
  });
});

describe('Clubs in sports copy', () => {
  const typesOf = (text: string, name: string): string[] =>
    analyze(text).mentions.filter(m => text.slice(m.start, m.end) === name).map(m => m.type);

  it('finds a club named by a club word and a place ("Sporting Lisbon", "Dynamo Tbilisi")', () => {
    const text = 'Sporting Lisbon beat Dynamo Tbilisi 3-1 in the Cup Winners Cup on Wednesday.';
    assert.deepEqual(typesOf(text, 'Sporting Lisbon'), ['ORG']);
    assert.deepEqual(typesOf(text, 'Dynamo Tbilisi'), ['ORG']);
  });

  it('reads a town that plays once in a sports report as the club where it plays, not after "in"', () => {
    const text = [
      'SOCCER - GENOA HOLD SAMPDORIA',
      'Genoa drew 1-1 with Sampdoria on Sunday in the league.',
      'The coach said Genoa had deserved more. Supporters in Genoa were unhappy with the referee.',
    ].join('\n');
    const analysis = analyze(text);
    const genoa = analysis.mentions.filter(m => text.slice(m.start, m.end) === 'Genoa');
    assert.deepEqual(genoa.map(m => m.type), ['ORG', 'ORG', 'PLACE']);
  });
});

describe('Headlines and section lines of a sports page', () => {
  const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

  it('makes no organisation of a headline in capitals that ends in an organisation noun ("SWEDEN TOP GROUP")', () => {
    const text = 'SOCCER - SWEDEN TOP GROUP AFTER DRAW\nSweden drew 0-0 with Austria on Wednesday.';
    assert.equal(shown(text).some(m => m.includes('GROUP')), false, shown(text).join(', '));
  });

  it('keeps a team named like a capital a team in a results line ("Denver 3 WASHINGTON 2")', () => {
    const text = 'Results on Sunday:\nDenver 3 WASHINGTON 2\nBoston 1 Miami 4';
    assert.ok(shown(text).includes('ORG:WASHINGTON'), shown(text).join(', '));
  });

  it('reads the title of a group above its results as no name ("Group Five")', () => {
    const text = 'Results of World Cup qualifiers on Saturday:\nGroup Five\nBulgaria 2 Luxembourg 0\nIsrael 1 Cyprus 1';
    assert.equal(shown(text).some(m => m.endsWith(':Group') || m.includes('Group Five')), false, shown(text).join(', '));
  });
});

describe('The body before a role in lower case', () => {
  const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

  it('is an organisation ("Everton striker Duncan Ferguson", "Fiat chairman Gianni Agnelli"), a country stays a country', () => {
    const text = 'Everton striker Duncan Ferguson was banned. Fiat chairman Gianni Agnelli agreed. Scotland captain Gary McAllister did not.';
    const got = shown(text);
    for (const m of ['ORG:Everton', 'PERSON:Duncan Ferguson', 'ORG:Fiat', 'PERSON:Gianni Agnelli', 'PERSON:Gary McAllister']) assert.ok(got.includes(m), got.join(', '));
    assert.equal(got.includes('ORG:Scotland'), false, got.join(', '));
  });

  it('is no organisation when it is a creed or a person whose aide speaks ("Maoist leader", "Abbas aide")', () => {
    const got = shown('Maoist leader Prachanda spoke. Abbas aide Nabil Amr said talks would resume.');
    assert.equal(got.some(m => m === 'ORG:Maoist' || m === 'ORG:Abbas'), false, got.join(', '));
  });

  it('is the club again where a sports report names it alone ("Everton have won four in a row")', () => {
    const text = 'Everton striker Duncan Ferguson scored twice in the league match.\nEverton have won four matches in a row this season.';
    assert.deepEqual(analyze(text).mentions.filter(m => text.slice(m.start, m.end) === 'Everton').map(m => m.type), ['ORG', 'ORG']);
  });
});

describe('More of a sports page', () => {
  const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

  it('reads a player with a score in brackets as a person ("Kenya 302 (Steve Tikolo 96)")', () => {
    const got = shown('Scores on the first day:\nKenya 302 (Steve Tikolo 96, Maurice Odumbe 55) v Bermuda');
    for (const m of ['PERSON:Steve Tikolo', 'PERSON:Maurice Odumbe']) assert.ok(got.includes(m), got.join(', '));
  });

  it('reads a club\'s nickname in a sports headline as the club ("MARINERS DOWN ROYALS")', () => {
    const text = 'BASEBALL - MARINERS DOWN ROYALS\nThe Seattle Mariners beat the Kansas City Royals 6-2 in the league on Monday.';
    const got = shown(text);
    for (const m of ['ORG:MARINERS', 'ORG:ROYALS']) assert.ok(got.includes(m), got.join(', '));
  });
});
