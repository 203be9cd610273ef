import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze, Analyzer, type AnalysisWork } from '../../../src/core/analyze';
import { parseArticle } from '../../../src/core/article/article';
import type { Analysis, Span } from '../../../src/core/model';
import { analyzeInSlices, runInSlices, type SliceableAnalyzer, type SliceOptions } from '../../../src/core/pipeline/scheduler';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../../samples/india-japan-strategic-dialogue.txt'), 'utf8');
// Four copies with distinct paragraphs (no unit is served from the cache on a cold run).
const ARTICLE = [SAMPLE, ...[2, 3, 4].map(k => bodyCopy(SAMPLE, k))].join('\n\n');
const UNIT_MS = 10;

function bodyCopy(text: string, k: number): string {
  return text.split(/\n\s*\n/).filter(p => p.trim() !== '' && !/^\s*date\b/i.test(p))
    .map(p => `${p.trim()} Filed as item ${k}.`).join('\n\n');
}

/**
 * A real analyzer on a fake clock: every NLP run of a unit (a cache miss) costs `UNIT_MS`. It records the units
 * done between two yields, so tests see the slices without timing anything.
 */
class Probe implements SliceableAnalyzer {
  readonly inner: Analyzer;
  time = 0;
  misses: string[] = [];
  slices: string[][] = [[]];
  yields = 0;

  constructor(inner = new Analyzer()) {
    this.inner = inner;
  }
  work(text: string): AnalysisWork {
    const inner = this.inner.work(text);
    const unitText = (i: number): string => text.slice(inner.units[i].start, inner.units[i].end);
    return {
      units: inner.units,
      isCached: i => inner.isCached(i),
      run: i => {
        if (!inner.isCached(i)) {
          this.time += UNIT_MS;
          this.misses.push(unitText(i));
        }
        this.slices[this.slices.length - 1].push(unitText(i));
        inner.run(i);
      },
      partial: () => inner.partial(),
      finish: () => inner.finish(),
    };
  }
  options(extra: SliceOptions = {}): SliceOptions {
    return {
      budgetMs: 16,
      now: () => this.time,
      yieldFn: async () => {
        this.yields++;
        this.slices.push([]);
      },
      ...extra,
    };
  }
}

function edit(text: string, paragraph: number, f: (p: string) => string): string {
  const a = parseArticle(text);
  const p = a.paragraphs[paragraph];
  return text.slice(0, p.start) + f(text.slice(p.start, p.end)) + text.slice(p.end);
}

function spanKeys(a: Analysis): string[] {
  return a.mentions.map(m => `${m.start}:${m.end}:${m.type}`);
}

