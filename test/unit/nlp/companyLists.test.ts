import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Written for these tests (issue 10): companies found by the copy around them, with invented firms.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const has = (names: readonly string[], name: string): void => assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);

describe('Companies by the copy around them', () => {
  it('reads a one-word name listed with a known company as a company', () => {
    const text = 'Technology shares fell on Tuesday. Microsoft, Veltrano and Amazon were among the biggest fallers.';
    has(shown(text), 'ORG:Veltrano');
  });

  it('reads a name whose price is "down 4%" or "up 2 per cent" as a company', () => {
    const text = 'Tessaline was down 4% in early trading. Quorbex was up 2 per cent after its results.';
    const names = shown(text);
    has(names, 'ORG:Tessaline');
    has(names, 'ORG:Quorbex');
  });

  it('reads names among the biggest fallers or the top gainers as companies', () => {
    const text = 'Stocks fell sharply on Tuesday. Veltrano was among the biggest fallers on the index.\n\nHalvorn and Quisby were among the top gainers.';
    const names = shown(text);
    for (const firm of ['Veltrano', 'Halvorn', 'Quisby']) has(names, `ORG:${firm}`);
  });

  it('reads initials glued to a word as a company', () => {
    const text = 'Chip stocks slid. DRVMicrodevices said demand had weakened.';
    has(shown(text), 'ORG:DRVMicrodevices');
  });

  it('reads a word ending in a trade\'s syllable as a company, even where the tagger read a person', () => {
    const text = 'Zentratech said it would cut 500 jobs. Analysts doubted Zentratech could recover.';
    const names = shown(text);
    assert.deepEqual(names.filter(n => n.endsWith(':Zentratech')), ['ORG:Zentratech', 'ORG:Zentratech']);
  });

  it('leaves people listed with people, and a poll\'s points, alone', () => {
    const text = 'Ortega was down 4 points in the latest poll. Ortega, Lindqvist and Mbeki spoke at the rally.';
    const names = shown(text);
    assert.ok(!names.some(n => /^ORG:(Ortega|Lindqvist|Mbeki)$/.test(n)), names.join(', '));
  });

  it('keeps a one-word company a company across the article, and its chief a person', () => {
    const text = 'Shares in Zentravix fell 6% on Tuesday after the software group cut its forecast.\n\n'
      + 'Zentravix said demand from banks had weakened. Analysts at Morvane said Zentravix faced a difficult year.\n\n'
      + 'Zentravix chief executive Dana Holt told investors the company would cut 500 jobs. Holt said the outlook was uncertain.';
    const names = shown(text);
    assert.deepEqual(names.filter(n => n.endsWith(':Zentravix')), Array(4).fill('ORG:Zentravix'));
    has(names, 'PERSON:Dana Holt');
    has(names, 'PERSON:Holt');
  });
});

describe('A company named by its industry', () => {
  it('reads "drug maker Halvexa" and "Oil giant Brenmoor" as companies wherever the article names them', () => {
    const text = 'A jury found that drug maker Halvexa is not liable for the heart attack. The jury agreed with Halvexa that stress caused it.\n\n'
      + 'Halvexa withdrew the drug last year. Halvexa is facing other lawsuits. Oil giant Brenmoor said it would appeal.';
    const names = shown(text);
    assert.deepEqual(names.filter(n => n.endsWith(':Halvexa')), Array(4).fill('ORG:Halvexa'));
    has(names, 'ORG:Brenmoor');
  });

  it('leaves a film maker\'s name a person', () => {
    const text = 'The award went to film maker Lindqvist. Lindqvist said she was delighted.';
    assert.ok(!shown(text).some(n => n === 'ORG:Lindqvist'));
  });
});
