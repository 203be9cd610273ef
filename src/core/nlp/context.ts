import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { lexiconTag } from './engine';
import { isBreakAfter } from './features';
import { NOT_ENTITIES } from './knownOrgs';
import { ORG_HEADS, ROLE_WORDS } from './lexicons';
import { isEnsembleNoun } from './kindEvidence';
import { isPersonalName } from './names';
import { isCompanyContext, isCompanyCueBefore, isCompanyKind, isCompanyNoun, isCompanyWord, isInitialsWord, isLexiconOrg, isNewsOutletWord } from './companyRules';
import { isInShareIndex } from './rules';
import { isClubInPlay, isNumberToken, isResultsLine, isSportSentence, isTableSentence } from './newsRules';
import type { TaggedSpan } from './tagger';
import { isTitledPlaceEnd } from './titledPlaces';
import { isGivenNameTag, type Token } from './tokens';
import { PLACE_ENDS } from './placeEnds';

/** The tagger's classes of a name (demonyms, GPE, are left to the gazetteer). */
export type NameClass = Exclude<TaggedSpan['type'], 'GPE'>;


/**
 * The class of a tagged name read in its context: a company by the words around it ("shares in Vodafone",
 * "Toyota spokesman"), a club when a place's name plays in a sports sentence ("Everton beat Fulham 2-1").
 */
export function typeInContext(tokens: readonly Token[], first: number, last: number, type: NameClass): NameClass {
  if (first === last && (isNewsOutletWord(tokens[first].text) || isInitialsWord(tokens[first].text))) return 'ORG';
  // "the Northern Echo", "the Kent Messenger", "the Swindon Advertiser": a newspaper's title after "the"
  if (last > first && last - first <= 2 && NEWSPAPER_ENDS.has(tokens[last].text) && tokens[first - 1]?.lower === 'the') return 'ORG';
  // "the Balanchine company": a person's name before an ensemble's noun names the ensemble
  if (first === last && tokens[first - 1]?.lower === 'the' && isEnsembleNoun(tokens[last + 1]?.text ?? '')) return 'ORG';
  // "Bayern Munich", "Olympique Lyonnais": a word that only opens clubs' names, whatever the sentence
  if (last > first && CLUB_OPENERS.has(tokens[first].text)) return 'ORG';
  // "Andy Warhol Foundation", "Instinct Magazine": a name that ends in an organisation's noun is no person, and
  // one that ends in the noun of a body that no state is called by is no place
  const isBodyHeaded = last > first && (isOrgHeadWord(tokens[last]) || ARTS_HEADS.has(tokens[last].text) || TEAM_HEADS.has(tokens[last].text));
  if (type === 'PER' && isBodyHeaded) return 'ORG';
  // "Franklin Boulevard", "Matthew Knight Arena", "the Eugene Public Library": a road's noun ends no person's name, nor
  // does a venue's after a person's name of two words ("coach Bruce Arena" stays)
  const isVenueEnd = last > first && (isTitledPlaceEnd(tokens[last]) || (last - first >= 2 && NAMED_VENUE_ENDS.has(tokens[last].text))
    // ("Halfpenny Lane", not "Diane Lane")
    || (tokens[last].text === 'Lane' && !isGivenNameTag(tokens[first].lexTag)));
  if ((type === 'PER' && isVenueEnd) || (type === 'ORG' && last > first && ROAD_ENDS.has(tokens[last].text))) return 'LOC';
  // "towards the Sierra Madre mountains", "the Kagera region", "Quezon province": a name before a land's noun in lower
  // case is the land's (the noun on the same line, no punctuation between)
  if (type !== 'LOC' && !isBodyHeaded && tokens[last].post === '' && LAND_NOUNS.has(tokens[last + 1]?.text ?? '')
    && tokens[last + 1].sentence === tokens[last].sentence) return 'LOC';
  // ("the London Contemporary Orchestra": an arts company's noun; "Natural Resources Wales": a firm's noun before a
  // country's name)
  if (type === 'LOC' && last > first && (BODY_HEADS.has(tokens[last].text) || ARTS_HEADS.has(tokens[last].text) || TEAM_HEADS.has(tokens[last].text))) return 'ORG';
  if (type === 'LOC' && last - first >= 2 && tokens.slice(first + 1, last).some(t => isCompanyNoun(t))) return 'ORG';
  // "at Cross Green in Leeds", "the steelworks of the Don Valley", "in the Forest of Arenberg": a body's reading of a
  // name that ends as a place's does, or opens with a natural feature's noun and "of", is the place's
  if (type === 'ORG' && last > first && isPlaceShaped(tokens, first, last) && !isCompanyContext(tokens, first, last)) return 'LOC';
  // ("the Harry Lisburn Orchestra" is a band named after a person, not the person)
  if (type === 'ORG') return !isBodyHeaded && !isVenueEnd && isPersonalName(tokens, first, last) && !isLexiconOrg(tokens, first, last, lexiconTag) && !isCompanyContext(tokens, first, last) ? 'PER' : type;
  const hasFirstName = isGivenNameTag(tokens[first].lexTag) && last > first;
  if (isCompanyCueBefore(tokens, first)) return 'ORG';
  if (!hasFirstName && (isCompanyContext(tokens, first, last) || isLexiconOrg(tokens, first, last, lexiconTag))) return 'ORG';
  // "DigitalEurope, whose members include": a capital inside one word no given name has ("LaToya" keeps the person)
  if (first === last && isCompanyWord(tokens[first].text) && (type !== 'PER' || tokens[first].lexTag === undefined)) return 'ORG';
  const sentence = tokens[first].sentence;
  // "Hartlepool 2 Bradford 2": the names of a results line are teams; "Plymouth Argyle" a club by its name
  if (!hasFirstName && isResultsLine(tokens, sentence)) return 'ORG';
  if (last > first && CLUB_AFTER.has(tokens[last].text) && (isSportSentence(tokens, sentence) || isTableSentence(tokens, sentence))) return 'ORG';
  if (type === 'LOC' && (isSportSentence(tokens, sentence) || isTableSentence(tokens, sentence)) && isClubInPlay(tokens, first, last)) return 'ORG';
  return type;
}

