import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCountryMentions, type CountryHit } from '../../../src/core/countries/resolver';

/** "surface:CODE:via" for every hit, in order; asserts offsets by slicing. */
function found(text: string): string[] {
  return findCountryMentions(text).map((h) => `${text.slice(h.start, h.end)}:${h.code}:${h.via}`);
}

function hitFor(text: string, surface: string): CountryHit | undefined {
  return findCountryMentions(text).find((h) => text.slice(h.start, h.end) === surface);
}

describe('findCountryMentions', () => {
  describe('the seed article', () => {
    const seed = readFileSync(join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt'), 'utf8');
    const hits = findCountryMentions(seed);
    const surfaces = hits.map((h) => seed.slice(h.start, h.end));

    it('finds India, Japan, the US, Australia, Sri Lanka, Bangladesh, Myanmar and China', () => {
      const codes = new Set(hits.map((h) => h.code));
      assert.deepEqual([...codes].sort(), ['AU', 'BD', 'CN', 'IN', 'JP', 'LK', 'MM', 'US']);
      for (const s of ['India', 'Japan', 'US', 'Australia', 'Sri Lanka', 'Bangladesh', 'Myanmar', 'China']) {
        assert.ok(surfaces.includes(s), s);
      }
    });

    it('reads "Japanese" as a demonym and "Tokyo" as Japan\'s capital, a place', () => {
      const japanese = hits.find((h) => seed.slice(h.start, h.end) === 'Japanese');
      assert.equal(japanese?.code, 'JP');
      assert.equal(japanese?.via, 'demonym');
      assert.equal(japanese?.reason, 'demonym:Japanese');
      const tokyo = hits.find((h) => seed.slice(h.start, h.end) === 'Tokyo');
      assert.deepEqual({ code: tokyo?.code, via: tokyo?.via, type: tokyo?.type, reason: tokyo?.reason },
        { code: 'JP', via: 'capital', type: 'PLACE', reason: 'capital:Tokyo' });
    });

    it('splits "India-Japan" into two countries and keeps "China" out of "China\'s"', () => {
      const at = seed.indexOf('India-Japan collaboration');
      assert.deepEqual(hits.filter((h) => h.start >= at && h.end <= at + 11).map((h) => seed.slice(h.start, h.end)), ['India', 'Japan']);
      const china = seed.indexOf("China's");
      assert.ok(hits.some((h) => h.start === china && h.end === china + 5));
    });

    it('never reads "Indo-Pacific" as India', () => {
      let at = seed.indexOf('Indo-Pacific');
      while (at >= 0) {
        assert.ok(!hits.some((h) => h.start < at + 12 && at < h.end), `hit inside Indo-Pacific at ${at}`);
        at = seed.indexOf('Indo-Pacific', at + 1);
      }
    });

    it('returns hits sorted by start and never overlapping', () => {
      for (let k = 1; k < hits.length; k++) assert.ok(hits[k - 1].end <= hits[k].start);
    });
  });

  describe('names', () => {
    it('prefers the longest name', () => {
      assert.deepEqual(found('Troops from Papua New Guinea and Guinea-Bissau joined Guinea.'),
        ['Papua New Guinea:PG:name', 'Guinea-Bissau:GW:name', 'Guinea:GN:name']);
      assert.deepEqual(found('Niger and Nigeria; Dominica and the Dominican Republic.'),
        ['Niger:NE:name', 'Nigeria:NG:name', 'Dominica:DM:name', 'Dominican Republic:DO:name']);
    });

    it('matches official names and drops the article', () => {
      assert.deepEqual(found('The People\'s Republic of China and the Netherlands met The Gambia.'),
        ["People's Republic of China:CN:name", 'Netherlands:NL:name', 'Gambia:GM:name']);
    });

    it('ends spans before possessives and at word boundaries', () => {
      assert.deepEqual(found("China's growth and the Philippines' army"), ['China:CN:name', 'Philippines:PH:name']);
      assert.deepEqual(found('Indiana, New Mexico and New Jersey are US states.'), ['Indiana:US:alias', 'US:US:alias']);
    });

    it('keeps lower-case common words out: china plates, a Thanksgiving turkey', () => {
      assert.deepEqual(found('She set out china plates for the Thanksgiving turkey and the guinea fowl.'), []);
      assert.deepEqual(found('Turkey says it will reopen the border.'), ['Turkey:TR:alias']);
    });

    it('accepts all-caps headlines for long names', () => {
      assert.deepEqual(found('INDIA AND JAPAN SIGN PACT'), ['INDIA:IN:name', 'JAPAN:JP:name']);
      assert.deepEqual(found('GUAM, a group of four states, met in Kyiv.'), ['Kyiv:UA:capital']);
    });

    it('accepts an all-caps dateline and long all-caps names in running text, not short ones', () => {
      assert.deepEqual(found('TOKYO, Oct 7 (Reuters) - Talks ended.\nNEW DELHI: The ministry said.\nBAKU (AP) — Officials said.'),
        ['TOKYO:JP:capital', 'NEW DELHI:IN:capital', 'BAKU:AZ:capital']);
      assert.deepEqual(found('The ministry said INDIA would respond to CHAD and IRAN.'), ['INDIA:IN:name']);
    });

    it('tells stop phrases from the country inside them', () => {
      assert.deepEqual(found('A Guinea pig from New Guinea crossed the Niger Delta to Lake Chad.'), []);
      assert.deepEqual(found('Ships in the South China Sea and the Gulf of Mexico'), []);
    });
  });

  describe('aliases', () => {
    it('reads U.S., US, USA and America as the United States', () => {
      assert.deepEqual(found('U.S. troops, US officials, the U.S.A. and USA fans; America votes.'),
        ['U.S.:US:alias', 'US:US:alias', 'U.S.A.:US:alias', 'USA:US:alias', 'America:US:alias']);
      assert.equal(hitFor('America votes', 'America')?.reason, 'alias:America');
    });

    it('reads "U.S" written without its last period as the United States ("the U.S government")', () => {
      assert.deepEqual(found('Talks between Gorbachev and the U.S government failed, but the U.S wouldn\'t budge.'), ['U.S:US:alias', 'U.S:US:alias']);
      assert.deepEqual(found('The U.S. said no.'), ['U.S.:US:alias']);
    });

    it('never reads "us" or all-caps shouting as the US', () => {
      assert.deepEqual(found('Let us go. Us too.'), []);
      assert.deepEqual(found('LET US GO NOW'), []);
      assert.deepEqual(found('US-China trade talks'), ['US:US:alias', 'China:CN:name']);
    });

    it('keeps Latin, South, Central and North America apart from the US', () => {
      assert.deepEqual(found('Latin America, South America, Central America and North America; Latin American leaders'), []);
      assert.deepEqual(found('The Inter-American Development Bank and the Organization of American States'), []);
    });

    it('reads UK, U.K., Britain and Great Britain as the United Kingdom', () => {
      assert.deepEqual(found('The UK and the U.K. economy; Britain and Great Britain.'),
        ['UK:GB:alias', 'U.K.:GB:alias', 'Britain:GB:alias', 'Great Britain:GB:alias']);
    });

    it('treats England, Scotland and Wales as places of the UK, not the state', () => {
      const hit = hitFor('England beat Scotland.', 'England');
      assert.deepEqual({ code: hit?.code, type: hit?.type }, { code: 'GB', type: 'PLACE' });
      assert.deepEqual(found('the Prince of Wales visited New South Wales'), []);
    });

    it('covers names the dataset spells differently, and finds the usual and official names by name', () => {
      assert.deepEqual(found('Holland, South Korea, North Korea, Russia, Iran, Syria, Vietnam, Laos, Burma, Ivory Coast, Czech Republic, Taiwan, Kosovo'),
        ['Holland:NL:alias', 'South Korea:KR:name', 'North Korea:KP:name', 'Russia:RU:name', 'Iran:IR:name', 'Syria:SY:name',
          'Vietnam:VN:name', 'Laos:LA:name', 'Burma:MM:alias', 'Ivory Coast:CI:name', 'Czech Republic:CZ:name', 'Taiwan:TW:name',
          'Kosovo:XK:name']);
    });

    it('reads bare Congo as the DR Congo and Congo-Brazzaville as the Republic', () => {
      assert.deepEqual(found('Fighting in eastern Congo spilled into Congo-Brazzaville and the Democratic Republic of the Congo.'),
        ['Congo:CD:alias', 'Congo-Brazzaville:CG:alias', 'Democratic Republic of the Congo:CD:name']);
    });

    it('ties Gaza and the West Bank to Palestine as places', () => {
      const text = 'Aid reached Gaza, the West Bank and the Palestinian territories.';
      assert.deepEqual(found(text), ['Gaza:PS:alias', 'West Bank:PS:alias', 'Palestinian territories:PS:alias']);
      assert.equal(hitFor(text, 'West Bank')?.type, 'PLACE');
      assert.equal(hitFor(text, 'Palestinian territories')?.type, 'COUNTRY');
    });
  });

  describe('person names and US states', () => {
    it('skips Jordan, Chad and Georgia used as person names', () => {
      assert.deepEqual(found('Michael Jordan and Jordan Peterson met Chad Smith and Georgia Harrison.'), []);
    });

    it('keeps Jordan, Chad and Georgia as countries in ordinary news use', () => {
      assert.deepEqual(found("Jordan says it will host talks. Chad's election was delayed. Troops left Georgia on Monday."),
        ['Jordan:JO:name', 'Chad:TD:name', 'Georgia:GE:name']);
      assert.deepEqual(found('Chad President Idriss Deby and Georgia Foreign Minister'), ['Chad:TD:name', 'Georgia:GE:name']);
      assert.deepEqual(found('King Abdullah of Jordan; on Thursday Jordan invited Syria.'),
        ['Jordan:JO:name', 'Jordan:JO:name', 'Syria:SY:name']);
    });

    it('skips Georgia the US state but not Georgia in a list of countries', () => {
      assert.deepEqual(found('A plant in Atlanta, Georgia; the Georgia Governor; the state of Georgia.'), []);
      assert.deepEqual(found('Armenia, Georgia and Azerbaijan'), ['Armenia:AM:name', 'Georgia:GE:name', 'Azerbaijan:AZ:name']);
    });

    it('skips capitals inside person and organisation names', () => {
      assert.deepEqual(found('George Washington and the Washington Post; Paris Hilton.'), []);
      assert.deepEqual(found('Officials in Washington and Paris said Monday'),
        ['Washington:US:capital', 'Paris:FR:capital']);
    });
  });

  describe('demonyms', () => {
    it('finds adjectives and plurals, including those compromise misses', () => {
      assert.deepEqual(found('British, Turkish, Spanish, French, Somali and Afghan officials'),
        ['British:GB:demonym', 'Turkish:TR:demonym', 'Spanish:ES:demonym', 'French:FR:demonym', 'Somali:SO:demonym', 'Afghan:AF:demonym']);
      assert.deepEqual(found('Americans, Britons, Brits, Japanese, Chinese, Swiss, Filipinos, Afghans, Iraqis, Israelis, Pakistanis, Somalis, Turks'),
        ['Americans:US:demonym', 'Britons:GB:demonym', 'Brits:GB:demonym', 'Japanese:JP:demonym', 'Chinese:CN:demonym',
          'Swiss:CH:demonym', 'Filipinos:PH:demonym', 'Afghans:AF:demonym', 'Iraqis:IQ:demonym', 'Israelis:IL:demonym',
          'Pakistanis:PK:demonym', 'Somalis:SO:demonym', 'Turks:TR:demonym']);
    });

    it('finds the adjectives news uses that the dataset lacks ("Philippine", "Surinamese", "Basotho")', () => {
      assert.deepEqual(found('Philippine, Surinamese, Djiboutian, Botswanan and Basotho delegates'),
        ['Philippine:PH:demonym', 'Surinamese:SR:demonym', 'Djiboutian:DJ:demonym', 'Botswanan:BW:demonym', 'Basotho:LS:demonym']);
    });

    it('ignores continental adjectives and peoples that are not states', () => {
      assert.deepEqual(found('European, Asian and African ministers; Kurds and Arabs; a Korean film'), []);
    });

    it('prefers the longer demonym and the sovereign state', () => {
      assert.deepEqual(found('North Korean and South African envoys; Indian and French troops; Congolese rebels'),
        ['North Korean:KP:demonym', 'South African:ZA:demonym', 'Indian:IN:demonym', 'French:FR:demonym', 'Congolese:CD:demonym']);
      assert.deepEqual(found('The Turks and Caicos Islands'), ['Turks and Caicos Islands:TC:name']);
    });

    it('reads the first of a hyphenated pair and the part after "anti-"', () => {
      assert.deepEqual(found('Israeli-Palestinian talks and anti-American protests'),
        ['Israeli:IL:demonym', 'Palestinian:PS:demonym', 'American:US:demonym']);
    });
  });

  describe('offsets', () => {
    it('stays right after CRLF line breaks and astral emoji', () => {
      const text = '🇯🇵 Japan 😀\r\nTalks in Tokyo\r\n\r\n👍 with China’s envoy';
      for (const h of findCountryMentions(text)) assert.ok(['Japan', 'Tokyo', 'China'].includes(text.slice(h.start, h.end)));
      assert.deepEqual(found(text), ['Japan:JP:name', 'Tokyo:JP:capital', 'China:CN:name']);
      assert.equal(hitFor(text, 'China')?.start, text.indexOf('China'));
    });

    it('matches a multi-word name across one line break but not across a blank line', () => {
      assert.deepEqual(found('Sri\r\nLanka'), ['Sri\r\nLanka:LK:name']);
      assert.deepEqual(found('Sri\n\nLanka'), []);
    });

    it('returns nothing for empty text', () => {
      assert.deepEqual(findCountryMentions(''), []);
    });
  });
});
