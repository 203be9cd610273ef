import type { PlacedMention } from '../model';

/**
 * `mentions` (sorted by start, offsets into `text`) where an organisation's name is written with a plus glued to its
 * end, as streaming and subscription services are ("shown on Sky Sports+.", "Apple TV+ and Disney+ have", "Opec+
 * members"): the plus is part of the name. Not before a letter or a digit ("C++", "A+B"). Sorted by start.
 */
export function addNamePluses(text: string, mentions: readonly PlacedMention[]): PlacedMention[] {
  return mentions.map(m => (m.type === 'ORG' && text[m.end] === '+' && !/[\p{L}\p{N}+]/u.test(text[m.end + 1] ?? '') && /[\p{L}\p{N}]/u.test(text[m.end - 1] ?? '')
    ? { ...m, end: m.end + 1 }
    : m));
}
