import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Captions written for these tests (issue 10, important names missed): the photographers and agencies of photo credits.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('A photo credit', () => {
  it('names its photographer and its agency, after a slash, "via" or "for", or its agency alone', () => {
    const text = 'Ministers met in Brussels on Tuesday.\n\nImage: Delegates arrive at the summit on Tuesday. Photograph: Joren Vallaert/EPA\n\n'
      + 'Image: A lorry stuck in the snow. Picture: PA\n\nPhoto: Tamsin Orle for the Courier\n\n'
      + 'Photo: Smoke rises over the port. (Photo by Karim HADDAD / AFP)';
    const names = shown(text);
    for (const name of ['PERSON:Joren Vallaert', 'ORG:EPA', 'ORG:PA', 'PERSON:Tamsin Orle', 'ORG:Courier', 'PERSON:Karim HADDAD', 'ORG:AFP']) {
      assert.ok(names.includes(name), `${name}: ${names.join(', ')}`);
    }
  });

  it('is no credit in a caption that a "Photo:" label opens, nor a photo desk\'s word', () => {
    const text = 'Photo: Smoke rises after a strike on Qalaat Bay, near the border, on Friday.';
    assert.ok(!shown(text).some(n => n.startsWith('ORG:')), shown(text).join(', '));
    const desk = 'The mayor opened the bridge on Friday.\n\nImage: The new bridge. Photo: Supplied\n\nImage: The old bridge. Picture: Handout';
    assert.ok(!shown(desk).some(n => /Supplied|Handout/.test(n)), shown(desk).join(', '));
  });
});
