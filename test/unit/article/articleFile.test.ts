import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ARTICLE_CONFIDENCE, ARTICLE_FILE_GLOB, detectArticle, firstLineOf, HEADER_LINE_PATTERN, hasArticleExtension, hasTextExtension,
  HINT_CONFIDENCE, isHeaderLine, isOverSizeLimit, looksBinary,
} from '../../../src/core/article/articleFile';

const root = path.join(__dirname, '../../..');
const seed = fs.readFileSync(path.join(root, 'samples/india-japan-strategic-dialogue.txt'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { languages: { id: string; extensions: string[]; firstLine?: string }[] };
};
const language = manifest.contributes.languages.find(l => l.id === 'news-article');

// Written for these tests: a wire-style report with a dateline, one paragraph per line.
const WIRE = `Harbour strike halts grain exports for a third day
ROTTERDAM, March 3 (Reuters) - Dock workers at Europe's largest port stayed off the job for a third day on Tuesday, leaving dozens of grain ships waiting at anchor, union officials said.
The strike began after talks over night-shift pay broke down late on Sunday, according to a statement from the port authority, which said it hoped to resume negotiations this week.
"We are not asking for the moon, we are asking for a fair night rate," said a union spokeswoman, who added that members would vote on any new offer.
Traders said the stoppage had already pushed up freight costs for cargoes from the Black Sea, and warned that a longer strike could delay deliveries to mills across northern Europe.
The port authority said container terminals were working normally and that ferry services to Britain had not been affected.
`;

// Written for these tests: a feature with a byline and blank lines between paragraphs, no reporting cliché in the headline.
const FEATURE = `The village that counts its bees

By Maria Olsen

Every spring the people of a small valley town walk the hillsides with notebooks, counting the hives their grandparents kept. This year they found fewer than half.

Farmers told the local council that a wet summer and a new pest had hit the colonies hard. The council has promised money for new hives, but the beekeepers say money alone will not bring the bees back.

"You cannot buy a colony that knows this valley," one of them said. Younger families have begun to join the count, and the school now keeps two hives of its own.

The count will be repeated in the autumn, when the council expects a report from the regional agricultural office.
`;

const LOG = Array.from({ length: 40 }, (_, i) =>
  `2024-05-0${1 + (i % 9)} 12:${String(i).padStart(2, '0')}:07 INFO worker-${i % 3} processed batch ${i} in ${100 + i} ms; queue length ${40 - i}`).join('\n');

const CODE = `import fs from 'node:fs';

export function readConfig(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.trim()) {
    return {};
  }
  // The config file is JSON with comments stripped.
  const json = text.replace(/\\/\\/.*$/gm, '');
  return JSON.parse(json);
}

export class Cache {
  #items = new Map();
  get(key) {
    return this.#items.get(key);
  }
  set(key, value) {
    this.#items.set(key, value);
    return value;
  }
}
`;

const LIST = `Shopping and errands for the weekend
- milk, eggs, bread and butter from the corner shop
- pick up the dry cleaning before noon on Saturday
- call the plumber about the kitchen tap that keeps dripping
- buy a birthday present for Anna, maybe a book or a scarf
- return the library books, they are two weeks overdue now
- water the plants on the balcony and in the hall
- book the car in for its service next month
- find the receipt for the broken kettle and take it back
- ask the neighbours whether they can feed the cat in August
- renew the parking permit online before it runs out
1. pay the electricity bill
2. pay the water bill
3. sort the recycling
`;

const NOTES = `Meeting notes
Angela Merkel visited Lisbon to talk with Portuguese officials about fishing quotas.
`;

const KEY_VALUES = `Server inventory
host: web-01
ip: 10.0.0.4
role: frontend
os: debian 12
host: web-02
ip: 10.0.0.5
role: frontend
os: debian 12
host: db-01
ip: 10.0.0.9
role: database
os: debian 12
`;

describe('articleFile: the header line, extensions and checks', () => {
  it('the manifest declares the core header pattern as firstLine and the core article extensions', () => {
    assert.ok(language, 'package.json contributes the news-article language');
    assert.equal(language.firstLine, HEADER_LINE_PATTERN);
    assert.deepEqual([...language.extensions].sort(), ['.article', '.news']);
    for (const e of language.extensions) assert.ok(hasArticleExtension(`a/b${e}`), e);
  });

  it('the manifest firstLine and isHeaderLine agree on header and non-header lines', () => {
    const firstLine = new RegExp(language?.firstLine ?? '$^');
    const lines = [' date 2020-10-07 Left Menu', 'date 2020-10-07', ' date 2020-10-07', 'date 2020-10-07x', 'Date 2020-10-07',
      '  date 2020-10-07', 'date 20-10-07', 'updated date 2020-10-07', '', 'date 2020-10-07\tMenu'];
    for (const line of lines) assert.equal(isHeaderLine(line), firstLine.test(line), JSON.stringify(line));
    assert.ok(isHeaderLine('\uFEFF date 2020-10-07'), 'a byte-order mark before the header is allowed');
  });

  it('reads the first line of LF, CRLF and CR text, and of text without a break', () => {
    assert.equal(firstLineOf('a b\r\nc'), 'a b');
    assert.equal(firstLineOf('a b\rc'), 'a b');
    assert.equal(firstLineOf('a b\nc'), 'a b');
    assert.equal(firstLineOf('one line'), 'one line');
  });

  it('knows article and text extensions in any case, and the glob covers both', () => {
    assert.ok(hasArticleExtension('/x/Report.ARTICLE'));
    assert.ok(!hasArticleExtension('/x/report.article.txt'));
    assert.ok(hasTextExtension('/x/a.TXT'));
    assert.ok(!hasTextExtension('/x/txt'));
    assert.equal(ARTICLE_FILE_GLOB, '**/*.{article,news,txt}');
  });

  it('calls bytes binary only for a NUL among the first 8 KB, and compares sizes in megabytes', () => {
    assert.ok(looksBinary(new Uint8Array([65, 0, 66])));
    assert.ok(!looksBinary(new TextEncoder().encode('plain text')));
    const late = new Uint8Array(9000).fill(65);
    late[8500] = 0;
    assert.ok(!looksBinary(late));
    assert.ok(isOverSizeLimit(5 * 1024 * 1024 + 1, 5));
    assert.ok(!isOverSizeLimit(5 * 1024 * 1024, 5));
  });
});

describe('detectArticle', () => {
  const withoutHeader = seed.slice(seed.indexOf('\n') + 1);

  it('is certain for a file with the header line', () => {
    assert.deepEqual(detectArticle(seed), { confidence: 1, signs: ['the article header line'] });
  });

  for (const [name, text] of [['the seed article without its header line', withoutHeader], ['a wire report with a dateline', WIRE],
    ['a feature with a byline and blank lines', FEATURE], ['the wire report with CRLF line ends', WIRE.replace(/\n/g, '\r\n')]] as const) {
    it(`annotates ${name}`, () => {
      const r = detectArticle(text);
      assert.ok(r.confidence >= ARTICLE_CONFIDENCE, `${r.confidence} ${r.signs.join('; ')}`);
      assert.ok(r.signs.includes('a headline line'), r.signs.join('; '));
    });
  }

  it('names the dateline and the byline it saw', () => {
    assert.ok(detectArticle(WIRE).signs.includes('a dateline'), detectArticle(WIRE).signs.join('; '));
    assert.ok(detectArticle(FEATURE).signs.includes('a byline'), detectArticle(FEATURE).signs.join('; '));
  });

  for (const [name, text] of [['a log', LOG], ['code', CODE], ['a to-do list', LIST], ['short notes', NOTES],
    ['key-value lines', KEY_VALUES], ['empty text', ''], ['white space', ' \n\n\t\n']] as const) {
    it(`neither annotates nor hints for ${name}`, () => {
      const r = detectArticle(text);
      assert.ok(r.confidence < HINT_CONFIDENCE, `${r.confidence} ${r.signs.join('; ')}`);
    });
  }

  it('hints (but does not annotate) for prose paragraphs without a headline, byline or dateline', () => {
    const body = FEATURE.split('\n').slice(4).join('\n');
    const r = detectArticle(body);
    assert.ok(r.confidence >= HINT_CONFIDENCE && r.confidence < ARTICLE_CONFIDENCE, `${r.confidence} ${r.signs.join('; ')}`);
    assert.ok(!r.signs.includes('a headline line'));
  });

  it('reads only the start of a long file, so a huge one costs no more than 20,000 characters', () => {
    const long = WIRE + 'x'.repeat(1_000_000);
    assert.equal(detectArticle(long).confidence, detectArticle(WIRE + 'x'.repeat(30_000)).confidence);
  });
});