describe('analyzeInSlices', () => {
  it('gives the same analysis as analyze() for the sample article', async () => {
    const probe = new Probe();
    const result = await analyzeInSlices(probe, ARTICLE, probe.options());
    assert.deepEqual(result, analyze(ARTICLE));
    assert.ok(result!.mentions.some(m => ARTICLE.slice(m.start, m.end) === 'Tokyo'));
  });

  it('gives the empty analysis for empty text', async () => {
    assert.deepEqual(await analyzeInSlices(new Analyzer(), ''), analyze(''));
  });

  it('yields between slices and keeps each slice within the budget plus one unit', async () => {
    const probe = new Probe();
    const units = probe.inner.work(ARTICLE).units.length;
    await analyzeInSlices(probe, ARTICLE, probe.options());
    assert.ok(units > 20, `only ${units} units`);
    assert.ok(probe.yields >= units / 2, `${probe.yields} yields for ${units} units`);
    const work = probe.slices.filter(s => s.length > 0);
    assert.equal(work.flat().length, units);
    // 16 ms budget at 10 ms a unit: never more than two units in one slice.
    assert.ok(work.every(s => s.length <= 2), `slice sizes ${work.map(s => s.length)}`);
  });

  it('runs cached units first and the whole re-analysis after an edit in few slices', async () => {
    const analyzer = new Analyzer();
    await analyzeInSlices(analyzer, ARTICLE);
    const edited = edit(ARTICLE, 5, p => p.replace(/\.$/, ', officials said.'));
    const probe = new Probe(analyzer);
    const result = await analyzeInSlices(probe, edited, probe.options());
    assert.deepEqual(result, analyze(edited));
    assert.equal(probe.misses.length, 1);
    assert.match(probe.misses[0], /officials said\.$/);
    assert.ok(probe.yields <= 2, `${probe.yields} yields`);
  });

  it('equals a fresh analysis after a chain of edits on one analyzer', async () => {
    const analyzer = new Analyzer();
    let text = ARTICLE;
    const edits: ((t: string) => string)[] = [
      t => edit(t, 3, p => `${p} Japan and India signed a pact in New Delhi.`),
      t => edit(t, 1, () => 'Prime Minister Narendra Modi met Angela Merkel in Berlin.'),
      t => edit(t, 7, () => ''),
      t => `${t}\n\nA new closing paragraph about the United Nations.`,
      t => t.slice(0, Math.floor(t.length / 2)),
    ];
    for (const change of edits) {
      text = change(text);
      assert.deepEqual(await analyzeInSlices(analyzer, text, { budgetMs: 1 }), analyze(text));
    }
  });

  it('stops when cancelled and loses nothing for the next run', async () => {
    const probe = new Probe();
    const total = probe.inner.work(ARTICLE).units.length;
    const cancelled = await analyzeInSlices(probe, ARTICLE, probe.options({ isCancelled: () => probe.yields >= 3 }));
    assert.equal(cancelled, undefined);
    const doneBefore = probe.misses.length;
    assert.ok(doneBefore > 0 && doneBefore <= 8, `${doneBefore} units before cancelling`);
    const after = new Probe(probe.inner);
    assert.deepEqual(await analyzeInSlices(after, ARTICLE, after.options()), analyze(ARTICLE));
    assert.equal(after.misses.length, total - doneBefore);
  });

  it('does nothing when cancelled before it starts', async () => {
    const probe = new Probe();
    assert.equal(await analyzeInSlices(probe, ARTICLE, probe.options({ isCancelled: () => true })), undefined);
    assert.equal(probe.misses.length, 0);
  });

  it('reports partial analyses, the priority range first', async () => {
    const probe = new Probe();
    const paragraphs = parseArticle(ARTICLE).paragraphs;
    const visible: Span = { start: paragraphs[20].start, end: paragraphs[21].end };
    const partials: { analysis: Analysis; done: number }[] = [];
    const result = await analyzeInSlices(probe, ARTICLE, probe.options({
      priority: visible,
      progressIntervalMs: 0,
      onProgress: (analysis, p) => partials.push({ analysis, done: p.unitsDone }),
    }));
    assert.ok(partials.length >= 2, `${partials.length} partial results`);
    const first = partials[0].analysis;
    assert.ok(first.mentions.length > 0);
    for (const m of first.mentions) {
      assert.equal(ARTICLE.slice(m.start, m.end), m.text);
      // Only what was analysed: article-level steps (repeated names) do not reach into the rest either.
      assert.ok(m.start >= visible.start && m.end <= visible.end, `${m.text} at ${m.start}`);
    }
    assert.deepEqual(probe.misses.slice(0, 2), paragraphs.slice(20, 22).map(p => ARTICLE.slice(p.start, p.end)));
    const final = new Set(spanKeys(result!));
    for (const p of partials) for (const k of spanKeys(p.analysis)) assert.ok(final.has(k), k);
    assert.deepEqual(partials.map(p => p.done), [...partials.map(p => p.done)].sort((a, b) => a - b));
    assert.ok(partials.at(-1)!.done < probe.inner.work(ARTICLE).units.length);
  });

  it('previews the beginning of a long text before planning the rest, then reports partials that end early', async () => {
    const probe = new Probe();
    const partials: Analysis[] = [];
    const result = await analyzeInSlices(probe, ARTICLE, probe.options({
      previewChars: 1000,
      progressIntervalMs: 0,
      onProgress: analysis => partials.push(analysis),
    }));
    assert.ok(partials.length >= 2, `${partials.length} partial results`);
    const preview = partials[0];
    const end = ARTICLE.indexOf('\n', 1000) + 1;
    assert.equal(preview.textLength, end);
    assert.deepEqual(preview, analyze(ARTICLE.slice(0, end)));
    // The preview's paragraphs are the article's own: the whole run analyses none of them again.
    assert.equal(new Set(probe.misses).size, probe.misses.length);
    for (const p of partials.slice(1)) {
      assert.ok(p.textLength < ARTICLE.length, `a partial ends with its last paragraph (${p.textLength})`);
      for (const m of p.mentions) assert.equal(ARTICLE.slice(m.start, m.end), m.text);
    }
    assert.deepEqual(result, analyze(ARTICLE));
  });
  it('reports no partial analysis, preview or other, for a re-analysis after an edit', async () => {
    const probe = new Probe();
    const options = (partials: Analysis[]) => probe.options({ previewChars: 1000, progressIntervalMs: 0, onProgress: a => partials.push(a) });
    const first: Analysis[] = [];
    await analyzeInSlices(probe, ARTICLE, options(first));
    assert.ok(first.length >= 2, `${first.length} partial results on the first run`);
    const edited = ARTICLE.replace('Filed as item 3.', 'Filed as item three.');
    const again: Analysis[] = [];
    const result = await analyzeInSlices(probe, edited, options(again));
    assert.deepEqual(again, []);
    assert.deepEqual(result, analyze(edited));
  });
});

