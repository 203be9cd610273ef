import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

// Source-level guards that back the run-time ones: no network module is even imported, and no regular
// expression is built at run time, so no user text (theme words, globs) can become a pattern.
const SRC = path.join(__dirname, '../../../src');

function sources(): { file: string; text: string }[] {
  return (fs.readdirSync(SRC, { recursive: true }) as string[])
    .filter(f => f.endsWith('.ts') && !f.includes('generated'))
    .map(f => ({ file: f, text: fs.readFileSync(path.join(SRC, f), 'utf8') }));
}

describe('source guards', () => {
  it('finds the sources it checks', () => {
    const files = sources().map(s => s.file.split(path.sep).join('/'));
    assert.ok(files.includes('core/analyze.ts') && files.includes('cli.ts') && files.includes('extension.ts'), files.join(', '));
  });

  it('no source imports a network module or calls fetch, XMLHttpRequest or WebSocket', () => {
    const network = /(?:from\s+|require\(\s*|import\(\s*)['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici)(?:\/[^'"]*)?['"]|\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b/;
    const offenders = sources().filter(s => network.test(s.text)).map(s => `${s.file}: ${network.exec(s.text)?.[0]}`);
    assert.deepEqual(offenders, []);
  });

  it('no source builds a regular expression at run time', () => {
    const dynamic = /\bnew\s+RegExp\s*\(|\bRegExp\s*\(/;
    const offenders = sources().filter(s => dynamic.test(s.text)).map(s => s.file);
    assert.deepEqual(offenders, []);
  });
});

describe('package manifest', () => {
  it('activates on every language the document selector serves, so a remembered opt-in is annotated on reopening', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(SRC, '../package.json'), 'utf8')) as { activationEvents: string[] };
    const selector = fs.readFileSync(path.join(SRC, 'editor/documentSelector.ts'), 'utf8');
    const languages = [...selector.matchAll(/\{ language: '([\w-]+)' \}/g)].map(m => m[1]);
    assert.ok(languages.includes('plaintext') && languages.includes('markdown'), languages.join(','));
    for (const language of languages) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
    assert.ok(manifest.activationEvents.includes('onLanguage:news-article'));
  });
});
