import { placeKind } from '../places/knownPlaces';
import { COMPASS_POINTS, COMPASS_WORDS } from './compass';
import { ORG_HEADS } from './lexicons';
import { isBreakAfter } from './features';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

// Lower-case words that link the two parts of a town's name: "Stratford-upon-Avon", "Stoke-on-Trent",
// "Boulogne-sur-Mer", "Weston-super-Mare", "Henley-in-Arden"; Welsh "Betws-y-Coed", "Llanfair-ym-Muallt" and French
// "Bar-le-Duc", "Fontenay-sous-Bois", "Saint-Rémy-de-Provence". Written with hyphens.
const HYPHEN_LINKS: ReadonlySet<string> = new Set(['upon', 'on', 'under', 'in', 'by', 'sur', 'super', 'am', 'an', 'next', 'en',
  'y', 'yr', 'ym', 'yn', 'le', 'la', 'les', 'lès', 'de', 'du', 'des', 'sous']);
// The link also written with spaces ("Newcastle upon Tyne"); "on" and "am" are not ("Leeds on Saturday", "Bild am Sonntag"),
// unless the lists hold the town with hyphens.
const SPACED_LINKS: ReadonlySet<string> = new Set(['upon']);

const isCapitalised = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * The last token of a town's name made of two capitalised parts and a link starting at token `i`
 * ("Stratford-upon-Avon", "Newcastle upon Tyne"), or -1.
 */
function linkedPlaceEnd(tokens: readonly Token[], i: number): number {
  const [a, link, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!isCapitalised(a) || link === undefined || !isCapitalised(b) || a.sentence !== b.sentence || a.isPossessive) return -1;
  const hyphened = a.post === '-' && link.post === '-' && link.start === a.end + 1 && b.start === link.end + 1 && HYPHEN_LINKS.has(link.text);
  // ("Stoke on Trent", "Walton on Thames": a town the lists hold with hyphens, written with spaces)
  const spaced = a.post === '' && link.post === '' && (SPACED_LINKS.has(link.text)
    || (HYPHEN_LINKS.has(link.text) && /^\p{Ll}+$/u.test(link.text) && placeKind(`${a.text}-${link.text}-${b.text}`) !== undefined));
  return hyphened || spaced ? i + 2 : -1;
}

/**
 * A town whose name links two capitalised parts ("Stratford-upon-Avon", "Southend-on-Sea", "Newcastle upon
 * Tyne") is one place, whatever the tagger made of the parts: the spans it meets are replaced by one place, or
 * by one span of the longer name it opens or closes ("Stoke-on-Trent City Council" stays the council). A town the
 * tagger missed entirely is added. Spans stay sorted and disjoint.
 */
export function joinLinkedPlaces(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return placeWhole(spans, tokens.length, i => {
    const last = linkedPlaceEnd(tokens, i);
    return last < 0 ? undefined : { first: i, last };
  });
}

/**
 * The spans with each place that `placeAt` finds (token indices `[first, last]`, scanning token by token) made one
 * span: the spans it meets are replaced by one place, or by one span of the longer name it opens or closes, which
 * keeps that name's class. A place the tagger missed entirely is added. Spans stay sorted and disjoint.
 */
function placeWhole(spans: readonly TaggedSpan[], tokenCount: number, placeAt: (i: number) => { first: number; last: number } | undefined): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let k = 0;
  for (let i = 0; i < tokenCount; i++) {
    const place = placeAt(i);
    if (place === undefined) continue;
    // the spans before the place stay as they are
    while (k < spans.length && spans[k].last < place.first) out.push(spans[k++]);
    let { first, last } = place;
    let type: TaggedSpan['type'] = 'LOC';
    while (k < spans.length && spans[k].first <= place.last) {
      const s = spans[k++];
      if (s.first < place.first || s.last > place.last) type = s.type;
      first = Math.min(first, s.first);
      last = Math.max(last, s.last);
    }
    out.push({ first, last, type: type === 'GPE' ? 'LOC' : type });
    i = last;
  }
  while (k < spans.length) out.push(spans[k++]);
  return out;
}

