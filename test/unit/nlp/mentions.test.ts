import assert from 'node:assert/strict';
import type { RawMention } from '../../../src/core/model';
import { extractMentions, extractUnit } from '../../../src/core/nlp/pipeline';

const spans = (text: string, ms: readonly RawMention[], type?: string): string[] =>
  ms.filter(m => !type || m.type === type).map(m => text.slice(m.start, m.end));
const find = (text: string, ms: readonly RawMention[], s: string): RawMention | undefined =>
  ms.find(m => text.slice(m.start, m.end) === s);
/** `TYPE:text` for each mention `extractUnit` finds. */
const typed = (text: string): string[] => extractUnit(text).map(m => `${m.type}:${text.slice(m.start, m.end)}`);
/** `TYPE:text:value:...` with the given fields of each mention ('' where absent). */
const described = (text: string, ...fields: ('countryCode' | 'name' | 'via')[]): string[] =>
  extractUnit(text).map(m => [m.type, text.slice(m.start, m.end), ...fields.map(f => m[f] ?? '')].join(':'));
/** `TYPE:text`, with `:CODE` for mentions that carry a country. */
const typedWithCountry = (text: string): string[] =>
  extractUnit(text).map(m => `${m.type}:${text.slice(m.start, m.end)}${m.countryCode ? `:${m.countryCode}` : ''}`);

describe('extractMentions: people', () => {
  it('keeps titles out of the name and reports them as the role', () => {
    const text = 'External Affairs Minister S Jaishankar on Wednesday held talks with his counterpart in Tokyo.';
    const ms = extractMentions(text);
    const p = find(text, ms, 'S Jaishankar');
    assert.ok(p, spans(text, ms).join('|'));
    assert.equal(p.type, 'PERSON');
    assert.equal(p.role, 'External Affairs Minister');
    assert.ok(!spans(text, ms).includes('Wednesday'));
    assert.ok(!spans(text, ms).some(s => /Minister/.test(s)));
  });

  it('does not bleed a title with "of" into a place: "Secretary of State Condoleezza Rice"', () => {
    const text = 'U.S. Secretary of State Condoleezza Rice arrived in Baghdad on Sunday.';
    const ms = extractMentions(text);
    const p = find(text, ms, 'Condoleezza Rice');
    assert.ok(p, spans(text, ms).join('|'));
    assert.equal(p.role, 'Secretary of State');
    assert.ok(!spans(text, ms).some(s => s.includes('State')));
  });

  it('takes a role written after the name, in apposition', () => {
    const text = 'Toshimitsu Motegi, Japan\'s foreign minister, said the talks went well. Kofi Annan, the U.N. secretary-general, arrived.';
    const ms = extractMentions(text);
    assert.equal(find(text, ms, 'Toshimitsu Motegi')?.role, 'Japan\'s foreign minister');
    assert.equal(find(text, ms, 'Kofi Annan')?.role, 'U.N. secretary-general');
  });

  it('takes no role from a clause after the name', () => {
    const text = 'Condoleezza Rice, who met the president, left for Cairo. Jack Straw, a minister said, would stay.';
    const ms = extractMentions(text);
    assert.equal(find(text, ms, 'Condoleezza Rice')?.role, undefined);
    assert.equal(find(text, ms, 'Jack Straw')?.role, undefined);
  });

  it('reads a name set off by commas after a role as a person, but not after a verb', () => {
    const text = 'A spokesman for the group, Tenzin Dorje, said talks would resume.';
    assert.equal(find(text, extractMentions(text), 'Tenzin Dorje')?.type, 'PERSON');
    const bank = 'The minister met officials of the bank, Credit Suisse, on Monday.';
    assert.equal(find(bank, extractMentions(bank), 'Credit Suisse')?.type, 'ORG');
  });

  it('keeps a hyphenated given name with a lower-case syllable whole, but not a "-led" compound', () => {
    const text = 'Moon Jae-in welcomed the meeting. Kim Jong-un replied. Tony Blair-led talks ended.';
    const ms = extractMentions(text);
    assert.equal(find(text, ms, 'Moon Jae-in')?.type, 'PERSON', spans(text, ms).join('|'));
    assert.equal(find(text, ms, 'Kim Jong-un')?.type, 'PERSON');
    assert.ok(!spans(text, ms).some(s => s.includes('led')));
  });

  it('keeps a given name whose syllable spells an English word whole ("Leung Kwok-hung"), not a "-based" compound', () => {
    const text = 'Leung Kwok-hung lost his seat, while Leung Che-cheung won. Fan Sui-bong met Hong Kong-based bankers.';
    const ms = extractMentions(text);
    for (const name of ['Leung Kwok-hung', 'Leung Che-cheung']) assert.equal(find(text, ms, name)?.type, 'PERSON', spans(text, ms).join('|'));
    assert.ok(!spans(text, ms).some(s => s.includes('based')));
  });

  it('keeps the nationality with a counterpart', () => {
    const text = 'Jaishankar held talks with his Japanese counterpart Toshimitsu Motegi in Tokyo.';
    assert.equal(find(text, extractMentions(text), 'Toshimitsu Motegi')?.role, 'Japanese counterpart');
  });

  it('strips courtesy titles without making them a role', () => {
    const text = 'Mr. Egeland said the aid would reach Darfur within a week.';
    const p = find(text, extractMentions(text), 'Egeland');
    assert.ok(p);
    assert.equal(p.role, undefined);
  });

  it('never runs a name across a comma or a verb', () => {
    const text = 'Prime Minister Ariel Sharon, who met Mahmoud Abbas, said peace was near.';
    const ms = extractMentions(text);
    assert.ok(find(text, ms, 'Ariel Sharon'));
    assert.ok(find(text, ms, 'Mahmoud Abbas'));
    assert.ok(!spans(text, ms).some(s => /,|said|met/.test(s)));
  });
});

