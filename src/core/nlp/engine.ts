import nlp from 'compromise';

/**
 * The one configured compromise instance. Configuration happens once, at module load, through a single
 * plugin; callers never pass lexicons per call (that would mutate compromise's global state each time).
 */
nlp.plugin({
  words: {
    // Bodies and groups that compromise does not know as organisations.
    quad: 'Organization',
  },
});

interface World { readonly model: { readonly one: { readonly lexicon: Record<string, string | string[] | undefined> } } }
const lexicon = (nlp.world() as World).model.one.lexicon;

/**
 * compromise's lexicon tag for a lower-case word or phrase ("tokyo" -> "City", "united nations" ->
 * "Organization"), several tags joined by ","; undefined for unknown words.
 */
export function lexiconTag(lower: string): string | undefined {
  if (!Object.hasOwn(lexicon, lower)) return undefined;
  const tag = lexicon[lower];
  return Array.isArray(tag) ? tag.join(',') : tag;
}

let phrasePrefixes: Set<string> | undefined;

/**
 * Whether some multi-word phrase of compromise's lexicon starts with the words of `lowerPhrase` (one space
 * between words), or is it: "united" and "united nations" are, "united tokyo" is not. A phrase that is not
 * cannot grow into one by adding words.
 */
export function isLexiconPhrasePrefix(lowerPhrase: string): boolean {
  if (!phrasePrefixes) {
    phrasePrefixes = new Set();
    for (const key of Object.keys(lexicon)) {
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) phrasePrefixes.add(key.slice(0, at));
      if (key.includes(' ')) phrasePrefixes.add(key);
    }
  }
  return phrasePrefixes.has(lowerPhrase);
}

/** Every word and phrase of compromise's lexicon with its tag, sorted by word: what `lexiconTag` can answer. */
export function lexiconEntries(): [string, string][] {
  return Object.keys(lexicon).sort().map(word => [word, lexiconTag(word) ?? '']);
}

export { nlp };
