import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Local news copy written for these tests (issue 10, boundaries).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Towns of several words joined by "and"', () => {
  it('reads two towns of several words as two places, whatever their words are alone', () => {
    const names = shown('Rail replacement buses will call at Church Stretton and Craven Arms until the line reopens on Monday.');
    assert.ok(names.includes('PLACE:Church Stretton'), names.join(', '));
    assert.ok(names.includes('PLACE:Craven Arms'), names.join(', '));
  });

  it('keeps a firm named by two words joined by "and" whole', () => {
    const names = shown('Shares in Marks and Spencer rose 3% after the retailer raised its forecast.');
    assert.ok(names.includes('ORG:Marks and Spencer'), names.join(', '));
  });

  it('reads a body\'s span ending with the land\'s noun as a place', () => {
    const names = shown('Walkers in the Peak District Dales were warned, and the footpath to Glebe Field stays shut while the Malvern Hills flood.');
    assert.ok(names.includes('PLACE:Glebe Field'), names.join(', '));
    assert.ok(!names.some(n => n.startsWith('ORG:')), names.join(', '));
  });

  it('reads a building named in Indian English as a place', () => {
    const names = shown('The chief minister drove to Raj Bhavan to hand the governor her resignation.');
    assert.ok(names.includes('PLACE:Raj Bhavan'), names.join(', '));
  });

  it('reads a town of the place lists listed right after a place as a place', () => {
    const text = 'Buses will run between Shrewsbury and Ludlow. Maeve Kinsella (44), of Main Street, Arklow, was fined.'
      + ' The M62 is shut between Junction 21 and Junction 24.';
    const names = shown(text);
    assert.ok(names.includes('PLACE:Ludlow'), names.join(', '));
    assert.ok(names.includes('PLACE:Arklow'), names.join(', '));
    assert.ok(!names.some(n => n.includes('Junction')), names.join(', '));
  });
});
