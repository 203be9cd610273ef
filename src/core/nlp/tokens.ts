import { lexiconTag, tokenizedView } from './engine';

/**
 * One word of the text as the tagger sees it. `start`/`end` cover the word itself (UTF-16, end exclusive),
 * without surrounding punctuation and without a possessive `'s` ("China's" -> "China").
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly text: string;
  /** Lower case of `text`. */
  readonly lower: string;
  /** Index of the sentence the token belongs to (0-based, within the text given to `tokenize`). */
  readonly sentence: number;
  /** The token is the first of its sentence. */
  readonly isFirst: boolean;
  /** Punctuation between this token and the previous one ("(" or an opening quote), trimmed. */
  readonly pre: string;
  /** Punctuation between this token and the next one ("," or ")."), trimmed; "-" for hyphenated words, " -" for
   * a dash set off by a space ("RAMALLAH, May 20 - The ..."), which ends a name. */
  readonly post: string;
  /** The token carried a possessive 's that is not part of `text`. */
  readonly isPossessive: boolean;
  /** compromise's lexicon tag for the word, if it knows it ("City", "MaleName", "Organization"...). */
  readonly lexTag?: string;
}

/** Whether compromise's lexicon tag says a word is a given name ("Claire": FemaleName; "John": MaleName). */
export const isGivenNameTag = (tag: string | undefined): boolean => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName';

// A word of grammar alone by its lexicon tag ("Which", "Whose", "At", "Although").
const GRAMMAR_TAG = /^(?:QuestionWord|Pronoun|Determiner|Conjunction|Preposition)$/;
/** Whether compromise's lexicon tag is a word of grammar's and nothing else's ("Which", "At", "Although"). */
export const isGrammarTag = (tag: string | undefined): boolean => GRAMMAR_TAG.test(tag ?? '');

// Classes of the lexicon no word of a name has: words of grammar, adverbs and verbs ("Despite", "TO", "Before").
const NOT_NAME_WORD_TAG = /Preposition|Conjunction|Determiner|Pronoun|Adverb|Verb|Tense|Copula|Modal/;
/** Whether compromise's lexicon tag (one or several) says the word is no name's: grammar, an adverb, a verb. */
export const isNotNameWordTag = (tag: string | undefined): boolean => NOT_NAME_WORD_TAG.test(tag ?? '');

// Classes of a word that may open a name: a given name, a place, a body ("James", "Athens", "Reuters").
const NAME_CLASS = /Name|Place|City|Region|Country|Organization|Demonym|ProperNoun/;

/**
 * Whether the token opens its sentence as a plural common noun ("Rivals Meta and Samsung have launched", "Critics"),
 * which no name starts with: a plural the lexicon knows, or one whose singular it knows as no name.
 */
export function isOpeningPlural(t: Token): boolean {
  // a hyphen joins it to the next word: a name's first part ("Rolls-Royce said"), no plural noun
  if (!t.isFirst || t.post === '-' || !/^\p{Lu}\p{Ll}{2,}(?<![su])s$/u.test(t.text) || NAME_CLASS.test(t.lexTag ?? '')) return false;
  const singular = lexiconTag(t.lower.slice(0, -1));
  return /Plural/.test(t.lexTag ?? '') || (singular !== undefined && !NAME_CLASS.test(singular));
}

interface CompromiseTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly offset: { readonly start: number; readonly length: number };
}

