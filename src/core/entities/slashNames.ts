import type { EntityType, PlacedMention } from '../model';

// Two names written with a slash between them, each opening with a capital: "REUTERS/Sahiba Chawdhary", "Valery
// Hache/AFP", "LONDON/DUBAI", "Rabih DAHER / AFP". Not an abbreviation ("AC/DC", "S/4") nor a number ("24/7").
const SLASHED = /^(\p{Lu}[\p{L}'’.\- ]*\p{L}) ?\/ ?(\p{Lu}[\p{L}'’.\- ]*\p{L})$/u;
// The word a credit adds to an agency's name: "AP Photo/Jane Doe" credits the agency AP.
const CREDIT_WORD = / Photos?$/;
// The credit of a photo or a news agency: a word in capitals, or a name ending in an agency's word ("Getty Images", "PA Wire", "AP Photo").
const AGENCY = /^(?:\p{Lu}{2,}|.* (?:Images|Photos?|Pictures|Agency|News|Press|Wire|Media))$/u;

/**
 * A mention that is two names joined by a slash is the two names: a photo credit's photographer and agency
 * ("Valery Hache/AFP": a person and an organisation; "REUTERS/Sahiba Chawdhary"), a dateline's two places ("LONDON/DUBAI").
 * A side that reads as an agency is an organisation and a name of several words beside it a person; the sides of a place
 * are places; otherwise each side keeps the mention's type. Country readings are not carried over to the parts.
 */
export function splitSlashedNames(text: string, mentions: readonly PlacedMention[]): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const m of mentions) {
    const match = m.source === 'user' ? null : SLASHED.exec(text.slice(m.start, m.end));
    // "Rabih DAHER / AFP": set apart by spaces, two names are a credit's only beside an agency ("Westland / Hallmark Meat
    // Company" is one firm)
    const isSpaced = match !== null && match[0].length > match[1].length + match[2].length + 1;
    if (match === null || (match[1].length <= 3 && match[2].length <= 3) || (isSpaced && !AGENCY.test(match[1]) && !AGENCY.test(match[2]))) {
      out.push(m);
      continue;
    }
    const [, left, right] = match;
    const isPlace = m.type === 'PLACE' || m.type === 'COUNTRY';
    const typeOf = (side: string, other: string): EntityType => {
      if (isPlace) return 'PLACE';
      if (AGENCY.test(side)) return 'ORG';
      return AGENCY.test(other) && side.includes(' ') ? 'PERSON' : m.type;
    };
    const part = (start: number, side: string, type: EntityType): PlacedMention => {
      const end = start + (type === 'ORG' ? side.replace(CREDIT_WORD, '') : side).length;
      return { start, end, type, source: m.source, reason: `${m.reason}+slash`, paragraph: m.paragraph };
    };
    out.push(part(m.start, left, typeOf(left, right)));
    out.push(part(m.end - right.length, right, typeOf(right, left)));
  }
  return out;
}
