import type { EntityType, PlacedMention } from '../model';
import { clubShortNames, isClubUse, teamNicknames } from '../nlp/clubNames';
import { lexiconTag } from '../nlp/engine';
import { groundsByUse, isGroundName, venuesByUse } from '../nlp/grounds';
import { isGivenNameTag } from '../nlp/tokens';
import { placeKind } from '../places/knownPlaces';
import { bodiesByKind, isEnsembleName } from '../nlp/kindEvidence';
import { clubPlaceNames, isSportArticle } from '../nlp/sportNames';
import { ORG_HEADS } from '../nlp/lexicons';
import { isTableMention } from '../nlp/tableRepeats';
import { runSteps } from '../pipeline/steps';
import { isListGap, listedTypes } from './listTypes';
import { placedNames } from './placedNames';
import { peopleByCue } from './personCues';
import { playedNames } from './playedNames';
import { followSureTypes } from './sureTypes';
import { featureNames, firmWordsOf, isFirmName, ownedByCountry, peopleOfCountries } from './firmsAndFeatures';
import { isNamedBySurname, isPersonLike, isPlaceLike, isPlacePair } from './nameShapes';

/**
 * One type per name within an article: the tagger's mentions of the same text take the type most of them have
 * ("Gotovina" tagged ORG once and PERSON twice is a person), and a one-word mention that is the surname of a
 * person named in full is that person ("Motegi" after "Toshimitsu Motegi"; "Jordan" after "Michael Jordan",
 * even where the gazetteer read it as the country; "Paris claims" after "Valeska Paris", where it read the capital, save
 * after a preposition of place: "in Paris"), and so is a given name only the tagger read ("Britney" after "Britney
 * Spears", save "in Britney"), in the votes too ("Rathbun" read as a place three times is still Mark Rathbun), and so is a
 * full name whose surname the article uses alone for a person ("Maeve Hanrahan" read as a body, after "Hanrahan wrote":
 * `isNamedBySurname`); a word the article calls a body ("the regulator Ofgem") is
 * that organisation wherever the tagger read it, and so is one the words around it call a company ("shares in Zentravix",
 * "Zentravix chief executive": `companies`) where the tagger read a person; a name a table line typed ("Leicester 0", "Vasan 14-4-30-1") keeps
 * that type where the tagger read it otherwise (a club not after a preposition of place).
 */
export function harmoniseTypes(text: string, raw: readonly PlacedMention[], surface: (m: PlacedMention) => string): PlacedMention[] {
  return runSteps(harmoniseTypesSteps(text, raw, surface));
}

/** Mentions read per step of `harmoniseTypesSteps`. */
const BATCH = 2000;