describe('AnalysisWork', () => {
  it('refuses to finish before every unit ran, and then gives what analyze() gives', () => {
    const work = new Analyzer().work(SAMPLE);
    assert.ok(work.units.length > 2);
    work.run(0);
    assert.throws(() => work.finish(), /before every unit ran/);
    for (let i = work.units.length - 1; i > 0; i--) work.run(i);
    let final: Analysis | undefined;
    for (const steps = work.finish(); ;) {
      const r = steps.next();
      if (r.done) { final = r.value; break; }
    }
    assert.deepEqual(final, analyze(SAMPLE));
  });
});

describe('runInSlices', () => {
  /** Steps on a fake clock: each costs `ms[i]`, and pushes `i` into the slice it ran in; returns every index pushed. */
  function* costed(ms: readonly number[], clock: { time: number }, slices: number[][]): Generator<void, number[]> {
    const done: number[] = [];
    for (let i = 0; i < ms.length; i++) {
      clock.time += ms[i];
      slices[slices.length - 1].push(i);
      done.push(i);
      yield;
    }
    return done;
  }
  const sliced = (clock: { time: number }, slices: number[][], extra: SliceOptions = {}): SliceOptions => ({
    budgetMs: 8, now: () => clock.time, yieldFn: async () => void slices.push([]), ...extra,
  });

  it('runs the steps in order in slices of the budget plus at most one step, and gives what they return', async () => {
    const clock = { time: 0 };
    const slices: number[][] = [[]];
    const ms = [3, 3, 3, 1, 9, 2, 2, 2, 2, 5];
    const result = await runInSlices(costed(ms, clock, slices), sliced(clock, slices));
    assert.deepEqual(result, ms.map((_, i) => i), 'every step, in order');
    const work = slices.filter(s => s.length > 0);
    assert.deepEqual(work.flat(), ms.map((_, i) => i), 'a slice boundary neither drops nor repeats a step');
    assert.ok(work.length > 1, 'spread over slices');
    for (const slice of work) {
      const cost = slice.reduce((n, i) => n + ms[i], 0);
      assert.ok(cost - ms[slice[slice.length - 1]] < 8, `slice ${slice} went on after its budget was used`);
    }
  });

  it('does work that fits the budget before it returns', () => {
    const clock = { time: 0 };
    const slices: number[][] = [[]];
    let result: number[] | undefined;
    void runInSlices(costed([1, 1, 1], clock, slices), sliced(clock, slices)).then(r => { result = r; });
    assert.deepEqual(slices, [[0, 1, 2]], 'all three steps ran at once');
    assert.equal(result, undefined, 'the promise settles later, as any promise does');
  });

  it('stops at the first pause after it was cancelled, and gives undefined', async () => {
    const clock = { time: 0 };
    const slices: number[][] = [[]];
    let cancelled = false;
    const steps = costed([5, 5, 5, 5, 5, 5], clock, slices);
    const run = runInSlices(steps, sliced(clock, slices, { isCancelled: () => cancelled }));
    cancelled = true;
    assert.equal(await run, undefined);
    assert.deepEqual(slices.flat(), [0, 1], 'no step after the pause that saw the cancellation');
  });
});