// Words that open the name of a natural feature: "Lake Geneva", "Mount Kenya", "River Wye".
const FEATURE_OPENERS: ReadonlySet<string> = new Set(['Lake', 'Loch', 'Mount', 'Mt', 'Mt.', 'River', 'Cape', 'Lac']);
// Words that open it with "of" only: "Gulf of Mexico", "Bay of Bengal", "Isle of Man" ("Sea Org", "Straits Times" are bodies).
const OF_OPENERS: ReadonlySet<string> = new Set(['Gulf', 'Bay', 'Sea', 'Isle', 'Strait', 'Straits', 'Lake', 'Mount']);
// Words after which a feature's name does not go on: "the Gulf War", "the Gulf Coast Sunday".
const NOT_FEATURE_WORDS: ReadonlySet<string> = new Set(['War', 'Wars', 'Crisis', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday']);
// Words that close it: "English Channel", "Red Sea", "Sahara Desert", "Rocky Mountains", "Cardiff Bay", "Scarborough Shoal",
// "Khyber Pass". ("Lake" is left
// out: "Ricki Lake".)
const FEATURE_CLOSERS: ReadonlySet<string> = new Set(['River', 'Sea', 'Ocean', 'Channel', 'Strait', 'Mountains', 'Desert',
  'Peninsula', 'Canal', 'Islands', 'Glacier', 'Estuary', 'Firth', 'Bay', 'Shoal', 'Shoals', 'Reef', 'Atoll', 'Pass', 'Gorge']);

/** The tokens `[first, last]` of a natural feature's name around token `i` ("Lake Geneva", "the English Channel"), or undefined. */
function featureAt(tokens: readonly Token[], i: number): { first: number; last: number } | undefined {
  const t = tokens[i];
  const joined = (a: Token, b: Token | undefined): b is Token => b !== undefined && b.sentence === a.sentence && a.post === '' && b.start - a.end === 1;
  const isNameWord = (u: Token | undefined): u is Token => isCapitalised(u) && !NOT_FEATURE_WORDS.has(u.text) && !FEATURE_OPENERS.has(u.text);
  if (FEATURE_OPENERS.has(t.text) || OF_OPENERS.has(t.text)) {
    let last = i;
    // "Gulf of Mexico", "Isle of Man"
    if (OF_OPENERS.has(t.text) && tokens[i + 1]?.text === 'of' && joined(t, tokens[i + 1]) && isNameWord(tokens[i + 2]) && joined(tokens[i + 1], tokens[i + 2])) last = i + 2;
    else if (FEATURE_OPENERS.has(t.text) && isNameWord(tokens[i + 1]) && joined(t, tokens[i + 1])) last = i + 1;
    if (last === i) return undefined;
    while (last - i < 4 && isNameWord(tokens[last + 1]) && joined(tokens[last], tokens[last + 1])) last++;
    return { first: i, last };
  }
  const next = tokens[i + 1];
  if (isCapitalised(t) && joined(t, next) && FEATURE_CLOSERS.has(next.text) && !(t.isFirst && t.text === 'The')) return { first: i, last: i + 1 };
  return undefined;
}

/**
 * The name of a natural feature is one place ("Lake Geneva", "Mount Kenya", "River Wye", "the English Channel"), whatever
 * the tagger made of its words (two places, an organisation); a longer name it opens or closes keeps its span and type
 * ("Mount Sinai Hospital"). Spans stay sorted and disjoint.
 */
export function joinNaturalFeatures(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return placeWhole(spans, tokens.length, i => (isCapitalised(tokens[i]) ? featureAt(tokens, i) : undefined));
}

/**
 * "his neighbours on West Cactus Road": a compass word the tagger read as a place of its own, right before a place
 * (one space, no break), opens that place's name. Spans stay sorted and disjoint.
 */
export function joinCompassPlaces(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const isCompass = prev !== undefined && prev.first === prev.last && prev.type === 'LOC' && s.type === 'LOC' && prev.last + 1 === s.first
      && COMPASS_POINTS.has(tokens[prev.last].text) && !isBreakAfter(tokens[prev.last], tokens[s.first]);
    // "Western Australia Premier Roger Cook": a compass word read as anything, before a place, that make a region of the
    // lists together
    const isRegion = !isCompass && prev !== undefined && prev.first === prev.last && prev.last + 1 === s.first && s.type !== 'PER'
      && COMPASS_WORDS.has(tokens[prev.last].text) && !isBreakAfter(tokens[prev.last], tokens[s.first])
      && placeKind(tokens.slice(prev.first, s.last + 1).map(t => t.text).join(' ')) === 'region';
    if (isCompass || isRegion) out[out.length - 1] = { first: prev.first, last: s.last, type: 'LOC' };
    // "Western Sydney", "North Yorkshire" read whole as a person or a body: a compass word and a listed place
    else if (s.type !== 'LOC' && s.type !== 'GPE' && s.last === s.first + 1 && COMPASS_WORDS.has(tokens[s.first].text) && tokens[s.first].post === ''
      && placeKind(tokens[s.last].text) !== undefined && !ORG_HEADS.has(tokens[s.last].lower)) out.push({ ...s, type: 'LOC' });
    else out.push(s);
  }
  return out;
}