// The last words of local and national newspapers' titles.
const NEWSPAPER_ENDS = new Set(['Echo', 'Post', 'Mail', 'Messenger', 'Gazette', 'Advertiser', 'Herald', 'Chronicle', 'Courier',
  'Argus', 'Mercury', 'Sentinel', 'Observer', 'Telegraph', 'Tribune', 'Examiner', 'Enquirer', 'Recorder', 'Journal', 'Standard',
  'Express', 'Bugle', 'Clarion', 'Dispatch', 'Leader', 'Citizen', 'Guardian', 'Times', 'Independent', 'Press']);

// The last words of venues and buildings named after a person ("the Matthew Knight Arena", "the Eugene Public Library").
const NAMED_VENUE_ENDS = new Set(['Arena', 'Library', 'Centre', 'Center', 'Hall', 'Theatre', 'Theater', 'Auditorium', 'Pavilion',
  'Building', 'Tower', 'Bridge', 'Square', 'Park', 'Plaza', 'Stadium', 'Field', 'Fieldhouse', 'Coliseum']);

// Nouns in lower case of the land after a place's name ("the Sierra Madre mountains", "Sindh province").
const LAND_NOUNS = new Set(['mountains', 'mountain', 'range', 'valley', 'river', 'delta', 'basin', 'plateau', 'highlands', 'peninsula',
  'province', 'region', 'district', 'islands', 'island', 'archipelago', 'coast', 'desert', 'lowlands', 'estuary']);

// The nouns of roads, which end no body's name either ("the Rowan Boulevard redesign"; a mosque or a station may be run
// as a body: "the Red Mosque").
const ROAD_ENDS = new Set(['Road', 'Street', 'Avenue', 'Highway', 'Boulevard', 'Causeway', 'Expressway', 'Freeway', 'Motorway',
  'Lane', 'Parade', 'Crescent', 'Terrace', 'Platz']);
/** Whether a word is a road's noun that ends its name ("Road", "Lane", "Platz"). */
export const isRoadEnd = (t: Token): boolean => ROAD_ENDS.has(t.text);