describe('extractMentions: organisations', () => {
  it('finds international bodies and links the short form to the full name', () => {
    const text = 'NATO and the EU backed UN reform, while the Quad met in Tokyo.';
    const ms = extractMentions(text);
    for (const s of ['NATO', 'EU', 'UN', 'Quad']) assert.equal(find(text, ms, s)?.type, 'ORG', s);
    assert.equal(find(text, ms, 'UN')?.name, 'United Nations');
  });

  it('takes a collective noun after the Quadrilateral into the name', () => {
    const text = 'The foreign ministers of the Quadrilateral coalition met on Tuesday.';
    assert.equal(find(text, extractMentions(text), 'Quadrilateral coalition')?.type, 'ORG');
  });

  it('types militant groups as organisations, not people', () => {
    const text = 'Officials blamed the Taliban for the attack, and Hamas said al-Qaida was not involved.';
    const ms = extractMentions(text);
    for (const s of ['Taliban', 'Hamas', 'al-Qaida']) assert.equal(find(text, ms, s)?.type, 'ORG', s);
  });

  it('finds ministries and parties', () => {
    const text = 'The Ministry of Defense said the ruling Labor Party would vote on Monday.';
    const ms = extractMentions(text);
    assert.equal(find(text, ms, 'Ministry of Defense')?.type, 'ORG', spans(text, ms).join('|'));
    assert.equal(find(text, ms, 'Labor Party')?.type, 'ORG', spans(text, ms).join('|'));
  });

  it('splits a title out of an organisation: "United Nations Secretary-General Kofi Annan"', () => {
    const text = 'United Nations Secretary-General Kofi Annan visited Nairobi.';
    const ms = extractMentions(text);
    assert.equal(find(text, ms, 'Kofi Annan')?.type, 'PERSON', spans(text, ms).join('|'));
    assert.equal(find(text, ms, 'United Nations')?.type, 'ORG');
  });

  it('does not read an all-caps headline word as an acronym', () => {
    const text = 'WHO WILL PAY FOR THE FLOODS';
    assert.equal(find(text, extractMentions(text), 'WHO'), undefined);
  });
});

describe('extractMentions: places and junk', () => {
  it('finds known regions', () => {
    const text = 'Cooperation in the Indo-Pacific has grown, as has trade with the Middle East.';
    const ms = extractMentions(text);
    assert.equal(find(text, ms, 'Indo-Pacific')?.type, 'PLACE');
    assert.equal(find(text, ms, 'Middle East')?.type, 'PLACE');
  });

  it('reports neither titles, weekdays nor diseases as entities', () => {
    const text = 'The Minister said on Wednesday that COVID cases had fallen.';
    assert.deepEqual(spans(text, extractMentions(text)), []);
  });

  it('reports no faith or people as an entity, but keeps the bodies named after them', () => {
    const text = 'Sunni Arab leaders met Shiite clerics, while the Muslim Brotherhood and the Arab League said Catholics were safe.';
    assert.deepEqual(spans(text, extractMentions(text)), ['Muslim Brotherhood', 'Arab League']);
  });

  it('gives nothing for blank text', () => {
    assert.deepEqual(extractMentions(''), []);
  });
});

