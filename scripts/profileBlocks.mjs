#!/usr/bin/env node
// Reads a CPU profile of `node scripts/benchHost.mjs --profile DIR` (or any .cpuprofile): `node scripts/profileBlocks.mjs
// FILE [--top N (8)] [--cap MS (2)] [--from S] [--to S]`. Prints the busy time, the time inside each of the extension's
// own functions (dist/*.js, inclusive), and the N longest blocks (runs of samples with no idle one between, cut where
// the outermost frame changes: a new task; tasks of one kind back to back, such as setImmediate callbacks, stay one
// block, so a block is an upper bound of what the lag probe can see) with what ran in them. Each sample counts at most --cap ms: on a busy
// machine the thread is often descheduled, and the sample before the gap would otherwise be charged with time the OS
// gave to other processes (a 270 ms "block" of one sample). So the figures say what our code costs, not what the
// lag probe saw: compare them before and after a change, in the same conditions.
import fs from 'node:fs';

const file = process.argv[2];
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
if (!file) {
  console.error('usage: node scripts/profileBlocks.mjs FILE.cpuprofile [--top N] [--cap MS] [--from S] [--to S]');
  process.exit(2);
}
const [top, cap, from, to] = [option('top', 8), option('cap', 2), option('from', 0), option('to', Infinity)];
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = n => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const isOurs = n => /\/dist\/[^/]+\.js$/.test(n.callFrame.url);
const stack = id => {
  const out = [];
  for (let x = id; x !== undefined; x = parent.get(x)) out.push(nodes.get(x));
  return out.slice(0, -1); // without (root)
};
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const listed = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(' | ');

const blocks = [];
const ours = new Map();
let busy = 0;
let block;
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const at = (t - profile.startTime) / 1e6;
  const frames = stack(profile.samples[i]);
  if (at < from || at > to || !frames.length || frames[0].callFrame.functionName === '(idle)') {
    block = undefined;
    continue;
  }
  const ms = Math.min(cap, (profile.timeDeltas[i + 1] ?? 0) / 1000);
  const outer = name(frames[frames.length - 1]);
  const isSystem = /^\((garbage collector|program)\)/.test(outer);
  if (!block || (!isSystem && block.outer && outer !== block.outer)) blocks.push((block = { at, ms: 0, outer: undefined, self: new Map(), ours: new Map() }));
  if (!isSystem) block.outer = outer;
  block.ms += ms;
  busy += ms;
  add(block.self, name(frames[0]), ms);
  for (const f of new Set(frames.filter(isOurs).map(name))) {
    add(block.ours, f, ms);
    add(ours, f, ms);
  }
}
console.log(`${file}: busy ${busy.toFixed(0)} ms (samples counted at most ${cap} ms each)`);
console.log(`  ours, inclusive: ${listed(ours, 12)}`);
for (const b of blocks.sort((a, b) => b.ms - a.ms).slice(0, top)) {
  console.log(`block ${b.ms.toFixed(0)} ms at ${b.at.toFixed(2)} s`);
  console.log(`  self: ${listed(b.self, 6)}`);
  if (b.ours.size) console.log(`  ours: ${listed(b.ours, 6)}`);
}
