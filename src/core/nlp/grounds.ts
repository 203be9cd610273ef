import { CLUB_AFTER } from './context';
import { lexiconTag } from './engine';
import { isCompanyNounWord } from './companyRules';
import { ORG_HEADS, PLACE_NOUNS } from './lexicons';
import { isFacilityWord } from './names';
import { placeKind } from '../places/knownPlaces';
import type { Token } from './tokens';

/**
 * Grounds: the stadiums, courses and circuits where sport is played are places, never the clubs that play there.
 * By form: a name whose last word is a ground's noun ("Emirates Stadium", "Volgograd Arena", "the Oval"); and in a
 * sports report, by use: a name the tagger read as an organisation that the article writes only where a match is
 * played, after "at" ("lost 2-1 at Old Trafford", "the final at Hampden"), never where a club plays ("Old Trafford
 * beat ..."), which is no club's or team's name by its words ("Leeds United", "the Yankees") and holds no
 * organisation noun.
 */

// The last word of a ground's name: "Fisht Stadium", "the Oval", "Melbourne Cricket Ground", "Madison Square Garden".
// ("Super Bowl" is an event and "Federal Circuit" a court: "bowl" and "circuit" are left out)
// A stand of a ground is one too: "the Holte End", "the North Stand".
const GROUND_HEADS = new Set(['stadium', 'stadion', 'stadio', 'estadio', 'arena', 'oval', 'ground', 'velodrome',
  'racecourse', 'speedway', 'dome', 'coliseum', 'colosseum', 'garden', 'end', 'stand']);

/**
 * Whether `surface`, a mention's text, names a ground by its last word ("Aviva Stadium", "Georgia Dome"), or is
 * "Oval", the one ground's noun that is a name alone ("at the Oval"; a lone "Arena" or "Stadium" is none).
 */
export function isGroundName(surface: string): boolean {
  const words = surface.toLowerCase().split(/\s+/);
  return words.length === 1 ? words[0] === 'oval' : isGroundHead(words[words.length - 1]);
}

/** Whether `lower`, a word in lower case, ends a ground's name (`GROUND_HEADS`: "stadium", "arena", "oval"). */
export function isGroundHead(lower: string): boolean {
  return GROUND_HEADS.has(lower);
}

