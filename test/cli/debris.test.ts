// Issue 13, item 3: the command line never destroys its input or leaves debris, whatever --out names and
// whenever a signal comes; and item 2 for the command line: one bad corrections file costs only its article.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assertBuilt, CLI, guard, runCli, spawnCli, tempDir } from './runCli';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../samples/india-japan-strategic-dialogue.txt'), 'utf8');
const STACK = /\n\s+at /;

/** Resolves once `dir` holds a name ending in `.tmp`: reacts to the directory's change events, never to a clock. */
function whenTempFileAppears(dir: string): { appeared: Promise<void>; stop: () => void } {
  let stop = (): void => undefined;
  const appeared = new Promise<void>(resolve => {
    const check = (): void => {
      if (fs.readdirSync(dir).some(f => f.endsWith('.tmp'))) resolve();
    };
    const watcher = fs.watch(dir, check);
    stop = () => watcher.close();
    check();
  });
  void appeared.then(() => stop());
  return { appeared, stop: () => stop() };
}

describe('the command line never destroys its input or leaves debris (issue 13, item 3)', function () {
  this.timeout(600_000); // a bound for a hang: a busy machine only makes the runs slower
  let tmp: ReturnType<typeof tempDir>;
  const file = (name: string): string => path.join(tmp.dir, name);
  /** A fresh folder holding the sample article as a.txt. */
  const folder = (name: string): string => {
    const dir = file(name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.txt'), SAMPLE);
    return dir;
  };

  before(() => {
    assertBuilt();
    tmp = tempDir();
  });
  after(() => tmp.remove());

  it('refuses --out naming one of its inputs, by path, through a link, a corrections file or stdin; the article stays', async () => {
    const dir = folder('same');
    const article = path.join(dir, 'a.txt');
    fs.symlinkSync(article, path.join(dir, 'link.txt'));
    fs.writeFileSync(`${article}.newslens.json`, '{"notEntities": ["Japan"]}');
    for (const args of [
      [article, '--out', article],
      [path.join(dir, 'other.txt'), article, '--out', path.join(dir, 'link.txt')],
      ['--json', article, '--out', path.join(dir, '../same/a.txt')],
      [article, '--out', `${article}.newslens.json`],
      ['--jsonl', article, '--out', article],
    ]) {
      const r = await runCli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /is an input of this run .*nothing was written/);
      assert.doesNotMatch(r.stderr, STACK);
    }
    assert.equal(fs.readFileSync(article, 'utf8'), SAMPLE);
    assert.equal(fs.readFileSync(`${article}.newslens.json`, 'utf8'), '{"notEntities": ["Japan"]}');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'a.txt.newslens.json', 'link.txt']);
  });

  it('refuses --out naming the file its standard input is read from', async () => {
    const dir = folder('stdin');
    const article = path.join(dir, 'a.txt');
    // `news-lens - --out a.txt < a.txt`: the article is the child's standard input
    const code = await new Promise<number | null>((resolve, reject) => {
      const fd = fs.openSync(article, 'r');
      const c = spawn(process.execPath, ['--require', guard(), CLI, '-', '--out', article], { stdio: [fd, 'ignore', 'ignore'] });
      c.on('error', reject);
      c.on('close', resolve);
      fs.closeSync(fd);
    });
    assert.equal(code, 2);
    assert.equal(fs.readFileSync(article, 'utf8'), SAMPLE);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });

  it('refuses --out onto a folder or a read-only file with a message, no temporary file and no stack trace', async () => {
    const dir = folder('targets');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'locked.txt'), 'previous\n', { mode: 0o444 });
    for (const [target, why] of [['sub', /is a folder/], ['locked.txt', /is read-only/]] as const) {
      const r = await runCli([path.join(dir, 'a.txt'), '--out', path.join(dir, target)]);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, why);
      assert.doesNotMatch(r.stderr, STACK);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'locked.txt'), 'utf8'), 'previous\n');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'locked.txt', 'sub']);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'sub')), []);
  });

  for (const [signal, code, runs] of [['SIGTERM', 143, 8], ['SIGHUP', 129, 4], ['SIGINT', 130, 3]] as const) {
    it(`${signal} the moment the temporary file appears leaves no temporary file and keeps the previous output (exit ${code}), ${runs} runs`, async () => {
      const dir = file(`signal-${signal}`);
      fs.mkdirSync(dir);
      const out = path.join(dir, 'result.jsonl');
      fs.writeFileSync(out, 'previous\n');
      for (let run = 0; run < runs; run++) {
        const watch = whenTempFileAppears(dir);
        const child = spawnCli(['--jsonl', '-', '--out', out]);
        const exited = new Promise<number | null>(resolve => child.on('close', resolve));
        child.stdin.on('error', () => undefined);
        await watch.appeared;
        child.kill(signal);
        assert.equal(await exited, code, `run ${run + 1}`);
        assert.deepEqual(fs.readdirSync(dir), ['result.jsonl'], `run ${run + 1}`);
        assert.equal(fs.readFileSync(out, 'utf8'), 'previous\n');
      }
    });
  }

  it('treats a reader that closes the pipe early (| head -1) as a normal end: exit 0, no EPIPE trace', async () => {
    const dir = folder('pipe');
    const child = spawnCli(Array.from({ length: 40 }, () => path.join(dir, 'a.txt')));
    const err: Buffer[] = [];
    child.stderr.on('data', d => err.push(d));
    const exited = new Promise<number | null>(resolve => child.on('close', resolve));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end();
    assert.equal(await exited, 0);
    assert.equal(Buffer.concat(err).toString(), '');
  });

  it('a corrections file nested 20,000 deep or with prototype keys costs only its own article (issue 13, item 2)', async () => {
    const dir = folder('bad-corrections');
    fs.writeFileSync(path.join(dir, 'b.txt'), SAMPLE);
    fs.writeFileSync(path.join(dir, 'c.txt'), SAMPLE);
    fs.writeFileSync(path.join(dir, 'a.txt.newslens.json'), `{"notEntities": [${'['.repeat(20_000)}${']'.repeat(20_000)}]}`);
    fs.writeFileSync(path.join(dir, 'b.txt.newslens.json'), '{"entities": {"Tokyo": "constructor", "__proto__": "person"}}');
    fs.writeFileSync(path.join(dir, 'c.txt.newslens.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    const r = await runCli(['--json', ...['a.txt', 'b.txt', 'c.txt'].map(f => path.join(dir, f))]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, STACK);
    assert.doesNotMatch(r.stderr, /root:x/, 'a file that is not JSON is never quoted');
    const out = r.stdout.trim().split('\n').map(l => JSON.parse(l) as { file: string; entities: { type: string }[] });
    assert.deepEqual(out.map(o => path.basename(o.file)), ['a.txt', 'b.txt', 'c.txt']);
    for (const o of out) assert.ok(o.entities.every(e => ['PERSON', 'ORG', 'PLACE', 'COUNTRY'].includes(e.type)), JSON.stringify(o.entities));
    assert.match(r.stderr, /b\.txt\.newslens\.json: the type of "Tokyo" must be PERSON, ORG or PLACE, not "constructor"/);
  });

  it('reads no corrections file that is not a regular file or is over the size cap, and says why', async () => {
    const dir = folder('odd-corrections');
    fs.mkdirSync(path.join(dir, 'a.txt.newslens.json'));
    fs.writeFileSync(path.join(dir, 'b.txt'), SAMPLE);
    fs.writeFileSync(path.join(dir, 'b.txt.newslens.json'), `{"notEntities": ["Japan"], "pad": "${'x'.repeat(3 * 1024 * 1024)}"}`);
    const r = await runCli([path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /a\.txt\.newslens\.json: cannot read \(it is not a regular file\)/);
    assert.match(r.stderr, /b\.txt\.newslens\.json: cannot read \(it is larger than 2 MB\)/);
    assert.match(r.stdout, /Japan/);
  });
});