/** `harmoniseTypes` in resumable steps: it yields between its passes and every few thousand mentions. Same result. */
export function* harmoniseTypesSteps(
  text: string,
  raw: readonly PlacedMention[],
  surface: (m: PlacedMention) => string,
): Generator<void, PlacedMention[], void> {
  const votes = new Map<string, Map<EntityType, number>>();
  // "the regulator Ofgem ... Ofgem said": a name the article calls a body is that organisation everywhere
  const bodies = bodiesByKind(text, new Set(raw.filter(m => m.source === 'tagger' && m.type !== 'ORG').map(surface)));
  yield;
  // "Tottenham" after "Tottenham Hotspur": the club, where no preposition of place stands before it
  const orgNames = new Set(raw.filter(m => m.type === 'ORG').map(surface));
  const clubs = clubShortNames(orgNames);
  // "the Bulls" where the article names the "Chicago Bulls"
  const nicknames = teamNicknames(orgNames);
  yield;
  const surnames = new Set<string>();
  // "Leicester 0" in a results line: the club wherever the article names it as one (`isClubUse`)
  const inTables = new Map<string, EntityType>();
  // ("Reform gain from Con.": a party of the returns is no town after "from", as a club may be)
  const parties = new Set<string>();
  for (const m of raw) {
    if (!isTableMention(m)) continue;
    inTables.set(surface(m), m.type);
    if (m.reason === 'table:party') parties.add(surface(m));
  }
  // a sports report: a place's name the article has as a club ("Barcelona beat Real Madrid 2-1") is the club where it plays
  const inSport = isSportArticle(text);
  const clubsInPlay = inSport ? clubNamesOf(raw, surface) : undefined;
  // "Britney" after "Britney Spears": the given name of a person named in full, where the tagger alone read it
  const givenNames = new Set<string>();
  // "Hanrahan wrote ...", "c Pant b Bumrah": a surname the tagger or a table line read alone as a person names the
  // person it ends ("Maeve Hanrahan", "Rishabh Pant")
  const loneSurnames = new Set<string>();
  // the one-word names read as a person by any pass ("Devlin" after "Orla Devlin")
  const lonePeople = new Set<string>();
  let n = 0;
  for (const m of raw) {
    if (++n % BATCH === 0) yield;
    const s = surface(m);
    if (m.type === 'PERSON' && !s.includes(' ')) lonePeople.add(s);
    if (m.type === 'PERSON' && s.includes(' ')) {
      surnames.add(s.slice(s.lastIndexOf(' ') + 1));
      // a given name the lexicon knows: "Manas" of a "Manas Air Base" the tagger read as a person is no given name;
      // and so is one inside the name ("Lula" of "Luiz Inacio Lula da Silva")
      for (const given of s.split(' ').slice(0, -1)) if (isGivenNameTag(lexiconTag(given.toLowerCase()))) givenNames.add(given);
    } else if (m.type === 'PERSON' && (m.source === 'tagger' || isTableMention(m))) loneSurnames.add(s);
  }
  yield;
  // Each reading of all the mentions below is a step of its own: together they made a 1 MB article's longest step.
  const firmWords = firmWordsOf(raw, surface, w => surnames.has(w) || givenNames.has(w));
  yield;
  const hasLoneSurname = (s: string): boolean => lonePeople.has(s.slice(s.lastIndexOf(' ') + 1));
  const isPersonWord = (m: PlacedMention, s: string): boolean => m.type !== 'PERSON' && !isEnsembleName(text, m.start, m.end)
    && ((surnames.has(s) && isSurnameUse(text, m)) || (givenNames.has(s) && m.source === 'tagger' && !afterPlacePreposition(text, m.start))
      || (m.source === 'tagger' && isNamedBySurname(s, loneSurnames)));
  // "Chelsea earned a draw" in a report where "Chelsea" plays as a club: no person, unless someone named in full bears it
  const isClubAsPerson = (m: PlacedMention, s: string): boolean => m.type === 'PERSON' && m.source === 'tagger' && !s.includes(' ')
    && !surnames.has(s) && !givenNames.has(s) && clubsInPlay !== undefined && (clubsInPlay.has(s) || clubs.has(s));
  // the votes count a surname's or a given name's mentions as the person's: "Rathbun" read as a place three times and
  // as a person twice, after "Mark Rathbun", stays the person everywhere; and a club's read as a person as the club's
  for (const m of raw) {
    if (m.source !== 'tagger') continue;
    const s = surface(m);
    const v = votes.get(s) ?? new Map<EntityType, number>();
    const type = isPersonWord(m, s) ? 'PERSON' : isClubAsPerson(m, s) ? 'ORG' : m.type;
    v.set(type, (v.get(type) ?? 0) + 1);
    votes.set(s, v);
  }
  // "shares in Zentravix ... Zentravix said": a one-word name the words around it call a company is no person elsewhere
  // (and "which owns Halifax ... Halifax is due to report": the tagger's name the words before it call a company)
  // (a loop, not `filter` and `map`: see `order` in groupMentionsSteps, group.ts)
  const companies = new Set<string>();
  for (const m of raw) {
    if (!((m.source === 'context' && m.reason.startsWith('company-')) || m.reason === 'tagger+company-cue')) continue;
    const s = surface(m);
    if (!s.includes(' ')) companies.add(s);
  }
  // "the private equity firm Silver Lake": a name of several words right after a company's cue is no town of the lists
  const cuedFirms = new Set(raw.filter(m => m.reason === 'tagger+company-cue').map(surface));
  // "Norway's Orkla", "Germany's ZDF": a country's body, where the tagger read a place no list holds (not the surname of
  // a person the article names in full: "Ghana's Mahama sacks ..." over "President John Mahama")
  for (const s of ownedByCountry(text, raw, surface, m => afterPlacePreposition(text, m.start))) if (!surnames.has(s)) bodies.add(s);
  // "Manchester United lost 2-1 at Old Trafford", "the Aviva Stadium": grounds are places (grounds.ts)
  const grounds = groundsByUse(text, raw, surface, inSport);
  // "at the Leadmill in Sheffield", "the Usher Hall": the halls where music, plays and talks are staged (grounds.ts)
  for (const venue of venuesByUse(text, raw, surface)) grounds.add(venue);
  yield;
  // the last words of the ground names the article writes after "at the" ("at the Kia Oval": "Oval")
  const groundsAtThe = new Set(raw.filter(m => isGroundName(surface(m)) && /\bat the $/i.test(text.slice(Math.max(0, m.start - 7), m.start)))
    .map(m => surface(m).slice(surface(m).lastIndexOf(' ') + 1)));
  // "the River Tavy ... the Tavy burst its banks": the river, the lake or the mountain the article names in full
  const features = featureNames(raw, surface);
  const acronyms = new Map(raw.filter(m => m.source === 'acronym').map(m => [surface(m), m.name]));
  yield;
  // "Builth Wells", "Alabama", "jobs in Hull": a place the place lists hold, where the tagger alone read a person or a body
  const notPlaces = (s: string): boolean => surnames.has(s) || givenNames.has(s) || companies.has(s) || cuedFirms.has(s) || bodies.has(s) || clubs.has(s)
    || inTables.has(s) || (clubsInPlay?.has(s) ?? false);
  const places = listedPlaces(text, raw, surface, notPlaces, clubsInPlay !== undefined);
  // "between Scotch Corner and Penrith", "In Khan Younis,": a name the article only ever places (placedNames.ts)
  const placed = placedNames(text, raw, surface, notPlaces);
  yield;
  // "Tobi Adeyinka is superb as Lopakhin ... the merchant Lopakhin": a part the cast plays is a person
  const parts = playedNames(text, raw, surface);
  // "his sister Nuala", "Carys Pugh-Williams, a former Labour councillor,": kin and posts are people's (personCues.ts)
  const cued = peopleByCue(text, raw, surface);
  // "Spain's Pablo Ibarra": a country's person
  for (const s of peopleOfCountries(text, raw, surface)) cued.add(s);
  // "Shrewsbury, Bewdley and Tewkesbury", "BP and Shell": names listed together are of one kind
  const listed = listedTypes(text, raw, surface, w => surnames.has(w) || givenNames.has(w));
  yield;
  const harmonised = (m: PlacedMention): PlacedMention => {
    const s = surface(m);
    // ("Tavy added" after "Councillor Graham Tavy" stays the person; "the Tavy" is the river)
    if ((m.source === 'tagger' || m.source === 'repeat') && features.has(s) && (!surnames.has(s) || AFTER_THE.test(text.slice(Math.max(0, m.start - 4), m.start)))) {
      return m.type === 'PLACE' ? m : { ...m, type: 'PLACE', reason: m.reason + '+feature' };
    }
    // (a person keeps a ground's word as a surname: "coach Bruce Arena")
    if (m.source === 'tagger' && m.type === 'ORG' && (isGroundName(s) || grounds.has(s))) {
      return { ...m, type: 'PLACE', reason: m.reason + '+ground' };
    }
    // "at the Kia Oval ... the Oval": a ground the article writes after "at the" is no person ("coach Bruce Arena" is one)
    if ((m.source === 'tagger' || m.source === 'repeat') && m.type === 'PERSON' && isGroundName(s) && groundsAtThe.has(s.slice(s.lastIndexOf(' ') + 1))) {
      return { ...m, type: 'PLACE', reason: m.reason + '+ground' };
    }
    if (m.source === 'tagger' && places.has(`${m.type}:${s}`)) return { ...m, type: 'PLACE', reason: m.reason + '+place-list' };
    // "Summerside-Wilmot", "New Haven-Rocky Point": two listed places joined by a hyphen name a district, not a person's
    // double-barrelled surname (none the article gives a person) nor a firm
    if ((m.source === 'tagger' || m.source === 'repeat') && m.type !== 'PLACE' && isPlacePair(s) && !surnames.has(s)) {
      return { ...m, type: 'PLACE', reason: m.reason + '+place-pair' };
    }
    if ((m.source === 'tagger' || m.source === 'repeat') && placed.has(s)) return m.type === 'PLACE' ? m : { ...m, type: 'PLACE', reason: m.reason + '+placed' };
    // (a place only after a preposition of place: "jobs in Halifax")
    if (m.source === 'tagger' && (m.type !== 'PLACE' || !afterPlacePreposition(text, m.start)) && companies.has(s) && !surnames.has(s) && !givenNames.has(s)) {
      return m.type === 'ORG' ? m : { ...m, type: 'ORG', reason: m.reason + '+company' };
    }
    if (m.type !== 'PERSON' && (m.source === 'tagger' || m.source === 'repeat') && (parts.has(s) || (cued.has(s) && !companies.has(s) && !bodies.has(s)))) {
      return { ...m, type: 'PERSON', reason: m.reason + '+part' };
    }
    if (m.type === 'PERSON' && (m.source === 'tagger' || m.source === 'repeat') && isFirmName(s, firmWords)) {
      return { ...m, type: 'ORG', reason: m.reason + '+firm' };
    }
    const listType = m.source === 'tagger' || m.source === 'repeat' ? listed.get(s) : undefined;
    if (listType && listType !== m.type) return { ...m, type: listType, reason: m.reason + '+list' };
    // "took the ferry to Liverpool" in an obituary: outside sports reports a city the lexicon knows, after a preposition
    // of place, is the city ("Lyon signed the winger" stays the club)
    if (m.source === 'tagger' && m.type === 'ORG' && !inSport && lexiconTag(s.toLowerCase()) === 'City' && !isClubUse(text, m.start)
      && !companies.has(s) && !bodies.has(s)) {
      return { ...m, type: 'PLACE', reason: m.reason + '+city' };
    }
    if (isPersonWord(m, s)) {
      const step = surnames.has(s) ? '+surname' : givenNames.has(s) ? '+given-name' : '+full-name';
      return { start: m.start, end: m.end, paragraph: m.paragraph, type: 'PERSON', source: m.source, reason: m.reason + step };
    }
    if (isClubAsPerson(m, s) || (clubsInPlay?.has(s) && m.type === 'PLACE' && (m.source === 'tagger' || m.source === 'capitals' || m.via === 'capital'))) {
      // "Supporters in Genoa": the town, whatever the votes of the club's mentions
      if (!isClubUse(text, m.start)) return m;
      return { start: m.start, end: m.end, paragraph: m.paragraph, type: 'ORG', source: m.source, reason: m.reason + '+club', ...(m.name ? { name: m.name } : {}) };
    }
    const tableType = m.source === 'tagger' ? inTables.get(s) : undefined;
    if (tableType && tableType !== m.type && (tableType !== 'ORG' || isClubUse(text, m.start) || parties.has(s))) return { ...m, type: tableType, reason: m.reason + '+table' };
    if ((m.source === 'tagger' || m.source === 'repeat') && m.type !== 'ORG' && bodies.has(s)) return { ...m, type: 'ORG', reason: m.reason + '+kind' };
    if (m.source === 'tagger' && m.type === 'PLACE' && clubs.has(s) && isClubUse(text, m.start)) return { ...m, type: 'ORG', reason: m.reason + '+club' };
    if (m.type !== 'ORG' && m.source !== 'gazetteer' && nicknames.has(s)) return { ...m, type: 'ORG', reason: m.reason + '+team' };
    // "the Federal Emergency Response Agency (Fera) ... Fera said": the body its acronym names, wherever the tagger read it,
    // one entity with it
    if ((m.source === 'tagger' || m.source === 'repeat') && acronyms.has(s) && !surnames.has(s)) {
      const name = acronyms.get(s);
      return { ...m, type: 'ORG', reason: m.reason + (m.type === 'ORG' ? '' : '+acronym'), ...(name ? { name } : {}) };
    }
    const v = m.source === 'tagger' ? votes.get(s) : undefined;
    // "Tavy added" after "Graham Tavy" stays the person, whatever "the Tavy burst its banks" votes
    if (!v || v.size < 2 || (m.type === 'PERSON' && surnames.has(s) && isSurnameUse(text, m))) return m;
    // a tie goes to the person when the name reads as a person's ("Callum Brodie" read once as a person, once as a body)
    // (not against a place's reading: "Maale Adumim"); to the place when the place lists hold the name or it ends as a
    // place's does ("the Jasper fire" beside "the townsite of Jasper", "the firm's Sarjapur Road office" beside "on
    // Sarjapur Road"); else to the body over the place ("the Mercury nomination" beside "the Mercury shortlist")
    // (against a place's reading too where the article writes its surname alone as a person's: "Orla Devlin" read once as
    // a person, once as a place, and "Devlin is superb")
    const rank = (type: EntityType): number => (type === 'PERSON' ? ((!v.has('PLACE') || hasLoneSurname(s)) && isPersonLike(s) ? 1 : 0)
      : type === 'PLACE' ? (isPlaceLike(s) ? 2 : 0) : type === 'ORG' && v.has('PLACE') ? 1 : 0);
    const best = [...v.entries()].sort((a, b) => b[1] - a[1] || rank(b[0]) - rank(a[0]))[0];
    // "flew to Delphine": no person after a preposition of place, whatever the other mentions say
    if (best[0] === 'PERSON' && m.type === 'PLACE' && afterPlacePreposition(text, m.start)) return m;
    const own = v.get(m.type) ?? 0;
    // ("buyers in Halcombe" beside "Halcombe is due to report": a tie leaves a place after a preposition of place)
    if (m.type === 'PLACE' && best[1] === own && afterPlacePreposition(text, m.start)) return m;
    return best[1] > own || (best[1] === own && rank(best[0]) > rank(m.type)) ? { ...m, type: best[0], reason: m.reason + '+consistency' } : m;
  };
  yield;
  const out: PlacedMention[] = [];
  n = 0;
  for (const m of raw) {
    if (++n % BATCH === 0) yield;
    out.push(harmonised(m));
  }
  yield;
  // "Henham parish councillor" repeated as a person where the place lists place "Henham": one name, one type (sureTypes.ts)
  return followSureTypes(out, surface);
}