// Where a match is played: "at Old Trafford", "at the Oval", "beat Sheffield United at Bramall Lane"; "to Hampden" is a
// trip, not a match, and left out; "Fixtures: Baltimore at New York, Corby at Ashwell", a fixture list's away side at the
// home side (a side that opens a line or follows a colon or a comma), is a club after "at".
// "By Dana Fell at the MCG", a byline, is no fixture: "at the" names a ground wherever it stands.
const AT_GROUND = /(?:\b[Aa]t [Tt]he |(?<!(?:^|[\n,;:]) *(?:\p{Lu}[\p{L}.'’]* )+)\b[Aa]t )$/u;

interface MentionLike {
  readonly start: number;
  readonly type: string;
  readonly source: string;
}

/**
 * The surfaces of a sports report (`isSport`, the caller's verdict) that name grounds by use: tagger organisations
 * every mention of which (whatever its type) stands after "at" (not a fixture's "Baltimore at New York"), that are
 * no club or team by their words ("Leeds United", "New York Yankees") and hold no organisation noun. `surface` gives a mention's text. Empty when the article is no sports report.
 */
export function groundsByUse<M extends MentionLike>(text: string, mentions: readonly M[], surface: (m: M) => string, isSport: boolean): Set<string> {
  const out = new Set<string>();
  if (!isSport) return out;
  const bySurface = new Map<string, M[]>();
  for (const m of mentions) {
    const s = surface(m);
    const list = bySurface.get(s);
    if (list) list.push(m);
    else bySurface.set(s, [m]);
  }
  for (const [s, ms] of bySurface) {
    if (!ms.some(m => m.source === 'tagger' && m.type === 'ORG')) continue;
    const words = s.split(/\s+/);
    // "Leeds United", "Arsenal Football Club", "the Yankees": a club or a team by its words; "lost 3-1 at Southampton":
    // a town the lexicon knows is the club that plays there ("Twickenham", "Anfield" it does not know)
    if (words.some(w => CLUB_AFTER.has(w) || ORG_HEADS.has(w.toLowerCase())) || /\p{Ll}s$/u.test(s)) continue;
    if (words.length === 1 && /Place|City|Country|Region/.test(lexiconTag(s.toLowerCase()) ?? '')) continue;
    if (ms.every(m => AT_GROUND.test(text.slice(Math.max(0, m.start - 40), m.start)))) out.add(s);
  }
  return out;
}

// The last word of the name of a hall where music, films and talks are staged: "the Usher Hall", "the Kelso Ballroom",
// "the Lantern Cinema", "the Pyramid Stage", "Brereton Library".
// ("the Edith Marlow Theatre" is as often the company that plays there, and is left out)
const VENUE_HEADS = new Set(['hall', 'ballroom', 'cinema', 'stage', 'library', 'auditorium', 'bandstand', 'amphitheatre', 'amphitheater']);
// Houses named as often for the company that plays there: "the Vienna Art Theatre", "the Harlow Opera".
const COMPANY_HOUSES = /\b(?:Theatre|Theater|Opera|Playhouse)$/;
// Where a venue stands, not a body: "at the Leadmill", "sold out the Corrie Ballroom", "plays the Lantern", "on the
// terrace of the Hotel Verano", "a sell-out crowd at the Regal" ("at Jefferies", "an analyst at Harlow Reid" without
// "the" are firms, and are left out).
const AT_VENUE = /(?:\b(?:[Aa]t|[Pp]lay(?:s|ed|ing)?|[Ss]old out|[Hh]eadlin(?:e|es|ed|ing)|(?:terrace|stage|steps|foyer|doors|roof|bar|lobby) of) [Tt]he )$/;
// Lower-case nouns of a place after a venue's name: "the Bullring shopping centre", "the Kelso Arms pub".
const isVenueNoun = (lower: string): boolean => PLACE_NOUNS.has(lower) || /^(?:cent(?:re|er)|mall|complex|pub|bar|club|venue|site|grounds?)$/.test(lower);
// After a venue's name: the town it stands in (" in Sheffield", ", Glasgow"; not a month's name) or a place's noun.
const VENUE_AFTER = /^(?:,? in |, )(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}|^ (?:\p{Ll}+ )?(?:cent(?:re|er)|mall|complex|venue|site)\b/u;
// Before a venue's name with a venue's noun at its end: "at", "in", "to", "from" or "the" ("at Brereton Library").
const BEFORE_VENUE = /\b(?:[Aa]t|[Ii]n|[Tt]o|[Ff]rom|[Tt]he)\s+$/;

/**
 * The surfaces that name venues (any article): tagger organisations of no club's, company's or body's words, and not in
 * capitals, every mention of which stands where a hall does ("at the Leadmill in Sheffield", "sold out the Corrie
 * Ballroom", "on the terrace of the Hotel Verano"), or whose last word is a venue's noun ("Usher Hall", "the Lantern
 * Cinema") with one mention at least after "at", "in", "to", "from" or "the". A stage is a place, not the body that runs it.
 */
export function venuesByUse<M extends MentionLike>(text: string, mentions: readonly M[], surface: (m: M) => string): Set<string> {
  const out = new Set<string>();
  const bySurface = new Map<string, M[]>();
  for (const m of mentions) {
    const s = surface(m);
    const list = bySurface.get(s);
    if (list) list.push(m);
    else bySurface.set(s, [m]);
  }
  for (const [s, ms] of bySurface) {
    if (!ms.some(m => m.source === 'tagger' && m.type === 'ORG') || !/\p{Ll}/u.test(s)) continue;
    const words = s.split(/\s+/);
    const isHall = VENUE_HEADS.has(words[words.length - 1].toLowerCase()) && words.length > 1;
    // ("the BBC Proms", "the Summer Games": a body's initials, an event's plural)
    if (words.some(w => CLUB_AFTER.has(w) || ORG_HEADS.has(w.toLowerCase()) || isCompanyNounWord(w) || /^\p{Lu}{2,}$/u.test(w))
      || (!isHall && /\p{Ll}s$/u.test(s)) || COMPANY_HOUSES.test(s)) continue;
    const before = (m: M): string => text.slice(Math.max(0, m.start - 24), m.start);
    // "at the Dunmore Star business awards", "at the Keelside Components plant": a name before a noun is the noun's, save
    // a place's ("at the Bullring shopping centre")
    const isModifier = (m: M): boolean => {
      const next = /^ (\p{Ll}+)(?: (\p{Ll}+))?/u.exec(text.slice(m.start + s.length, m.start + s.length + 30));
      if (next === null || isVenueNoun(next[1]) || (next[2] !== undefined && isVenueNoun(next[2]))) return false;
      // ("at the Leadmill in Sheffield", "at the Regal thinking": no noun)
      return !/Preposition|Conjunction|Verb|Tense|Gerund|Adverb|Determiner|Pronoun|Copula|Modal/.test(lexiconTag(next[1]) ?? '');
    };
    // and something more of a place: the town it stands in, a place's noun, or a first word of a building or of a town
    // ("at the Leadmill in Sheffield", "the Bullring shopping centre", "the Hotel Verano", "the Hexley Apollo"; not "at the
    // Pentagon with", "at the Party Convention in August")
    const isSited = ms.some(m => VENUE_AFTER.test(text.slice(m.start + s.length, m.start + s.length + 30)))
      || isFacilityWord(words[0].toLowerCase()) || (words.length > 1 && placeKind(words[0]) !== undefined);
    if ((isSited && ms.every(m => AT_VENUE.test(before(m)) && !isModifier(m))) || (isHall && ms.some(m => BEFORE_VENUE.test(before(m))))) out.add(s);
  }
  return out;
}

// The show courts of a tennis tournament: "Centre Court", "Show Court Two", "Court One", "Court 18", "No 1 Court".
const COURT_NAMES = new Set(['centre', 'center', 'show']);
const COURT_NUMBER = /^(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen)$/;

interface SpanLike {
  readonly first: number;
  readonly last: number;
  readonly type: string;
}

/**
 * A step over the tagger's spans (spanSteps.ts): the show courts where tennis is played are places,
 * with their numbers ("on Court One", "on No 1 Court", where the tagger stopped at the number, and "Centre Court",
 * which it read as a court of law). Other spans are kept as they are; the order and the bounds of the rest stay.
 */
export function typeCourts<S extends SpanLike>(tokens: readonly Token[], spans: readonly S[]): S[] {
  return spans.map(s => {
    const court = s.last + (tokens[s.last].text === 'Court' ? 0 : -1);
    if (court < s.first || tokens[court].text !== 'Court') return s;
    const near = (i: number): boolean => i >= 0 && i < tokens.length && tokens[i].sentence === tokens[s.first].sentence;
    const isNamed = court > s.first && COURT_NAMES.has(tokens[court - 1].lower);
    const isNumbered = court < s.last ? COURT_NUMBER.test(tokens[s.last].text) : near(s.last + 1) && COURT_NUMBER.test(tokens[s.last + 1].text);
    const isNo = court === s.first && near(s.first - 2) && /^No\.?$/.test(tokens[s.first - 2].text) && /^\d{1,2}$/.test(tokens[s.first - 1].text);
    if (!isNamed && !isNumbered && !isNo) return s;
    const last = isNumbered && court === s.last ? s.last + 1 : s.last;
    return { ...s, first: isNo ? s.first - 2 : s.first, last, type: 'LOC' };
  });
}
