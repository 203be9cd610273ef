import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Articles written for these tests: words that the article itself shows are no names (issue 10, family 6).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
const texts = (text: string): string[] => analyze(text).mentions.map(m => text.slice(m.start, m.end));

describe('Words the article itself shows are no names', () => {
  it('keeps a product with a version number out, everywhere in the article ("Navigator 7")', () => {
    const text = [
      'Orbis Software said on Tuesday it would stop supporting Navigator 7 next year.',
      'Navigator still runs on one computer in ten, the company said, and Navigator users will be asked to upgrade.',
      'Chief executive Dana Whitfield said the decision was overdue.',
    ].join('\n\n');
    const found = texts(text);
    assert.equal(found.includes('Navigator'), false, found.join(', '));
    assert.ok(shown(text).includes('PERSON:Dana Whitfield'));
  });

  it('leaves results lines and scores alone ("Leeds 2 Arsenal 1", "Woods 68 70")', () => {
    const text = ['Leeds 2 Arsenal 1', 'Tiger Woods 68 70 71', 'Leeds beat Arsenal at Elland Road on Saturday.'].join('\n\n');
    const found = texts(text);
    for (const name of ['Leeds', 'Arsenal', 'Tiger Woods']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });

  it('reads a word the article writes in lower case as the ordinary word ("Iodine deficiency ... iodine")', () => {
    const text = [
      'Half of the children tested were short of iodine, the health ministry said in Canberra.',
      'Iodine deficiency can harm brain development. Bakers were told to add iodine to bread, and iodine levels will be checked again next year.',
      'Professor Helen Marsh of the University of Sydney led the study.',
    ].join('\n\n');
    const found = texts(text);
    assert.equal(found.includes('Iodine'), false, found.join(', '));
    assert.ok(found.includes('Helen Marsh'));
    assert.ok(found.includes('Canberra'));
  });

  it('keeps a surname that is also an ordinary word ("Gordon Brown" ... "brown bread" ... "Brown said")', () => {
    const text = 'Gordon Brown visited a bakery in Kirkcaldy. He bought brown bread. Brown said the economy was strong.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Gordon Brown'));
    assert.ok(names.includes('PERSON:Brown'), names.join(', '));
  });

  it('keeps a newspaper named after "the" ("told the Times", "three times")', () => {
    const text = 'The minister told the Times she had asked three times for a review. The Times published the letter.';
    assert.ok(texts(text).includes('Times'), texts(text).join(', '));
  });

  it('keeps a body called by its head noun ("the Commission ... a commission")', () => {
    const text = 'The European Commission proposed new rules. A commission of experts will advise. Parliament must approve, and the Commission expects a vote in May.';
    assert.ok(texts(text).includes('Commission'), texts(text).join(', '));
  });

  it('reads a storm as no person ("Cyclone Mirella", then "Mirella")', () => {
    const text = [
      'Cyclone Mirella made landfall near Chittagong on Sunday, forecasters in Dhaka said.',
      'Mirella brought winds of 180 km/h. Officials said Mirella would weaken as it moved inland.',
    ].join('\n\n');
    const found = texts(text);
    assert.equal(found.some(m => /Mirella/.test(m)), false, found.join(', '));
    assert.ok(found.includes('Dhaka'));
  });

  it('reads a storm named with "Super" before its word as no name ("Super Typhoon Ramona")', () => {
    const text = 'In Borongan, which was flattened by Super Typhoon Ramona in 2009, killing hundreds, people left early, officials in Manila said.';
    const found = texts(text);
    assert.equal(found.some(m => /Ramona/.test(m)), false, found.join(', '));
    assert.ok(found.includes('Manila'), found.join(', '));
  });

  it('reads a genus before a Latin species name as no place ("Formica fusca", "Aedes aegypti")', () => {
    const text = [
      'The team studied Formica fusca, a common ant, in forests near Tampere.',
      'Formica colonies were kept in the lab. Aedes aegypti mosquitoes were tested separately by Dr Anna Virtanen.',
    ].join('\n\n');
    const found = texts(text);
    assert.equal(found.some(m => /Formica|Aedes/.test(m)), false, found.join(', '));
    assert.ok(found.includes('Tampere'));
    assert.ok(found.includes('Anna Virtanen'));
  });

  it('reads a chemical element as no person ("Hydrogen peroxide")', () => {
    const text = 'Hydrogen peroxide was added to the samples. Oxygen levels rose, said researcher Tomas Lindgren.';
    const found = texts(text);
    assert.equal(found.some(m => /Hydrogen|Oxygen/.test(m)), false, found.join(', '));
    assert.ok(found.includes('Tomas Lindgren'));
  });

  it('reads a caption label as no name, and cuts it off the name before it ("Washington D.C. Image: NASA")', () => {
    const text = [
      'Students gathered for the final in Washington Image: Mara Quinn.',
      'The winning robot on display Image: Mara Quinn. Image credits aside, the organisers thanked the city of Washington.',
    ].join('\n\n');
    const found = texts(text);
    assert.equal(found.some(m => /Image/.test(m)), false, found.join(', '));
    assert.ok(found.includes('Mara Quinn'));
  });

  it('reads time zones, honours and "GP" as no names ("15:00 GMT", "appointed OBE", "your GP")', () => {
    const text = [
      'Halvorsen Rovers host Dunmore Athletic on Saturday (15:00 GMT), and the second leg starts at 19:45 BST.',
      'Their manager, Petra Valdane, was appointed OBE in 2019. She urged fans with chest pains to see their GP.',
    ].join('\n\n');
    const found = texts(text);
    for (const word of ['GMT', 'BST', 'OBE', 'GP']) assert.equal(found.includes(word), false, found.join(', '));
    assert.ok(found.includes('Petra Valdane'), found.join(', '));
  });

  it('shows no head noun cut from a longer name on its own ("Street", "League"), and keeps the short form of a body named in full', () => {
    const text = [
      'Staff at the University of Tarnow Vale walked out on Monday, and the University said talks would resume.',
      'Trains from Dunmore Street were cancelled; Street closures followed. The League fined Halvorsen Rovers.',
    ].join('\n\n');
    const found = texts(text);
    for (const word of ['Street', 'League']) assert.equal(found.includes(word), false, found.join(', '));
    assert.ok(found.includes('Halvorsen Rovers'), found.join(', '));
    // "the University said", after "the University of Tarnow Vale": that body, by its short form
    const university = analyze(text).entities.find(e => e.canonical === 'University of Tarnow Vale');
    assert.ok(university && university.mentions.some(m => m.text === 'University'), found.join(', '));
  });

  it('reads the terms of company results and of hospitals as no names ("Ebitda rose", "its IPO", "A&E waits")', () => {
    const text = [
      'Kestrel Holdings said Ebitda rose 4% to $310m, the TTF gas price having fallen, and it would delay its IPO to 2027.',
      'At Dunmore General, Dr Ines Calloway said A&E waits had grown and two ICU beds were closed.',
    ].join('\n\n');
    const found = texts(text);
    for (const word of ['Ebitda', 'TTF', 'IPO', 'A&E', 'ICU']) assert.equal(found.includes(word), false, found.join(', '));
    assert.ok(found.includes('Ines Calloway'), found.join(', '));
  });

  it('reads an acronym the article counts in the plural as a common noun ("DPP users ... DPPs")', () => {
    const text = [
      'Patients taking DPP blockers (DPPs) were 18% less likely to fall ill, researchers at Tarnow Medical College said.',
      'Key findings included a 22% lower risk among DPP users, said Dr Ilse Brandvold.',
    ].join('\n\n');
    const found = texts(text);
    assert.equal(found.some(m => m.startsWith('DPP')), false, found.join(', '));
    assert.ok(found.includes('Ilse Brandvold') && found.includes('Tarnow Medical College'), found.join(', '));
  });

  it('reads the titles of a list of works as no names, and keeps a person named elsewhere ("Songs for Marit (1985)")', () => {
    const text = [
      'Tobias Wrenfield, who recorded with his wife, Marit, for four decades, has died aged 81.',
      'His recordings included:',
      'The Halloran Suite (1972)',
      'Night Train to Kelvedon (1977)',
      'Songs for Marit (1985)',
      'Marit said he had played until the very end.',
    ].join('\n\n');
    const found = texts(text);
    for (const word of ['Halloran Suite', 'Halloran', 'Night Train', 'Kelvedon']) assert.equal(found.includes(word), false, found.join(', '));
    assert.ok(found.includes('Tobias Wrenfield') && found.includes('Marit'), found.join(', '));
  });
});

describe('A live page\'s time stamps and labels', () => {
  it('are no names: "14:52 GMT" above a post is no player of a table, "Q&A:" no body', () => {
    const text = ' date 2026-03-11\nLive: Minister faces MPs\n\n14:52 GMT\n\nWhat happens next?\n\nOrla Brannigan says the vote is close.\n\n'
      + '14:31 GMT\n\nQ&A: What is fuel duty?\n\nQ: How much is it?\n\n15:05 GMT\n\nTomas Veldt of the Kessock Motoring Club says drivers are relieved.';
    const shown = analyze(text).mentions.map(m => text.slice(m.start, m.end));
    assert.ok(!shown.some(s => /GMT|Q&A/.test(s)), shown.join(', '));
    assert.ok(shown.includes('Orla Brannigan'), shown.join(', '));
  });
});
