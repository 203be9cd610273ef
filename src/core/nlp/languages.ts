import type { UnitState } from './unitState';

// Words after which a capitalised word names a language: "speaks Mirpuri", "fluent in Somali", "translated into Tigrinya".
const LANGUAGE_BEFORE = /\b(?:speaks?|spoke|spoken|speaking|fluent in|translated (?:into|from)|dubbed into|subtitled in)\s+$/i;
// What joins the languages of a list: "Mirpuri or Somali", "Urdu, Punjabi and Bengali".
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

/**
 * Part of the coordination pass (`pipeline.ts`): a language is no name of ours, though the tagger reads it as a place
 * and the gazetteer as a nation's word: a one-word mention right after a verb of speech ("the nurse who speaks Mirpuri
 * or Somali", "fluent in Tigrinya"), and those listed after it. A list's or a rule's organisation stays. Drops
 * mentions; order kept.
 */
export function dropLanguages(state: UnitState): void {
  const { text, mentions } = state;
  const drop = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const isWord = (k: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(text.slice(mentions[k].start, mentions[k].end))
      && (mentions[k].source === 'tagger' || mentions[k].source === 'gazetteer' || mentions[k].source === 'coordination');
    if (!isWord(i) || !LANGUAGE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    drop.add(i);
    for (let k = i + 1; k < mentions.length && isWord(k) && LIST_GAP.test(text.slice(mentions[k - 1].end, mentions[k].start)); k++) drop.add(k);
  }
  if (drop.size > 0) state.mentions = mentions.filter((_, k) => !drop.has(k));
}