// Organisation nouns that are also family names ("Emily Post", "Jim Guard") do not make a person's name an organisation's.
const SURNAME_HEADS = new Set(['post', 'press', 'guard', 'front', 'watch', 'times', 'board', 'news']);
// The last words of arts companies' names ("New York City Ballet", "Berlin Philharmonic"): no person's name ends so.
const ARTS_HEADS = new Set(['Ballet', 'Opera', 'Orchestra', 'Philharmonic', 'Symphony', 'Choir', 'Chorus', 'Ensemble', 'Quartet', 'Sinfonia',
  'Band', 'Trio', 'Quintet', 'Sextet', 'Septet', 'Octet', 'Consort', 'Singers']);

// The last words of teams', collectives', laboratories' and charities' names beyond the lexicon's heads ("Tudor Pro
// Cycling", "Red Bull Racing", "Ezra Collective", "the Cavendish Laboratory", "Islamic Relief"): no person's name ends so.
const TEAM_HEADS = new Set(['Cycling', 'Racing', 'Motorsport', 'Motorsports', 'Collective', 'Laboratory', 'Laboratories', 'Lab', 'Labs',
  // and charities' ("Islamic Relief", "Christian Aid", "Direct Relief")
  'Relief', 'Aid']);

// Nouns of bodies that never name a state or a place ("Soviet Union" and "National Assembly" stay as the tagger read them).
const BODY_HEADS = new Set(['Foundation', 'Corporation', 'Company', 'Association', 'Federation', 'Institute', 'University',
  'College', 'Ministry', 'Department', 'Agency', 'Committee', 'Commission', 'Society', 'Party', 'Program', 'Programme', 'Fund', 'Magazine',
  'Exchange', 'Authority', 'Bureau', 'Trust', 'Council', 'Org',
  // a league's parts: "the Pacific Division", "the Eastern Conference"
  'Division', 'Conference']);
const isOrgHeadWord = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && ORG_HEADS.has(t.lower) && !SURNAME_HEADS.has(t.lower);

/** A capitalised last word of a body's name: an organisation's, an arts company's or a firm's noun ("Exchange", "Choir", "Records"). */
export const isBodyHeadWord = (t: Token): boolean => isOrgHeadWord(t) || ARTS_HEADS.has(t.text) || BODY_HEADS.has(t.text) || isCompanyNoun(t);

// The last words of places' names that end no body's (strayGpe.ts's, less 'estate' and 'circuit': "the Crown Estate",
// "the Ninth Circuit"), and the natural features' nouns that open a place's name before "of" ("the Vale of Glamorgan").
const PLACE_LAST_WORDS = new Set([...PLACE_ENDS, 'valley'].filter(w => w !== 'estate' && w !== 'circuit'));
const FEATURE_OPENERS = new Set(['forest', 'vale', 'isle', 'valley', 'lake', 'mount', 'cape', 'gulf', 'bay', 'sea']);

/**
 * Whether tokens `[first, last]` are shaped as a place's name: capitalised words ending with a place's last word ("Cross
 * Green", "Don Valley", "Marlowe Road"), or a feature's noun, "of" and a name ("Forest of Arenberg"), with no body's
 * head or company noun inside.
 */
function isPlaceShaped(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1);
  if (words.some(t => (ORG_HEADS.has(t.lower) && !PLACE_LAST_WORDS.has(t.lower)) || isCompanyNoun(t) || BODY_HEADS.has(t.text))) return false;
  const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
  if (PLACE_LAST_WORDS.has(tokens[last].lower) && isCapitalised(tokens[last])) return words.every(isCapitalised);
  return FEATURE_OPENERS.has(tokens[first].lower) && tokens[first + 1]?.text === 'of' && last > first + 1 && isCapitalised(tokens[first])
    && tokens.slice(first + 2, last + 1).every(isCapitalised);
}

