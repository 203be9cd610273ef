import assert from 'node:assert/strict';
import { createThemeMatcher, matchThemeTerms, type ThemeHit } from '../../../src/core/themes';

/** The hits of one topic as the text they cover. */
function spans(text: string, hits: readonly ThemeHit[], code?: number): string[] {
  return hits.filter((h) => code === undefined || h.code === code).map((h) => text.slice(h.start, h.end));
}

/** The CAP code of the strongest hit summed per topic. */
function dominant(text: string): number {
  const mass = new Map<number, number>();
  for (const h of matchThemeTerms(text)) mass.set(h.code, (mass.get(h.code) ?? 0) + h.weight);
  return [...mass.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

describe('matchThemeTerms', () => {
  it('gives nothing for empty or cue-free text', () => {
    assert.deepEqual(matchThemeTerms(''), []);
    assert.deepEqual(matchThemeTerms('   \n'), []);
  });

  it('reports offsets that slice back to the matched words, sorted by start', () => {
    const text = 'The Federal Reserve raised interest rates as inflation climbed.';
    const hits = matchThemeTerms(text);
    assert.deepEqual(spans(text, hits, 1), ['Federal Reserve', 'interest rates', 'inflation']);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].start <= hits[i].start);
    const fed = hits.find((h) => h.term === 'Federal Reserve');
    assert.equal(fed?.subtopic, 104);
  });

  it('lets the longest phrase win over its parts', () => {
    const text = 'They discussed information and communication technology and UN reform.';
    const hits = matchThemeTerms(text);
    const texts = spans(text, hits);
    assert.ok(texts.includes('information and communication technology'));
    assert.ok(!texts.includes('technology'), 'technology inside the phrase is not a separate hit');
    const un = hits.find((h) => text.slice(h.start, h.end) === 'UN reform');
    assert.equal(un?.code, 19);
    assert.equal(un?.subtopic, 1926);
  });

  it('matches inflected forms through their base word', () => {
    const text = 'New tariffs hit imported steel; farmers harvested less; policies on immigrants changed.';
    const hits = matchThemeTerms(text);
    assert.ok(spans(text, hits, 18).includes('tariffs'));
    assert.ok(spans(text, hits, 4).includes('farmers'));
    assert.ok(spans(text, hits, 9).includes('immigrants'));
  });

  it('keeps an inflected form listed on its own apart from its base', () => {
    const text = 'Regulators probed the securities firm while security tightened.';
    const hits = matchThemeTerms(text);
    const securities = hits.filter((h) => text.slice(h.start, h.end) === 'securities');
    assert.ok(securities.some((h) => h.code === 15));
    assert.ok(!securities.some((h) => h.code === 16));
  });

  it('matches phrases across hyphens but not across commas', () => {
    const hyphen = 'A health-care overhaul stalled.';
    assert.ok(spans(hyphen, matchThemeTerms(hyphen)).includes('health-care overhaul'));
    const comma = 'manufacturing and information, and communication technology';
    const texts = spans(comma, matchThemeTerms(comma));
    assert.ok(!texts.some((t) => t.includes(',')));
    assert.ok(texts.includes('communication technology') || texts.includes('technology'));
  });

  it('matches acronyms only in capitals and not inside an all-caps headline', () => {
    const text = 'The WHO warned about AIDS, but who knows what it means for IT.';
    const hits = matchThemeTerms(text);
    assert.deepEqual(spans(text, hits, 3).filter((s) => s === 'WHO' || s === 'who'), ['WHO']);
    assert.ok(spans(text, hits, 17).includes('IT'));
    const shout = 'WHO WILL PAY FOR IT NOW';
    assert.ok(!spans(shout, matchThemeTerms(shout)).includes('IT'));
  });

  it('keeps offsets right after CRLF line ends, emoji and curly quotes', () => {
    const text = '🇮🇳 India\r\n“Nuclear weapons” talks 👍 and 5G networks.\r\n';
    const hits = matchThemeTerms(text);
    assert.ok(spans(text, hits, 16).includes('Nuclear weapons'));
    assert.ok(spans(text, hits, 17).includes('5G'));
    const fiveG = hits.find((h) => text.slice(h.start, h.end) === '5G');
    assert.equal(fiveG?.start, text.indexOf('5G'));
    assert.equal(fiveG?.end, text.indexOf('5G') + 2);
  });

  it('keeps short tokens joined by dots, ampersands and slashes together', () => {
    const text = 'After 9/11 the U.N. asked for more R&D money.';
    const texts = spans(text, matchThemeTerms(text));
    assert.ok(texts.includes('9/11'));
    assert.ok(texts.includes('U.N'));
    assert.ok(texts.includes('R&D'));
  });

  it('drops the possessive but keeps the word span exact', () => {
    const text = "Japan's defense budget grew.";
    const hits = matchThemeTerms(text);
    assert.ok(spans(text, hits).includes('Japan'));
    assert.ok(spans(text, hits, 16).includes('defense budget'));
  });

  it('takes no theme from everyday words of news writing: "wide-ranging", "tweeted", "pressing", "told reporters"', () => {
    const text = 'The minister tweeted after wide-ranging talks, pressing for a deal, and told reporters so.';
    const words = matchThemeTerms(text).map(h => text.slice(h.start, h.end).toLowerCase());
    assert.ok(words.includes('talks'), words.join('|'));
    assert.deepEqual(words.filter(w => /tweet|rang|press|reporter/.test(w)), []);
  });

  it('takes no theme from the names of aid groups: "Doctors Without Borders"', () => {
    const text = 'Doctors Without Borders treated the wounded.';
    assert.ok(!matchThemeTerms(text).some(h => /Borders/.test(text.slice(h.start, h.end))));
  });

  it('reads temperatures and growth forecasts for what they are', () => {
    const text = 'The fund cut its growth forecast as temperatures passed 47 degrees Celsius.';
    const hits = matchThemeTerms(text).map(h => `${h.code}:${text.slice(h.start, h.end)}`);
    assert.ok(hits.includes('1:growth forecast'), hits.join('|'));
    assert.ok(!hits.some(h => h.startsWith('6:') || h.startsWith('17:')), hits.join('|'));
  });

  it('reads "offshore wind farms" as energy, not farming', () => {
    const text = 'They will build offshore wind farms in the North Sea.';
    assert.deepEqual(matchThemeTerms(text).map(h => `${h.code}:${text.slice(h.start, h.end)}`), ['8:offshore wind farms']);
  });

  it('counts nothing for a stop phrase', () => {
    const text = 'A think tank held a press conference.';
    assert.deepEqual(spans(text, matchThemeTerms(text), 16), []);
  });
});

