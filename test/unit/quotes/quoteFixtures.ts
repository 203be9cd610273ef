/**
 * The annotated quotation set (`quotes.fixtures.txt`, format described at its top) and its scorer, shared by the
 * unit tests and `npm run eval` (which bundles this file). No Node built-ins: callers read the file.
 */

/** One annotated case: a quotation (direct or reported) or a pair of marks that is none. */
export interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: 'direct' | 'reported' | 'none';
  /** A word of the speaker's name, or null when the text names nobody the analysis holds. */
  readonly speaker: string | null;
}

/** One article of the set with its cases. */
export interface FixtureArticle {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly GoldQuote[];
}

/** A predicted quotation as the JSONL contract gives it. */
export interface PredictedQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly speaker: string | null;
}

/** Parses the fixture file; throws with the article id when a span cannot be found in its text. */
export function parseQuoteFixtures(source: string): FixtureArticle[] {
  const articles: FixtureArticle[] = [];
  const blocks = source.replace(/\r\n/g, '\n').split(/^=== /m).slice(1);
  for (const block of blocks) {
    const id = block.slice(0, block.indexOf('\n')).trim();
    const [body, notes = ''] = block.slice(block.indexOf('\n') + 1).split(/^---$/m);
    const text = body.trim() + '\n';
    const gold: GoldQuote[] = [];
    let from = 0;
    for (const line of notes.split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'))) {
      const [kind, span, speaker] = line.split(' | ').map(s => s.trim());
      if (kind !== 'direct' && kind !== 'reported' && kind !== 'none') throw new Error(`${id}: bad kind in "${line}"`);
      const [first, last] = span.includes(' ... ') ? span.split(' ... ') : [span, span];
      const start = text.indexOf(first, from);
      const lastAt = start < 0 ? -1 : text.indexOf(last, start);
      if (start < 0 || lastAt < 0) throw new Error(`${id}: "${span}" is not in the text`);
      gold.push({ start, end: lastAt + last.length, kind, speaker: speaker === 'null' || speaker === undefined ? null : speaker });
      from = start;
    }
    articles.push({ id, text, gold });
  }
  return articles;
}

/** Detection and speaker figures over the set. */
export interface QuoteScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Direct quotations found, and how many of them have the right speaker. */
  readonly direct: { readonly found: number; readonly rightSpeaker: number };
  readonly reported: { readonly found: number; readonly rightSpeaker: number };
  /** One line per error, for reading. */
  readonly errors: readonly string[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Whether a predicted speaker name fits the gold speaker word(s): null with null, else the words in the name. */
export function isSameSpeaker(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const norm = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return norm(predicted).includes(norm(gold));
}

/**
 * Scores predictions against the gold quotations: a prediction matches the unmatched gold quotation (direct or
 * reported; kind is not required to agree) that it overlaps most; unmatched predictions are false positives
 * (including any over a "none" case), unmatched gold quotations false negatives.
 */
export function scoreQuotes(articles: readonly FixtureArticle[], predictions: ReadonlyMap<string, readonly PredictedQuote[]>): QuoteScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const direct = { found: 0, rightSpeaker: 0 };
  const reported = { found: 0, rightSpeaker: 0 };
  const errors: string[] = [];
  for (const a of articles) {
    const gold = a.gold.filter(g => g.kind !== 'none');
    const used = new Set<number>();
    const show = (s: { start: number; end: number }): string => JSON.stringify(a.text.slice(s.start, s.end).slice(0, 70));
    for (const p of predictions.get(a.id) ?? []) {
      let best = -1;
      for (let i = 0; i < gold.length; i++) {
        if (!used.has(i) && overlap(gold[i], p) > 0 && (best < 0 || overlap(gold[i], p) > overlap(gold[best], p))) best = i;
      }
      if (best < 0) {
        fp++;
        errors.push(`${a.id}: false positive ${p.kind} ${show(p)}`);
        continue;
      }
      used.add(best);
      tp++;
      const g = gold[best];
      const tally = g.kind === 'direct' ? direct : reported;
      tally.found++;
      if (isSameSpeaker(g.speaker, p.speaker)) tally.rightSpeaker++;
      else errors.push(`${a.id}: speaker ${JSON.stringify(p.speaker)} for ${g.kind} ${show(g)} (gold ${JSON.stringify(g.speaker)})`);
    }
    gold.forEach((g, i) => {
      if (used.has(i)) return;
      fn++;
      errors.push(`${a.id}: missed ${g.kind} ${show(g)}`);
    });
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1, direct, reported, errors };
}