// A preposition that puts a place after it: "in Paris", "to Washington" keep the place.
const PLACE_PREPOSITION = /\b(?:in|at|to|from|near|into|outside|inside|across|around|toward|towards|via)\s+$/i;

const afterPlacePreposition = (text: string, at: number): boolean => PLACE_PREPOSITION.test(text.slice(Math.max(0, at - 12), at));

/**
 * The names the tagger alone read as a person or a body that the place lists hold (`placeKind`) and the article uses
 * as places, as keys "ORG:Hull" (the type read, the name): read as a body, a place of several words ("Banda Aceh");
 * read as a person, or a one-word place read as a body, only where the article places the name, after a preposition
 * of place or listed beside a place ("jobs in Aberdeen and Hull", "visited Thabo Mbeki"; not "drew 1-1 with
 * Valencia"), and never in a sports report, where a town's name after "to" or "at" is as often its
 * club ("a move to Stockport"). Not a name opening with a given name ("Charles Town"); a one-word name must be one the
 * lexicon knows as a place or not at all, and no body's head word (not "Reading", "Western", "Preston", "Congress").
 * Names the article gives a person, a company, a body or a club (`notPlaces`) are left alone.
 */
// A name that opens a line of a list, a dash after it and a figure or another name: "Taunton – £301,700 (+2.2%)",
// "Aberdeen – Shannon" (a price table by town, an airline's routes).
const LINE_HEAD_BEFORE_DASH = /^ [–—-] (?:[£$€]|\d|\p{Lu})/u;
const isLineHeadBeforeDash = (text: string, m: PlacedMention): boolean => (m.start === 0 || text[m.start - 1] === '\n')
  && LINE_HEAD_BEFORE_DASH.test(text.slice(m.end, m.end + 4));