/** Capitalised names, outside any other span, that read as companies from the words around them (`isCompanyContext`). */
export function findCompanies(tokens: readonly Token[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!/^\p{Lu}|^e\p{Lu}/u.test(t.text) || isCountryWord(t.text) || isDemonymWord(t.text) || NOT_ENTITIES.has(t.lower) || isInShareIndex(tokens, i)) continue;
    // "Chipmaker shares slide": a headline's kind of firm, capitalised as its first word, is no firm's name
    if (isCompanyKind(t.lower) && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) continue;
    // "Toyota said", "shares in Vodafone"; not "A spokesman", "Government spokesman"
    if (t.lexTag !== undefined && !/Organization|SportsTeam|ProperNoun/.test(t.lexTag)) continue;
    if (isLexiconOrg(tokens, i, i, lexiconTag) && t.text.length > 3 && !t.isFirst) {
      out.push({ first: i, last: i });
      continue;
    }
    let last = i;
    while (last - i < 3 && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '') && !isBreakAfter(tokens[last], tokens[last + 1])) last++;
    // "Kestrel Mining": a name with a company noun at its end is one company, whatever follows
    if (tokens.slice(i, last + 1).some(t => ROLE_WORDS.has(t.lower) || isNumberToken(t))) {
      i = last;
      continue;
    }
    const isTeam = isResultsLine(tokens, t.sentence) && !(t.lexTag && /Name/.test(t.lexTag));
    if (isTeam || isCompanyContext(tokens, i, last) || (i === last && isCompanyWord(t.text))) out.push({ first: i, last });
    i = last;
  }
  return out;
}

/** Words that make a club's name of a town's ("Leeds United", "Aston Villa", "Real Madrid", "FC Porto"). */
// ("Leeds United", "Aston Villa", "Real Madrid", "FC Porto").
export const CLUB_AFTER: ReadonlySet<string> = new Set(['United', 'City', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'County', 'Rangers', 'Hotspur',
  'Villa', 'Forest', 'Palace', 'Orient', 'Argyle', 'Town', 'FC', 'AFC', 'CF', 'SC', 'Rovers', 'Alexandra', 'Thistle']);
// The words of CLUB_BEFORE that open nothing but clubs' names.
const CLUB_OPENERS = new Set(['Dynamo', 'Dinamo', 'Olympique', 'Borussia', 'Bayern', 'Atletico', 'Deportivo', 'Lokomotiv', 'Spartak', 'CSKA', 'FC', 'AFC']);
/** Words that open a club's name before a place's name ("Real Madrid", "Sporting Lisbon", "Dynamo Kiev"). */
export const CLUB_BEFORE: ReadonlySet<string> = new Set(['Real', 'Dynamo', 'Dinamo', 'Sporting', 'Olympique', 'Inter', 'AC', 'FC', 'Borussia', 'Bayern',
  'Atletico', 'Athletic', 'Deportivo', 'Racing', 'Slavia', 'Sparta', 'Lokomotiv', 'Spartak', 'CSKA', 'Red', 'Young']);

/**
 * A name with a company noun after it is one company ("Kestrel Mining"). In a sentence about sport, a place's
 * name with a club word after or before it is one club: "Leeds United held
 * Arsenal", "Real Madrid", "FC Porto" (the tagger may have cut it in two). Spans stay sorted and disjoint.
 */
export function joinClubs(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const sport = new Map<number, boolean>();
  const isSport = (sentence: number): boolean => {
    let v = sport.get(sentence);
    if (v === undefined) sport.set(sentence, (v = isSportSentence(tokens, sentence) || isTableSentence(tokens, sentence)));
    return v;
  };
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const hasCompanyNoun = s.type !== 'GPE' && isCompanyNoun(tokens[s.last + 1]) && !isBreakAfter(tokens[s.last], tokens[s.last + 1]);
    if (!hasCompanyNoun && (s.type === 'PER' || s.type === 'GPE' || !isSport(tokens[s.first].sentence))) {
      out.push(s);
      continue;
    }
    let { first, last } = s;
    // "Kestrel Mining": a company noun right after a name belongs to it
    if (isCompanyNoun(tokens[last + 1]) && !isBreakAfter(tokens[last], tokens[last + 1])) {
      out.push({ first, last: last + 1, type: 'ORG' });
      if (spans[k + 1]?.first === last + 1) k++;
      continue;
    }
    const after = tokens[last + 1];
    if (after && CLUB_AFTER.has(after.text) && !isBreakAfter(tokens[last], after)) {
      last++;
      if (spans[k + 1]?.first === last) last = spans[++k].last;
    }
    const before = tokens[first - 1];
    const prev = out[out.length - 1];
    if (before && CLUB_BEFORE.has(before.text) && !isBreakAfter(before, tokens[first]) && (!prev || prev.last < first - 1)) first--;
    out.push(first === s.first && last === s.last ? s : { first, last, type: 'ORG' });
  }
  return out;
}
