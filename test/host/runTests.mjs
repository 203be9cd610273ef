#!/usr/bin/env node
// Runs the integration suite (dist/test/integration/index.js) inside a real VS Code extension host.
//
// Offline (default): code-server's VS Code 1.100.3 server provides the Node extension host and headless
// Debian Chromium opens the workbench; the host's mocha output is relayed here and the host's exit code
// becomes ours. Install once with `test/host/setup.sh` (CI does).
// With internet: `node test/host/runTests.mjs --electron` uses @vscode/test-electron instead.
// `--vsix FILE` installs the packaged extension into the host and runs the same suite against it (the
// development extension is then an empty probe), which checks what users get from the .vsix.
//
// `--web` runs the suite's portable part (dist/test/web/index.js: a browser bundle with mocha's browser build) in the
// browser's web worker extension host instead: the user setting `remote.extensionKind` puts the development extension
// there, so the browser bundle (dist/browser/extension.js) is what runs, with no Node.js.
// Options: --suite FILE (default dist/test/integration/index.js, or the web bundle with --web; the host benchmark
// passes its own), --workspace DIR or FILE.code-workspace (default test/fixtures), --timeout SECONDS (default 2400,
// a bound for a hung host, not a speed limit), --shots DIR (screenshots requested by tests through
// $VSCODE_TEST_SCREENSHOT_URL; default test-screenshots), --verbose,
// --color-scheme dark (Chromium asks for a dark colour scheme and the workbench follows it with its default dark
// theme: the README's dark screenshots), --grep TEXT (only the node host tests whose title holds TEXT).
// Exit codes: the host's (0 = all passed), 2 = runner error or timeout, 3 = no mocha summary seen.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';

const hostDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(hostDir, '../..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const web = process.argv.includes('--web');
const colorScheme = option('color-scheme', 'light');
if (colorScheme !== 'light' && colorScheme !== 'dark') {
  console.error(`runTests: --color-scheme is light or dark, not ${colorScheme}`);
  process.exit(2);
}
const grep = option('grep');
// --restricted: workspace trust on and the fixture folder untrusted, so the extension runs in Restricted Mode
const restricted = process.argv.includes('--restricted');
const verbose = process.argv.includes('--verbose') || !!process.env.NEWS_LENS_TEST_VERBOSE;
const suite = path.resolve(root, option('suite', web ? 'dist/test/web/index.js' : 'dist/test/integration/index.js'));
const workspace = path.resolve(root, option('workspace', 'test/fixtures'));
const shotDir = path.resolve(root, option('shots', web ? 'test-screenshots/web' : 'test-screenshots'));
const timeoutMs = Number(option('timeout', 2400)) * 1000;
const vsix = option('vsix') && path.resolve(option('vsix'));
const developmentPath = vsix ? path.join(hostDir, 'probe') : root;
if (web && vsix) {
  console.error('runTests: --web runs the development extension; it cannot be combined with --vsix.');
  process.exit(2);
}
const started = Date.now();
const say = (...a) => console.log(`[host ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a);

if (!fs.existsSync(suite)) {
  console.error(`runTests: ${path.relative(root, suite)} is missing; run \`npm run build\` first.`);
  process.exit(2);
}

if (process.argv.includes('--electron')) {
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({ extensionDevelopmentPath: root, extensionTestsPath: suite, launchArgs: [workspace, '--disable-extensions'] });
    process.exit(0);
  } catch (e) {
    console.error(`runTests: ${e?.message ?? e}`);
    process.exit(1);
  }
}

const codeServer = path.join(hostDir, 'node_modules/code-server/out/node/entry.js');
if (!fs.existsSync(codeServer)) {
  console.error('runTests: the offline VS Code host is not installed; run `test/host/setup.sh` once (CI does).');
  process.exit(2);
}
const { chromium } = await import(path.join(hostDir, 'node_modules/playwright-core/index.mjs'));

