import { isLexiconPhrasePrefix, lexiconTag } from './engine';
import { ORG_HEADS, PLACE_HEADS, wordClass } from './lexicons';
import type { Token } from './tokens';

/**
 * Feature extraction for the entity tagger, shared by the training script and the runtime tagger so both
 * see exactly the same features. Features are short strings ("w=minister", "s-1=Xx").
 */

/** BIO labels of the tagger, in weight-vector order. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-GPE', 'I-GPE'] as const;
export type Label = (typeof LABELS)[number];

/** Punctuation after a token that an entity never continues across (sentence ends, brackets, quotes, commas). */
const HARD_BREAK = /[,;:()[\]{}"“”!?·•|]|\.(?!\p{L})|\s[-–—]|[–—]/u;

/**
 * Whether an entity may not continue from `token` to the next token: a sentence's end, a possessive, a hard
 * break's punctuation, or two spaces or more between them, a table's column gap ("4   Lena Marsh   Vantor   +5.9").
 */
// Heads of names written after a plural's possessive, beside bodies' and places' heads: "Bishops' Conference", "Martyrs'
// Brigades", "Champions' League", "St James' Park".
const POSSESSIVE_HEADS = new Set(['conference', 'brigades', 'park', 'cup', 'day', 'hospital', 'trust', 'choir', 'hall',
  'lane', 'way', 'gate', 'cross', 'field', 'wood', 'market', 'bridge', 'green', 'common', 'place', 'row', 'walk', 'inn',
  'arms', 'award', 'awards', 'prize', 'fellowship', 'home', 'homes', 'charter', 'strike', 'march', 'revolt', 'war']);

export function isBreakAfter(token: Token, next: Token | undefined): boolean {
  if (!next || next.sentence !== token.sentence) return true;
  // a plural's possessive too, before a name ("the Gunners' Martin Odegaard", "Mr. Abbas' Ramallah compound"), not before
  // the head of a name that holds it ("the Musicians' Union", "St James' Park", "the al-Aqsa Martyrs' Brigades") nor before
  // a common word ("the House of Representatives' Energy and Commerce committee")
  if (token.isPossessive || ((token.post === "'" || token.post === '’') && token.text.endsWith('s') && next.pre === '' && /^\p{Lu}/u.test(next.text)
    && !ORG_HEADS.has(next.lower) && !PLACE_HEADS.has(next.lower) && !POSSESSIVE_HEADS.has(next.lower)
    && (next.lexTag === undefined || /Name|Place|City|Country|Region|ProperNoun|Organization/.test(next.lexTag)))) return true;
  return HARD_BREAK.test(token.post) || HARD_BREAK.test(next.pre) || next.start - token.end - token.post.length - next.pre.length >= 2;
}

/**
 * Whether `label` may follow `prev` at token `i`: an inside label continues an entity of the same class and
 * never across a hard break (sentence end, comma, bracket, quote, possessive).
 */
export function allowedLabel(label: Label, prev: Label, tokens: readonly Token[], i: number): boolean {
  if (!label.startsWith('I-')) return true;
  if (prev.slice(2) !== label.slice(2) || prev === 'O') return false;
  return i > 0 && !isBreakAfter(tokens[i - 1], tokens[i]);
}

/** "Jaishankar" -> "Xx", "U.S." -> "X.X.", "G20" -> "Xd", "al-Qaida" -> "x-Xx". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    const code = ch.charCodeAt(0);
    // ASCII by its code, the same classes as the tests below give it (a word is read for every name the tagger finds)
    if (code < 0x80) c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
    else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Per-token facts computed once per text and reused by every feature of the neighbours. */
export interface TokenInfo {
  readonly lower: string;
  readonly shape: string;
  readonly cls: string;
  readonly lex: string;
}

/** Precomputes `TokenInfo` for each token; `phraseTags[i]` is a multi-word lexicon tag covering token i. */
export function tokenInfos(tokens: readonly Token[]): TokenInfo[] {
  return tokens.map(t => ({
    lower: t.lower,
    shape: wordShape(t.text),
    cls: wordClass(t.lower) ?? '-',
    lex: t.lexTag ?? '-',
  }));
}

const EDGE: TokenInfo = { lower: '<s>', shape: '<s>', cls: '<s>', lex: '<s>' };

/**
 * The label-independent features of token `i`. Neighbours in other sentences read as sentence edges.
 * `phrase` is the multi-word lexicon tag covering the token, if any ("B:Organization").
 */
export function staticFeatures(tokens: readonly Token[], infos: readonly TokenInfo[], i: number, phrase?: string): string[] {
  const t = tokens[i];
  const me = infos[i];
  const sent = t.sentence;
  const at = (j: number): TokenInfo =>
    j >= 0 && j < tokens.length && tokens[j].sentence === sent ? infos[j] : EDGE;
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  const lower = me.lower;
  const f = [
    'b',
    'w=' + lower,
    's=' + me.shape,
    'p3=' + lower.slice(0, 3),
    'x3=' + lower.slice(-3),
    'x2=' + lower.slice(-2),
    'c=' + me.cls,
    'l=' + me.lex,
    'ls=' + me.lex + '|' + me.shape,
    'cs=' + me.cls + '|' + me.shape,
    'first=' + (t.isFirst ? me.shape : '-'),
    'pos=' + (t.isPossessive ? 1 : 0),
    'post=' + punctClass(t.post.trim()),
    'pre=' + punctClass(t.pre),
    'w-1=' + p1.lower,
    'w+1=' + n1.lower,
    'w-2=' + p2.lower,
    'w+2=' + n2.lower,
    's-1=' + p1.shape,
    's+1=' + n1.shape,
    'ss=' + p1.shape + '|' + me.shape + '|' + n1.shape,
    'l-1=' + p1.lex,
    'l+1=' + n1.lex,
    'c-1=' + p1.cls,
    'c+1=' + n1.cls,
    'c+2=' + n2.cls,
    'ww-1=' + p1.lower + '|' + lower,
    'ww+1=' + lower + '|' + n1.lower,
    'ws+1=' + lower + '|' + n1.shape,
    'sw-1=' + p1.shape + '|' + lower,
    'brk=' + (isBreakAfter(t, tokens[i + 1]) ? 1 : 0),
  ];
  if (phrase) f.push('ph=' + phrase);
  return f;
}

/** Features that depend on the labels already given to the previous two tokens. */
export function labelFeatures(tokens: readonly Token[], infos: readonly TokenInfo[], i: number, prev1: Label, prev2: Label): string[] {
  const me = infos[i];
  return ['L1=' + prev1, 'L12=' + prev1 + '|' + prev2, 'L1w=' + prev1 + '|' + me.lower, 'L1s=' + prev1 + '|' + me.shape];
}

/** The class of the punctuation beside a token for the `pre`/`post` features: "(", "q" (quotes), "-" or its first mark. */
export function punctClass(p: string): string {
  if (p === '') return '';
  if (/[()[\]]/.test(p)) return '(';
  if (/["“”'‘’]/.test(p)) return 'q';
  if (p.startsWith('-')) return '-';
  return p[0];
}

/** Multi-word phrases of the compromise lexicon ("united nations" -> Organization), as B:/I: tags per token. */
export function phraseTags(tokens: readonly Token[]): (string | undefined)[] {
  const out: (string | undefined)[] = tokens.map(() => undefined);
  for (let i = 0; i < tokens.length; i++) {
    let phrase = tokens[i].lower;
    if (!isLexiconPhrasePrefix(phrase)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
      if (tokens[j].sentence !== tokens[i].sentence || isBreakAfter(tokens[j - 1], tokens[j])) break;
      phrase += ' ' + tokens[j].lower;
      if (!isLexiconPhrasePrefix(phrase)) break;
      const tag = lexiconTag(phrase);
      if (tag && !out[i]) {
        out[i] = 'B:' + tag;
        for (let k = i + 1; k <= j; k++) out[k] = 'I:' + tag;
      }
    }
  }
  return out;
}

/**
 * The words and shapes around a span that the features read, in the sentence of token `first` ("<s>" outside it): the
 * same for the training script's strings and `spanScorer.ts`'s lookups.
 */
export function sentenceWindow(tokens: readonly Token[], first: number): { word: (j: number) => string; shape: (j: number) => string } {
  const sentence = tokens[first].sentence;
  const inside = (j: number): boolean => j >= 0 && j < tokens.length && tokens[j].sentence === sentence;
  return {
    word: j => (inside(j) ? tokens[j].lower : '<s>'),
    shape: j => (inside(j) ? wordShape(tokens[j].text) : '<s>'),
  };
}
