import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { assertBuilt, runCli, tempDir } from './runCli';

// CRLF line ends, a byte-order mark and emoji before the mentions: the offsets must still slice the text.
const TEXT = '\uFEFF date 2024-03-01 Wire\r\nJapan 🇯🇵 and India sign pact at the UN 😀\r\n'
  + 'Japanese Prime Minister Fumio Kishida met Narendra Modi 🤝 in Tokyo on Friday with NATO envoys.\r\n';
const codePoints = (s: string, start: number, end: number): string => [...s].slice(start, end).join('');

describe('the command line: annotation formats, import and compare', function () {
  this.timeout(300_000);
  let tmp: ReturnType<typeof tempDir>;
  const file = (name: string): string => path.join(tmp.dir, name);

  before(() => {
    assertBuilt();
    tmp = tempDir();
    fs.writeFileSync(file('a.txt'), TEXT);
    fs.mkdirSync(file('arts'));
    fs.mkdirSync(file('gold'));
    fs.writeFileSync(file('arts/a.txt'), TEXT);
    fs.writeFileSync(file('arts/nogold.txt'), 'Nothing to see.');
  });
  after(() => tmp.remove());

  it('writes a format to stdout (every writer is unit-tested); spaCy spans count code points of the text', async () => {
    const conll = await runCli(['--format', 'conll', file('a.txt')]);
    assert.equal(conll.code, 0, conll.stderr);
    assert.match(conll.stdout, /^-DOCSTART-\tO\n/);
    assert.match(conll.stdout, /^Fumio\tB-PERSON\nKishida\tI-PERSON$/m);
    const spacy = JSON.parse((await runCli(['--format', 'spacy', file('a.txt')])).stdout);
    assert.equal(spacy.text, TEXT);
    assert.ok(spacy.spans.length >= 5);
    for (const s of spacy.spans) assert.equal(codePoints(TEXT, s.start, s.end), s.text);
  });

  it('brat --out NAME.ann writes NAME.ann and the text unchanged as NAME.txt', async () => {
    const r = await runCli(['--format', 'brat', '--out', file('out.ann'), file('a.txt')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(file('out.txt'), 'utf8'), TEXT);
    const ann = fs.readFileSync(file('out.ann'), 'utf8');
    for (const line of ann.split('\n').filter(l => l.startsWith('T'))) {
      const [, head, covered] = line.split('\t');
      const [, s, e] = head.split(' ');
      assert.equal(codePoints(TEXT, Number(s), Number(e)), covered);
    }
    assert.match(ann, /Wikidata:Q17\tJapan/);
  });

  it('refuses bad use with exit 2 and never writes over the input', async () => {
    assert.equal((await runCli(['--format', 'xml', file('a.txt')])).code, 2);
    assert.equal((await runCli(['--format', 'brat', file('a.txt'), file('a.txt')])).code, 2);
    assert.equal((await runCli(['--format', 'brat', '--out', file('x.json'), file('a.txt')])).code, 2);
    const clash = await runCli(['--format', 'spacy', '--out', file('a.txt'), file('a.txt')]);
    assert.equal(clash.code, 1);
    assert.match(clash.stderr, /is an input of this run/);
    assert.equal(fs.readFileSync(file('a.txt'), 'utf8'), TEXT);
    // the corrections beside an article are read with it: an export must not replace them either
    const sidecar = file('a.txt.newslens.json');
    fs.writeFileSync(sidecar, '{"entities":{}}\n');
    const overCorrections = await runCli(['--format', 'conll', '--out', sidecar, file('a.txt')]);
    assert.equal(overCorrections.code, 1);
    assert.match(overCorrections.stderr, /is an input of this run/);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), '{"entities":{}}\n');
    fs.rmSync(sidecar);
  });

  it('imports annotations as the article\'s corrections, and a bad file writes nothing and names its lines', async () => {
    const cp = (word: string): string => {
      const start = [...TEXT.slice(0, TEXT.indexOf(word))].length;
      return `${start} ${start + [...word].length}\t${word}`;
    };
    fs.writeFileSync(file('good.ann'), `T1\tPERSON ${cp('Fumio Kishida')}\nT2\tORG ${cp('Friday')}\n`);
    const r = await runCli(['import', file('good.ann'), file('arts/a.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const corrections = JSON.parse(fs.readFileSync(file('arts/a.txt.newslens.json'), 'utf8'));
    assert.equal(corrections.entities['Fumio Kishida'], 'PERSON');
    assert.equal(corrections.entities.Friday, 'ORG');
    assert.ok(corrections.notEntities.includes('Narendra Modi'), JSON.stringify(corrections));
    // a second import writes over the corrections already there (the file it writes is its target, not an input)
    fs.writeFileSync(file('more.ann'), `T1\tORG ${cp('Narendra Modi')}\n`);
    const again = await runCli(['import', file('more.ann'), file('arts/a.txt')]);
    assert.equal(again.code, 0, again.stderr);
    const merged = JSON.parse(fs.readFileSync(file('arts/a.txt.newslens.json'), 'utf8'));
    assert.equal(merged.entities['Narendra Modi'], 'ORG');
    fs.rmSync(file('arts/a.txt.newslens.json'));

    fs.writeFileSync(file('bad.ann'), 'T1\tPERSON 0 3\tXYZ\nnonsense\n');
    const bad = await runCli(['import', file('bad.ann'), file('arts/a.txt')]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /bad\.ann:1: the span 0 3 reads/);
    assert.match(bad.stderr, /bad\.ann:2: not a brat standoff line/);
    assert.ok(!fs.existsSync(file('arts/a.txt.newslens.json')), 'nothing written');
  });

  it('compare --gold scores each article with gold and lists the disagreements', async () => {
    const exported = await runCli(['--format', 'spacy', file('arts/a.txt')]);
    const record = JSON.parse(exported.stdout);
    const dropped = record.spans.shift();
    fs.writeFileSync(file('gold/a.jsonl'), `${JSON.stringify(record)}\n`);
    const r = await runCli(['compare', '--gold', file('gold'), file('arts')]);
    assert.equal(r.code, 0, r.stderr);
    const n = record.spans.length;
    assert.match(r.stdout, new RegExp(`^a\\.txt  P ${(n / (n + 1)).toFixed(3)}  R 1\\.000 `, 'm'));
    assert.match(r.stdout, new RegExp(`extra .*News Lens "${dropped.text}"`));
    assert.match(r.stdout, /^all 1 article \(micro\)/m);
    assert.match(r.stderr, /nogold\.txt: no gold file/);
  });
});