const POSSESSIVE = /['’]s$/i;
const LEADING_JUNK = /^[^\p{L}\p{N}]+/u;
// Trailing punctuation other than the period of an abbreviation ("U.S.", "Corp.").
const TRAILING_JUNK = /[^\p{L}\p{N}.]+$/u;
// Punctuation a saved page sets between a byline's parts or a menu's items, which ends a name: "Jane Doe · BBC News".
const SEPARATORS = /^[·•|]+$/u;

/**
 * Splits `text` into sentences and words with compromise's tokenizer only (no tagging: that is the costly part
 * of a full parse). Tokens are in text order; a token with no letter or digit is dropped. Empty text gives [].
 */
export function tokenize(text: string): Token[] {
  if (text.trim() === '') return [];
  const doc = tokenizedView(text);
  const sentences = doc.document as unknown as CompromiseTerm[][];
  const out: Token[] = [];
  sentences.forEach((terms, sentence) => {
    let isFirst = true;
    for (const term of terms) {
      let s = term.offset.start;
      let e = s + term.offset.length;
      let word = text.slice(s, e);
      const lead = LEADING_JUNK.exec(word);
      if (lead) {
        s += lead[0].length;
        word = word.slice(lead[0].length);
      }
      const isPossessive = POSSESSIVE.test(word) && word.length > 2;
      if (isPossessive) {
        e -= 2;
        word = word.slice(0, -2);
      }
      const trail = TRAILING_JUNK.exec(word);
      if (trail) {
        e -= trail[0].length;
        word = word.slice(0, -trail[0].length);
      }
      // A lone sentence-final period belongs to the sentence, not the word ("in Iraq.").
      if (word.endsWith('.') && !/\.\p{L}\.?$/u.test(word) && !isAbbreviation(word)) {
        e -= 1;
        word = word.slice(0, -1);
      }
      // A separator standing alone ("Jane Doe · BBC News", "Sport | Live"): no token, but the token before ends on it
      if (!/[\p{L}\p{N}]/u.test(word)) {
        const mark = term.text.trim();
        const last = out[out.length - 1];
        if (last !== undefined && last.sentence === sentence && SEPARATORS.test(mark)) out[out.length - 1] = { ...last, post: `${last.post}${mark}` };
        // the empty terms compromise leaves after a range it reads as a contraction ("21-118," is "21 to 118") carry
        // the punctuation after it: the token before ends on it
        else if (last !== undefined && last.sentence === sentence && term.text === '' && term.offset.start === last.end && term.post.trim() !== '') {
          out[out.length - 1] = { ...last, post: `${last.post}${trimPost(term.post)}` };
        }
        continue;
      }
      const lower = word.toLowerCase();
      // "u.s." -> "us"; a word without a period would look itself up twice
      const lexTag = lexiconTag(lower) ?? (lower.includes('.') ? lexiconTag(lower.replace(/\./g, '')) : undefined);
      out.push({
        start: s,
        end: e,
        text: word,
        lower,
        sentence,
        isFirst,
        pre: term.pre.trim(),
        post: text.slice(e, term.offset.start + term.offset.length).replace(/^['’]s/i, '') + trimPost(term.post),
        isPossessive,
        // always set (undefined for a word the lexicon does not know): tokens of one shape, read fast by every pass
        lexTag: lexTag || undefined,
      });
      isFirst = false;
    }
  });
  return out;
}

function trimPost(post: string): string {
  const t = post.trim();
  return /^\s[-–—]/u.test(post) ? ' ' + t : t;
}

function isAbbreviation(word: string): boolean {
  const tag = lexiconTag(word.slice(0, -1).toLowerCase());
  return tag !== undefined && tag.startsWith('Abbreviation');
}

/** Whether a token of the sentence of token `i` passes `test` ("a sentence about roads", "about trains"). */
export function sentenceHasWord(tokens: readonly Token[], i: number, test: (t: Token) => boolean): boolean {
  const sentence = tokens[i].sentence;
  for (let j = i; j >= 0 && tokens[j].sentence === sentence; j--) if (test(tokens[j])) return true;
  for (let j = i + 1; j < tokens.length && tokens[j].sentence === sentence; j++) if (test(tokens[j])) return true;
  return false;
}

/**
 * The sentences of `tokens` as `[first, last]` token indices, in order (the tokenizer ends a sentence at every line
 * break too, so a table's or a list's lines are sentences of their own). No tokens give [].
 */
export function sentenceRanges(tokens: readonly Token[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (let from = 0; from < tokens.length;) {
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1].sentence === tokens[from].sentence) to++;
    out.push([from, to]);
    from = to + 1;
  }
  return out;
}
