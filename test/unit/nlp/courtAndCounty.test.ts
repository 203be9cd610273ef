import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Irish court, sport and music copy written for these tests (issue 10, families 7 and 10).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Counsel\'s letters, Irish counties and a player\'s part', () => {
  it('leaves a senior counsel\'s letters out of the name, whatever class the tagger read', () => {
    const text = 'For the State, Aoife Brennan SC said the loss ran to €1.2m; Declan Furey SC, for the accused, asked for leniency.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Aoife Brennan'), names.join(', '));
    assert.ok(names.includes('PERSON:Declan Furey'), names.join(', '));
  });

  it('reads "Co" and an Irish county as the county, not a company', () => {
    const text = 'The man, of Bray, Co Wicklow, was arrested in Co. Kerry and will appear in court in County Tyrone.';
    const names = shown(text);
    for (const county of ['Co Wicklow', 'Co. Kerry', 'County Tyrone']) assert.ok(names.includes(`PLACE:${county}`), names.join(', '));
    assert.ok(!names.some(n => n.startsWith('ORG:')), names.join(', '));
  });

  it('leaves "Co" after an ampersand to the firm', () => {
    const names = shown('Shares in Hennessy & Co Cork rose 4% after the results.');
    assert.ok(!names.includes('PLACE:Co Cork'), names.join(', '));
  });

  it('leaves a substitute\'s and a frontwoman\'s part out of the name', () => {
    const text = 'Substitute Kieran Molloy scored with his first touch.\nFrontwoman Cerys Lloyd thanked the crowd in Welsh.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Kieran Molloy'), names.join(', '));
    assert.ok(names.includes('PERSON:Cerys Lloyd'), names.join(', '));
  });

  it('leaves a film crew\'s part and a trading desk\'s market out of the names', () => {
    const text = 'Cinematographer Priya Raman shot the film in eleven days. "Rates will fall," said Ken Ito, senior FX strategist at Daiwa.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Priya Raman'), names.join(', '));
    assert.ok(!names.some(n => n.endsWith(':FX')), names.join(', '));
  });
});
