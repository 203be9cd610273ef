import { isCapsRun, isShouted } from '../text/caps';
import type { Token } from './tokens';

// Words in capitals among the tagger's tokens: whole sentences, and runs inside a line of ordinary case.

/**
 * Whether tokens `[first, last]` all stand in a run of three words or more in capitals (two capitals each at least, one
 * space between, one sentence): a label or a heading in capitals inside a line of ordinary case ("PLAYER OF THE SERIES:",
 * "VACCINE UPTAKE 'UNACCEPTABLY LOW'"). The runs are found once per text.
 */
export function capsRuns(tokens: readonly Token[]): (first: number, last: number) => boolean {
  let runs: Uint8Array | undefined;
  return (first, last) => {
    if (!isCapsRun(tokens[first].text)) return false;
    if (runs === undefined) {
      runs = new Uint8Array(tokens.length);
      for (let i = 0; i < tokens.length;) {
        let j = i;
        while (j < tokens.length && isCapsRun(tokens[j].text) && /\p{L}/u.test(tokens[j].text)
          && (j === i || (tokens[j].sentence === tokens[i].sentence && !/[:;,.!?()]/.test(tokens[j - 1].post)))) j++;
        if (j - i >= 3) runs.fill(1, i, j);
        i = Math.max(j, i + 1);
      }
    }
    for (let i = first; i <= last; i++) if (runs[i] === 0) return false;
    return true;
  };
}

/**
 * The sentences of `tokens` written in capitals (`isShouted` over their words of two letters or more outside brackets:
 * "MARKET SNAPSHOT (Feb. 12, 4:30 p.m. Cairo)" is a heading with a note).
 */
export function shoutingSentences(tokens: readonly Token[]): Set<number> {
  const words = new Map<number, string[]>();
  let depth = 0;
  let sentence = -1;
  for (const t of tokens) {
    if (t.sentence !== sentence) [sentence, depth] = [t.sentence, 0];
    if (/\(/.test(t.pre)) depth++;
    const isInside = depth > 0;
    if (/\)/.test(t.post)) depth = Math.max(0, depth - 1);
    if (isInside || !/\p{L}{2}/u.test(t.text)) continue;
    const w = words.get(t.sentence);
    if (w) w.push(t.text);
    else words.set(t.sentence, [t.text]);
  }
  const out = new Set<number>();
  for (const [sentence, w] of words) if (isShouted(w)) out.add(sentence);
  return out;
}
