import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Health copy written for these tests (issue 10, boundaries): NHS trusts named after two places, two kinds of patient
// or "of" a place.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('NHS trusts with "and", "of" and possessives in their names', () => {
  it('reads each trust whole', () => {
    const text = 'Ambulances queued outside hospitals run by Dudley and Walsall Hospitals NHS Trust on Monday, while Sheffield'
      + ' Women\'s and Children\'s NHS Foundation Trust cancelled clinics. University Hospitals of Derby NHS Trust said it had'
      + ' opened 30 extra beds.';
    const names = shown(text);
    for (const trust of ['Dudley and Walsall Hospitals NHS Trust', 'Sheffield Women\'s and Children\'s NHS Foundation Trust',
      'University Hospitals of Derby NHS Trust']) assert.ok(names.includes(`ORG:${trust}`), names.join(', '));
  });


  it('never runs one trust into another listed before it', () => {
    const names = shown('Staff at Leeds Teaching Hospitals NHS Trust, and at York and Scarborough Teaching Hospitals NHS Foundation Trust, voted.');
    assert.ok(names.includes('ORG:Leeds Teaching Hospitals NHS Trust'), names.join(', '));
    assert.ok(names.includes('ORG:York and Scarborough Teaching Hospitals NHS Foundation Trust'), names.join(', '));
  });
});
