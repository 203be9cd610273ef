import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { articleText } from '../unit/property/arbitraries';
import { TEST_SEED } from '../unit/property/properties';
import { assertBuilt, guard, runCli, tempDir } from './runCli';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../samples/india-japan-strategic-dialogue.txt'), 'utf8');

interface JsonlOut {
  id: string | number;
  entities: { start: number; end: number; text: string; type: string }[];
  themes: { code: number; evidence: { start: number; end: number; text: string }[] }[];
  quotes: { start: number; end: number; text: string; kind: string; speaker: string | null; speakerEntityId: string | null; cue: { start: number; end: number; text: string } | null }[];
}

/** Asserts every span of a `--jsonl` record against the text it came from. */
function assertSpans(text: string, r: JsonlOut): void {
  for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text, `entity ${JSON.stringify(e)}`);
  for (const t of r.themes) for (const e of t.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  for (const q of r.quotes) {
    assert.equal(text.slice(q.start, q.end), q.text, `quote ${JSON.stringify(q)}`);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    assert.equal(q.speaker === null, q.speakerEntityId === null);
  }
}

function lines(s: string): string[] {
  return s.split('\n').filter(l => l !== '');
}

describe('the command line', function () {
  this.timeout(120_000); // a bound for a hang: each test starts the CLI, slow on a busy machine
  let tmp: ReturnType<typeof tempDir>;
  const file = (name: string): string => path.join(tmp.dir, name);

  before(() => {
    assertBuilt();
    tmp = tempDir();
    fs.writeFileSync(file('good.txt'), SAMPLE);
    fs.writeFileSync(file('crlf.txt'), SAMPLE.replace(/\n/g, '\r\n'));
    fs.writeFileSync(file('empty.txt'), '');
    fs.writeFileSync(file('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x41, 0x42]));
    fs.writeFileSync(file('latin1.txt'), Buffer.from('Caf\xe9 in S\xe3o Paulo\n\nThe mayor met Angela Merkel.', 'latin1'));
    fs.mkdirSync(file('folder'));
    fs.symlinkSync(file('nowhere.txt'), file('dangling.txt'));
  });
  after(() => tmp.remove());

  it('runs under a network guard that would catch a connection attempt in the CLI process', () => {
    // The same --require the CLI runs get; a script that swallows the refusal still ends with exit code 99.
    const r = spawnSync(process.execPath, ['--require', guard(), '-e', "try { require('net').connect(80, '192.0.2.1'); } catch {}"],
      { encoding: 'utf8' });
    assert.equal(r.status, 99);
    assert.match(r.stderr, /NEWS-LENS-NETWORK-VIOLATION: net\.connect -> 192\.0\.2\.1:80/);
  });

  describe('usage', () => {
    it('prints help and exits 0', async () => {
      const r = await runCli(['--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Usage:/);
    });

    it('exits 2 with the usage on stderr for an unknown option, and writes nothing to stdout', async () => {
      const r = await runCli(['--frobnicate', file('good.txt')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /unknown option --frobnicate/);
      assert.match(r.stderr, /Usage:/);
      assert.equal(r.stdout, '');
    });

    it('exits 2 when --out has no file name', async () => {
      const r = await runCli([file('good.txt'), '--out']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--out needs a file name/);
    });

    it('exits 2 when --jsonl gets more than one input', async () => {
      const r = await runCli(['--jsonl', file('a.jsonl'), file('b.jsonl')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /one input/);
    });

    it('exits 2 when --json and --jsonl are both given', async () => {
      const r = await runCli(['--json', '--jsonl', file('good.txt')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--json.*--jsonl|--jsonl.*--json/);
    });
  });

  describe('corrections beside an article', () => {
    it('applies FILE.newslens.json, as the editor writes it', async () => {
      fs.writeFileSync(file('corrected.txt'), SAMPLE);
      fs.writeFileSync(file('corrected.txt.newslens.json'), JSON.stringify({ notEntities: ['Indo-Pacific'], entities: { 'Left Menu': 'ORG' } }));
      const r = await runCli(['--json', file('corrected.txt'), file('good.txt')]);
      assert.equal(r.code, 0, r.stderr);
      const [corrected, plain] = lines(r.stdout).map(l => JSON.parse(l) as { entities: { type: string; canonical: string }[] });
      const names = (a: typeof corrected) => a.entities.map(e => `${e.type}:${e.canonical}`);
      assert.ok(names(plain).includes('PLACE:Indo-Pacific') && !names(plain).includes('ORG:Left Menu'));
      assert.ok(!names(corrected).includes('PLACE:Indo-Pacific') && names(corrected).includes('ORG:Left Menu'), names(corrected).join(', '));
    });

    it('reports a bad corrections file on stderr, applies none of it and still exits 0', async () => {
      fs.writeFileSync(file('badfix.txt'), SAMPLE);
      fs.writeFileSync(file('badfix.txt.newslens.json'), '{ "notEntities": [');
      const r = await runCli(['--json', file('badfix.txt')]);
      assert.equal(r.code, 0);
      assert.match(r.stderr, /badfix\.txt\.newslens\.json: it is not valid JSON .*; no corrections apply/);
      const record = JSON.parse(lines(r.stdout)[0]) as { entities: { canonical: string }[] };
      assert.ok(record.entities.some(e => e.canonical === 'Indo-Pacific'));
    });
  });

  describe('bad files', () => {
    it('reports each bad file on stderr by name, still analyses the others, and exits 1', async () => {
      const bad = ['missing.txt', 'folder', 'binary.txt', 'dangling.txt'];
      const good = ['good.txt', 'empty.txt', 'crlf.txt', 'latin1.txt'];
      const r = await runCli(['--json', ...['good.txt', 'missing.txt', 'folder', 'empty.txt', 'binary.txt', 'crlf.txt', 'dangling.txt', 'latin1.txt'].map(file)]);
      assert.equal(r.code, 1);
      const errors = lines(r.stderr);
      assert.equal(errors.length, bad.length, r.stderr);
      for (const name of bad) assert.ok(errors.some(l => l.includes(file(name))), `${name} is not reported:\n${r.stderr}`);
      assert.match(r.stderr, /folder: .*directory/);
      assert.match(r.stderr, /binary\.txt: .*binary/);
      const records = lines(r.stdout).map(l => JSON.parse(l) as { file: string; textLength: number; mentions: { start: number; end: number; text: string }[] });
      assert.deepEqual(records.map(x => path.basename(x.file)), good);
      for (const rec of records) {
        const text = fs.readFileSync(rec.file, 'utf8');
        assert.equal(rec.textLength, text.length);
        for (const m of rec.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      }
      const crlf = records[2];
      assert.ok(crlf.mentions.length > 0);
      assert.ok(crlf.mentions.some(m => m.text === 'Japan'));
    });

    it('refuses a file over the size limit without reading it', async () => {
      const big = file('big.txt');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 21 * 1024 * 1024);
      try {
        const r = await runCli([big]);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /big\.txt: .*MB/);
      } finally {
        fs.rmSync(big);
      }
    });

    it('reports a file it may not read', async function () {
      if (process.getuid?.() === 0) this.skip(); // root reads anything
      const locked = file('locked.txt');
      fs.writeFileSync(locked, SAMPLE);
      fs.chmodSync(locked, 0o000);
      const r = await runCli([locked, file('good.txt')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /locked\.txt: .*(EACCES|permission)/i);
      assert.match(r.stdout, /good\.txt/);
    });

    it('refuses a device that could be read for ever (/dev/zero) instead of hanging', async function () {
      if (!fs.existsSync('/dev/zero')) this.skip();
      const r = await runCli(['/dev/zero', file('good.txt')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /\/dev\/zero: is not a regular file/);
      assert.match(r.stdout, /good\.txt/);
    });

    it('reads an article from stdin when the file is -, and refuses binary stdin', async () => {
      const r = await runCli(['-'], { input: SAMPLE.replace(/\n/g, '\r\n') });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /India, Japan hold strategic dialogue/);
      const bin = await runCli(['-'], { input: Buffer.from([0x41, 0x00, 0x42]) });
      assert.equal(bin.code, 1);
      assert.match(bin.stderr, /-: looks binary/);
    });

    it('counts the entities it lists: a country named only inside another name has its own row and is counted', async () => {
      const article = path.join(__dirname, '../fixtures/envoys.article');
      const r = await runCli(['--no-color', article]);
      assert.equal(r.code, 0, r.stderr);
      const m = /(\d+) entities: ([^\n]*)/.exec(r.stdout);
      assert.ok(m, r.stdout);
      const rows = r.stdout.split('\n  Themes')[0].split('\n').filter(l => /^ {4}\S/.test(l)).length;
      assert.equal(Number(m[1]), rows, r.stdout);
      const parts = m[2].split(', ').map(p => Number(p.split(' ')[0]));
      assert.equal(parts.reduce((a, b) => a + b, 0), rows, r.stdout);
      assert.match(m[2], /3 countries/, 'China and Palestine are named only inside a place and an organisation name');
    });

    it('summarises an empty file without failing', async () => {
      const r = await runCli([file('empty.txt')]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /0 words, 0 paragraphs, 0 entities/);
    });
  });

  describe('JSONL', () => {
    const good1 = { id: 'a', text: SAMPLE };
    const good2 = { id: 7, text: 'Toshimitsu Motegi met S Jaishankar in Tokyo.\r\n\r\nJapan and India talked trade. 😀' };
    const input = [
      JSON.stringify(good1),
      '{"id": "broken", "text": "unterminated',
      JSON.stringify({ id: 'no-text', body: 'x' }),
      '',
      JSON.stringify([1, 2]),
      `${JSON.stringify(good2)}\r`,
      'null',
      JSON.stringify({ id: 'number-text', text: 42 }),
      JSON.stringify({ text: '' }),
    ].join('\n');

    function check(r: { code: number | null; stdout: string; stderr: string }, name: string): void {
      assert.equal(r.code, 1, r.stderr);
      const errors = lines(r.stderr);
      for (const n of [2, 3, 5, 7, 8]) assert.ok(errors.some(l => l.includes(`${name}:${n}:`)), `line ${n} is not reported:\n${r.stderr}`);
      assert.equal(errors.length, 5, r.stderr);
      assert.match(r.stderr, new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not JSON`));
      const out = lines(r.stdout).map(l => JSON.parse(l) as JsonlOut);
      assert.deepEqual(out.map(o => o.id), ['a', 7, 9]);
      assertSpans(good1.text, out[0]);
      assertSpans(good2.text, out[1]);
      assert.ok(out[1].entities.some(e => good2.text.slice(e.start, e.end) === 'Tokyo'));
      assert.deepEqual(out[2].entities, []);
    }

    it('turns 200 generated messy texts into 200 records whose spans slice their text, among 20 bad lines', async function () {
      this.timeout(300_000);
      const texts = fc.sample(articleText, { seed: TEST_SEED, numRuns: 200 });
      const records: string[] = [];
      const badLines: number[] = [];
      texts.forEach((text, i) => {
        if (i % 10 === 5) {
          records.push(i % 20 === 5 ? `{"id": ${i}, "text": ` : JSON.stringify({ id: i }));
          badLines.push(records.length);
        }
        records.push(JSON.stringify({ id: `t${i}`, text }));
      });
      fs.writeFileSync(file('generated.jsonl'), records.join('\r\n'));
      const r = await runCli(['--jsonl', file('generated.jsonl')]);
      assert.equal(r.code, 1);
      const reported = [...r.stderr.matchAll(/generated\.jsonl:(\d+):/g)].map(m => Number(m[1]));
      assert.deepEqual(reported, badLines);
      const out = r.stdout.split('\n').filter(l => l !== '').map(l => JSON.parse(l) as JsonlOut);
      assert.deepEqual(out.map(o => o.id), texts.map((_, i) => `t${i}`));
      out.forEach((o, i) => assertSpans(texts[i], o));
    });

    it('writes the quotations with their speaker and cue, and null where the text names no speaker', async () => {
      const text = `${SAMPLE}\n"The water came up to the roof," one resident said.\n`;
      const r = await runCli(['--jsonl'], { input: JSON.stringify({ id: 'q', text }) });
      assert.equal(r.code, 0, r.stderr);
      const [out] = lines(r.stdout).map(l => JSON.parse(l) as JsonlOut);
      assertSpans(text, out);
      const direct = out.quotes.find(q => q.text.startsWith('Explored further expansion'));
      assert.deepEqual([direct?.kind, direct?.speaker, direct?.cue?.text], ['direct', 'S Jaishankar', 'said']);
      assert.ok(out.quotes.some(q => q.kind === 'reported' && q.speaker === 'S Jaishankar' && q.cue?.text === 'tweeted'));
      const anonymous = out.quotes.find(q => q.text.startsWith('The water'));
      assert.deepEqual([anonymous?.speaker, anonymous?.speakerEntityId, anonymous?.cue?.text], [null, null, 'said']);
    });

    it('reports bad lines by file and line number, writes the other records, and exits 1', async () => {
      fs.writeFileSync(file('in.jsonl'), input);
      check(await runCli(['--jsonl', file('in.jsonl')]), file('in.jsonl'));
    });

    it('reads records from stdin, with - or without a file name', async () => {
      check(await runCli(['--jsonl'], { input }), '<stdin>');
      check(await runCli(['--jsonl', '-'], { input }), '<stdin>');
    });

    it('reports a missing or unreadable JSONL input and exits 1', async () => {
      const missing = await runCli(['--jsonl', file('missing.jsonl')]);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /missing\.jsonl/);
      const folder = await runCli(['--jsonl', file('folder')]);
      assert.equal(folder.code, 1);
      assert.match(folder.stderr, /folder/);
      assert.doesNotMatch(folder.stderr, /\n\s+at /, 'a stack trace instead of a message');
    });
  });

  describe('--out', () => {
    it('writes the output to the file and leaves no temporary file', async () => {
      const out = file('out/result.jsonl');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(file('one.jsonl'), JSON.stringify(good()));
      const r = await runCli(['--jsonl', file('one.jsonl'), '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.deepEqual(fs.readdirSync(path.dirname(out)), ['result.jsonl']);
      assert.equal((JSON.parse(fs.readFileSync(out, 'utf8')) as JsonlOut).id, 'g');
    });

    it('keeps the previous output and no temporary file when the run fails outright', async () => {
      const out = file('out2/result.jsonl');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, 'previous\n');
      const r = await runCli(['--jsonl', file('missing.jsonl'), '--out', out]);
      assert.equal(r.code, 1);
      assert.equal(fs.readFileSync(out, 'utf8'), 'previous\n');
      assert.deepEqual(fs.readdirSync(path.dirname(out)), ['result.jsonl']);
    });

    it('reports an output folder that does not exist with exit code 1 and no stack trace', async () => {
      const r = await runCli([file('good.txt'), '--out', file('no/such/folder/out.txt')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /out\.txt/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });

    it('still writes the good records when some lines are bad (exit 1)', async () => {
      const out = file('out3/result.jsonl');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(file('mixed.jsonl'), `${JSON.stringify(good())}\nnot json\n`);
      const r = await runCli(['--jsonl', file('mixed.jsonl'), '--out', out]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /mixed\.jsonl:2: not JSON/);
      assert.equal(lines(fs.readFileSync(out, 'utf8')).length, 1);
      assert.deepEqual(fs.readdirSync(path.dirname(out)), ['result.jsonl']);
    });

    function good(): { id: string; text: string } {
      return { id: 'g', text: 'Angela Merkel visited Paris.' };
    }
  });
});
