import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Articles written for these tests (issue 10, family 5, and the wire's "Moody's"): names that hold a possessive.
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Names that hold a possessive', () => {
  it('keeps the "\'s" of a firm named in the possessive, alone and with the rest of its name', () => {
    const text = [
      "Moody's cut Ruritania's credit rating on Monday, and analysts at Moody's Investors Service said the outlook was negative.",
      "Shares in McDonald's fell 2%, while Sainsbury's reported higher sales, said its chief executive, Tom Barker.",
    ].join('\n\n');
    const names = shown(text);
    for (const name of ["ORG:Moody's", "ORG:Moody's Investors Service", "ORG:McDonald's", "ORG:Sainsbury's", 'PERSON:Tom Barker']) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
    assert.equal(names.some(n => /Moody$|McDonald$|Sainsbury$/.test(n)), false, names.join(', '));
  });

  it('leaves the possessive of a person named in full alone ("Chris Christie\'s aides")', () => {
    const text = "Governor Chris Christie's aides met on Tuesday. The painting was sold at Christie's in London.";
    const names = shown(text);
    assert.ok(names.includes('PERSON:Chris Christie'), names.join(', '));
    assert.ok(names.includes("ORG:Christie's"), names.join(', '));
  });

  it('reads a body named for a group of people in the possessive as one organisation', () => {
    const text = [
      "Rebels of the Lord's Resistance Army attacked two villages, a spokesman for the Sudan People's Liberation Army said.",
      "The Farmland People's Party won 40 seats, and the People's Alliance for Democracy marched on the airport.",
      "The National Farmers' Union and the United Nations Children's Fund both criticised the plan.",
    ].join('\n\n');
    const names = shown(text);
    for (const name of ["ORG:Lord's Resistance Army", "ORG:Sudan People's Liberation Army", "ORG:Farmland People's Party",
      "ORG:People's Alliance for Democracy", "ORG:National Farmers' Union", "ORG:United Nations Children's Fund"]) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
  });

  it('ends the body at its organisation noun, leaves a leading demonym out, and joins no possessive without a body', () => {
    const text = [
      "Ugandan Lord's Resistance Army Commander Okot Lubanga surrendered on Friday.",
      "The People's Choice Awards were held in Los Angeles, and New Year's Eve passed quietly in Kampala.",
    ].join('\n\n');
    const names = shown(text);
    assert.ok(names.includes("ORG:Lord's Resistance Army"), names.join(', '));
    assert.ok(names.includes('COUNTRY:Ugandan'), names.join(', '));
    assert.ok(names.includes('PERSON:Okot Lubanga'), names.join(', '));
    assert.equal(names.some(n => /People's Choice|Year's/.test(n)), false, names.join(', '));
  });

  it('reads a place or a building with a possessive inside as one name ("St Aldric\'s Church", "Bermford Coroner\'s Court")', () => {
    const text = 'A service was held at St Aldric\'s Church in Brimley, and the Bermford Coroner\'s Court heard evidence. '
      + 'The family moved to Bishop\'s Castle and later to Carrow\'s Yard Bakery in Dunmore.';
    const names = shown(text);
    for (const name of ['PLACE:St Aldric\'s Church', 'ORG:Bermford Coroner\'s Court', 'PLACE:Bishop\'s Castle', 'PLACE:Carrow\'s Yard Bakery']) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
  });

  it('leaves a place\'s or a person\'s possessive before a name, a holiday and "There\'s" apart', () => {
    const text = 'Ruritania\'s Jane Dorrow won on St Oswin\'s Day. There\'s Jeff Coyle, said Wednesday\'s Ardlow Court ruling. '
      + 'France\'s High Court agreed, the Ardlow News Network\'s Dublin bureau said.';
    const names = shown(text);
    assert.equal(names.some(n => /Ruritania's|Oswin's Day|There's|Wednesday's|France's|Network's/.test(n)), false, names.join(', '));
  });

  it('leaves a body\'s possessive before a person\'s given name and surname apart ("said Prospect\'s Mike Clancy")', () => {
    const names = shown('The deal is a start, said Prospect\'s Mike Clancy.');
    assert.equal(names.some(n => /Prospect's/.test(n)), false, names.join(', '));
  });
});
