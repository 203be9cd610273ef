import { CLUB_AFTER } from './context';
import { franchiseNickname } from './franchises';

/**
 * A club's short name in a sports story: "Tottenham" after "Tottenham Hotspur", "Aston" never, "Leeds" after
 * "Leeds United". Where the article names a club in full, a place's name that is its first word is the club,
 * unless a preposition of place stands before it ("fans in Leeds", "at Tottenham").
 */

/** The first words of the clubs the article names in full ("Tottenham" of "Tottenham Hotspur"), given its organisations' names. */
export function clubShortNames(orgNames: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of orgNames) {
    const words = clubShortWords(name);
    if (words.length > 0) out.add(words[0]);
  }
  return out;
}

/** The nicknames of the North American teams the article names in full ("Bulls" of "Chicago Bulls"), given its organisations' names. */
export function teamNicknames(orgNames: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of orgNames) {
    const nickname = franchiseNickname(name);
    if (nickname !== undefined) out.add(nickname);
  }
  return out;
}

/**
 * The words a club named in full ("Tottenham Hotspur", "Nottingham Forest") may be called by alone: its place and its
 * club word, or a North American team's nickname ("Bulls" of "Chicago Bulls"); none for a name of another shape.
 */
export function clubShortWords(name: string): readonly string[] {
  // ("the Bulls" after "Chicago Bulls"; not "Chicago", which is the city as often)
  const nickname = franchiseNickname(name);
  if (nickname !== undefined) return [nickname];
  const words = name.split(/\s+/);
  return words.length === 2 && CLUB_AFTER.has(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(words[0]) ? words : [];
}

const PLACE_PREPOSITIONS = /\b(?:in|at|near|from|to|into|outside|across|around|of|toward|towards)\s+$/i;

/** Whether the place's name at `start` of `text` stands where a club plays, not after a preposition of place. */
export const isClubUse = (text: string, start: number): boolean => !PLACE_PREPOSITIONS.test(text.slice(Math.max(0, start - 12), start));
