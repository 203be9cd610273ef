import type { EntityType, PlacedMention } from '../model';
import { placeKind } from '../places/knownPlaces';
import { isCountryWord } from '../countries/resolver';
import { HONORIFICS, ORG_HEADS, ROLE_WORDS } from '../nlp/lexicons';
import { RANK_TITLES } from '../nlp/rules';

// One name of capitalised words (particles and hyphens inside: "Wout van Aert", "Ferrand-Prévot"), "of" or "and", one more.
const OF_PAIR = /^(\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|van|von|de|der|den|da|di|du|le|la|al|bin|ibn|ap))*) of (\p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*)*)$/u;
// A member's seat before the name: "the former MP for Shrewsbury and Atcham", "MSP for Mid Fife and Glenrothes" name one seat.
const SEAT_BEFORE = /\b(?:MPs?|MSPs?|MSs?|MEPs?|MLAs?|AMs?|TDs?|member|candidate|councillor|seat|constituency|ward|division) (?:for|of) $/u;
const AND_PAIR = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*) and (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*)$/u;

/**
 * `mentions` (sorted by start, offsets into `text`) where a tagged name that joins two names is cut in two because the
 * article writes one of them alone elsewhere: "Ayumi Sakai of Jefferies" where "Sakai said" names the person (the
 * words before "of", or their last words, are a person's mention elsewhere: a person, then the body or the place after
 * "of"); "benefiting Stellantis and Renault" where "backed by Stellantis" stands alone (a side of an "and" is a mention
 * elsewhere: each side takes that mention's type), unless one word stands before "and" and a body's name with its head
 * after it (a field of that body: "Science and Technology Facilities Council"). Never a country's or a listed place's own name ("Bosnia and
 * Herzegovina", "Kensington and Chelsea"), a member's seat ("the MP for Shrewsbury and Atcham"), nor two sides alike
 * ("Johnson and Johnson"). Sorted by start.
 */
export function splitPartedNames(text: string, mentions: readonly PlacedMention[]): PlacedMention[] {
  const surface = (m: PlacedMention): string => text.slice(m.start, m.end).replace(/\s+/g, ' ');
  const candidates = new Set(mentions.filter(m => m.source === 'tagger' && m.type !== 'COUNTRY' && / (?:of|and) /.test(surface(m))));
  if (candidates.size === 0) return [...mentions];
  // the types each surface is shown with alone
  const typesOf = new Map<string, Set<EntityType>>();
  for (const m of mentions) {
    const s = surface(m);
    const types = typesOf.get(s);
    if (types) types.add(m.type);
    else typesOf.set(s, new Set([m.type]));
  }
  const only = (s: string): EntityType | undefined => {
    const types = typesOf.get(s);
    return types?.size === 1 ? [...types][0] : undefined;
  };
  const out: PlacedMention[] = [];
  for (const m of mentions) {
    const parts = candidates.has(m) ? partsOf(surface(m), only, SEAT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) : undefined;
    if (parts === undefined || text.slice(m.start, m.end) !== surface(m)) {
      out.push(m);
      continue;
    }
    for (const part of parts) {
      out.push({ start: m.start + part.at, end: m.start + part.at + part.text.length, type: part.type, source: m.source, reason: `${m.reason}+parted`, paragraph: m.paragraph });
    }
  }
  return out;
}

/** A name inside a mention's surface: its text, where it starts in the surface, its type. */
type Part = { readonly text: string; readonly at: number; readonly type: EntityType };

/** The two names of `s` and their types, when a mention elsewhere shows one of them alone; else undefined. */
function partsOf(s: string, only: (s: string) => EntityType | undefined, isSeat: boolean): [Part, Part] | undefined {
  if (placeKind(s) !== undefined || isCountryWord(s)) return undefined;
  const of = OF_PAIR.exec(s);
  if (of !== null) {
    const [, person, body] = of;
    const words = person.split(' ');
    // "Ayumi Sakai" by "Sakai", "Wout van Aert" by "Van Aert" or "van Aert"
    const isPerson = words.length >= 2 && words.some((_, k) => {
      const tail = words.slice(k).join(' ');
      return only(tail) === 'PERSON' || only(tail.charAt(0).toUpperCase() + tail.slice(1)) === 'PERSON';
    });
    if (!isPerson) return undefined;
    // "Senate Minority Leader Harry Reid of Nevada": the title before the name is no part of it
    let titled = words.length - 1;
    while (titled >= 0 && !(ROLE_WORDS.has(words[titled].toLowerCase()) || HONORIFICS.has(words[titled].toLowerCase()) || RANK_TITLES.has(words[titled]))) titled--;
    const name = words.slice(titled + 1).join(' ');
    if (name === '') return undefined;
    const shown = only(body);
    const bodyType = shown !== undefined && shown !== 'PERSON' ? shown : placeKind(body) !== undefined ? 'PLACE' : 'ORG';
    return [{ text: name, at: person.length - name.length, type: 'PERSON' }, { text: body, at: s.length - body.length, type: bodyType }];
  }
  const and = AND_PAIR.exec(s);
  if (and === null || isSeat) return undefined;
  const [, left, right] = and;
  // "Science and Technology Facilities Council": one field before "and", a body's name after it ending in its head
  const rightWords = right.split(' ');
  if (!left.includes(' ') && rightWords.length >= 2 && ORG_HEADS.has(rightWords[rightWords.length - 1].toLowerCase())) return undefined;
  const type = only(left) ?? only(right);
  if (type === undefined || left === right || (only(left) !== undefined && only(right) !== undefined && only(left) !== only(right))) return undefined;
  return [{ text: left, at: 0, type }, { text: right, at: s.length - right.length, type }];
}

/**
 * `mentions` (sorted by start, offsets into `text`) where two names side by side, one space apart in one paragraph,
 * are one name that the article writes whole elsewhere: "Maricopa" and "County" of "Maricopa County Attorney Rachel
 * Mitchell", where "felonies across Maricopa County" shows the county whole. The joined mention takes the type the
 * whole name is shown with (one type only); a country's mention stays as it is. Sorted by start.
 */
export function joinWrittenWhole(text: string, mentions: readonly PlacedMention[]): PlacedMention[] {
  const surface = (m: PlacedMention): string => text.slice(m.start, m.end);
  const typesOf = new Map<string, Set<EntityType>>();
  for (const m of mentions) {
    if (!surface(m).includes(' ')) continue;
    const s = surface(m);
    const types = typesOf.get(s);
    if (types) types.add(m.type);
    else typesOf.set(s, new Set([m.type]));
  }
  if (typesOf.size === 0) return [...mentions];
  const out: PlacedMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const types = prev !== undefined && prev.end + 1 === m.start && text[prev.end] === ' ' && prev.paragraph === m.paragraph
      && prev.type !== 'COUNTRY' && m.type !== 'COUNTRY' ? typesOf.get(text.slice(prev.start, m.end)) : undefined;
    if (types?.size === 1) out[out.length - 1] = { start: prev.start, end: m.end, type: [...types][0], source: prev.source, reason: `${prev.reason}+whole`, paragraph: m.paragraph };
    else out.push(m);
  }
  return out;
}
