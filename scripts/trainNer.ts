/**
 * Trains News Lens's entity tagger: an averaged perceptron over BIO labels (PER, ORG, LOC, GPE), greedy
 * left-to-right, with the features of `src/core/nlp/features.ts`. Trained on the Groningen Meaning Bank
 * (Bos et al., 2017; annotations ODbL) training extract, optionally with the newsroom articles written for News Lens
 * (their gold lists projected onto the texts by scripts/ner/newsroomRecords.ts) or synthetic sentences; writes compact
 * quantised weights with what they were trained with (labels, feature-set fingerprint, training files and their SHA-256,
 * epochs, licence) to `src/core/nlp/model/nerWeights.json`.
 *
 *   npx tsx scripts/trainNer.ts [TRAIN.jsonl ...] [--epochs 6] [--min-count 2] [--min-weight 1] [--out FILE]
 *
 * Several training files are read in order (the GMB extract, then the newsroom records or the synthetic sentences of
 * scripts/ner/synthetic.ts); a file given twice is read twice; the weights' metadata lists each with its SHA-256.
 *
 * The shipped weights come from the defaults (6 epochs: 10 scored no better on the dev sample) on the GMB extract.
 *
 * Training on the newsroom articles as well (issue 10), not shipped yet: from the repository root,
 *
 *   npx tsx scripts/ner/newsroomRecords.ts
 *   npx tsx scripts/trainNer.ts ../shared/eval/gmb-ner-train.jsonl .train/ner-newsroom.jsonl .train/ner-newsroom.jsonl .train/ner-newsroom.jsonl
 *
 * cut the wrong entities of a leave-out (newsroom sets c..h trained on, m and n scored) from 190 to 179 of about 1115
 * shown, important names found 822 -> 833 of 959 (clubs and sides as organisations, --mixed country: once 186, three
 * times 176, six times 171), and scored GMB dev 78.3 and GUM Wikinews dev 67.7 (two and four times: 66.7, 67.0; with
 * the synthetic sentences 67.1); but 22 unit tests pinned to the shipped weights' readings fail with it (10 fail with
 * a plain retrain on GMB alone). On a blind set of 20 articles written afterwards and never trained or tuned on
 * (outside the repository), the candidate trained on all 78 newsroom articles showed 102 wrong of 735 against 100 of
 * 724 with the shipped weights, and found 374 of 422 important names against 370: the leave-out's gain did not carry.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { featureSetFingerprint, featureTemplates } from '../src/core/nlp/featureSet';
import { allowedLabel, LABELS, type Label, labelFeatures, phraseTags, staticFeatures, tokenInfos } from '../src/core/nlp/features';
import { HONORIFICS, ROLE_WORDS } from '../src/core/nlp/lexicons';
import { tokenize, type Token } from '../src/core/nlp/tokens';

interface GoldEntity { start: number; end: number; type: string }
interface Sample { tokens: Token[]; feats: Int32Array[]; gold: Label[]; infos: ReturnType<typeof tokenInfos> }

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : dflt;
};
const given = args.filter(a => a.endsWith('.jsonl'));
const trainFiles = given.length > 0 ? given : [path.join(__dirname, '../../shared/eval/gmb-ner-train.jsonl')];
const epochs = Number(opt('epochs', '6'));
const minCount = Number(opt('min-count', '2'));
const outFile = opt('out', path.join(__dirname, '../src/core/nlp/model/nerWeights.json'));
const TYPE: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', GPE: 'GPE' };
const NL = LABELS.length;

/** Person spans without their leading titles: the tagger learns names, the rules find roles. */
function goldLabels(tokens: readonly Token[], gold: readonly GoldEntity[]): Label[] {
  const labels: Label[] = tokens.map(() => 'O');
  for (const g of gold) {
    const type = TYPE[g.type];
    if (!type) continue;
    let inside = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start >= g.start && t.end <= g.end);
    if (type === 'PER') {
      while (inside.length > 0 && (ROLE_WORDS.has(inside[0].t.lower) || HONORIFICS.has(inside[0].t.lower))) inside = inside.slice(1);
    }
    inside.forEach(({ i }, k) => { labels[i] = ((k === 0 ? 'B-' : 'I-') + type) as Label; });
  }
  return labels;
}

