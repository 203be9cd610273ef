import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Places and institutions named after a titled person: "King Khalid International Airport", "King Fahd Stadium",
 * "Queen Elizabeth Olympic Park", "Sheikh Zayed Road", "Sir Seretse Khama International Airport". The tagger reads the
 * title as a word of its own (a body, or nothing) and the rest as the name: the title belongs to the name.
 */

// Titles a place or an institution is named with.
const TITLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Sultan', 'Emir', 'Emperor', 'Empress', 'Shah',
  'Pope', 'Sir', 'Mahatma', 'Imam']);

// Last words of the names of places and institutions named so.
const HEADS = new Set(['airport', 'stadium', 'university', 'hospital', 'bridge', 'station', 'college', 'school', 'academy',
  'institute', 'centre', 'center', 'hall', 'park', 'square', 'street', 'avenue', 'road', 'highway', 'base', 'mosque',
  'cathedral', 'museum', 'library', 'port', 'dam', 'canal', 'terminus', 'circuit', 'causeway', 'boulevard', 'arena']);

// Of those, the heads of bodies' names; the rest are places' (a span the tagger read as a person's takes that class).
const BODY_HEADS = new Set(['university', 'college', 'school', 'academy', 'institute']);

// Of those, the ones no surname spells: a name of capitalised words ending so is a place's, after any title.
const PLACE_ONLY_HEADS = new Set(['airport', 'stadium', 'road', 'street', 'avenue', 'highway', 'boulevard', 'causeway',
  'terminus', 'circuit', 'mosque', 'station', 'palace', 'gardens', 'cathedral', 'basilica', 'museum', 'racecourse', 'velodrome', 'parade', 'crescent', 'platz',
  // local government's areas and creeks: "Riley Township", "Thompson-Nicola Regional District", "Shetland Creek"
  'township', 'district', 'county', 'creek']);

/** Whether `t` ends a place's name, never a person's ("Sheikh Zayed Road"). */
export const isTitledPlaceEnd = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && PLACE_ONLY_HEADS.has(t.lower);

/**
 * A step over the tagger's spans (spanSteps.ts): a place's or a body's span ending with one of those heads, right
 * after such a title (free, or the tagger's span of that one word), takes the title in; one the tagger read as a
 * person's is a place's or a body's by its head. Spans stay sorted and disjoint.
 */
export function joinTitledPlaces(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const title = tokens[s.first - 1];
    const isTitled = s.type !== 'GPE' && s.last > s.first && HEADS.has(tokens[s.last].lower)
      && title !== undefined && TITLES.has(title.text) && title.post === '' && title.sentence === tokens[s.first].sentence;
    const previous = out[out.length - 1];
    const isTitleSpan = previous !== undefined && previous.first === s.first - 1 && previous.last === s.first - 1;
    if (!isTitled || (previous !== undefined && previous.last >= s.first - 1 && !isTitleSpan)) {
      out.push(s);
      continue;
    }
    if (isTitleSpan) out.pop();
    const type = s.type !== 'PER' ? s.type : BODY_HEADS.has(tokens[s.last].lower) ? 'ORG' : 'LOC';
    out.push({ first: s.first - 1, last: s.last, type });
  }
  return out;
}
