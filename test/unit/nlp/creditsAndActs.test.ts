import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Arts and tech copy written for these tests (issue 10, families 6 and 7).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('The credits of a work in running text', () => {
  it('name people after "designed by" or "music by", and leave a company with its noun a company', () => {
    const text = 'The production, designed by Es Devlin with music by Orla Quayle, runs for three hours. The set was built by Scenic Works Ltd, and the tour was designed by Punchdrunk Theatre Company.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Es Devlin') && names.includes('PERSON:Orla Quayle'), names.join(', '));
    assert.ok(names.includes('ORG:Punchdrunk Theatre Company'), names.join(', '));
  });
});

describe('The initials of a law', () => {
  it('are no organisation where the article names the law in full', () => {
    const text = [
      'Apple to let users pick default apps after DMA ruling',
      'The company will let iPhone users in the European Union choose their default apps next spring, in a concession to regulators enforcing the Digital Markets Act.',
      'The DMA came into force in 2023; the World Health Organization (WHO) was not involved.',
    ].join('\n\n');
    const names = shown(text);
    assert.ok(!names.includes('ORG:DMA'), names.join(', '));
    assert.ok(names.includes('ORG:WHO') && names.includes('ORG:European Union'), names.join(', '));
  });
});

describe('A craft called by its namesake', () => {
  it('is no person ("Parker" after "the Parker Solar Probe"), unless the article names a person so', () => {
    const craft = 'Scientists using the Parker Solar Probe measured the solar wind. Parker\'s heat shield survived the pass, and Parker will fly closer next year.';
    assert.ok(!shown(craft).some(n => n.startsWith('PERSON:')), shown(craft).join(', '));
    const person = 'The Hubble Space Telescope is named after Edwin Hubble, and Hubble was an astronomer at Mount Wilson.';
    assert.ok(shown(person).includes('PERSON:Edwin Hubble'), shown(person).join(', '));
  });
});

describe('A state\'s founding text', () => {
  it('is no body alone, and the bodies named after it stay bodies', () => {
    const text = 'The candidate said the country should be guided by the Constitution, and the Constitution Drafting Council met on Monday to review it.';
    const names = shown(text);
    assert.ok(!names.some(n => /:Constitution$/.test(n)), names.join(', '));
    assert.ok(names.includes('ORG:Constitution Drafting Council'), names.join(', '));
  });
});
