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

export { nlp };
