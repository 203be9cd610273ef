import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Results tables written for these tests (issue 10, family 3): the codes in capitals beside the names.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Codes in capitals in a results table', () => {
  const text = [
    'Women\'s 10,000m final',
    'Pos | Athlete | Nat | Time',
    '1 | Winnie Chepkoech | KEN | 29:41.07 WL',
    '2 | Almaz Ayele Bekele | ETH | 29:44.90 PB',
    '3 | Femke de Waard | NED | 30:02.11 NR',
    '4 | Lea Brunner | SUI | 30:15.60',
    'Start 19:40 IST | Source: WXTA',
  ].join('\n');

  it('reads a country\'s code, a record\'s mark and a time zone as no person', () => {
    const names = shown(text);
    for (const code of ['KEN', 'ETH', 'NED', 'SUI', 'WL', 'PB', 'NR', 'IST']) {
      assert.ok(!names.includes(`PERSON:${code}`), `${code} in ${names.join(', ')}`);
    }
    for (const athlete of ['Winnie Chepkoech', 'Almaz Ayele Bekele', 'Lea Brunner']) assert.ok(names.includes(`PERSON:${athlete}`), names.join(', '));
  });

  it('reads another code in capitals as a body, not a person', () => {
    const names = shown(text);
    assert.ok(!names.includes('PERSON:WXTA'), names.join(', '));
  });
});

describe('The header of a table set out with bars', () => {
  it('names no one ("Constituency | Winner | Party | Margin" above the rows)', () => {
    const text = 'Selected seats\n\nConstituency | Winner | Party | Runner-up | Margin\n'
      + 'Dibrugarh | Prasanta Phukan | BJP | Rajib Gogoi | 11,204\nSilchar | Dipayan Chakraborty | BJP | Tamal Banik | 9,870';
    const names = shown(text);
    for (const header of ['Constituency', 'Winner', 'Party', 'Runner', 'Margin']) {
      assert.ok(!names.some(n => n.endsWith(`:${header}`)), `${header} in ${names.join(', ')}`);
    }
    assert.ok(names.includes('PERSON:Prasanta Phukan'), names.join(', '));
  });
});

describe('Codes of markets, ratings, fights and the wire', () => {
  it('reads a rating, a fight\'s verdict, a market\'s instrument and the wire\'s end mark as no names', () => {
    const text = 'Fitch affirms Kestovia at \'BBB-\', outlook stable.\n\n- Ayla Demir (Bristol) bt Rosa Quintero (Peru) UD10\n\n'
      + '5-year CDS | 241 bps | -6 bps\n\nChipmakers said HBM demand was strong.\n\n(END)';
    const names = shown(text);
    for (const code of ['BBB', 'UD10', 'CDS', 'HBM', 'END']) assert.ok(!names.some(n => n.endsWith(`:${code}`)), `${code} in ${names.join(', ')}`);
    for (const person of ['Ayla Demir', 'Rosa Quintero']) assert.ok(names.includes(`PERSON:${person}`), names.join(', '));
  });
});

describe('An adverb of place after a quotation mark', () => {
  it('is no place ("in London: \\"There is little appetite ...\\"")', () => {
    const text = 'Mara Lindgren, an economist at Halvard Research in Oslo: "There is little appetite in Ankara for another cut."';
    const names = shown(text);
    assert.ok(!names.some(n => n.endsWith(':There')), names.join(', '));
    assert.ok(names.includes('PERSON:Mara Lindgren'), names.join(', '));
  });
});