function main(): void {
  const t0 = Date.now();
  const records: { text: string; entities: GoldEntity[] }[] = [];
  const trainingData = trainFiles.map(file => {
    const data = fs.readFileSync(file, 'utf8');
    const these = data.split('\n').filter(l => l.trim()).map(l => JSON.parse(l) as { text: string; entities: GoldEntity[] });
    records.push(...these);
    return { file: path.basename(file), sha256: crypto.createHash('sha256').update(data).digest('hex'), records: these.length };
  });
  const counts = new Map<string, number>();
  const raw: { tokens: Token[]; strs: string[][]; gold: Label[]; infos: ReturnType<typeof tokenInfos> }[] = [];
  for (const r of records) {
    const tokens = tokenize(r.text);
    const infos = tokenInfos(tokens);
    const phrases = phraseTags(tokens);
    const strs = tokens.map((_, i) => staticFeatures(tokens, infos, i, phrases[i]));
    for (const fs1 of strs) for (const f of fs1) counts.set(f, (counts.get(f) ?? 0) + 1);
    raw.push({ tokens, strs, gold: goldLabels(tokens, r.entities), infos });
  }
  const ids = new Map<string, number>();
  for (const [f, c] of counts) if (c >= minCount) ids.set(f, ids.size);
  const samples: Sample[] = raw.map(r => ({
    tokens: r.tokens, infos: r.infos, gold: r.gold,
    feats: r.strs.map(fs1 => Int32Array.from(fs1.map(f => ids.get(f) ?? -1).filter(x => x >= 0))),
  }));
  const nTokens = samples.reduce((a, s) => a + s.tokens.length, 0);
  console.log(`records ${records.length}, tokens ${nTokens}, features ${ids.size} (of ${counts.size}), ${Date.now() - t0} ms`);

  let cap = ids.size + 400_000;
  let w = new Float64Array(cap * NL);
  let totals = new Float64Array(cap * NL);
  let stamps = new Int32Array(cap * NL);
  let clock = 0;
  const intern = (f: string): number => {
    let id = ids.get(f);
    if (id === undefined) {
      id = ids.size;
      ids.set(f, id);
      if (id >= cap) {
        cap *= 2;
        const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => { const b = make(cap * NL); b.set(a); return b; };
        w = grow(w, n => new Float64Array(n));
        totals = grow(totals, n => new Float64Array(n));
        stamps = grow(stamps, n => new Int32Array(n));
      }
    }
    return id;
  };
  const update = (feats: ArrayLike<number>, label: number, delta: number): void => {
    for (let k = 0; k < feats.length; k++) {
      const j = feats[k] * NL + label;
      totals[j] += (clock - stamps[j]) * w[j];
      stamps[j] = clock;
      w[j] += delta;
    }
  };
  const scores = new Float64Array(NL);
  let seed = 42;
  const rand = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  for (let epoch = 0; epoch < epochs; epoch++) {
    let correct = 0;
    const order = samples.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const si of order) {
      const s = samples[si];
      let prev1: Label = 'O';
      let prev2: Label = 'O';
      for (let i = 0; i < s.tokens.length; i++) {
        clock++;
        if (i > 0 && s.tokens[i].sentence !== s.tokens[i - 1].sentence) prev1 = prev2 = 'O';
        const dyn = labelFeatures(s.tokens, s.infos, i, prev1, prev2).map(intern);
        const all = [...s.feats[i], ...dyn];
        scores.fill(0);
        for (const f of all) for (let c = 0; c < NL; c++) scores[c] += w[f * NL + c];
        let best = -1;
        for (let c = 0; c < NL; c++) {
          if (!allowedLabel(LABELS[c], prev1, s.tokens, i)) continue;
          if (best < 0 || scores[c] > scores[best]) best = c;
        }
        const gold = LABELS.indexOf(s.gold[i]);
        if (best !== gold) {
          update(all, gold, 1);
          update(all, best, -1);
        } else correct++;
        prev2 = prev1;
        prev1 = LABELS[best];
      }
    }
    console.log(`epoch ${epoch + 1}: token accuracy ${(100 * correct / nTokens).toFixed(2)}%, ${Date.now() - t0} ms`);
  }
  // Average, prune near-zero weights and quantise.
  const names = [...ids.keys()];
  const averaged = new Float64Array(names.length * NL);
  const magnitudes: number[] = [];
  for (let j = 0; j < averaged.length; j++) {
    const total = totals[j] + (clock - stamps[j]) * w[j];
    averaged[j] = total / clock;
    if (averaged[j] !== 0 && j % 7 === 0) magnitudes.push(Math.abs(averaged[j]));
  }
  magnitudes.sort((a, b) => a - b);
  // The 99.9th percentile maps to 100: small integers, rare large ones kept as they are.
  const scale = 100 / magnitudes[Math.floor(magnitudes.length * 0.999)];
  const minKeep = Number(opt('min-weight', '1'));
  const out: Record<string, number[]> = {};
  let kept = 0;
  names.forEach((name, id) => {
    const row: number[] = [];
    for (let c = 0; c < NL; c++) {
      const q = averaged[id * NL + c] * scale;
      if (Math.abs(q) >= minKeep) row.push(c, Math.round(q));
    }
    if (row.length > 0) { out[name] = row; kept++; }
  });
  const model = {
    format: 1,
    labels: LABELS,
    featureSet: featureSetFingerprint(),
    templates: featureTemplates(),
    trainingData,
    epochs,
    minCount,
    licence: 'Open Database License (ODbL) 1.0: the weights are derived from the annotations of the Groningen Meaning Bank.',
    attribution: 'Trained on the Groningen Meaning Bank 2.2.0 training split: Bos, J., Basile, V., Evang, K., Venhuizen, N. J., '
      + '& Bjerva, J. (2017). The Groningen Meaning Bank. Handbook of Linguistic Annotation, 463-496.'
      + (trainFiles.some(f => /synthetic/.test(path.basename(f))) ? ' Also on synthetic sentences written for News Lens (scripts/ner/synthetic.ts).' : '')
      + (trainFiles.some(f => /newsroom/.test(path.basename(f)))
        ? ' Also on the newsroom articles written for News Lens (test/newsroom), their gold lists projected by scripts/ner/newsroomRecords.ts.' : ''),
    features: out,
  };
  // One feature per line: a retrained model diffs line by line.
  const body = JSON.stringify({ ...model, features: {} }).replace(/"features":\{\}\}$/, '"features": {\n')
    + Object.entries(out).map(([name, row]) => `${JSON.stringify(name)}:${JSON.stringify(row)}`).join(',\n') + '\n}}\n';
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, body);
  console.log(`kept ${kept} features, ${(body.length / 1e6).toFixed(2)} MB -> ${outFile}, ${Date.now() - t0} ms`);
}

main();
