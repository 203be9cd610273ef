// The contract every analysis must keep whatever the input, as one checker that lists each breach it finds.
import type { Analysis, Span } from '../../../src/core/model';

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether offset `i` falls between the two halves of a surrogate pair of `text`. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** Problems with one span: bounds, emptiness, surrogate pairs, and (when given) its `text` against the slice. */
export function spanProblems(text: string, what: string, s: Span & { text?: string }): string[] {
  const out: string[] = [];
  const where = `${what} [${s.start}, ${s.end})`;
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return [`${where}: offsets are not integers`];
  if (!(s.start >= 0 && s.start < s.end && s.end <= text.length)) out.push(`${where}: outside 0 <= start < end <= ${text.length}`);
  if (splitsPair(text, s.start)) out.push(`${where}: start splits a surrogate pair`);
  if (splitsPair(text, s.end)) out.push(`${where}: end splits a surrogate pair`);
  if (s.text !== undefined && s.text !== text.slice(s.start, s.end)) {
    out.push(`${where}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(text.slice(s.start, s.end))}`);
  }
  return out;
}

function sortedNonOverlapping(what: string, spans: readonly Span[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) out.push(`${what} ${i - 1} [${spans[i - 1].start}, ${spans[i - 1].end}) and ${i} [${spans[i].start}, ${spans[i].end}) overlap or are out of order`);
  }
  return out;
}

function sorted(what: string, spans: readonly Span[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) out.push(`${what} ${i} is not sorted by start`);
  return out;
}

/** Every breach of the analysis contract by `a` for `text` (empty when it holds). */
export function analysisProblems(text: string, a: Analysis): string[] {
  const out: string[] = [];
  if (a.textLength !== text.length) out.push(`textLength ${a.textLength} != ${text.length}`);
  const art = a.article;
  for (const [what, s] of [['header', art.header], ['headline', art.headline], ['lead', art.lead]] as const) {
    if (s) out.push(...spanProblems(text, what, s));
  }
  art.boilerplate.forEach((s, i) => out.push(...spanProblems(text, `boilerplate ${i}`, s)));
  if (art.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(art.date)) out.push(`date ${art.date} is not YYYY-MM-DD`);
  out.push(...sortedNonOverlapping('paragraph', art.paragraphs));
  art.paragraphs.forEach((p, i) => {
    out.push(...spanProblems(text, `paragraph ${i}`, p));
    if (p.index !== i) out.push(`paragraph ${i} has index ${p.index}`);
    if (art.header && p.start < art.header.end) out.push(`paragraph ${i} starts inside the header`);
    out.push(...sortedNonOverlapping(`paragraph ${i} sentence`, p.sentences));
    p.sentences.forEach((s, j) => {
      out.push(...spanProblems(text, `paragraph ${i} sentence ${j}`, s));
      if (s.start < p.start || s.end > p.end) out.push(`paragraph ${i} sentence ${j} lies outside its paragraph`);
    });
  });
  out.push(...sortedNonOverlapping('mention', a.mentions));
  const entityIds = new Set(a.entities.map(e => e.id));
  if (entityIds.size !== a.entities.length) out.push('entity ids are not unique');
  a.mentions.forEach((m, i) => {
    out.push(...spanProblems(text, `mention ${i} (${m.type})`, m));
    if (!entityIds.has(m.entityId)) out.push(`mention ${i} names unknown entity ${m.entityId}`);
    const p = art.paragraphs[m.paragraph];
    if (m.paragraph !== -1 && (!p || m.start < p.start || m.end > p.end)) out.push(`mention ${i} lies outside paragraph ${m.paragraph}`);
  });
  let mentionCount = 0;
  a.entities.forEach((e, i) => {
    if (e.mentions.length === 0) out.push(`entity ${e.id} has no mentions`);
    mentionCount += e.mentions.length;
    out.push(...sorted(`entity ${e.id} mention`, e.mentions));
    e.mentions.forEach((m, j) => out.push(...spanProblems(text, `entity ${e.id} mention ${j}`, m)));
    if (!(e.salience >= 0 && e.salience <= 1)) out.push(`entity ${e.id} salience ${e.salience} is outside 0..1`);
    if (i > 0 && e.mentions[0] && a.entities[i - 1].mentions[0] && e.mentions[0].start < a.entities[i - 1].mentions[0].start) {
      out.push(`entity ${i} is not sorted by first mention`);
    }
  });
  if (mentionCount !== a.mentions.length) out.push(`entities hold ${mentionCount} mentions, the analysis ${a.mentions.length}`);
  const ranks = a.entities.map(e => e.rank).sort((x, y) => x - y);
  if (ranks.some((r, i) => r !== i + 1)) out.push(`entity ranks are not 1..${a.entities.length}`);
  a.countries.forEach(c => {
    // '' when only a capital named the country ("Washington" alone): there is no COUNTRY entity to point to.
    const hasEntity = a.entities.some(e => e.type === 'COUNTRY' && e.countryCode === c.code);
    if (c.entityId === '' ? hasEntity : !entityIds.has(c.entityId)) out.push(`country ${c.code} names entity "${c.entityId}"`);
    if (c.mentions.length === 0) out.push(`country ${c.code} has no mentions`);
    out.push(...sorted(`country ${c.code} mention`, c.mentions));
    c.mentions.forEach((m, j) => out.push(...spanProblems(text, `country ${c.code} mention ${j}`, m)));
  });
  a.themes.forEach((t, i) => {
    if (!(t.score >= 0 && t.score <= 1)) out.push(`theme ${t.code} score ${t.score} is outside 0..1`);
    if (i > 0 && t.score > a.themes[i - 1].score) out.push(`theme ${i} is not sorted best first`);
    if (t.paragraphScores.length !== art.paragraphs.length) out.push(`theme ${t.code} has ${t.paragraphScores.length} paragraph scores`);
    if (t.paragraphScores.some(s => !Number.isFinite(s))) out.push(`theme ${t.code} has a non-finite paragraph score`);
    out.push(...sorted(`theme ${t.code} evidence`, t.evidence));
    t.evidence.forEach((e, j) => out.push(...spanProblems(text, `theme ${t.code} evidence ${j}`, e)));
  });
  if (!Number.isInteger(a.wordCount) || a.wordCount < 0) out.push(`wordCount ${a.wordCount}`);
  return out;
}

/** Throws with every problem (and a short view of the text) when the contract is broken. */
export function assertAnalysisHolds(text: string, a: Analysis): void {
  const problems = analysisProblems(text, a);
  if (problems.length > 0) {
    throw new Error(`${problems.length} problem(s) for text of ${text.length} code units:\n  ${problems.slice(0, 12).join('\n  ')}`);
  }
}

/** Where `value` is not plain JSON data (non-finite numbers, functions, class instances, cycles); empty when it is. */
export function jsonProblems(value: unknown, path = '$', seen = new Set<object>()): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is ${value}`];
  if (typeof value !== 'object') return [`${path} is a ${typeof value}`];
  if (seen.has(value)) return [`${path} is a cycle`];
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return [`${path} is a ${proto?.constructor?.name}`];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined && !Array.isArray(value)) continue; // an absent optional field
    out.push(...jsonProblems(v, `${path}.${k}`, seen));
  }
  seen.delete(value);
  return out;
}
