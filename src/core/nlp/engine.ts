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

interface World {
  readonly model: { readonly one: { readonly lexicon: Record<string, string | string[] | undefined> } };
  readonly methods: { readonly one: { readonly tokenize: { readonly fromString: (text: string, world: World) => unknown[][] } } };
  readonly compute: Record<string, unknown>;
}
const world = nlp.world() as World;
const lexicon = world.model.one.lexicon;

/** A compromise view whose document can be set: what `nlp.tokenize` builds around the tokenizer's terms. */
interface TokenView {
  document: unknown[][];
  compute(names: string[]): unknown;
}
/** An empty view of the configured instance, from which `tokenizedView` makes new ones (`View.update`). */
const emptyView = nlp.tokenize('') as unknown as { update(pointer?: unknown): TokenView };
const hasContractions = Object.hasOwn(world.compute, 'contractions');

/**
 * `nlp.tokenize(text)` with its terms' offsets (`compute('offset')`), doing only the work whose result the terms'
 * `text`, `pre`, `post` and `offset` depend on: the tokenizer (which already sets each term's `normal`) and the
 * contractions, which split terms by their `normal`. It leaves out what `nlp.tokenize` computes for tagging, which
 * no caller reads: `alias`, `machine` and `normal` a second time (the same function on the same text) were 7% of an
 * analysis.
 */
export function tokenizedView(text: string): TokenView {
  const doc = emptyView.update();
  doc.document = world.methods.one.tokenize.fromString(text, world);
  doc.compute(hasContractions ? ['contractions', 'offset'] : ['offset']);
  return doc;
}

/** `lexiconTag` of the lexicon's words that have several tags, by word (at most the lexicon's size). */
const joinedTags = new Map<string, string>();

/**
 * compromise's lexicon tag for a lower-case word or phrase ("tokyo" -> "City", "united nations" ->
 * "Organization"), several tags joined by ","; undefined for unknown words.
 */
export function lexiconTag(lower: string): string | undefined {
  if (!Object.hasOwn(lexicon, lower)) return undefined;
  const tag = lexicon[lower];
  if (!Array.isArray(tag)) return tag;
  // the lexicon is set once, at load: a word's tags are joined once, not at each of the many lookups of the word
  let joined = joinedTags.get(lower);
  if (joined === undefined) joinedTags.set(lower, (joined = tag.join(',')));
  return joined;
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
