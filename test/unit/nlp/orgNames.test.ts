import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10, family 5): organisations named after people and news outlets' names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Organisations by the noun that ends their name', () => {
  it('reads a name ending in an organisation noun as no person ("Instinct Magazine", "Delphi Corporation")', () => {
    const names = shown('She wrote for Instinct Magazine before joining Delphi Corporation in Detroit, said Mark Jensen.');
    assert.ok(names.includes('ORG:Instinct Magazine'), names.join(', '));
    assert.ok(names.includes('PERSON:Mark Jensen'), names.join(', '));
  });

  it('keeps a news outlet whole ("BBC News", "LA Weekly", "Sky News")', () => {
    const names = shown('BBC News reported the fire first. A review in the LA Weekly praised the show, and Sky News agreed.');
    for (const name of ['ORG:BBC News', 'ORG:LA Weekly', 'ORG:Sky News']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });

  it('leaves a state called a union a place ("the Soviet Union")', () => {
    const names = shown('Estonia left the Soviet Union in 1991.');
    assert.equal(names.some(n => n === 'ORG:Soviet Union'), false, names.join(', '));
  });
});

describe('Bodies the article names by their kind', () => {
  it('reads a name after a body\'s kind as that organisation everywhere ("the regulator Ofwatt ... Ofwatt said")', () => {
    const text = 'Bills will rise after the regulator Ofwatt raised its cap by 6.4%. Ofwatt said the rise was needed. The carmaker Veltrano cut 900 jobs.';
    const names = shown(text);
    assert.deepEqual(names.filter(n => /Ofwatt|Veltrano/.test(n)), ['ORG:Ofwatt', 'ORG:Ofwatt', 'ORG:Veltrano']);
  });

  it('keeps the number that belongs to a broadcaster\'s name out of the product rule ("BBC Radio 4")', () => {
    const names = shown("The minister told BBC Radio 4's Today programme that bills would fall.");
    assert.ok(names.some(n => /^ORG:BBC/.test(n)), names.join(', '));
  });
});
