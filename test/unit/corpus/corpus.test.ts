import assert from 'node:assert/strict';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import {
  corpusArticle, corpusCsv, corpusJsonl, filterArticles, isCorpusArticle, periodOf, summarizeCorpus, type CorpusArticle,
} from '../../../src/core/corpus';


function article(id: string, text: string, extra: { folder?: string; fileDate?: string } = {}): CorpusArticle {
  return corpusArticle({ id, fileName: path.basename(id), folder: extra.folder ?? '', fileDate: extra.fileDate }, text, analyze(text));
}

describe('the corpus', function () {
  this.timeout(30000);
  const texts = {
    a: ' date 2024-03-04 x\nJapan and India hold talks\n\nJapanese Foreign Minister Toshimitsu Motegi met Indian External Affairs Minister S Jaishankar in Tokyo on defence and trade. Motegi said Japan would help India.',
    b: ' date 2024-03-20 x\nIndia signs a trade deal\n\nExternal Affairs Minister S Jaishankar said India and France agreed on tariffs and exports.',
    c: 'Floods in Pakistan\n\nHeavy rain flooded Lahore, Pakistan, on Monday.',
  };
  let corpus: CorpusArticle[];
  before(() => {
    corpus = [
      article('news/asia/a.txt', texts.a, { folder: 'news/asia' }),
      article('news/b.txt', texts.b, { folder: 'news', fileDate: '2024-01-01' }),
      article('c.txt', texts.c, { fileDate: '2024-05-02' }),
    ];
  });

  it('keeps per article the title, the header date (else the file date), the folder and the first offsets', () => {
    const [a, b, c] = corpus;
    assert.equal(a.title, 'Japan and India hold talks');
    assert.equal(a.date, '2024-03-04');
    assert.equal(a.dateSource, 'header');
    assert.equal(b.date, '2024-03-20', 'the header date wins over the file date');
    assert.equal(c.date, '2024-05-02');
    assert.equal(c.dateSource, 'file');
    const motegi = a.items.find(i => i.key === 'PERSON:toshimitsu motegi');
    assert.ok(motegi, JSON.stringify(a.items.map(i => i.key)));
    assert.equal(motegi.count, 2);
    assert.equal(texts.a.slice(motegi.first, motegi.first + 17), 'Toshimitsu Motegi');
    assert.equal(texts.a.split('\n')[motegi.line].slice(motegi.character, motegi.character + 17), 'Toshimitsu Motegi');
    const crlf = article('crlf.txt', texts.a.replace(/\n/g, '\r\n')).items.find(i => i.key === 'PERSON:toshimitsu motegi');
    assert.deepEqual([crlf?.line, crlf?.character], [motegi.line, motegi.character]);
    const japan = a.items.find(i => i.key === 'COUNTRY:JP');
    assert.equal(japan?.name, 'Japan');
    assert.equal(japan?.code, 'JP');
    assert.ok(isCorpusArticle(JSON.parse(JSON.stringify(a))));
  });

  it('merges entities across articles by key, with article and mention counts and first and last dates', () => {
    const s = summarizeCorpus(corpus);
    assert.equal(s.articles, 3);
    assert.equal(s.undated, 0);
    const jaishankar = s.entities.find(e => e.key === 'PERSON:s jaishankar');
    assert.equal(jaishankar?.articles, 2);
    assert.equal(jaishankar?.mentions, corpus[0].items.find(i => i.key === 'PERSON:s jaishankar')!.count + corpus[1].items.find(i => i.key === 'PERSON:s jaishankar')!.count);
    assert.equal(jaishankar?.firstDate, '2024-03-04');
    assert.equal(jaishankar?.lastDate, '2024-03-20');
    const india = s.countries.find(c => c.key === 'COUNTRY:IN');
    assert.equal(india?.articles, 2);
    assert.equal(india?.code, 'IN');
    assert.equal(s.countries[0].key, 'COUNTRY:IN', 'best first');
    for (const list of [s.entities, s.countries, s.themes]) {
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].articles >= list[i].articles);
    }
    assert.ok(!s.entities.some(e => e.kind === 'COUNTRY' || e.kind === 'THEME'));
    assert.ok(s.themes.every(t => t.kind === 'THEME' && /^medtop:/.test(t.code ?? '')), JSON.stringify(s.themes));
  });

  it('counts who appears with whom, once per article', () => {
    const s = summarizeCorpus(corpus);
    const pair = s.pairs.find(p => [p.a.key, p.b.key].sort().join() === 'COUNTRY:IN,PERSON:s jaishankar');
    assert.equal(pair?.articles, 2);
    assert.equal(s.pairs[0].articles, 2);
    assert.ok(!s.pairs.some(p => p.a.key === p.b.key));
  });

  it('draws a timeline by month or ISO week, gaps included, stacked by each article\'s best theme', () => {
    const byMonth = summarizeCorpus(corpus, { granularity: 'month' });
    assert.deepEqual(byMonth.timeline.map(p => [p.period, p.articles]), [['2024-03', 2], ['2024-04', 0], ['2024-05', 1]]);
    const march = byMonth.timeline[0];
    assert.equal(march.themes.reduce((n, t) => n + t.articles, 0), 2);
    assert.ok(march.themes.some(t => t.code === corpus[0].topTheme));
    const byWeek = summarizeCorpus(corpus, { granularity: 'week' });
    assert.equal(byWeek.timeline[0].period, '2024-W10');
    assert.equal(byWeek.timeline.at(-1)?.period, '2024-W18');
    assert.equal(byWeek.timeline.length, 9);
    assert.equal(summarizeCorpus(corpus).granularity, 'week', 'two months of dates read best by week');
  });

  it('numbers ISO weeks across year ends and rejects dates that do not exist', () => {
    assert.equal(periodOf('2021-01-03', 'week'), '2020-W53');
    assert.equal(periodOf('2021-01-04', 'week'), '2021-W01');
    assert.equal(periodOf('2024-12-30', 'week'), '2025-W01');
    assert.equal(periodOf('2024-02-30', 'month'), undefined);
    assert.equal(periodOf('soon', 'week'), undefined);
  });

  it('filters by date range, folder and the things an article is about', () => {
    const ids = (f: Parameters<typeof filterArticles>[1]) => filterArticles(corpus, f).map(a => a.id);
    assert.deepEqual(ids({}), ['news/asia/a.txt', 'news/b.txt', 'c.txt']);
    assert.deepEqual(ids({ from: '2024-03-10', to: '2024-03-31' }), ['news/b.txt']);
    assert.deepEqual(ids({ folder: 'news' }), ['news/asia/a.txt', 'news/b.txt']);
    assert.deepEqual(ids({ folder: 'news/as' }), [], 'a folder matches whole path segments');
    assert.deepEqual(ids({ keys: ['COUNTRY:IN', 'PERSON:toshimitsu motegi'] }), ['news/asia/a.txt']);
    assert.deepEqual(ids({ keys: ['COUNTRY:PK'] }), ['c.txt']);
  });

  it('is empty for no articles', () => {
    const s = summarizeCorpus([]);
    assert.equal(s.articles, 0);
    assert.deepEqual([s.entities, s.countries, s.themes, s.timeline, s.pairs], [[], [], [], [], []]);
    assert.equal(corpusJsonl([]), '');
  });

  it('writes the corpus table as CSV and JSON lines', () => {
    const csv = corpusCsv(corpus).split('\r\n');
    assert.equal(csv[0], 'file,date,headline,words,people,organisations,places,countries,themes');
    assert.equal(csv.length, 5, 'header, three rows, and the last line break');
    assert.match(csv[1], /^news\/asia\/a\.txt,2024-03-04,Japan and India hold talks,\d+,Toshimitsu Motegi; S Jaishankar,,Tokyo,JP; IN,International Affairs; /);
    const rows = corpusJsonl(corpus).trimEnd().split('\n').map(l => JSON.parse(l));
    assert.deepEqual(rows[2].countries, ['PK']);
    assert.equal(rows[2].headline, 'Floods in Pakistan');
    const tricky = corpusCsv([{ ...corpus[2], title: '=HYPERLINK("x"), "quoted"' }]).split('\r\n')[1];
    assert.match(tricky, /^c\.txt,2024-05-02,"'=HYPERLINK\(""x""\), ""quoted""",/);
  });

  it('recognises malformed records', () => {
    assert.equal(isCorpusArticle(null), false);
    assert.equal(isCorpusArticle({ ...corpus[0], date: 'yesterday' }), false);
    assert.equal(isCorpusArticle({ ...corpus[0], items: [{ key: 'X', kind: 'ANIMAL', name: 'x', count: 1, first: 0, line: 0, character: 0 }] }), false);
    assert.equal(isCorpusArticle({ ...corpus[0], items: 'none' }), false);
  });
});
