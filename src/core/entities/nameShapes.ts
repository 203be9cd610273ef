import { lexiconTag } from '../nlp/engine';
import { ORG_HEADS, PLACE_HEADS } from '../nlp/lexicons';
import { PLACE_ENDS } from '../nlp/placeEnds';
import { isGivenNameTag } from '../nlp/tokens';
import { placeKind } from '../places/knownPlaces';

// What a name's own words say it is, for harmonise.ts's choices between readings: a person's name, a place's, or two
// places joined by a hyphen.

/**
 * Whether `s` is a person's full name by its surname: two capitalised words, the last one a surname the article uses
 * alone for a person (`loneSurnames`), the first one no word the lexicon knows, save a given name ("Maeve Hanrahan"
 * after "Hanrahan wrote"; not "Royal Hanrahan", nor "Goldman Sachs" unless "Sachs" alone is a person there).
 */
export function isNamedBySurname(s: string, loneSurnames: ReadonlySet<string>): boolean {
  const words = s.split(' ');
  if (words.length !== 2 || !loneSurnames.has(words[1]) || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) return false;
  // "River Tavy" after "Tavy added": a head noun opens no person's name
  if (PLACE_HEADS.has(words[0].toLowerCase()) || ORG_HEADS.has(words[0].toLowerCase())) return false;
  const tag = lexiconTag(words[0].toLowerCase());
  return tag === undefined || isGivenNameTag(tag);
}

/** Whether `s` reads as a place's name: the place lists hold it, or it has two words or more and ends with a place's last word. */
export function isPlaceLike(s: string): boolean {
  const last = s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
  return placeKind(s) !== undefined || (s.includes(' ') && (PLACE_ENDS.has(last) || PLACE_HEADS.has(last)));
}

/**
 * Whether `s` reads as a person's name: two capitalised words, the first a given name or both words the lexicon does
 * not know ("Kevin Marlowe", "Callum Brodie"; not "Halberd Marine", "Islamic Jihad").
 */
export function isPersonLike(s: string): boolean {
  const words = s.split(' ');
  if (words.length !== 2 || !words.every(w => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return false;
  const tags = words.map(w => lexiconTag(w.toLowerCase()));
  // (a people's or a faith's adjective opens a group's name: "Islamic Jihad")
  return isGivenNameTag(tags[0]) || (tags.every(t => t === undefined) && !/(?:ic|ian|ese|ish|ist|ite)$/u.test(words[0]));
}

/**
 * Whether `s` is two places the lists hold joined by a hyphen ("Summerside-Wilmot", "New Haven-Rocky Point"), neither a
 * word the lexicon knows as anything but a place ("Fisher-Price": a surname and a noun, the firm).
 */
export function isPlacePair(s: string): boolean {
  const parts = s.split('-');
  return parts.length === 2 && parts.every(p => {
    const tag = lexiconTag(p.toLowerCase());
    return /^\p{Lu}\p{Ll}/u.test(p) && placeKind(p) !== undefined && (tag === undefined || (/^(?:Place|City|Region)/.test(tag) && !/Name|Person/.test(tag)));
  });
}