describe('one real-looking sentence per CAP topic', () => {
  const cases: [number, string][] = [
    [1, 'The jobless rate fell as economic growth picked up and the budget deficit narrowed.'],
    [2, 'Civil rights groups sued over racial discrimination and voting rights.'],
    [3, 'Hospitals filled with patients as the flu epidemic spread and doctors asked for vaccines.'],
    [4, 'Farmers protested cuts to farm subsidies as wheat and corn prices fell.'],
    [5, 'Labor unions called a strike over the minimum wage and pensions for workers.'],
    [6, 'Teachers and students rallied for school funding at public schools and universities.'],
    [7, 'Environmentalists said emissions of greenhouse gases worsen air pollution and climate change.'],
    [8, 'Oil prices soared and electricity shortages prompted a new energy policy.'],
    [9, 'Illegal immigrants and asylum seekers faced deportation at the border.'],
    [10, 'Commuters faced delays as the subway, highways and airports were jammed.'],
    [12, 'Police arrested a suspect in the murder and robbery after a shooting.'],
    [13, 'Welfare reform cut food stamps for the poor while Social Security stayed intact.'],
    [14, 'Affordable housing is scarce as rents rise and the homeless fill shelters.'],
    [15, 'The bank merger drew antitrust scrutiny while bankruptcy filings rose.'],
    [16, 'The Pentagon sent troops and warships as the military prepared for war.'],
    [17, 'NASA launched a satellite while engineers tested broadband internet and software.'],
    [18, 'The trade deal cut tariffs on imports and exports under the World Trade Organization.'],
    [19, 'The foreign minister held talks at the United Nations on a peace process and foreign aid.'],
    [20, 'The Senate confirmation hearing for the nominee came amid an impeachment scandal before the election.'],
    [21, 'The National Park Service and Indian tribes argued over public lands and water rights.'],
    [23, 'The museum opened an exhibition of paintings as the orchestra and opera season began.'],
  ];
  for (const [code, sentence] of cases) {
    it(`finds topic ${code} in "${sentence.slice(0, 40)}..."`, () => {
      assert.equal(dominant(sentence), code);
    });
  }
});

describe('createThemeMatcher', () => {
  it('returns the default matcher without extra terms', () => {
    assert.equal(createThemeMatcher(), createThemeMatcher({}));
  });

  it('adds literal user terms, matched case-insensitively and inflected', () => {
    const matcher = createThemeMatcher({ 17: ['quantum widget'], 4: ['kale'] });
    const text = 'Quantum widgets and kale.';
    const hits = matcher.match(text);
    const widget = hits.find((h) => h.code === 17);
    assert.equal(widget && text.slice(widget.start, widget.end), 'Quantum widgets');
    assert.equal(widget?.reason, 'user term');
    assert.ok(spans(text, hits, 4).includes('kale'));
    assert.ok(!matchThemeTerms(text).some((h) => h.code === 4 && text.slice(h.start, h.end) === 'kale'));
  });

  it('treats user terms as literal words, never as patterns', () => {
    const matcher = createThemeMatcher({ 12: ['.*', '[a-z]+', 'gun-show loophole'] });
    assert.deepEqual(matcher.match('anything at all, even .* and [a]+').filter((h) => h.reason === 'user term'), []);
    const text = 'Closing the gun show loophole.';
    const hits = matcher.match(text).filter((h) => h.reason === 'user term');
    assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), ['gun show loophole']);
  });

  it('rejects codes that are not CAP major topics', () => {
    assert.throws(() => createThemeMatcher({ 11: ['x'] }), RangeError);
    assert.throws(() => createThemeMatcher({ 99: ['x'] }), RangeError);
  });
});
