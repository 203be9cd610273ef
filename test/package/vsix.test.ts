// Packages the extension (`npm run package`, as a release does), unpacks the .vsix and checks what a user gets:
// the README's images and links resolve inside it, the icon is there, the bundled libraries' licence texts are
// there, and the CLI shares the engine with the extension instead of carrying a second copy.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.join(__dirname, '../..');
const VSIX = path.join(ROOT, 'news-lens.vsix');

/** The files of a zip archive by name (stored or deflated entries, as vsce writes them). */
function unzip(archive: Buffer): Map<string, Buffer> {
  let end = archive.length - 22;
  while (end >= 0 && archive.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'the .vsix is a zip archive');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(archive.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(data, data + size);
    files.set(name, method === 8 ? zlib.inflateRawSync(raw) : raw);
    at += 46 + nameLength + skip;
  }
  return files;
}

describe('the packaged extension (.vsix)', function () {
  let files: Map<string, Buffer>;
  const text = (name: string): string => {
    const file = files.get(`extension/${name}`);
    assert.ok(file, `${name} is in the .vsix`);
    return file.toString('utf8');
  };

  before(function () {
    this.timeout(600_000);
    fs.rmSync(VSIX, { force: true });
    execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    files = unzip(fs.readFileSync(VSIX));
  });
  after(() => fs.rmSync(VSIX, { force: true }));

  it('carries every image and relative link of its README', () => {
    const readme = text('readme.md'); // vsce stores the README under this name
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map(m => m[1]).filter(l => !/^(?:[a-z]+:|#)/i.test(l));
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(m => m[1]);
    assert.ok(images.length >= 3, `the README shows screenshots: ${images.join(', ')}`);
    for (const link of links) assert.ok(files.has(`extension/${decodeURI(link)}`), `${link} resolves inside the .vsix`);
    for (const image of images) assert.ok(files.get(`extension/${image}`)?.subarray(1, 4).toString() === 'PNG', `${image} is a PNG`);
  });

  it('has an icon', () => {
    const manifest = JSON.parse(text('package.json')) as { icon?: string };
    assert.ok(manifest.icon, 'package.json names an icon');
    assert.equal(files.get(`extension/${manifest.icon}`)?.subarray(1, 4).toString(), 'PNG');
  });

  it('carries the licence texts of the libraries it bundles', () => {
    const compromise = text('dist/licenses/compromise-MIT.txt');
    assert.match(compromise, /MIT License/);
    assert.match(compromise, /Spencer Kelly/);
    assert.match(text('dist/licenses/world-countries-ODbL.txt'), /Open Database License/);
    assert.match(text('NOTICE.md'), /dist\/licenses/);
  });

  it('ships the analysis engine once: the CLI requires dist/core.js', () => {
    const cli = text('dist/cli.js');
    const core = text('dist/core.js');
    assert.match(cli, /require\("\.\/core\.js"\)/);
    assert.ok(cli.length < core.length / 20, `dist/cli.js is ${cli.length} characters, dist/core.js ${core.length}`);
  });

  it('ships the worker the node extension runs the core in, and it loads dist/core.js too', () => {
    const worker = text('dist/coreWorker.js');
    // the worker compiles core.js beside it itself, with V8's code cache (src/engineLoader.ts)
    assert.match(worker, /\.join\(__dirname,\s*"core\.js"\)/);
    assert.ok(worker.length < text('dist/core.js').length / 20, `dist/coreWorker.js is ${worker.length} characters`);
  });
});