describe('extractUnit: tagger and country gazetteer together', () => {
  it('lets a country hit replace the same span and keeps longer names that contain one', () => {
    const text = 'The Bank of Japan raised rates while India and Japan talked in New Delhi.';
    const ms = extractUnit(text);
    assert.equal(find(text, ms, 'Bank of Japan')?.type, 'ORG', spans(text, ms).join('|'));
    assert.equal(find(text, ms, 'India')?.type, 'COUNTRY');
    assert.equal(find(text, ms, 'India')?.countryCode, 'IN');
  });

  it('reads "Jordan says" and "Chad\'s election" as countries, not people', () => {
    const text = 'Jordan says it will host the talks. Chad\'s election was delayed, officials in Amman said.';
    const ms = extractUnit(text);
    assert.equal(find(text, ms, 'Jordan')?.type, 'COUNTRY', spans(text, ms).join('|'));
    assert.equal(find(text, ms, 'Chad')?.type, 'COUNTRY');
    assert.ok(!ms.some(m => m.type === 'PERSON'));
  });

  it('reads a hyphenated pair as two countries', () => {
    const text = 'The annual India-Japan summit is due this year.';
    const ms = extractUnit(text);
    assert.equal(find(text, ms, 'India')?.countryCode, 'IN', spans(text, ms).join('|'));
    assert.equal(find(text, ms, 'Japan')?.countryCode, 'JP');
  });

  it('returns sorted, non-overlapping mentions with offsets after emoji and CRLF', () => {
    const text = '🎉 Toshimitsu Motegi met Kofi Annan in Tokyo.\r\nThe UN said so.';
    const ms = extractUnit(text);
    assert.ok(find(text, ms, 'Toshimitsu Motegi'), spans(text, ms).join('|'));
    assert.ok(find(text, ms, 'UN'));
    for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1].end <= ms[i].start);
  });
});

describe('extractUnit: where a tagged name stops', () => {

  it('cuts a name at a verb or a preposition inside it', () => {
    assert.deepEqual(typed('The Treaty of Paris established Cuban independence.'), ['ORG:Treaty of Paris', 'COUNTRY:Cuban']);
    const text = 'The aid was delivered by the Red Cross from Burmese ports.';
    assert.ok(typed(text).includes('ORG:Red Cross'), typed(text).join('|'));
    assert.ok(!typed(text).some(s => s.includes('from')));
  });

  it('keeps the connectors names carry: of, and, for, bin', () => {
    const text = 'The Ministry of Trade and Industry and the Party for Freedom criticised Osama bin Laden.';
    const got = typed(text);
    assert.ok(got.some(s => s.startsWith('ORG:Ministry of Trade and Industry')), got.join('|'));
    assert.ok(got.includes('PERSON:Osama bin Laden'), got.join('|'));
  });

  it('separates a demonym from the person it describes', () => {
    assert.deepEqual(typed('Earlier in the day, American James Blake overcame a first-set deficit.'), ['COUNTRY:American', 'PERSON:James Blake']);
    const text = 'Haas next plays eighth-seeded American Vince Spadea, a straight-sets winner.';
    assert.ok(typed(text).includes('PERSON:Vince Spadea'), typed(text).join('|'));
  });

  it('keeps an organisation that starts with a demonym whole', () => {
    assert.deepEqual(typed('American Airlines cut flights to Mexico.'), ['ORG:American Airlines', 'COUNTRY:Mexico']);
  });

  it('ends a title at "Secretary of State" and splits "and" before a country word', () => {
    const text = 'He met Secretary of State Condoleezza Rice and British Foreign Secretary Jack Straw.';
    assert.deepEqual(typed(text), ['PERSON:Condoleezza Rice', 'COUNTRY:British', 'PERSON:Jack Straw']);
    const roles = extractUnit(text).filter(m => m.type === 'PERSON').map(m => m.role);
    assert.deepEqual(roles, ['Secretary of State', 'Foreign Secretary']);
  });
});

