import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Arts and Welsh politics copy written for these tests (issue 10, families 7 and 8): Irish and Welsh surnames.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Irish and Welsh surnames', () => {
  it('reads a name with "Ó" and a mutated surname as one person, and the surname alone later', () => {
    const text = 'The festival closed with a tribute to the sean-nós singer Seosamh Ó hÉanaí, recorded in Carna in 1957. '
      + 'Ó hÉanaí left for New York soon after.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Seosamh Ó hÉanaí'), names.join(', '));
    assert.ok(names.includes('PERSON:Ó hÉanaí'), names.join(', '));
  });

  it('reads "Mac" after a given name, and two such names joined by "and", as people', () => {
    const text = 'The harpist Orla Mac Giolla Bhríde played first, and Pádraig Ó Dálaigh and Áine Ní Bhriain closed the night.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Orla Mac Giolla Bhríde'), names.join(', '));
    assert.ok(names.includes('PERSON:Pádraig Ó Dálaigh'), names.join(', '));
    assert.ok(names.includes('PERSON:Áine Ní Bhriain'), names.join(', '));
  });

  it('keeps the Welsh "ap" and the given name before it', () => {
    const text = 'Talks began on Monday. Carwyn ap Dafydd, who leads the group in the Senedd, said ap Dafydd would not stand down.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Carwyn ap Dafydd'), names.join(', '));
    assert.ok(names.includes('PERSON:ap Dafydd'), names.join(', '));
  });

  it('leaves a product after "Mac" alone', () => {
    const names = shown('Shares in Apple rose after it said the Mac Studio would ship in May.');
    assert.ok(!names.some(n => n.startsWith('PERSON:Mac')), names.join(', '));
  });
});
