import { isBodyHeadWord } from './context';
import { PLACE_HEADS } from './lexicons';
import type { TaggedSpan } from './tagger';
import { isNotNameWordTag, type Token } from './tokens';

/**
 * Irish, Scottish Gaelic and Welsh surnames: "Seosamh Ó hÉanaí", "Áine Ní Bhriain", "Orla Mac Giolla Bhríde", "Rhun ap
 * Iorwerth". The tagger, trained on newswire, splits them, and the span model (spanTypes.ts), which never met them,
 * reads them as bodies. A name with such a particle before a name's word is a person's.
 */

// Particles that open such a surname; "Ó", "Ní", "Nic", "Uí" and the Welsh "ap", "ab", "ferch" open nothing else.
// "Mac" opens products too ("Mac Pro"), so it counts only after a given name.
const PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Uí', 'Mhic', 'ap', 'ab', 'ferch', 'verch']);
const AFTER_GIVEN_NAME = new Set(['Mac', 'Mag']);

/** A surname's word after a particle, capitalised or with its initial mutation in lower case ("hÉanaí", "tSúilleabháin"). */
const isSurnameWord = (t: Token | undefined): boolean => t !== undefined && /^(?:[hnt]-?)?\p{Lu}\p{Ll}/u.test(t.text);

/** Whether token `i` is a particle of such a surname, given the name it is part of starts at `first`. */
export function isGaelicParticle(tokens: readonly Token[], i: number, first: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (next === undefined || next.sentence !== t.sentence || t.post !== '' || !isSurnameWord(next)) return false;
  return PARTICLES.has(t.text) || (AFTER_GIVEN_NAME.has(t.text) && i > first && /^\p{Lu}\p{Ll}/u.test(tokens[i - 1].text));
}

/** A word whose initial mutation is written in lower case before a capital ("hÉanaí"): part of the name, not a lower-case word. */
export const isMutatedSurname = (tokens: readonly Token[], i: number): boolean =>
  i > 0 && /^[hnt]-?\p{Lu}/u.test(tokens[i].text) && PARTICLES.has(tokens[i - 1].text);

/**
 * A step over the tagger's spans (spanSteps.ts): a span holding such a particle before a name's word, with no body's
 * or place's head noun, is a person; one the tagger began after the particle takes it in, with the given name
 * before it ("Rhun ap Iorwerth" where it read "Iorwerth"). Spans stay sorted and disjoint.
 */
export function gaelicPeople(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.flatMap((s, k) => splitPair(tokens, personOf(tokens, spans, k)));
}

/** Spans `s` as two people where "and" joins two names that each hold such a particle ("Pádraig Ó Dálaigh and Áine Ní Bhriain"). */
function splitPair(tokens: readonly Token[], s: TaggedSpan): TaggedSpan[] {
  if (s.type !== 'PER') return [s];
  let and = s.first + 2;
  while (and < s.last - 1 && tokens[and].text !== 'and') and++;
  if (and >= s.last - 1) return [s];
  const holds = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (isGaelicParticle(tokens, i, from)) return true;
    return false;
  };
  return holds(s.first, and - 1) && holds(and + 1, s.last)
    ? [{ first: s.first, last: and - 1, type: 'PER' }, { first: and + 1, last: s.last, type: 'PER' }] : [s];
}

/** Span `k` as a person's name when it holds such a particle, taking in a particle and a given name just before it. */
function personOf(tokens: readonly Token[], spans: readonly TaggedSpan[], k: number): TaggedSpan {
  const s = spans[k];
  if (s.type === 'GPE') return s;
  let first = s.first;
  const before = tokens[first - 1];
  if (before !== undefined && isGaelicParticle(tokens, first - 1, first - 1)) first--;
  if (PARTICLES.has(tokens[first].text) && isGaelicParticle(tokens, first, first)) {
    const given = tokens[first - 1];
    const previous = spans[k - 1];
    if (given !== undefined && given.post === '' && /^\p{Lu}\p{Ll}+$/u.test(given.text) && !(given.isFirst && isNotNameWordTag(given.lexTag))
      && (previous === undefined || previous.last < first - 1) && !isBodyHeadWord(given)) first--;
  }
  let hasParticle = first < s.first;
  for (let i = s.first; i < s.last && !hasParticle; i++) hasParticle = isGaelicParticle(tokens, i, s.first);
  if (!hasParticle) return s;
  for (let i = first; i <= s.last; i++) if (isBodyHeadWord(tokens[i]) || PLACE_HEADS.has(tokens[i].lower)) return s;
  return first === s.first && s.type === 'PER' ? s : { first, last: s.last, type: 'PER' };
}