// Short per-run folder: the extension host's IPC socket paths must stay under 107 characters.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-'));
const port = await freePort();
const address = `127.0.0.1:${port}`;

const tally = { passed: null, failed: 0, pending: 0 };
let server;
let browser;
let done = false;

async function stop(code, why) {
  if (done) return;
  done = true;
  say(`${why}; exit code ${code}`);
  if (tally.passed !== null) {
    console.log(`${tally.passed} passed, ${tally.failed} failed${tally.pending ? `, ${tally.pending} skipped` : ''}`);
  } else if (code === 0) {
    console.log('runTests: the host reported no mocha summary, so nothing was shown to pass');
    code = 3;
  }
  await browser?.close().catch(() => undefined);
  if (server && server.exitCode === null) {
    const exited = new Promise(r => server.once('exit', r));
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    const timer = setTimeout(() => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exited;
    clearTimeout(timer);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
const deadline = setTimeout(() => stop(2, `no result after ${timeoutMs / 1000}s`), timeoutMs);
process.on('SIGINT', () => stop(130, 'interrupted'));
process.on('SIGTERM', () => stop(143, 'terminated'));
process.on('unhandledRejection', e => stop(2, `runner error: ${e?.stack ?? e}`));

// Tests ask for screenshots over loopback while the workbench still shows their state; the host benchmark asks the
// same server (path /renderer) for the workbench renderer's main-thread time so far, read over the Chrome DevTools
// Protocol (Performance.getMetrics: TaskDuration, ScriptDuration, LayoutDuration, RecalcStyleDuration, in ms).
let page;
let devtools;
const rendererTimes = async () => {
  if (!devtools) {
    devtools = await page.context().newCDPSession(page);
    await devtools.send('Performance.enable', { timeDomain: 'threadTicks' });
  }
  const { metrics } = await devtools.send('Performance.getMetrics');
  const ms = name => Math.round((metrics.find(m => m.name === name)?.value ?? 0) * 1000);
  return { taskMs: ms('TaskDuration'), scriptMs: ms('ScriptDuration'), layoutMs: ms('LayoutDuration'), styleMs: ms('RecalcStyleDuration') };
};
const shots = http.createServer(async (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');   // the web worker host asks from the workbench's origin
  if (new URL(req.url, 'http://x').pathname === '/renderer') {
    try {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(await rendererTimes()));
    } catch (e) {
      res.statusCode = 500;
      res.end(String(e));
    }
    return;
  }
  const name = (new URL(req.url, 'http://x').searchParams.get('name') ?? `shot-${Date.now()}`).replace(/[^\w.-]/g, '_');
  try {
    fs.mkdirSync(shotDir, { recursive: true });
    const file = path.join(shotDir, name.endsWith('.png') ? name : `${name}.png`);
    await page.screenshot({ path: file });
    say(`screenshot ${path.relative(root, file)}`);
    res.end(file);
  } catch (e) {
    res.statusCode = 500;
    res.end(String(e));
  }
});
await new Promise(r => shots.listen(0, '127.0.0.1', r));
shots.unref();
const shotUrl = `http://127.0.0.1:${shots.address().port}/shot`;
fs.mkdirSync(path.join(tmp, 'data/User'), { recursive: true });
fs.writeFileSync(path.join(tmp, 'data/User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': restricted, 'update.mode': 'none',
  ...(restricted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open' } : {}),
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false, 'git.enabled': false, 'window.commandCenter': false,
  // code-server's port forwarding otherwise scans for listening ports every few seconds from the extension host's
  // thread (`ls -l /proc/*/fd`, `ps`: each spawn blocks that thread ~20 ms on a busy machine), which a local VS Code
  // window never does: the host benchmark's lag probe then measured it as ours. code-server has a tunnel provider,
  // so the scan runs whatever `autoForwardPorts` says unless ports are looked for in terminal output instead.
  'remote.autoForwardPorts': false, 'remote.autoForwardPortsSource': 'output',
  // The workbench takes its theme from the colour scheme Chromium reports (see newContext below).
  'window.autoDetectColorScheme': true,
  // The web worker host has no environment variables: it reads the screenshot address from here.
  ...(web ? { 'remote.extensionKind': { 'news-lens.news-lens': ['web'] }, 'newsLensTest.screenshotUrl': shotUrl } : {}),
}));

if (vsix) {
  const install = spawnSync(process.execPath, [codeServer, '--user-data-dir', path.join(tmp, 'data'),
    '--extensions-dir', path.join(tmp, 'ext'), '--install-extension', vsix], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
  process.stdout.write(install.stdout);
  if (install.status !== 0) {
    process.stdout.write(install.stderr);
    await stop(2, `installing ${path.basename(vsix)} failed`);
  }
}

server = spawn(process.execPath, [codeServer, '--bind-addr', address, '--auth', 'none',
  '--user-data-dir', path.join(tmp, 'data'), '--extensions-dir', path.join(tmp, 'ext'),
  '--disable-telemetry', '--disable-update-check', ...(restricted ? [] : ['--disable-workspace-trust']), '--disable-proxy',
  '--disable-getting-started-override', '--ignore-last-opened'], {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, PASSWORD: '', HASHED_PASSWORD: '', VSCODE_PROXY_URI: '', TMPDIR: tmp,
    VSCODE_TEST_SCREENSHOT_URL: shotUrl, NEWS_LENS_TEST_HOST: 'code-server', ...(grep ? { NEWS_LENS_TEST_GREP: grep } : {}),
    ...(vsix ? { NEWS_LENS_TEST_VSIX: path.basename(vsix) } : {}) },
});
const serverLog = [];
for (const s of [server.stdout, server.stderr]) {
  s.on('data', d => { serverLog.push(String(d)); if (verbose) process.stdout.write(`[server] ${d}`); });
}
server.on('exit', c => { if (!done) { process.stdout.write(serverLog.join('')); stop(2, `code-server exited (${c})`); } });

for (let i = 0; ; i++) {
  try { if ((await fetch(`http://${address}/healthz`)).ok) break; } catch { /* not up yet */ }
  if (i > 600) await stop(2, 'code-server did not come up');
  await new Promise(r => setTimeout(r, 100));
}
say(`VS Code server on ${address}`);

browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg'), XDG_CACHE_HOME: path.join(tmp, 'xdg') },
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
page = await (await browser.newContext({ viewport: { width: 1400, height: 860 }, colorScheme })).newPage();
page.on('pageerror', e => { if (verbose) say('page error:', e.message); });
// The workbench forwards the extension host's console (mocha's reporter) through these two hooks.
const chatter = /^(Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Started local extension host|Started initializing|Completed initializing|\[perf\]|Settings Sync|Updating additional builtin)|getaddrinfo|ENOTFOUND|marketplace|open-vsx|extension gallery/i;
await page.exposeFunction('codeAutomationLog', (level, args) => {
  const line = util.format(...(Array.isArray(args) ? args : [args]));
  const m = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
  if (m) tally[{ passing: 'passed', failing: 'failed', pending: 'pending' }[m[2]]] = Number(m[1]);
  if (verbose || !chatter.test(line.trim())) (level === 'error' ? console.error : console.log)(line);
});
await page.exposeFunction('codeAutomationExit', code => {
  clearTimeout(deadline);
  stop(code, 'extension host finished');
});
const remote = p => `vscode-remote://${address}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
const payload = JSON.stringify([['extensionDevelopmentPath', remote(developmentPath)], ['extensionTestsPath', remote(suite)],
  ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']]);
say(`opening the workbench on ${path.relative(root, workspace) || '.'}`);
// A .code-workspace file opens as a (multi-root) workspace, a folder as a folder.
const opens = workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
await page.goto(`http://${address}/?${opens}=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`,
  { waitUntil: 'domcontentloaded' });

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}
