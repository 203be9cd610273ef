// The core's properties, shared by the mocha suite (fixed seed, a few hundred runs each) and `npm run fuzz`
// (random seed, many more runs). Each property throws with a description of what broke.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, Analyzer } from '../../../src/core/analyze';
import { parseArticle } from '../../../src/core/article/article';
import { checkCorrections, MAX_PROBLEMS, parseCorrections } from '../../../src/core/entities/corrections';
import { toJsonlRecord } from '../../../src/core/outputs/export';
import { analyzeInSlices } from '../../../src/core/pipeline/scheduler';
import { reportedCandidates } from '../../../src/core/quotes/cues';
import { ReportedCache } from '../../../src/core/quotes/reportedCache';
import { articleUnits, MAX_UNIT_CHARS } from '../../../src/core/pipeline/units';
import type { Analysis } from '../../../src/core/model';
import { applyEdit, articleText, correctionsFileText, editSession, longLine } from './arbitraries';
import { assertAnalysisHolds, jsonProblems, spanProblems, splitsPair } from './invariants';

// CAP major topic codes (1-10, 12-21, 23).
const CAP_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23];
// Made-up words no lexicon knows, so that only the user term can find them.
const PLANTED = ['zorblaxian', 'Quuxification', 'snarfle-blat', 'Wibbleton accord', 'flurbo'];
/** Terms a user might type, including regular-expression syntax that must not be evaluated. */
const userTerm = fc.oneof(
  fc.constantFrom('(a+)+$', '.*', '^', '[', '\\', 'a|b', '(?=x)', '\\d+', '*', '', '   ', 'x'.repeat(150), 'trade', 'UN', 'e\u0301', '😀'),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** A named property and how many runs `npm test` gives it. */
export interface CoreProperty {
  readonly name: string;
  readonly runs: number;
  readonly property: () => fc.IProperty<never> | fc.IAsyncProperty<never>;
}

/** The seed `npm test` uses, so that every run checks the same cases. */
export const TEST_SEED = 20201007;

/**
 * Cases a property gets in the unit run: its full `runs` when `NEWS_LENS_PROPERTY_BUDGET=full` (`.ci/run` sets
 * it), a twentieth otherwise, so `npm run test:unit` stays a quick inner loop; `npm run fuzz` gives ten times `runs`.
 */
export function unitRuns(runs: number): number {
  return process.env.NEWS_LENS_PROPERTY_BUDGET === 'full' ? runs : Math.max(5, Math.ceil(runs / 20));
}

// Deep equality as JSON: optional fields left undefined and absent ones count the same.
function assertSameAnalysis(actual: Analysis, expected: Analysis, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) return;
  let i = 0;
  while (i < a.length && a[i] === e[i]) i++;
  assert.fail(`${what}: differs from a fresh analysis at JSON offset ${i}:\n  got      ${a.slice(Math.max(0, i - 80), i + 80)}\n  expected ${e.slice(Math.max(0, i - 80), i + 80)}`);
}

const p = <T>(arb: fc.Arbitrary<T>, check: (v: T) => void): fc.IProperty<never> =>
  fc.property(arb, check) as unknown as fc.IProperty<never>;
const ap = <T>(arb: fc.Arbitrary<T>, check: (v: T) => Promise<void>): fc.IAsyncProperty<never> =>
  fc.asyncProperty(arb, check) as unknown as fc.IAsyncProperty<never>;

