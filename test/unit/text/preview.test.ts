import assert from 'node:assert/strict';
import { preview } from '../../../src/core/text/preview';

const spanOf = (text: string, s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('text/preview', () => {
  it('gives the whole line of a short line, white space collapsed', () => {
    const text = 'Headline\nIndia and  Japan\tmet.\nNext line';
    assert.equal(preview(text, spanOf(text, 'Japan')), 'India and Japan met.');
  });

  it('cuts a long line around the span and marks the cuts', () => {
    const text = `${'a '.repeat(60)}Motegi${' b'.repeat(60)}`;
    const p = preview(text, spanOf(text, 'Motegi'), 40);
    assert.ok(p.startsWith('…') && p.endsWith('…'), p);
    assert.ok(p.includes('Motegi'), p);
    assert.ok(p.length <= 42, p);
  });

  it('marks only the end that was cut', () => {
    const text = `Motegi${' b'.repeat(60)}`;
    const p = preview(text, spanOf(text, 'Motegi'), 20);
    assert.ok(p.startsWith('Motegi') && p.endsWith('…'), p);
  });
});
