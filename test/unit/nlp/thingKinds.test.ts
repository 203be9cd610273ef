import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Articles written for these tests: names the article itself calls a work, a craft, a product, a scheme or an index
// (issue 10, not-a-name), read from evidence anywhere in the article, and the real names beside them kept.
const texts = (text: string): string[] => analyze(text).mentions.map(m => text.slice(m.start, m.end));
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
// Whether some mention overlaps the first writing of `thing` in `text`.
const touches = (text: string, thing: string): boolean => {
  const at = text.indexOf(thing);
  return analyze(text).mentions.some(m => m.start < at + thing.length && at < m.end);
};
const article = (...lines: string[]): string => [' date 2026-03-02', ...lines].join('\n\n');

describe('Names the article calls a thing by a kind noun anywhere', () => {
  it('reads a craft named before its noun in a headline, after an owner, and in a list of cubesats', () => {
    const text = article(
      'Velmora spacecraft sends first pictures of a comet',
      'The images from the Korsani Space Agency\'s Velmora mission show a dark, dusty nucleus, said Dr Ilse Varga, the mission\'s lead scientist.',
      'Velmora, which was built by Trelcon in Bremen, carries the Deep Field Survey Camera and two shoebox-sized cubesats, Orrin and Tamsel, which will be released next month.',
      'Tamsel will carry a radar. Velmora will spend a year at the comet, Varga said.',
    );
    const found = texts(text);
    for (const thing of ['Velmora', 'Orrin', 'Tamsel', 'Deep Field Survey Camera']) assert.equal(found.includes(thing), false, `${thing} in ${found.join(', ')}`);
    assert.ok(shown(text).some(s => s.startsWith('PERSON:') && s.endsWith('Varga')), shown(text).join(', '));
    assert.ok(found.includes('Bremen'), found.join(', '));
  });

  it('reads a ship after its kind, a film defined as one, a thriller and a cheese sold by the wheel', () => {
    const text = article(
      'Tanker struck off the coast as shipping rates climb',
      'The Panama-flagged bulk carrier Morning Tessaly was hit early on Wednesday, the owner Karstad Shipping said. Morning Tessaly was carrying grain.',
      'At the festival, The Long Crossing is not a perfect film, and the streamer is close to buying Lindqvarn, a thriller from Norway, from producer Maria Ekholt.',
      'In Ludlow, Bethan Crowley is slicing a wheel of Corvedale Blue for a queue of customers from Shropshire.',
    );
    const found = texts(text);
    for (const thing of ['Morning Tessaly', 'Long Crossing', 'The Long Crossing', 'Lindqvarn', 'Corvedale Blue']) assert.equal(found.includes(thing), false, `${thing} in ${found.join(', ')}`);
    for (const name of ['Karstad Shipping', 'Maria Ekholt', 'Bethan Crowley', 'Shropshire']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });

  it('reads a scheme and an index by their head word, unless the article makes the scheme a body', () => {
    const text = article(
      'Freight costs rise again',
      'Halvorsen\'s World Freight Index rose 9% this week. Households can still claim £7,500 from the government\'s Heat Pump Grant Scheme, said Tom Reddaway of the Home Energy Forum.',
      'The Coastal Renewal Scheme said it would close in May. The Coastal Renewal Scheme\'s board blamed costs.',
    );
    const found = texts(text);
    for (const thing of ['World Freight Index', 'Heat Pump Grant Scheme']) assert.equal(touches(text, thing), false, `${thing} in ${found.join(', ')}`);
    assert.ok(found.includes('Coastal Renewal Scheme'), found.join(', '));
    assert.ok(found.includes('Tom Reddaway'), found.join(', '));
  });
});

describe('Titles of works by their place in the copy', () => {
  it('reads a setlist\'s songs, an encore\'s and a single after "its" as works, and keeps the band and the players', () => {
    const text = article(
      'Orla Keane review - a triumphant homecoming',
      'Her second album went to No 2, and its lead single Copper Lanterns became a hit. Drummer Sean Rafferty and the Tallow Strings kept time.',
      'THE SETLIST',
      ['1. Copper Lanterns', '2. Saint Brannock\'s Girls', '3. Millbrook Road', '4. Delphine, Again', 'Encore: Mamie\'s Hands; Copper Lanterns (reprise)'].join('\n'),
      'On Mamie\'s Hands, played alone at the piano, the crowd fell silent. The closing minutes of Millbrook Road shook the room.',
      'Orla Keane plays Dublin again on 25 April.',
    );
    const found = texts(text);
    for (const thing of ['Copper Lanterns', 'Saint Brannock', 'Millbrook Road', 'Delphine', 'Mamie']) assert.equal(found.includes(thing), false, `${thing} in ${found.join(', ')}`);
    for (const name of ['Orla Keane', 'Sean Rafferty', 'Dublin']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });

  it('reads a title in quotation marks as a work when a kind or a list of titles names it', () => {
    const text = article(
      'Games maker lifts forecast',
      'Profit rose, helped by titles including "Ghost of Marrowvale" and by the success of the "Iron Lotus" film trilogy, said chief executive Kenji Arata in Tokyo.',
    );
    const found = texts(text);
    for (const thing of ['Marrowvale', 'Ghost of Marrowvale', 'Iron Lotus']) assert.equal(found.includes(thing), false, `${thing} in ${found.join(', ')}`);
    assert.ok(found.includes('Kenji Arata'), found.join(', '));
  });

  it('reads a service named after a known product as no organisation ("PlayStation Arena")', () => {
    const text = article('Console maker reports', 'Monthly users on the PlayStation Arena reached 124 million, Sony said.');
    const found = texts(text);
    assert.equal(found.includes('PlayStation Arena'), false, found.join(', '));
  });

  it('reads products listed beside a known one after their makers, a place inside a setlist\'s title, and works after "the company behind"', () => {
    const text = article(
      'Assistant launched',
      'It enters a crowded market. Veltrix\'s Copperhead, Orbis\'s Lantern and OpenAI\'s ChatGPT all offer similar features, said analyst Dana Whitmore.',
      'The film was produced by Tallowgate Pictures, the Dublin company behind Salt Marsh Hymns and The Quiet Ferryman.',
      'THE SETLIST',
      ['1. Lisbon in the Snow', '2. Copper Bells'].join('\n'),
      'She flew home to Lisbon the next day.',
    );
    const found = texts(text);
    for (const thing of ['Copperhead', 'Lantern', 'Salt Marsh Hymns', 'Quiet Ferryman', 'The Quiet Ferryman', 'Salt Marsh Hymns and The Quiet Ferryman']) assert.equal(found.includes(thing), false, `${thing} in ${found.join(', ')}`);
    assert.equal(touches(text, 'Lisbon in the Snow'), false, found.join(', '));
    for (const name of ['OpenAI', 'Dana Whitmore', 'Tallowgate Pictures', 'Lisbon']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });
});

describe('Titles and events named by their form or their sentence', () => {
  it('reads a quoted title after a kind earlier in its sentence, and a tournament by its last word', () => {
    const text = article(
      'Tennis and books',
      'He sold me two books which I still own today - "Brannock on Card Magic" and "Brannock on Coin Magic". He lives in Halvering.',
      'Sinner beat Tomas Ardell in the final of the Kelsby Open in Halvering on Sunday.',
    );
    const found = texts(text);
    for (const thing of ['Brannock', 'Card Magic', 'Coin Magic', 'Brannock on Card Magic', 'Kelsby Open']) assert.equal(found.includes(thing), false, `${thing} in ${found.join(', ')}`);
    for (const name of ['Tomas Ardell', 'Halvering']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });
});

describe('Ships and operations by their opening word', () => {
  it('reads a navy ship after its prefix, and a gazetteer place inside its name, as no entity', () => {
    const text = article('Warship visits', 'The destroyer HMS Dauntless Star sailed from Portsmouth with the USS Chester Bay, said Admiral Ruth Kell. HMS Belfast is moored in London.');
    const found = texts(text);
    for (const thing of ['HMS Dauntless Star', 'USS Chester Bay', 'HMS', 'Belfast', 'HMS Belfast']) assert.equal(found.includes(thing), false, `${thing} in ${found.join(', ')}`);
    for (const name of ['Portsmouth', 'Ruth Kell', 'London']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });
});

describe('Shows, models, diseases and bonds', () => {
  it('reads a show after a channel and a prize, a maker before its model, a disease acronym and a bond as no entity', () => {
    const text = article(
      'Chef dies at 47',
      'Dermot Ashby, best known for presenting the BBC\'s Ashby\'s Larder, died on Friday. He won a Bafta for Ashby\'s Larder in 2021 and appeared on ITV\'s Morning Brew.',
      'Police said shots were fired into Karl Venter\'s Honda Civic. Ashby had lived with ALS since 2019, the Hallam Trust said.',
      'Yields on the country\'s dollar-denominated Eurobonds edged lower.',
    );
    const found = texts(text);
    for (const thing of ['Larder', 'Morning Brew', 'Honda', 'Civic', 'ALS', 'Eurobonds']) assert.equal(found.includes(thing), false, `${thing} in ${found.join(', ')}`);
    for (const name of ['Dermot Ashby', 'Karl Venter', 'Hallam Trust']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });
});

describe('Acronyms of instruments and tests', () => {
  it('reads an instrument acronym spelt by letters inside its words, and a test acronym, as no body', () => {
    const text = article(
      'Probe reaches asteroid',
      'The craft carries a thermal infrared imager (TIRI), provided by the Japan Aerospace Exploration Agency, and follows the Kinetic Asteroid Deflection Test (KADT) probe, which struck the moon in 2022.',
      'TIRI will map the surface. KADT got a bigger kick than expected, said Dr Omar Lindqvist.',
    );
    const found = texts(text);
    for (const thing of ['TIRI', 'KADT', 'Kinetic Asteroid Deflection Test']) assert.equal(found.includes(thing), false, `${thing} in ${found.join(', ')}`);
    assert.ok(found.includes('Japan Aerospace Exploration Agency'), found.join(', '));
  });
});