describe('extractUnit: datelines', () => {
  it('reads a dateline: the capital carries its country, the agency is an organisation, the date is nothing', () => {
    const text = 'TOKYO, Oct 7 (Reuters) - The US said talks would go on.';
    const got = described(text, 'countryCode', 'name');
    assert.deepEqual(got, ['PLACE:TOKYO:JP:Tokyo', 'ORG:Reuters::', 'COUNTRY:US:US:']);
  });

  it('ends a name at a dash set off by spaces and leaves the article out after it', () => {
    const text = 'RAMALLAH, May 20 - The Palestinian Authority said talks would resume.';
    const got = typed(text);
    assert.deepEqual(got, ['PLACE:RAMALLAH', 'ORG:Palestinian Authority']);
  });

  it('reads a heading in capitals with a note in brackets as no dateline ("KEY FIGURES (Q3 2026, in billion yen)")', () => {
    const text = 'SALES BY REGION (Q3 2026, in billion yen)\nAsia rose.';
    assert.ok(!typed(text).some(m => m.startsWith('PLACE:SALES')), typed(text).join(', '));
    assert.ok(typed('SEOUL (Yonhap) - Exports rose.').includes('PLACE:SEOUL'));
  });
});

describe('extractUnit: organisations named after a country', () => {
  it('gives the organisation the country and how it was recognised, and no country mention of its own', () => {
    const text = 'The Palestinian Authority asked the Bank of Japan and the British Embassy for help.';
    const got = described(text, 'countryCode', 'via');
    assert.deepEqual(got, ['ORG:Palestinian Authority:PS:demonym', 'ORG:Bank of Japan:JP:name', 'ORG:British Embassy:GB:demonym']);
  });

  it('gives no country to a person or to a body of several states', () => {
    const text = 'Michael Jordan spoke at the Organization of American States.';
    assert.ok(extractUnit(text).every(m => m.countryCode === undefined), JSON.stringify(extractUnit(text)));
  });
});

describe('extractUnit: names from today\'s news', () => {

  it('keeps name particles inside a person\'s name and finds EU institutions after a dateline', () => {
    const text = 'BRUSSELS, March 4 (Reuters) - European Commission President Ursula von der Leyen said on Tuesday.';
    assert.deepEqual(typedWithCountry(text), ['PLACE:BRUSSELS:BE', 'ORG:Reuters', 'ORG:European Commission', 'PERSON:Ursula von der Leyen']);
    assert.equal(extractUnit(text).find(m => m.type === 'PERSON')?.role, 'President');
  });

  it('takes a portfolio into the title, not into an organisation', () => {
    const text = 'U.S. Commerce Secretary Howard Lutnick told CNBC the duties were needed.';
    assert.deepEqual(typedWithCountry(text), ['COUNTRY:U.S.:US', 'PERSON:Howard Lutnick', 'ORG:CNBC']);
    assert.equal(extractUnit(text).find(m => m.type === 'PERSON')?.role, 'Commerce Secretary');
  });

  it('reads parliamentary offices as titles and public programmes as no entity', () => {
    const text = 'Senate Majority Leader John Thune said House Minority Whip Katherine Clark wanted Medicaid kept.';
    const ms = extractUnit(text);
    assert.deepEqual(typedWithCountry(text), ['ORG:Senate', 'PERSON:John Thune', 'ORG:House', 'PERSON:Katherine Clark']);
    assert.deepEqual(ms.filter(m => m.type === 'PERSON').map(m => m.role), ['Majority Leader', 'Minority Whip']);
  });

  it('reads a one-word "person" listed with places after a locative preposition as a place', () => {
    const text = 'Hospitals in Lahore and Jacobabad reported heatstroke cases.';
    assert.deepEqual(typedWithCountry(text), ['PLACE:Lahore', 'PLACE:Jacobabad']);
  });

  it('takes posts in institutions as roles: "chief economist", "the fund\'s managing director"', () => {
    const text = 'IMF chief economist Pierre-Olivier Gourinchas agreed with Kristalina Georgieva, the fund\'s managing director, on Tuesday.';
    const people = extractUnit(text).filter(m => m.type === 'PERSON').map(m => `${text.slice(m.start, m.end)}:${m.role}`);
    assert.deepEqual(people, ['Pierre-Olivier Gourinchas:chief economist', 'Kristalina Georgieva:managing director']);
  });

  it('finds only gazetteer names in an all-caps headline, never a tagged run of capitals', () => {
    const text = 'UKRAINE AND POLAND SIGN GRAIN DEAL';
    assert.deepEqual(typedWithCountry(text), ['COUNTRY:UKRAINE:UA', 'COUNTRY:POLAND:PL']);
  });

  it('gives a region named by part of a country that country', () => {
    const text = 'Fighting spread in eastern Congo on Wednesday, and Doctors Without Borders said M23 rebels advanced.';
    assert.deepEqual(typedWithCountry(text), ['PLACE:eastern Congo:CD', 'ORG:Doctors Without Borders', 'ORG:M23']);
  });
});
