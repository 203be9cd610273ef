// Runs the built CLI (`dist/cli.js`, what users get) in a child process with the network guard loaded through
// `node --require`, and collects its exit code and output.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { NETWORK_VIOLATION_MARKER } from '../unit/noNetwork';

const ROOT = path.join(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let guardFile: string | undefined;

/** The network guard compiled to one CommonJS file that plain `node --require` can load. */
export function guard(): string {
  if (!guardFile) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-guard-'));
    guardFile = path.join(dir, 'noNetwork.cjs');
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    buildSync({ entryPoints: [path.join(ROOT, 'test/unit/noNetwork.ts')], bundle: true, platform: 'node', format: 'cjs',
      target: 'node20', outfile: guardFile, logLevel: 'error' });
  }
  return guardFile;
}

/** Fails early with a clear message when the CLI has not been built. */
export function assertBuilt(): void {
  assert.ok(fs.existsSync(CLI), `${path.relative(ROOT, CLI)} is missing: run \`npm run build\` first`);
}

/** Starts the CLI with the network guard and pipes on every stream; the caller drives and ends it. */
export function spawnCli(args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--require', guard(), CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
}

/** Runs `node dist/cli.js ...args` with `input` on stdin (closed when absent) and asserts no network was used. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', guard(), CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', d => out.push(d));
    child.stderr.on('data', d => err.push(d));
    child.on('error', reject);
    child.on('close', code => {
      const r = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      if (r.stderr.includes(NETWORK_VIOLATION_MARKER)) reject(new Error(`the CLI used the network:\n${r.stderr}`));
      else resolve(r);
    });
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of stdin
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-cli-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