/** Every property of the core, cheapest first. */
export const CORE_PROPERTIES: readonly CoreProperty[] = [
  {
    name: 'parseArticle gives in-bounds, ordered, trimmed paragraph and sentence spans that never split a surrogate pair',
    runs: 1000,
    property: () => p(articleText, text => {
      const a = parseArticle(text);
      const problems: string[] = [];
      let last = a.header?.end ?? 0;
      for (const para of a.paragraphs) {
        problems.push(...spanProblems(text, `paragraph ${para.index}`, para));
        if (para.start < last) problems.push(`paragraph ${para.index} overlaps what comes before`);
        if (/^\s/.test(text[para.start] ?? '') || /\s$/.test(text[para.end - 1] ?? '')) problems.push(`paragraph ${para.index} is not trimmed`);
        last = para.end;
        for (const s of para.sentences) {
          problems.push(...spanProblems(text, 'sentence', s));
          if (s.start < para.start || s.end > para.end) problems.push('a sentence lies outside its paragraph');
        }
      }
      assert.deepEqual(problems, []);
    }),
  },
  {
    name: 'articleUnits cover every paragraph in order, at most MAX_UNIT_CHARS each, without splitting a surrogate pair',
    runs: 500,
    property: () => p(fc.oneof(articleText, longLine), text => {
      const article = parseArticle(text);
      const units = articleUnits(text, article);
      for (const para of article.paragraphs) {
        const own = units.filter(u => u.paragraph === para.index);
        assert.ok(own.length > 0, `paragraph ${para.index} has no unit`);
        assert.equal(own[0].start, para.start);
        assert.equal(own[own.length - 1].end, para.end);
        for (let i = 0; i < own.length; i++) {
          const u = own[i];
          assert.ok(u.start < u.end && u.end - u.start <= MAX_UNIT_CHARS, `unit [${u.start}, ${u.end}) of paragraph ${para.index}`);
          assert.ok(!splitsPair(text, u.start) && !splitsPair(text, u.end), `unit [${u.start}, ${u.end}) splits a surrogate pair`);
          // Between two units of one paragraph only white space is skipped.
          if (i > 0) assert.match(text.slice(own[i - 1].end, u.start), /^\s*$/u);
        }
      }
    }),
  },
  {
    name: 'analyze never throws and every span is in bounds, whole code points, equal to its slice; mentions sorted and disjoint; plain JSON',
    runs: 1000,
    property: () => p(articleText, text => {
      const a = analyze(text);
      assertAnalysisHolds(text, a);
      assert.deepEqual(jsonProblems(a), []);
      const record = toJsonlRecord('x', a);
      for (const m of record.entities) assert.equal(text.slice(m.start, m.end), m.text);
      assert.deepEqual(jsonProblems(record), []);
    }),
  },
  {
    name: 'user theme terms are matched literally: regex-like and odd terms never throw or stall, a planted term is found',
    runs: 150,
    property: () => p(
      fc.record({ text: articleText, code: fc.constantFrom(...CAP_CODES), terms: fc.array(userTerm, { maxLength: 12 }), planted: fc.constantFrom(...PLANTED) }),
      ({ text, code, terms, planted }) => {
        const withPlant = `${text}\n\nThe ${planted} plan was debated.`;
        // a term that stalls the matcher shows as a timed-out test, with its counterexample in `npm run fuzz`
        const a = analyze(withPlant, { extraThemeTerms: { [code]: [...terms, planted] }, minThemeScore: 0 });
        assertAnalysisHolds(withPlant, a);
        const theme = a.themes.find(t => t.code === code);
        const at = withPlant.lastIndexOf(planted);
        assert.ok(theme?.evidence.some(e => e.start === at && e.end === at + planted.length),
          `the planted term ${JSON.stringify(planted)} is not evidence for CAP ${code}`);
      },
    ),
  },
  {
    name: 'corrections from checked odd input never break the contract; a corrected name is an entity wherever it stands as words',
    runs: 150,
    property: () => p(
      fc.record({
        text: articleText,
        notEntities: fc.array(userTerm, { maxLength: 4 }),
        entities: fc.dictionary(userTerm, fc.constantFrom('PERSON', 'ORG', 'PLACE', 'COUNTRY', 'person', 'x', 3 as unknown as string), { maxKeys: 4 }),
        planted: fc.constantFrom(...PLANTED),
      }),
      ({ text, notEntities, entities, planted }) => {
        const withPlant = `${text}\n\nOfficials from ${planted} met on Monday.`;
        const { corrections } = checkCorrections({ notEntities, entities: { ...entities, [planted]: 'ORG' } });
        const a = analyze(withPlant, { corrections });
        assertAnalysisHolds(withPlant, a);
        const at = withPlant.lastIndexOf(planted);
        const dropped = (corrections.notEntities ?? []).some(n => n.toLowerCase() === planted.toLowerCase());
        const found = a.mentions.some(m => m.start === at && m.end === at + planted.length && m.type === 'ORG');
        assert.equal(found, !dropped, `the corrected name ${JSON.stringify(planted)} ${dropped ? 'is listed as not an entity but was found' : 'was not found'}`);
      },
    ),
  },
  {
    name: 'analyze is deterministic: the same text twice, and through a used Analyzer, gives deep-equal results',
    runs: 150,
    property: () => p(fc.tuple(articleText, articleText), ([text, other]) => {
      const first = analyze(text);
      const analyzer = new Analyzer();
      analyzer.analyze(other);
      assertSameAnalysis(analyze(text), first, 'a second analyze');
      assertSameAnalysis(analyzer.analyze(text), first, 'an Analyzer that saw another text first');
    }),
  },
  {
    name: 'incremental equals fresh: an Analyzer reused across random edits ends deep-equal to analyze(finalText)',
    runs: 150,
    property: () => p(editSession, ({ start, edits }) => {
      const analyzer = new Analyzer();
      let text = start;
      analyzer.analyze(text);
      for (const e of edits) {
        text = applyEdit(text, e);
        assertAnalysisHolds(text, analyzer.analyze(text));
      }
      assertSameAnalysis(analyzer.analyze(text), analyze(text), 'the reused Analyzer');
    }),
  },
  {
    name: 'the reported-speech cache, across random edits, gives every sentence what reportedCandidates gives',
    runs: 100,
    property: () => p(editSession, ({ start, edits }) => {
      const cache = new ReportedCache();
      let text = start;
      for (const e of [undefined, ...edits]) {
        if (e) text = applyEdit(text, e);
        for (const s of parseArticle(text).paragraphs.flatMap(para => para.sentences)) {
          assert.deepEqual(cache.candidates(text, s.start, s.end), reportedCandidates(text, s.start, s.end), `the sentence at ${s.start}`);
        }
      }
    }),
  },
  {
    name: 'the scheduler, with runs superseded edit after edit, ends deep-equal to analyze(finalText); partial results keep the contract',
    runs: 100,
    property: () => ap(
      fc.record({ session: editSession, budgetMs: fc.constantFrom(0, 0.5, 2, 16), priorityAt: fc.nat(), awaitEvery: fc.integer({ min: 1, max: 6 }) }),
      async ({ session, budgetMs, priorityAt, awaitEvery }) => {
        // As the editor does: each edit starts a run, and a run stops once a newer one has started.
        let latest = 0;
        const analyzer = new Analyzer();
        let text = session.start;
        const runs: Promise<Analysis | undefined>[] = [];
        const partials: [string, Analysis][] = [];
        for (let i = 0; i < session.edits.length; i++) {
          text = applyEdit(text, session.edits[i]);
          const at = priorityAt % (text.length + 1);
          const version = text;
          const run = ++latest;
          runs.push(analyzeInSlices(analyzer, text, {
            budgetMs,
            progressIntervalMs: 0,
            isCancelled: () => latest !== run,
            priority: { start: at, end: Math.min(text.length, at + 300) },
            onProgress: partial => partials.push([version, partial]),
          }));
          // Let some runs get a few slices in before the next edit cancels them.
          if (i % awaitEvery === 0) await new Promise(r => setImmediate(r));
        }
        const results = await Promise.all(runs);
        const final = results[results.length - 1];
        assert.ok(final, 'the last run was cancelled');
        assertSameAnalysis(final, analyze(text), 'the scheduler');
        for (const r of results.slice(0, -1)) assert.ok(r === undefined || r.textLength >= 0);
        // A partial ends with its last paragraph analysed: it holds for that beginning of the text.
        for (const [version, partial] of partials) {
          assert.ok(partial.textLength <= version.length, `partial of ${partial.textLength} > ${version.length}`);
          assertAnalysisHolds(version.slice(0, partial.textLength), partial);
        }
        // A single unscheduled run in slices agrees too.
        const sliced = await analyzeInSlices(new Analyzer(), text, { budgetMs: 0 });
        assert.ok(sliced);
        assertSameAnalysis(sliced, analyze(text), 'analyzeInSlices');
      },
    ),
  },
  {
    name: 'hostile corrections files (deep nesting, prototype keys, huge lists, cut short) never throw and give valid types, own names and at most MAX_PROBLEMS + 1 short problems quoting no file content',
    runs: 300,
    property: () => p(correctionsFileText, text => {
      const { corrections, problems, isJson } = parseCorrections(text);
      assert.ok(problems.length <= MAX_PROBLEMS + 1, `${problems.length} problems`);
      for (const problem of problems) {
        assert.ok(problem.length < 400, `a problem of ${problem.length} characters`);
        // a file that is not JSON is never quoted; an object or list inside one is named, never printed
        assert.ok(isJson ? !/\{"?secret/.test(problem) : !/secret/.test(problem), problem);
      }
      for (const [name, type] of Object.entries(corrections.entities ?? {})) {
        assert.ok(['PERSON', 'ORG', 'PLACE'].includes(type), `${name}: ${String(type)}`);
        assert.ok(Object.hasOwn(corrections.entities ?? {}, name));
      }
      assert.ok((corrections.notEntities ?? []).every(n => typeof n === 'string'));
      assertAnalysisHolds('Japan and Tenzin Dorje met in Tokyo.', analyze('Japan and Tenzin Dorje met in Tokyo.', { corrections }));
    }),
  },
];
