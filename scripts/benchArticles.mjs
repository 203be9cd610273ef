// The articles of the host benchmarks (scripts/benchHost.mjs, scripts/benchTransfer.ts): real news paragraphs (the
// body paragraphs of samples/ and test/fixtures/), shuffled with a seed, each copy made distinct with "Filed as item N.",
// so that every run generates the same articles.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Body paragraphs (no header line, no headline) of the repository's own articles. */
export function paragraphs() {
  const files = [
    ...fs.readdirSync(path.join(root, 'samples')).map(f => path.join(root, 'samples', f)),
    ...fs.readdirSync(path.join(root, 'test/fixtures')).filter(f => /\.(txt|article|news)$/.test(f)).map(f => path.join(root, 'test/fixtures', f)),
  ];
  const seen = new Set();
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    if (!/^ ?date \d{4}-\d{2}-\d{2}/.test(text)) continue;
    const blocks = text.split(/\r?\n\s*\r?\n/).map(b => b.trim()).filter(Boolean);
    for (const b of blocks.slice(1)) if (b.split(/\s+/).length >= 12) seen.add(b.replace(/\s+/g, ' '));
  }
  return [...seen];
}

/** A seeded shuffle (mulberry32). */
function shuffled(xs, seed) {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** An article of at least `minChars` code units made of `pool`'s paragraphs. */
export function article(pool, minChars, seed) {
  const out = [' date 2026-11-30', 'Ministers meet as talks on trade, aid and energy resume'];
  let size = 80;
  for (let k = 1; size < minChars; k++) {
    for (const p of shuffled(pool, seed + k)) {
      const q = `${p} Filed as item ${k}.`;
      out.push(q);
      size += q.length + 2;
      if (size >= minChars) break;
    }
  }
  return out.join('\n\n') + '\n';
}

/** The file name benchHost gives the article of `mb` megabytes. */
export const articleName = mb => `article-${mb < 1 ? `${Math.round(mb * 1024)}KB` : `${mb}MB`}.txt`;
