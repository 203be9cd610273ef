import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { Analysis, Quote } from '../../../src/core/model';
import { parseQuoteFixtures, scoreQuotes, type PredictedQuote } from './quoteFixtures';

const seed = fs.readFileSync(path.join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt'), 'utf8');

/** The canonical name of a quotation's speaker, or null. */
function speakerOf(a: Analysis, q: Quote): string | null {
  return q.speakerEntityId === null ? null : a.entities.find(e => e.id === q.speakerEntityId)?.canonical ?? '?';
}

/** The quotation whose text starts with `prefix` (exactly one expected). */
function quoteStarting(a: Analysis, text: string, prefix: string): Quote {
  const found = a.quotes.filter(q => text.slice(q.start, q.end).startsWith(prefix));
  assert.equal(found.length, 1, `one quotation starting "${prefix}" expected; quotes: ${a.quotes.map(q => JSON.stringify(q.text)).join(', ')}`);
  return found[0];
}

describe('quotes: the seed article (first acceptance test)', function () {
  this.timeout(20000);
  const a = analyze(seed);

  it('finds the direct quotation by S Jaishankar, cue "said" after it', () => {
    const q = quoteStarting(a, seed, 'Explored further expansion');
    assert.equal(q.kind, 'direct');
    assert.ok(seed.slice(q.start, q.end).endsWith('prosperity in the Indo-Pacific,'));
    assert.equal(speakerOf(a, q), 'S Jaishankar');
    assert.equal(q.speakerVia, 'name');
    assert.ok(q.cue);
    assert.equal(seed.slice(q.cue.start, q.cue.end), 'said');
    assert.ok(q.cue.start > q.end);
  });

  it('reads "He also said that ..." as reported speech by S Jaishankar, through the pronoun', () => {
    const q = quoteStarting(a, seed, 'the "special partnership"');
    assert.equal(q.kind, 'reported');
    assert.equal(speakerOf(a, q), 'S Jaishankar');
    assert.equal(q.speakerVia, 'pronoun');
    assert.ok(seed.slice(q.start, q.end).endsWith('post-COVID recovery'));
  });

  it('reads "The external affairs minister tweeted that ..." as reported speech by S Jaishankar, through the role', () => {
    const tweets = a.quotes.filter(q => q.text.startsWith('the talks covered cooperation'));
    assert.equal(tweets.length, 2, 'the lead and the body both carry the sentence');
    for (const q of tweets) {
      assert.equal(q.kind, 'reported');
      assert.equal(speakerOf(a, q), 'S Jaishankar');
      assert.equal(q.speakerVia, 'role');
      assert.equal(q.cue?.text, 'tweeted');
    }
  });

  it('does not take the scare quote "special partnership" for a quotation of its own', () => {
    assert.ok(!a.quotes.some(q => q.text === 'special partnership'));
  });

  it('gives quotes sorted by start, never overlapping, each text the slice of its span', () => {
    for (let i = 0; i < a.quotes.length; i++) {
      const q = a.quotes[i];
      assert.equal(seed.slice(q.start, q.end), q.text);
      if (q.cue) assert.equal(seed.slice(q.cue.start, q.cue.end), q.cue.text);
      assert.ok(q.confidence > 0 && q.confidence <= 1);
      if (i > 0) assert.ok(a.quotes[i - 1].end <= q.start);
    }
  });
});

describe('quotes: forms of direct quotation', function () {
  this.timeout(20000);

  it('pairs curly single marks around apostrophes and keeps a nested double quotation inside', () => {
    const text = 'Talks stall\n\nMayor Anne Hidalgo spoke on Monday.\n\n‘We don’t accept the word “crisis” for this,’ Hidalgo said.\n';
    const a = analyze(text);
    const q = quoteStarting(a, text, 'We don’t');
    assert.equal(text.slice(q.start, q.end), 'We don’t accept the word “crisis” for this,');
    assert.equal(speakerOf(a, q), 'Anne Hidalgo');
    assert.equal(a.quotes.length, 1);
  });

  it('joins a quotation over paragraphs: an opening mark on each, the closing mark on the last', () => {
    const text = 'Floods\n\nPresident Joe Biden visited the town on Friday.\n\n"We will rebuild every home.\n\n"We will not leave anyone behind," Biden said.\n';
    const a = analyze(text);
    const q = quoteStarting(a, text, 'We will rebuild');
    assert.ok(text.slice(q.start, q.end).endsWith('anyone behind,'));
    assert.equal(q.kind, 'direct');
    assert.equal(speakerOf(a, q), 'Joe Biden');
    assert.equal(a.quotes.length, 1);
  });

  it('finds the cue before the quotation (X said: "...") and after it (said X)', () => {
    const text = 'Vote\n\nPrime Minister Mark Rutte said: "The coalition is finished." "It is over," said Geert Wilders.\n';
    const a = analyze(text);
    assert.equal(speakerOf(a, quoteStarting(a, text, 'The coalition')), 'Mark Rutte');
    assert.equal(speakerOf(a, quoteStarting(a, text, 'It is over')), 'Geert Wilders');
  });

  it('leaves the speaker null when the text names nobody ("one resident said")', () => {
    const text = 'Storm\n\nThe storm hit the coast of Florida on Sunday.\n\n"The water came up to the roof," one resident said.\n';
    const a = analyze(text);
    const q = quoteStarting(a, text, 'The water came');
    assert.equal(q.speakerEntityId, null);
    assert.equal(q.speakerVia, undefined);
  });

  it('does not take a film title or a scare quote for a quotation', () => {
    const text = 'Festival\n\nDirector Jane Campion won the top prize for "The Power of the Dog", a western. Critics called it "a triumph".\n';
    assert.deepEqual(analyze(text).quotes, []);
  });

  it('keeps offsets exact with CRLF line ends and an emoji before the quotation', () => {
    const text = 'Match 🎉 report\r\n\r\nCoach Pep Guardiola was calm.\r\n\r\n"We lost, and we learn," Guardiola said.\r\n';
    const a = analyze(text);
    const q = quoteStarting(a, text, 'We lost');
    assert.equal(text.slice(q.start, q.end), 'We lost, and we learn,');
    assert.equal(text.slice(q.cue!.start, q.cue!.end), 'said');
  });

  it('gives no quotations for empty or mark-free text', () => {
    assert.deepEqual(analyze('').quotes, []);
    assert.deepEqual(analyze('Markets rose on Monday.\n').quotes, []);
  });
});

describe('quotes: speakers', function () {
  this.timeout(20000);

  it('resolves "he" to the last speaker close by, and "she" past someone already called "he"', () => {
    const text = 'Talks\n\nPrime Minister Narendra Modi met Joe Biden on Monday. Modi said that the talks went well.\n\n'
      + '"We agreed on a great deal," he said.\n\nKamala Harris also attended. "It was a productive day," she said.\n';
    const a = analyze(text);
    const q = quoteStarting(a, text, 'We agreed');
    assert.equal(speakerOf(a, q), 'Narendra Modi');
    assert.equal(q.speakerVia, 'pronoun');
    assert.equal(speakerOf(a, quoteStarting(a, text, 'It was a productive')), 'Kamala Harris');
  });

  it('finds the speaker of "according to X, ..." and of "..., according to X"', () => {
    const text = 'Markets\n\nAccording to Janet Yellen, the economy is strong. Inflation will ease next year, according to the International Monetary Fund.\n';
    const a = analyze(text);
    const first = quoteStarting(a, text, 'the economy is strong');
    assert.deepEqual([first.kind, speakerOf(a, first), first.cue?.text], ['reported', 'Janet Yellen', 'According to']);
    const second = quoteStarting(a, text, 'Inflation will ease');
    assert.equal(speakerOf(a, second), 'International Monetary Fund');
  });

  it('gives a quotation without a cue the speaker and cue of the one before it', () => {
    const text = 'Vote\n\n"We will win," Keir Starmer said. "The country wants change."\n';
    const a = analyze(text);
    const q = quoteStarting(a, text, 'The country wants');
    assert.deepEqual([speakerOf(a, q), q.speakerVia, q.cue?.text], ['Keir Starmer', 'continuation', 'said']);
  });

  it('reads "said nothing", "claimed victory" and a passive "was told" as no reported speech', () => {
    const text = 'Count\n\nJohn Smith said nothing about the plan. The party claimed victory in the north. He was told the vote was late.\n';
    assert.deepEqual(analyze(text).quotes, []);
  });
});

describe('quotes: the annotated set (quotes.fixtures.txt)', function () {
  this.timeout(120000);
  const articles = parseQuoteFixtures(fs.readFileSync(path.join(__dirname, 'quotes.fixtures.txt'), 'utf8'));

  it('holds at least 60 annotated cases, each span found in its article', () => {
    assert.ok(articles.reduce((n, a) => n + a.gold.length, 0) >= 60);
    assert.ok(articles.some(a => a.gold.some(g => g.kind === 'none')));
  });

  it('detects quotations with F1 >= 0.90 and names the speaker of >= 85% of direct ones', () => {
    const predictions = new Map<string, PredictedQuote[]>();
    for (const article of articles) {
      const a = analyze(article.text);
      predictions.set(article.id, a.quotes.map(q => ({ start: q.start, end: q.end, kind: q.kind, speaker: speakerOf(a, q) })));
    }
    const s = scoreQuotes(articles, predictions);
    assert.ok(s.f1 >= 0.9, `F1 ${s.f1.toFixed(3)}\n${s.errors.join('\n')}`);
    assert.ok(s.direct.rightSpeaker / s.direct.found >= 0.85, `speaker ${s.direct.rightSpeaker}/${s.direct.found}\n${s.errors.join('\n')}`);
  });
});

describe('quotes: the fixture scorer', () => {
  const [article] = parseQuoteFixtures('=== t\n"Yes, we will," Ann Lee said. A "fine" day.\n---\ndirect | Yes, we will, | Lee\nnone | fine | null\n');

  it('counts an overlapping prediction once and a prediction over a "none" case as a false positive', () => {
    const s = scoreQuotes([article], new Map([['t', [
      { start: 1, end: 5, kind: 'direct', speaker: 'Ann Lee' },
      { start: 1, end: 13, kind: 'direct', speaker: 'Ann Lee' },
      { start: article.text.indexOf('fine'), end: article.text.indexOf('fine') + 4, kind: 'direct', speaker: null },
    ]]]));
    assert.equal(s.truePositives, 1);
    assert.equal(s.falsePositives, 2);
    assert.equal(s.falseNegatives, 0);
    assert.equal(s.direct.rightSpeaker, 1);
  });

  it('counts a wrong speaker and a missed quotation', () => {
    assert.equal(scoreQuotes([article], new Map([['t', [{ start: 1, end: 13, kind: 'direct', speaker: 'Ann Smith' }]]])).direct.rightSpeaker, 0);
    assert.equal(scoreQuotes([article], new Map()).falseNegatives, 1);
  });
});
