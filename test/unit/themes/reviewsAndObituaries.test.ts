import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { articleGenre } from '../../../src/core/themes/genres';

// Written for these tests (issue 10, family 11): a review's plot and an obituary's illness are not what the article is about.
const top = (text: string): string => analyze(text).themes[0]?.name ?? '';
const headlineGenre = (headline: string): string | undefined => {
  const text = `${headline}\n\nBody.\n`;
  return articleGenre(text, analyze(text).article.paragraphs);
};

describe('Themes of reviews, obituaries and product launches', () => {
  it('ranks Culture first in a review of a play set in a war ("Soldiers patrol the harbour")', () => {
    const text = ` date 2026-03-01
Corvallan review - a ferocious, fearless staging

This Corvallan is set in a flooded port city, where the tyrant's soldiers patrol the harbour.

Directed by Tamsin Welloway, the production moves fast. Gareth Ondry plays Corvallan as a tired old soldier, and the stage goes dark.
`;
    assert.equal(top(text), 'Culture');
  });

  it('ranks Culture first in a musician\'s obituary that names the illness ("diagnosed with motor neurone disease")', () => {
    const text = ` date 2026-01-09
Harriet Quell, jazz pianist, dies aged 81

Harriet Quell, the pianist whose trio records defined a decade of London jazz, has died aged 81.

Her family said she died in hospital after a long illness. She had been diagnosed with motor neurone disease in 2020.

She taught herself the piano as a child and recorded her first album at 19.
`;
    assert.equal(top(text), 'Culture');
  });

  it('ranks Technology first in a product launch a regulator watches ("its mixed-reality headset", "the European Commission")', () => {
    const text = ` date 2026-06-18
Orvane unveils lighter headset as EU regulators circle

The technology firm Orvane has unveiled a lighter version of its mixed-reality headset at its annual developer conference.

The device runs a new version of the company's operating system, and a smartwatch and two laptops were also shown.

The launch comes as the European Commission examines whether the firm's app store rules break EU law.
`;
    assert.equal(top(text), 'Technology');
  });

  it('reads the genre from the headline alone, not from a court\'s review or a bill that dies', () => {
    assert.equal(headlineGenre('The Salt Road by Ada Nwosu review - a family saga'), 'review');
    assert.equal(headlineGenre('Dennis Marlowe, jazz saxophonist, dies aged 84'), 'obituary');
    assert.equal(headlineGenre('Justices to review case of sacked teachers'), undefined);
    assert.equal(headlineGenre('Wage bill dies in the Senate'), undefined);
  });
});
