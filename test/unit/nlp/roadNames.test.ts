import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Travel news written for these tests (issue 10): roads named by their numbers.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Roads named by their numbers', () => {
  it('are places in a sentence about roads ("the M73 was closed between junctions 4 and 5")', () => {
    const names = shown('The M73 was closed between junctions 4 and 5 after a crash, and drivers on the A919 near Carrowby faced delays.');
    assert.ok(names.includes('PLACE:M73'), names.join(', '));
    assert.ok(names.includes('PLACE:A919'), names.join(', '));
  });

  it('take the word that names them with the number ("Highway 43", "Route 12", "I-84")', () => {
    const names = shown('Crews reopened Highway 43 on Monday, but Route 12 and I-84 stayed shut.');
    for (const n of ['PLACE:Highway 43', 'PLACE:Route 12', 'PLACE:I-84']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });

  it('leave a model\'s or a vitamin\'s code alone where nothing speaks of roads', () => {
    const names = shown('The airline will retire its last A340 next year. Doctors said B12 injections helped.');
    assert.ok(!names.some(n => /A340|B12/.test(n)), names.join(', '));
  });
});

describe('A road\'s number before its own name', () => {
  it('gives two places, the number and the name ("the A57 Snake Pass", "the B4391 Bala Road")', () => {
    const names = shown('Snow closed the A57 Snake Pass overnight, and the B4391 Bala Road was shut to drivers.');
    for (const n of ['PLACE:A57', 'PLACE:Snake Pass', 'PLACE:B4391', 'PLACE:Bala Road']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    assert.ok(!names.some(n => /A57 Snake|B4391 Bala/.test(n)), names.join(', '));
  });

  it('leaves a code before a name that is no road\'s alone ("the A380 Airbus")', () => {
    const names = shown('The airline grounded the A380 Airbus after the crash near the runway.');
    assert.ok(!names.includes('PLACE:Airbus'), names.join(', '));
  });
});