// compromise's lexicon classes of a place's name ("alabama": Region; "chelmsford": Place).
const PLACE_TAG = /Place|City|Region|Country/;

function listedPlaces(
  text: string,
  raw: readonly PlacedMention[],
  surface: (m: PlacedMention) => string,
  notPlaces: (s: string) => boolean,
  isSport: boolean,
): Set<string> {
  // keys "ORG:Hull", "PERSON:Builth Wells": a name and the type the tagger read it as
  const out = new Set<string>();
  const placed = new Set<string>();
  // "jobs in Aberdeen and Hull", "Mississippi and Alabama have": a name listed beside a place is placed like it (the
  // list gaps of listTypes.ts; `raw` sorted by start)
  const isPlace = (m: PlacedMention): boolean => m.type === 'PLACE' || m.type === 'COUNTRY';
  const besidePlace = new Set<PlacedMention>();
  for (let i = 1; i < raw.length; i++) {
    const [a, b] = [raw[i - 1], raw[i]];
    if (!isListGap(text.slice(a.end, b.start))) continue;
    if (isPlace(a)) besidePlace.add(b);
    if (isPlace(b)) besidePlace.add(a);
  }
  const reads = new Map<string, Set<EntityType>>();
  for (const m of raw) {
    if (m.source !== 'tagger') continue;
    const s = surface(m);
    reads.set(s, (reads.get(s) ?? new Set<EntityType>()).add(m.type));
    // "in Trump's speech": a possessive names its owner, not the place
    if ((afterPlacePreposition(text, m.start) || besidePlace.has(m) || (!isSport && isLineHeadBeforeDash(text, m)))
      && text[m.end] !== '\'' && text[m.end] !== '\u2019') placed.add(s);
  }
  for (const [s, types] of reads) {
    const kind = notPlaces(s) ? undefined : placeKind(s);
    if (kind === undefined) continue;
    const words = s.split(/[ -]/);
    const tag = lexiconTag(words[0].toLowerCase());
    // "Charles Town": a place named after a person reads as the person
    if (isGivenNameTag(tag)) continue;
    // a one-word name: only one the lexicon knows as a place or not at all, and no body's head word ("Alabama",
    // "Hull"; not "Western", "Congress", "Preston")
    if (words.length === 1 && ((tag !== undefined && !PLACE_TAG.test(tag)) || ORG_HEADS.has(words[0].toLowerCase()))) continue;
    // read as a body: a place of several words is the place ("Banda Aceh"), a one-word one only where the article places
    // it ("jobs in Hull"; not "drew 1-1 with Valencia"); read as a person ("Bolton said", "Thabo Mbeki"): only
    // where the article places the name, or, for a name of several words, reads it as a place elsewhere ("Melton
    // Mowbray flooded" after "Residents of Melton Mowbray")
    const isPlaced = placed.has(s) && !isSport;
    const asBody = !isSport && words.length > 1;
    const placeElsewhere = words.length > 1 && (types.has('PLACE') || (types.has('ORG') && asBody));
    if (types.has('ORG') && (asBody || isPlaced)) out.add(`ORG:${s}`);
    if (types.has('PERSON') && (isPlaced || placeElsewhere)) out.add(`PERSON:${s}`);
  }
  return out;
}


const AFTER_THE = /\bthe\s+$/i;

/** Whether a mention the tagger or the gazetteer made may be read as the surname of a person named in full. */
function isSurnameUse(text: string, m: PlacedMention): boolean {
  if (m.source === 'tagger' || m.via === 'name') return true;
  return m.via === 'capital' && !afterPlacePreposition(text, m.start);
}

/** The names the article gives organisations, and the places in its clubs' names ("Madrid" of "Real Madrid"). */
function clubNamesOf(raw: readonly PlacedMention[], surface: (m: PlacedMention) => string): Set<string> {
  const orgs = new Set(raw.filter(m => m.type === 'ORG').map(surface));
  for (const place of clubPlaceNames(orgs)) orgs.add(place);
  return orgs;
}
