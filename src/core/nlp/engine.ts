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

/** Every word and phrase of compromise's lexicon with its tag, sorted by word: what `lexiconTag` can answer. */
export function lexiconEntries(): [string, string][] {
  return Object.keys(lexicon).sort().map(word => [word, lexiconTag(word) ?? '']);
}

export { nlp };
