import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Bylines and a football round-up written for these tests (issue 10, families 2 and 4).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('A broadcaster\'s nation in a byline, and clubs named like places', () => {
  it('reads the broadcaster and its nation as one body in a byline', () => {
    const text = 'Rail fares to rise in March\n\nBy Ailsa Munro, BBC Scotland transport correspondent\n\nFares will rise by 3.8%.';
    const names = shown(text);
    assert.ok(names.includes('ORG:BBC Scotland'), names.join(', '));
    assert.ok(!names.includes('PLACE:Scotland'), names.join(', '));
  });

  it('reads a Scottish club named after a saint as the club', () => {
    const names = shown('Motherwell host St Johnstone on Saturday, and Kilmarnock travel to play St Mirren at Paisley.');
    assert.ok(names.includes('ORG:St Johnstone'), names.join(', '));
    assert.ok(names.includes('ORG:St Mirren'), names.join(', '));
  });
});
