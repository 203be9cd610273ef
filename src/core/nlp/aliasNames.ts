import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// Adverbs before "known as": "also known as", "better known as".
const ALIAS_ADVERBS = new Set(['also', 'better', 'widely', 'popularly', 'commonly', 'locally']);

/**
 * The token a name's alias phrase starts at when the tagged span opening at `first` follows one ("known as", "also
 * known as", "nicknamed", an article between: "known as the RSF"), or -1.
 */
function aliasPhraseStart(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  if (tokens[j]?.lower === 'the') j--;
  if (tokens[j]?.lower === 'as' && tokens[j - 1]?.lower === 'known') j -= 2;
  else if (tokens[j]?.lower === 'nicknamed') j--;
  else return -1;
  if (ALIAS_ADVERBS.has(tokens[j]?.lower ?? '')) j--;
  return j + 1;
}

/**
 * "Mohamed Hamdan Dagalo, known as Hemedti", "the Rapid Support Forces, also known as the RSF": a name of one to three
 * words right after "known as" or "nicknamed" that follows a person's or an organisation's name is another name of the
 * same one, and takes its class (the tagger reads a rare nickname alone as a place). Spans stay sorted and disjoint.
 */
export function typeAliasNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    const prev = spans[k - 1];
    if (prev === undefined || (prev.type !== 'PER' && prev.type !== 'ORG') || s.type === prev.type || s.last - s.first > 2) return s;
    const start = aliasPhraseStart(tokens, s.first);
    const isAlias = start > 0 && start === prev.last + 1 && tokens[start].sentence === tokens[prev.last].sentence;
    return isAlias ? { ...s, type: prev.type } : s;
  });
}
