import type { Paragraph } from '../model';
import type { ParagraphMemo } from '../pipeline/paragraphMemo';
import { isThingName } from './thingNames';
import { JUDGED, type MentionLike } from './works';

/**
 * The short forms of things an article names in full, which are no names alone (read by notNames.ts): a craft by its
 * namesake ("Webb" after "the James Webb Space Telescope") and a law's or a prize's initials ("DMA" beside "the Digital
 * Markets Act").
 */

// Paragraphs read per step.
const PARAGRAPH_BATCH = 500;

/**
 * The namesakes and initials of things among `surfaces` (each mention's exact text, with its mentions): a namesake only
 * where no person of several words the article names holds that word ("Jim Webb said"), initials only of acronyms a
 * judged pass found. In steps of a few hundred paragraphs when the article's `paragraphs` are given.
 */
export function* thingShortForms(
  text: string,
  surfaces: ReadonlyMap<string, readonly MentionLike[]>,
  paragraphs: readonly Paragraph[] | undefined,
  memo: ParagraphMemo,
): Generator<void, string[], void> {
  const out: string[] = [];
  const namesakes = [...surfaces.keys()].map(s => CRAFT_NAMESAKE.exec(s)?.[1]).filter((w): w is string => w !== undefined);
  for (const w of namesakes) {
    if (![...surfaces].some(([s, ms]) => s.split(' ').includes(w) && s.includes(' ') && !CRAFT_NAMESAKE.test(s) && ms.some(m => m.type === 'PERSON'))) out.push(w);
  }
  const acronyms = [...surfaces].filter(([k, ms]) => ACRONYM.test(k) && ms.some(m => JUDGED.has(m.source))).map(([k]) => k);
  out.push(...yield* initialsOfThings(text, acronyms, paragraphs, memo));
  return out;
}

// A craft or an instrument named after a person: "James Webb Space Telescope", "Hubble Space Telescope", "Parker Solar Probe".
const CRAFT_NAMESAKE = /(\p{Lu}\p{Ll}+) (?:Space |Solar |X-ray )?(?:Telescope|Observatory|Probe|Spacecraft)$/u;

// An acronym of two to six capitals.
const ACRONYM = /^\p{Lu}{2,6}$/u;
// A run of two to six capitalised words (a law's, a prize's, a craft's name).
const CAPITALISED_RUN = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,5}\b/gu;

/** The initials of the runs of capitalised words in `part` that name things ("DMA" of "Digital Markets Act"). */
function thingInitials(part: string): readonly string[] {
  const out: string[] = [];
  for (const match of part.matchAll(CAPITALISED_RUN)) if (isThingName(match[0])) out.push(match[0].split(' ').map(w => w[0]).join(''));
  return out;
}

/**
 * Which of `acronyms` are the initials of a run of capitalised words in `text` that names a thing (`isThingName`: "the
 * Digital Markets Act" for "DMA"). Reads the text only when some acronym is given: paragraph by paragraph when the
 * article's `paragraphs` are given (a run stands on one line), each paragraph's initials kept in `memo`, yielding every
 * few hundred.
 */
function* initialsOfThings(text: string, acronyms: readonly string[], paragraphs: readonly Paragraph[] | undefined, memo: ParagraphMemo): Generator<void, string[], void> {
  if (acronyms.length === 0) return [];
  const wanted = new Set(acronyms);
  const out: string[] = [];
  const found = (initials: readonly string[]): void => {
    for (const i of initials) if (wanted.delete(i)) out.push(i);
  };
  if (!paragraphs) found(thingInitials(text));
  for (let i = 0; paragraphs && i < paragraphs.length && wanted.size > 0; i++) {
    if (i > 0 && i % PARAGRAPH_BATCH === 0) yield;
    found(memo.of(thingInitials, text, paragraphs[i]));
  }
  return out;
}
