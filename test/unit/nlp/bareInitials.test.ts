import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Sports pages written for these tests (issue 10, tables and lists): players named by an initial without a period.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('People named by a bare initial and a surname', () => {
  it('are people in a list of scorers and officials ("T Okafor and S Gill")', () => {
    const names = shown('Lund, T Okafor and S Gill scored for the visitors, while R Illingworth and M Gough stood as umpires.');
    for (const n of ['PERSON:T Okafor', 'PERSON:S Gill', 'PERSON:R Illingworth', 'PERSON:M Gough']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    assert.ok(!names.some(n => n.includes(' and ')), names.join(', '));
  });

  it('are people before their scores, common-word surnames included ("J Root 12")', () => {
    const names = shown('England: D Malan 45, J Root 12, B Stokes c Smith b Jones 8.');
    for (const n of ['PERSON:D Malan', 'PERSON:J Root', 'PERSON:B Stokes']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    assert.ok(!names.includes('PERSON:England'), names.join(', '));
  });

  it('leave letters that belong to other words ("Group B", "K Street", "O Lord", "L Magazine")', () => {
    const names = shown('They play in Group B Saturday. Lobbyists on K Street, the hub, waited. "Hear us, O Lord!" he sang. He wrote for papers, radio, L Magazine.');
    assert.ok(!names.some(n => /^PERSON:(?:B |K Street|O Lord|L Magazine)/.test(n)), names.join(', '));
  });
});
