import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { assertBuilt, runCli, tempDir } from './runCli';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../samples/india-japan-strategic-dialogue.txt'), 'utf8');

interface CorpusJson {
  articles: number;
  skipped: number;
  skippedBy: Record<string, number>;
  entities: { canonical: string; type: string; entityId: string; articles: number; mentions: number }[];
  countries: { code: string; name: string; articles: number; mentions: number }[];
  themes: { code: number; name: string; articles: number }[];
  timeline: { period: string; articles: number }[];
  pairs: { a: string; b: string; articles: number }[];
}

describe('news-lens corpus', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  const file = (name: string): string => path.join(tmp.dir, name);
  const write = (name: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(file(name)), { recursive: true });
    fs.writeFileSync(file(name), content);
  };

  before(() => {
    assertBuilt();
    tmp = tempDir();
    write('beat/seed.txt', SAMPLE);
    write('beat/asia/talks.article', 'Japan and India hold talks\n\nJapanese Foreign Minister Toshimitsu Motegi met Indian External Affairs Minister S Jaishankar in Tokyo.');
    write('beat/asia/trade.news', ' date 2024-03-20 x\nIndia signs a trade deal\n\nExternal Affairs Minister S Jaishankar said India and France agreed on tariffs.');
    write('beat/notes.txt', 'shopping list: milk, eggs');
    write('beat/binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    write('beat/huge.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    write('beat/.hidden/secret.txt', SAMPLE);
    write('beat/image.png', 'not read at all');
    fs.symlinkSync(file('nowhere.txt'), file('beat/dangling.txt'));
  });
  after(() => tmp.remove());

  it('prints the documented JSON summary, lists best first, and counts the files it skipped', async () => {
    const r = await runCli(['corpus', '--json', '--jobs', '1', file('beat')]);
    assert.equal(r.code, 1, 'a dangling link is unreadable input');
    const s = JSON.parse(r.stdout) as CorpusJson;
    assert.equal(s.articles, 4, 'seed, talks, trade and the notes: every .txt is an article without --strict');
    assert.equal(s.skipped, 3);
    assert.deepEqual(s.skippedBy, { binary: 1, 'too large': 1, unreadable: 1 });
    assert.match(r.stderr, /binary\.txt: skipped, binary/);
    assert.match(r.stderr, /huge\.txt: skipped, too large \(5\.0 MB\)/);
    assert.match(r.stderr, /dangling\.txt: skipped, unreadable/);
    const jaishankar = s.entities.find(e => e.entityId === 'PERSON:s jaishankar');
    assert.deepEqual(jaishankar && { canonical: jaishankar.canonical, type: jaishankar.type, articles: jaishankar.articles },
      { canonical: 'S Jaishankar', type: 'PERSON', articles: 3 });
    assert.equal(s.countries[0].code, 'IN');
    assert.equal(s.countries[0].name, 'India');
    assert.equal(s.countries[0].articles, 3);
    for (const list of [s.entities, s.countries, s.themes, s.pairs]) {
      assert.ok(list.length > 0);
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].articles >= list[i].articles, 'best first');
    }
    assert.ok(s.themes.some(t => t.code === 19 && t.name === 'International Affairs'));
    assert.ok(s.timeline.every(p => /^\d{4}-(?:\d{2}|W\d{2})$/.test(p.period) && Number.isInteger(p.articles)));
    assert.equal(s.timeline.reduce((n, p) => n + p.articles, 0), 4, 'every article is dated (header or file date)');
    assert.ok(s.pairs.some(p => [p.a, p.b].sort().join() === 'India,S Jaishankar' && p.articles === 3));
  });

  it('keeps only the editor\'s articles with --strict', async () => {
    const s = JSON.parse((await runCli(['corpus', '--json', '--strict', '--jobs', '1', file('beat')])).stdout) as CorpusJson;
    assert.equal(s.articles, 3);
    assert.equal(s.skippedBy['not an article'], 1);
  });

  it('gives the same summary with two worker threads as with one', async () => {
    const one = await runCli(['corpus', '--json', '--jobs', '1', file('beat')]);
    const two = await runCli(['corpus', '--json', '--jobs', '2', file('beat')]);
    assert.equal(two.code, one.code);
    assert.deepEqual(JSON.parse(two.stdout), JSON.parse(one.stdout));
  });

  it('writes the same bytes, in the same order, with any number of worker threads', async function () {
    this.timeout(240_000);
    // more files than the workers hold at once (batches of 8, four batches a worker), with bad files among them
    const sentences = SAMPLE.split(/(?<=\.)\s+/).filter(x => x.length > 40);
    for (let i = 0; i < 90; i++) {
      const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      write(`many/d${i % 3}/a${String(i).padStart(3, '0')}.article`, ` date ${day} x\nHeadline ${i}\n\n${sentences[i % sentences.length]} ${sentences[(i * 7) % sentences.length]}`);
    }
    write('many/d1/a040.txt', Buffer.from([0x00, 0x01, 0x02, 0x03]));
    fs.symlinkSync(file('nowhere.article'), file('many/d2/a050.article.link.txt'));
    for (const format of ['--json', '--csv', '--jsonl', '--text']) {
      const args = format === '--text' ? [] : [format];
      const one = await runCli(['corpus', ...args, '--jobs', '1', file('many')]);
      for (const jobs of format === '--json' ? ['2', '3'] : ['2']) {
        const more = await runCli(['corpus', ...args, '--jobs', jobs, file('many')]);
        assert.equal(more.code, one.code, `${format} --jobs ${jobs}`);
        assert.equal(more.stdout, one.stdout, `${format} --jobs ${jobs}`);
        assert.equal(more.stderr, one.stderr, `${format} --jobs ${jobs}`);
      }
      if (format === '--jsonl') assert.equal(one.stdout.trimEnd().split('\n').length, 90);
    }
  });

  it('writes the corpus table as CSV and as JSON lines, one row per article in file order', async () => {
    const csv = await runCli(['corpus', '--csv', '--jobs', '2', file('beat')]);
    const rows = csv.stdout.split('\r\n');
    assert.equal(rows[0], 'file,date,headline,words,people,organisations,places,countries,themes');
    assert.equal(rows.length, 6);
    assert.match(rows[1], /asia\/talks\.article,\d{4}-\d{2}-\d{2},Japan and India hold talks,\d+,Toshimitsu Motegi; S Jaishankar,,Tokyo,JP; IN,/);
    assert.match(rows[2], /asia\/trade\.news,2024-03-20,India signs a trade deal,/);
    assert.match(csv.stderr, /4 article\(s\) in the table, 3 file\(s\) skipped/);
    const jsonl = await runCli(['corpus', '--jsonl', file('beat/asia')]);
    assert.equal(jsonl.code, 0);
    const records = jsonl.stdout.trimEnd().split('\n').map(l => JSON.parse(l));
    assert.deepEqual(records.map(x => x.headline), ['Japan and India hold talks', 'India signs a trade deal']);
    assert.deepEqual(records[1].countries, ['IN', 'FR']);
  });

  it('prints a readable summary by default', async () => {
    const r = await runCli(['corpus', '--jobs', '1', file('beat/asia')]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^2 articles\n/);
    assert.match(r.stdout, /\nPeople\n {2}S Jaishankar {2}2 articles, 2x\n/);
  });

  it('reports usage errors with exit code 2', async () => {
    for (const args of [['corpus'], ['corpus', '--jobs', '0', '.'], ['corpus', '--csv', '--json', '.'], ['corpus', file('missing')], ['corpus', '--fast', '.']]) {
      const r = await runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /news-lens corpus: /);
    }
  });
});
