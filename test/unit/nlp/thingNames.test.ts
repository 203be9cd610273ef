import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isSchemeName, isThingName } from '../../../src/core/nlp/thingNames';

// Articles written for these tests: events, prizes, faiths and the acronyms of things are no entities (issue 10).
const shown = (text: string): string[] => analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('Names of things that are no person, organisation or place', () => {
  it('knows events, prizes, faiths and acronyms of things by their form', () => {
    for (const s of ['Islamophobia', 'Zionism', 'Thatcherism', 'Harbour Cup Tournament', 'National Poetry Month', 'Nobel Peace Prize', 'Davis Cup', 'Paralympics', 'Hajj', 'Islam', 'IQ', 'DNA', 'Robot Olympics', 'Commonwealth Games', 'Departments', 'Hebrew']) {
      assert.equal(isThingName(s), true, s);
    }
    for (const s of ['World Food Programme', 'United Nations', 'Derby', 'Games Workshop', 'Fair Trade Foundation', 'Kenya', 'Mecca', 'Prism']) {
      assert.equal(isThingName(s), false, s);
    }
  });

  it('shows no event, prize or faith in a sports and culture story, and keeps the people and places', () => {
    const text = [
      'Maya Okonkwo won gold at the Paralympics in Paris, a year after taking the Davis Cup with her doubles partner.',
      'The Nobel Peace Prize laureate Denis Mukwege spoke at the Edinburgh Festival about Islam and Christianity in Congo.',
      'Pilgrims travelled to Mecca for the Hajj, Saudi officials said. Her IQ test and the DNA samples were published by Euronews.',
    ].join('\n\n');
    const names = shown(text);
    for (const junk of ['Paralympics', 'Davis Cup', 'Nobel Peace Prize', 'Edinburgh Festival', 'Islam', 'Christianity', 'Hajj', 'IQ', 'DNA']) {
      assert.equal(names.some(n => n.endsWith(':' + junk)), false, `${junk} in ${names.join(', ')}`);
    }
    for (const name of ['PERSON:Maya Okonkwo', 'PERSON:Denis Mukwege', 'PLACE:Mecca', 'ORG:Euronews']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });

  it('reads "Environment Canada" as one agency, not the country', () => {
    const text = 'Environment Canada issued a snowfall warning for Ottawa on Monday.';
    assert.deepEqual(shown(text).filter(n => /Canada/.test(n)), ['ORG:Environment Canada']);
  });
});

describe('Names the article itself calls a thing', () => {
  it('reads a work after its noun as no entity ("the ballet Swan Lake", "her novel Pride and Prejudice")', () => {
    const text = 'Anna Pavlenko danced the lead in the ballet Swan Lake at the Bolshoi in Moscow. She reread her novel Pride and Prejudice on tour, and her role in the 1969 film Martin Easley made her famous.';
    const names = shown(text);
    assert.equal(names.some(n => /Swan|Lake|Pride|Prejudice|Martin|Easley/.test(n)), false, names.join(', '));
    assert.ok(names.includes('PERSON:Anna Pavlenko') && names.includes('PLACE:Moscow'), names.join(', '));
  });

  it('reads a craft the article defines or names by its noun as no entity, wherever it stands', () => {
    const text = [
      'Kestrel is a European space probe that reached orbit in March, said mission scientist Omar Haddad.',
      'Kestrel sent back its first images on Friday. The Aurora ship carried the antenna from Bremen, and Aurora returned to port in June.',
      'Space Shuttle Endeavour flew last. Endeavour is now in a museum.',
    ].join('\n\n');
    const names = shown(text);
    assert.equal(names.some(n => /Kestrel|Aurora|Endeavour/.test(n)), false, names.join(', '));
    assert.ok(names.includes('PERSON:Omar Haddad') && names.includes('PLACE:Bremen'), names.join(', '));
  });

  it('reads a disease named in the possessive as no person ("Huntington\'s disease", "patients with Alzheimer\'s")', () => {
    const text = "Doctors said Huntington's disease had no cure. Huntington's affects one in 10,000 people. Patients with Alzheimer's were also treated by Dr Lena Park.";
    const names = shown(text);
    assert.equal(names.some(n => /Huntington|Alzheimer/.test(n)), false, names.join(', '));
    assert.ok(names.includes('PERSON:Lena Park'), names.join(', '));
  });

  it('keeps a person defined by a role, not a thing ("a member of the film crew")', () => {
    const text = 'Marta Jones was a member of the film crew. Jones said the film was late.';
    const names = shown(text);
    assert.ok(names.includes('PERSON:Jones'), names.join(', '));
  });
});

describe('A club named in full, then by its town', () => {
  it('reads the town\'s name as the club where it plays, and as the town after a preposition of place', () => {
    const text = 'Tottenham Hotspur lost 2-0 at Chelsea on Sunday. Tottenham, who had won four in a row, lost their captain to injury. Fans in Tottenham were angry.';
    const analysis = analyze(text);
    const tottenham = analysis.mentions.filter(m => text.slice(m.start, m.end) === 'Tottenham').map(m => m.type);
    assert.deepEqual(tottenham, ['ORG', 'PLACE']);
  });

  it('reads a language as no place ("books in Hebrew and Swahili")', () => {
    const names = shown('The library in Haifa holds books in Hebrew and Swahili.');
    assert.equal(names.some(n => /Hebrew|Swahili/.test(n)), false, names.join(', '));
  });
});

describe('Schemes, studies, documents and instruments named by their last word', () => {
  it('knows them by form, and leaves the agencies and bodies of the same form alone', () => {
    for (const s of ['Lunar Cargo Program', 'Rural Broadband Programme', 'National Sleep Study', 'Press Freedom Index', 'Open Data License', 'Border Tax System', 'Virtual Microscope']) {
      assert.equal(isSchemeName(s), true, s);
    }
    for (const s of ['World Food Programme', 'U.N. Development Program', 'Federal Reserve System', 'State University System', 'Program', 'Iraq Study Group']) {
      assert.equal(isSchemeName(s), false, s);
    }
  });

  it('shows no scheme or instrument as a body or a person, nor the name of the person it is named after', () => {
    const text = [
      'Since 2009 the Lena Ortiz Photographic Archive Program has lent prints to forty colleges, curator Sam Reed said.',
      'Lena Ortiz took most of them in Lagos. The results of the National Salt Intake Study were published on Monday,',
      'and volunteers search the samples with a "Virtual Microscope" that runs in a browser. The Lunar Cargo Program ends in May,',
      'while the World Food Programme keeps its office in Rome.',
    ].join(' ');
    const names = shown(text);
    for (const junk of [/Program\b/, /Study/, /Microscope/, /Lunar/]) assert.equal(names.some(n => junk.test(n)), false, `${junk} in ${names.join(', ')}`);
    const ortiz = analyze(text).mentions.filter(m => text.slice(m.start, m.end) === 'Lena Ortiz').map(m => m.start);
    assert.deepEqual(ortiz, [text.indexOf('Lena Ortiz took')]);
    for (const name of ['PERSON:Sam Reed', 'PLACE:Lagos', 'ORG:World Food Programme']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });
});

describe('Things the article describes after their name', () => {
  it('reads a product described as software as no person ("launched Quillo, a voice assistant that ...")', () => {
    const text = [
      'Start-up Maravex has launched Quillo, a voice assistant that writes summaries of phone calls.',
      'Quillo will cost £9.99 a month, chief executive Dana Whitfield said. Quillo announces itself at the start of a call.',
      'The firm also hired Lena Varga, a personal assistant to the board.',
    ].join('\n\n');
    const found = analyze(text).mentions.map(m => text.slice(m.start, m.end));
    assert.equal(found.includes('Quillo'), false, found.join(', '));
    assert.ok(found.includes('Dana Whitfield') && found.includes('Lena Varga'), found.join(', '));
  });
});

describe('Works named after a novella\'s or a biopic\'s noun', () => {
  it('reads no person in "the novella Vernon Hale" or "the biopic Joan Baxter", and keeps the author', () => {
    const text = 'Maren Holt wrote the novella Vernon Hale, and the biopic Joan Baxter followed.';
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(!names.some(n => n.includes('Vernon Hale') || n.includes('Joan Baxter')), names.join(', '));
    assert.ok(names.includes('PERSON:Maren Holt'), names.join(', '));
  });
});

describe('Newspapers named by a place and a title\'s noun', () => {
  it('reads "the Northern Echo" and "the Kent Messenger" as newspapers, not a place and a person', () => {
    const text = 'The plans were first reported by the Northern Echo, and the Kent Messenger followed.';
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(names.includes('ORG:Northern Echo') && names.includes('ORG:Kent Messenger'), names.join(', '));
  });
});

describe('Charities named by a faith and their work', () => {
  it('reads "Islamic Relief" and "Christian Aid" as organisations, not people', () => {
    const text = 'Save the Children and Islamic Relief said rates rose. Christian Aid agreed.';
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    assert.ok(names.includes('ORG:Islamic Relief') && names.includes('ORG:Christian Aid'), names.join(', '));
  });
});

describe('Europe\'s parties and parliaments by their own names', () => {
  it('reads "Die Linke", "Forza Italia", "Renew Europe", "Patriots for Europe" and "the Landtag" as organisations', () => {
    const text = 'Die Linke gained seats in the Landtag. Renew Europe and Patriots for Europe backed the text, and Forza Italia abstained.';
    const names = analyze(text).mentions.map(m => `${m.type}:${text.slice(m.start, m.end)}`);
    for (const body of ['Die Linke', 'Landtag', 'Renew Europe', 'Patriots for Europe', 'Forza Italia']) assert.ok(names.includes(`ORG:${body}`), `${body} in ${names.join(', ')}`);
  });
});
