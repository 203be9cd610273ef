import type { EntityType, RawMention } from '../model';
import { isCountryWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { HONORIFICS, ORG_HEADS, PLACE_HEADS, PORTFOLIO_WORDS, PROFESSIONS, ROLE_HEADS, ROLE_WORDS, SPORT_ROLES } from './lexicons';
import { isCompanyContext, isCompanyCueBefore, ORG_KIND_CUES } from './companyRules';
import { isTableSectionHeader } from './tableSections';
import { type NameClass, typeInContext } from './context';
import { isCountryGivenName } from './givenNames';
import { PLACE_ENDS } from './placeEnds';
import { isLondonTerminus } from './railLines';
import { COMPASS_WORDS } from './compass';
import { isBracketedCode, isPronounAfterName, wireSlugEnd } from './spanTrims';
import { isMutatedSurname } from './gaelicNames';
import { isTitledPlaceEnd } from './titledPlaces';
import { isVenueHead } from './orgSpans';
import { isAfterLowerCompass, isPlaceInContext } from './placeContext';
import { isPriceMove } from './priceMoves';
import { isElidedParticle, isFacilityWord, SURNAME_PARTICLES } from './names';
import { isCapitalisedCommonWord, isSportSentence, isTableHeader, isTableSentence } from './newsRules';
import { isJunkSpan, RANK_TITLES, roleAfter, roleBefore, stripTitles } from './rules';
import { tagTokens, type TaggedSpan } from './tagger';
import { capsRuns, shoutingSentences } from './capsSpans';
import { isGivenNameTag, isNotNameWordTag, isOpeningPlural, type Token } from './tokens';
import { isKnownPlace } from './connectorSplits';
import type { UnitState } from './unitState';
import { SPAN_STEPS } from './spanSteps';

const isLowerWord = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && !SURNAME_PARTICLES.has(t.lower) && !isElidedParticle(t.text);
// An ordinal in figures, which ends a name before it ("SOUTH AFRICA 2nd innings", "the Red Devils 14th-placed finish").
const ORDINAL = /^\d+(?:st|nd|rd|th)(?:-\p{Ll}+)*$/iu;
// Words a place's name never starts or ends with.
const EDGE_WORDS = new Set(['of', 'and', 'or', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'for', 'near']);

// Titles of an office that an area elects ("Stockport MP", "Ohio Governor"): the name before the title is the area's.
const AREA_TITLES = new Set(['mp', 'msp', 'mla', 'governor', 'gov', 'gov.', 'mayor', 'senator', 'congressman', 'congresswoman']);

// Party words the lexicon does not know, which come before an MP's title as an area does ("Conservative MP").
const PARTY_WORDS = new Set(['conservative', 'tory', 'democrat', 'republican', 'unionist', 'nationalist', 'libertarian', 'independent', 'crossbench']);
// A word of an area's name: one the lexicon knows as a place's or a name, or does not know ("Stockport", "Sao Paulo").
const isAreaWord = (t: Token): boolean => !PARTY_WORDS.has(t.lower) && (t.lexTag === undefined || /Place|City|Region|ProperNoun|Name/.test(t.lexTag));

const TYPE_OF = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE' } as const;

// Titles of royals and saints, who are named without a surname.
const ROYAL_TITLES = new Set(['Queen', 'King', 'Prince', 'Princess', 'Duke', 'Duchess', 'Saint']);
// Institutions named after a person with a title: "Queen Elizabeth Hospital", "King Edward VII School" (bodies; the
// other facilities of names.ts, "Park", "Stadium", are places).
const INSTITUTION_WORDS = new Set(['hospital', 'museum', 'gallery', 'infirmary', 'hospice', 'clinic', 'school', 'academy', 'college',
  'university', 'library', 'institute']);

// Words after a club's name, not a town's: "Liverpool fans", "the Leeds squad".
const CLUB_FOLLOWERS = new Set(['fans', 'supporters', 'players', 'squad', 'team', 'side', 'boss', 'board', 'owners', 'academy', 'shirt', 'shirts']);

/**
 * Whether a one-word body's reading is a town or a region the place lists know, written before a common noun it
 * qualifies: "after the Toxteth riots", "a Surabaya seed fund" (the fund is the body, not the town). Not before a
 * role ("Leeds manager", a club; "Toyota spokesman", no place) or a firm's word, nor in a sports or table sentence,
 * where a town's name plays as its club.
 */
function isPlaceModifier(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (first !== last || next === undefined || next.sentence !== tokens[last].sentence || isBreakAfter(tokens[last], next)) return false;
  if (!/^\p{Ll}/u.test(next.text) || ROLE_WORDS.has(next.lower) || ROLE_HEADS.has(next.lower) || PROFESSIONS.has(next.lower) || SPORT_ROLES.has(next.lower)
    || CLUB_FOLLOWERS.has(next.lower)) return false;
  if (isNotNameWordTag(next.lexTag)) return false;
  // (not a body's noun some town is also called, "Congress"; nor a name's last word cut from it, "Niger Delta region")
  const word = tokens[first];
  const prev = tokens[first - 1];
  if (ORG_HEADS.has(word.lower) || /Organization/.test(word.lexTag ?? '') || (prev !== undefined && /^\p{Lu}/u.test(prev.text) && !isBreakAfter(prev, word))) return false;
  if (!isKnownPlace(tokens, first, last) || isCompanyCueBefore(tokens, first) || isCompanyContext(tokens, first, last)) return false;
  return !isSportSentence(tokens, tokens[first].sentence) && !isTableSentence(tokens, tokens[first].sentence);
}

/**
 * The span, typed, of a person's span that is a place or an institution named after a titled person: "Queen Elizabeth
 * Olympic Park" (a place), "King George Hospital" (a body); undefined when it is a person's. A royal's or a knight's title opens the span and its last capitalised word is a facility's or an
 * institution's (or, after a royal's title, one that ends places' names).
 */
function namedAfterTitled(tokens: readonly Token[], span: TaggedSpan): { first: number; last: number; type: 'ORG' | 'LOC' } | undefined {
  const head = tokens[span.first].text;
  const isRoyal = ROYAL_TITLES.has(head);
  if (!isRoyal && head !== 'Sir' && head !== 'Dame') return undefined;
  let last = span.last;
  while (last > span.first && !/^\p{Lu}/u.test(tokens[last].text)) last--;
  if (last - span.first < 2) return undefined;
  const end = tokens[last].lower;
  if (INSTITUTION_WORDS.has(end)) return { first: span.first, last, type: 'ORG' };
  // a royal has no surname, a knight may ("Sir Damon Hill"): only a facility's word names a knight's place
  return isFacilityWord(end) || (isRoyal && PLACE_ENDS.has(end)) ? { first: span.first, last, type: 'LOC' } : undefined;
}

// Heads of bodies' names beyond the lexicon's (whose words are the tagger's features: changing them means retraining),
// which make no person of a name after a role word: "the National Flood Forum", "the National Youth Orchestra".
const BODY_HEADS = new Set(['forum', 'trust', 'regiment', 'battalion', 'orchestra', 'choir', 'collective']);

/**
 * Pass (`pipeline.ts`): the averaged-perceptron tagger's names (`tagger.ts`), mended (spans cut where a name cannot
 * go on, people's names joined, titles stripped and kept as roles, junk dropped, the class read in context). A known
 * name wins over a tagger span it meets, unless the tagger's organisation is longer and contains it.
 */
export function addTaggedNames(state: UnitState): void {
  const { text, tokens, known, mentions: out } = state;
  const shouting = shoutingSentences(tokens);
  const inCapsRun = capsRuns(tokens);
  const tagged = SPAN_STEPS.reduce<TaggedSpan[]>((spans, step) => step(tokens, spans), tagTokens(tokens));
  for (const read of splitRoles(tokens, tagged)) {
    if (read.type === 'GPE') continue;
    const span: { first: number; last: number; type: NameClass } = (read.type === 'PER' ? namedAfterTitled(tokens, read) : undefined)
      ?? { first: read.first, last: read.last, type: read.type };
    // In an all-caps headline every word looks like a name to the tagger: only the gazetteers speak there.
    if (shouting.has(tokens[span.first].sentence)) continue;
    // nor in a run of three words or more in capitals inside a line of ordinary case ("PLAYER OF THE MATCH: Noman Sajid")
    if (inCapsRun(span.first, span.last)) continue;
    let first = span.first;
    if (span.type === 'PER') {
      first = stripTitles(tokens, span.first, span.last);
      if (first < 0) continue;
    }
    // "The Ministry of Defense" at a sentence start or after a dateline's dash: the article is not part of the name; nor is a lower-case
    // word at either end ("of Law", "Sunni Arab objections"), save name particles ("al-Qaida", "bin Laden").
    while (first < span.last && (tokens[first].text === 'the' || (tokens[first].text === 'The' && isClauseStart(tokens, first)))) first++;
    // "STOCKS-FTSE 100 slips", "UPDATE 2-Rightmove jumps": a wire desk's slug that opens a headline is no name's word
    const slug = wireSlugEnd(tokens, first);
    if (slug >= first) {
      if (slug >= span.last) continue;
      first = slug + 1;
    }
    let last = span.last;
    // "the most gripping Ibsen I have seen": the pronoun opens the next clause
    if (last > first && isPronounAfterName(tokens, last)) last--;
    if (span.type !== 'LOC') {
      while (first < last && isLowerWord(tokens[first])) first++;
      while (last > first && ((isLowerWord(tokens[last]) && !isMutatedSurname(tokens, last)) || ORDINAL.test(tokens[last].text))) last--;
    } else {
      // a place keeps its lower-case words ("southern Lebanon") but never starts or ends on a preposition ("north of Peterborough")
      // nor on a lower-case verb or word of grammar ("I am": no place)
      const isEdge = (t: Token): boolean => EDGE_WORDS.has(t.text) || (/^\p{Ll}/u.test(t.text) && isNotNameWordTag(t.lexTag) && !SURNAME_PARTICLES.has(t.text));
      while (first < last && isEdge(tokens[first])) first++;
      while (last > first && (isEdge(tokens[last]) || ORDINAL.test(tokens[last].text))) last--;
    }
    if (isJunkSpan(tokens, first, last) || isCapitalisedCommonWord(tokens, first, last) || isTableHeader(tokens, first, last)) continue;
    if (isTableSectionHeader(tokens, first, last) || isBracketedCode(tokens, first, last)) continue;
    // "WHO Director-General Tedros Adhanom Ghebreyesus" read from its title on: a person after a title (a title's
    // possessive opens a place's or a body's name instead: "King's Cross")
    let type: NameClass = span.type;
    if (type !== 'PER' && (ROLE_WORDS.has(tokens[first].lower) || RANK_TITLES.has(tokens[first].text)) && /^\p{Lu}/u.test(tokens[first].text)
      && !tokens[first].isPossessive) {
      const name = stripTitles(tokens, first, last);
      // (not "National Theatre Live": a venue's word makes no person; nor "Queen Elizabeth Hospital" or "Sheikh Zayed
      // Road", named after one)
      // ("General Abdel Fattah al-Burhan": a particle inside the name is part of it)
      if (name >= 0 && !isTitledPlaceEnd(tokens[last]) && tokens.slice(name, last + 1).every((t, k, words) => (/^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.lower)
        && !BODY_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !isVenueHead(t) && !isFacilityWord(t.lower) && !INSTITUTION_WORDS.has(t.lower))
        || (k > 0 && k < words.length - 1 && SURNAME_PARTICLES.has(t.text)))) {
        first = name;
        type = 'PER';
      }
    }
    // "Watchdog Finreg said": a body's kind opening a sentence is no part of its name, and says what it is (not in
    // "Group F", a letter)
    if (first < last && tokens[first].isFirst && ORG_KIND_CUES.has(tokens[first].lower) && /^\p{Lu}\p{L}/u.test(tokens[first + 1].text)) {
      first++;
      type = 'ORG';
    }
    if (type !== 'PER' && isPersonInApposition(tokens, first, last)) type = 'PER';
    // "Rivals Meta and Samsung have launched", "Critics Jane Doe and ...": a plural common noun opening the sentence
    if (first < last && isOpeningPlural(tokens[first])) first++;
    // "Baritone Erwin Schrott sings", "Winger Callum Brodie scored", "the saxophonist Soweto Kinch": a profession or a
    // player's position before a name makes it a person's
    if (first < last && tokens[first].isFirst && (PROFESSIONS.has(tokens[first].lower) || SPORT_ROLES.has(tokens[first].lower))
      && isPlainName(tokens, first + 1, last)) {
      first++;
      type = 'PER';
    } else if (type !== 'PER' && (isProfessionBefore(tokens, first) || isCastAs(tokens, last)) && isPlainName(tokens, first, last)) type = 'PER';
    // "recorded for Decca", "signed to Parlophone": a one-word name after a record deal's verb is the label
    if (first === last && type !== 'ORG' && isLabelAfterDeal(tokens, first)) type = 'ORG';
    if (hasHyphenatedGivenName(tokens, first, last)) {
      last++;
      type = 'PER';
    }
    type = typeInContext(tokens, first, last, type);
    if (type === 'ORG' && isPlaceModifier(tokens, first, last)) type = 'LOC';
    if (type !== 'PER' ? isPlaceInContext(tokens, first, last) : isAfterLowerCompass(tokens, first)) type = 'LOC';
    const clash = known.filter(k => k.first <= last && first <= k.last);
    // A known name wins unless the tagger's organisation is longer and contains it ("UN Security Council"), or its
    // person is named by a country's name ("Finn Russell").
    // "Unicef and Unrwa" is two known names listed, not one longer name.
    const isList = clash.length > 1 && clash[0].first === first && clash[clash.length - 1].last === last && tokens.slice(clash[0].last + 1, clash[1].first).some(t => t.lower === 'and' || t.lower === 'or');
    // A byline's or a dateline's name stays whole: "By TOMASZ WEBBER Associated Press" is no body's name.
    // A company's name is held by a longer name of any class ("the American Express Stadium", "Allianz Arena"), and
    // London by its termini ("London Euston").
    const isLonger = !isList && (span.type === 'ORG' || isCountryGivenName(tokens, first, last) || isLondonTerminus(tokens, first, last)
      || clash.every(k => 'isCompany' in k && k.isCompany === true))
      && clash.every(k => k.first >= first && k.last <= last && k.last - k.first < last - first)
      && !clash.some(k => k.reason === 'byline' || k.reason === 'dateline');
    // "North Darfur", "South Kordofan": a region named by a compass point and the known place it is part of
    const isCompassPart = type === 'LOC' && clash.length === 1 && clash[0].type === 'PLACE' && clash[0].first === first + 1
      && clash[0].last === last && COMPASS_WORDS.has(tokens[first].text);
    if (clash.length > 0 && !isLonger && !isCompassPart) continue;
    for (const k of clash) out.splice(out.findIndex(m => m.start === tokens[k.first].start), 1);
    const mention = mentionOf(text, tokens, first, last, TYPE_OF[type]);
    // "which owns Halifax", "the bookmaker Harold Penney", "Hershey was down 1.5%": the words around call it a company,
    // which harmonise.ts spreads
    out.push(type === 'ORG' && (isCompanyCueBefore(tokens, first) || isPriceMove(tokens, last)) ? { ...mention, reason: 'tagger+company-cue' } : mention);
  }
}

/** Sentences written in capitals (`isShouted`, its words being the tokens with two letters or more). */

/**
 * "Moon Jae-in", "Ban Ki-moon": a family name and a hyphenated given name whose second syllable is written in
 * lower case, which the tokenizer splits off; a person, whatever class the tagger gave the first two words. Two short capitalised words, glued by a hyphen to a short
 * lower-case word that makes no adjective of them ("Blair-led" is not a name; "Leung Kwok-hung" is).
 */
function hasHyphenatedGivenName(tokens: readonly Token[], first: number, last: number): boolean {
  const tail = tokens[last + 1];
  if (last - first !== 1 || tokens[last].post !== '-' || !tail || tail.sentence !== tokens[last].sentence) return false;
  const short = (t: Token): boolean => /^\p{Lu}\p{Ll}{1,4}$/u.test(t.text);
  return short(tokens[first]) && short(tokens[last]) && /^\p{Ll}{1,6}$/u.test(tail.text) && !isCompoundTail(tail);
}

// Words that glue to a name to make an adjective ("Blair-led", "Kremlin-backed", "Hong Kong-born", "Bush-era"); a
// syllable of a given name is none of these ("Kwok-hung", "Che-cheung", "Jae-in"), even one that spells an English word.
const COMPOUND_TAILS = new Set(['led', 'run', 'born', 'made', 'style', 'like', 'wide', 'era', 'type', 'free', 'only',
  'long', 'old', 'new', 'bound', 'held', 'owned', 'based', 'backed', 'linked', 'funded', 'ruled', 'sized', 'esque',
  'ish', 'less', 'proof', 'friendly', 'centric', 'bred', 'built', 'grown', 'shaped', 'level', 'class', 'speaking']);
const isCompoundTail = (t: Token): boolean => COMPOUND_TAILS.has(t.lower)
  || (t.lexTag !== undefined && (/Adjective|Gerund|Participle/.test(t.lexTag) || (/Verb|Tense/.test(t.lexTag) && /(?:ed|ing)$/.test(t.lower))));

/**
 * A name of two or three capitalised words set off by commas after a role ("a spokesman for the group, Tenzin
 * Dorje, said") or followed by a role in apposition ("Tenzin Dorje, the group's spokesman,"): a person, whatever
 * class the tagger gave it, unless a word of it heads organisations or places or is known as one.
 */
function isPersonInApposition(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 2) return false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower)) return false;
    if (t.lexTag && /Organization|Place|Country|City|Region|Demonym/.test(t.lexTag)) return false;
  }
  if (roleAfter(tokens, last)) return true;
  const before = tokens[first - 1];
  if (!before || !/,$/.test(before.post) || before.sentence !== tokens[first].sentence || !/^,/.test(tokens[last].post)) return false;
  // the phrase before the comma is a role: "a spokesman for the group", with no verb between the role and the name
  for (let j = first - 1; j >= Math.max(0, first - 6) && tokens[j].sentence === tokens[first].sentence; j--) {
    const t = tokens[j];
    if (ROLE_HEADS.has(t.lower) && /^\p{Ll}/u.test(t.text)) return true;
    if (t.lexTag && /Verb|Tense|Infinitive|Gerund|Modal|Copula/.test(t.lexTag)) return false;
  }
  return false;
}

/** Whether a profession in lower case stands right before token `first` ("the saxophonist Soweto Kinch"). */
const isProfessionBefore = (tokens: readonly Token[], first: number): boolean => {
  const t = tokens[first - 1];
  return t !== undefined && /^\p{Ll}/u.test(t.text) && PROFESSIONS.has(t.lower) && !isBreakAfter(t, tokens[first]);
};

/**
 * Whether a part is cast after the name ending at token `last`: "Malin Byström as Donna Anna", "Indira Varma as Lady
 * Macbeth", "Mark Rylance as King Lear" (the part opens with a given name or a title).
 */
function isCastAs(tokens: readonly Token[], last: number): boolean {
  const as = tokens[last + 1];
  const part = tokens[last + 2];
  return as?.text === 'as' && part !== undefined && /^\p{Lu}\p{Ll}/u.test(part.text) && !isBreakAfter(tokens[last], as)
    && (isGivenNameTag(part.lexTag) || HONORIFICS.has(part.lower) || ['king', 'queen', 'prince', 'princess'].includes(part.lower));
}

// Verbs of a record deal before a label's name: "recorded for Decca", "signed to Parlophone", "released on Blue Note".
const DEAL = /^(?:recorded|recording|records|signed|released)$/;
const isLabelAfterDeal = (tokens: readonly Token[], i: number): boolean => ['for', 'to', 'on', 'with'].includes(tokens[i - 1]?.lower ?? '')
  && DEAL.test(tokens[i - 2]?.lower ?? '') && !isBreakAfter(tokens[i - 2], tokens[i - 1]) && !isBreakAfter(tokens[i - 1], tokens[i])
  && !isCountryWord(tokens[i].text) && !isGivenNameTag(tokens[i].lexTag);

/** Whether tokens `[first, last]` are one to three capitalised words that no body, place or country is called by. */
function isPlainName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first > 2) return false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    // ("O'Sullivan", "D'Arcy": a capital after the apostrophe)
    if (!/^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u.test(t.text) || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || isCountryWord(t.text)) return false;
    if (t.lexTag && /Organization|Country|Demonym/.test(t.lexTag)) return false;
  }
  return true;
}

// The token starts a sentence or follows a hard break ("RAMALLAH, May 20 - The Palestinian Authority said").
const isClauseStart = (tokens: readonly Token[], i: number): boolean => tokens[i].isFirst || isBreakAfter(tokens[i - 1], tokens[i]);

/**
 * The tagger's mention of tokens `[first, last]` as `type`; a person carries the title or role written next to the
 * name ("External Affairs Minister S Jaishankar", "Tenzin Dorje, the group's spokesman").
 */
export function mentionOf(text: string, tokens: readonly Token[], first: number, last: number, type: EntityType): RawMention {
  // (a place's abbreviation takes its full stop in `keepAbbreviationStops`: "Sacramento, Calif.")
  const base = { start: tokens[first].start, end: tokens[last].end, type, source: 'tagger' as const, reason: 'tagger' };
  if (type !== 'PERSON') return base;
  const role = roleBefore(tokens, first) ?? roleAfter(tokens, last);
  return role ? { ...base, role: text.slice(tokens[role.first].start, tokens[role.last].end) } : base;
}

// "United Nations Secretary-General Kofi Annan" tagged as one organisation: the organisation, then the person
// after the title ("Secretary-General" becomes the person's role); "Stockport MP" + "Dana Hebden": the title at the
// end of a body or place the tagger read before a person is the person's role. Before the title of an area's office
// is the area, a place ("Sao Paulo Governor Tarcisio de Freitas", "Stockport MP Dana Hebden").
function splitRoles(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    const isBeforePerson = next !== undefined && next.type === 'PER' && next.first === s.last + 1 && tokens[s.last].post === '';
    // "Minas Altas Governor Joao da Costa" read as one person: the area before the title is no part of the name
    const isPersonAfterArea = s.type === 'PER' && !isGivenNameTag(tokens[s.first].lexTag) && !ROLE_WORDS.has(tokens[s.first].lower);
    if (s.type !== 'ORG' && !(s.type === 'LOC' && isBeforePerson) && !isPersonAfterArea) {
      out.push(s);
      continue;
    }
    let head = -1;
    for (let i = s.first + 1; i < s.last; i++) if (ROLE_HEADS.has(tokens[i].lower)) head = i;
    if (isBeforePerson && ROLE_HEADS.has(tokens[s.last].lower) && /^\p{Lu}/u.test(tokens[s.last].text)) head = s.last;
    // (no person's name ends in an institution's noun: "Leeds General Infirmary" is no infirmary's general)
    const isName = head > 0 && /^\p{Lu}/u.test(tokens[s.last].text) && !INSTITUTION_WORDS.has(tokens[s.last].lower)
      && tokens.slice(head + 1, s.last + 1).every(t => (/^\p{Lu}/u.test(t.text) || SURNAME_PARTICLES.has(t.lower)) && !ROLE_HEADS.has(t.lower));
    if (!isName || (s.type === 'PER' && !AREA_TITLES.has(tokens[head].lower))) {
      out.push(s);
      continue;
    }
    let orgLast = head - 1;
    // the words of the title before its head ("Commerce" in "U.S. Commerce Secretary") are not the organisation
    while (orgLast >= s.first && (ROLE_WORDS.has(tokens[orgLast].lower) || PORTFOLIO_WORDS.has(tokens[orgLast].lower))) orgLast--;
    const isArea = AREA_TITLES.has(tokens[head].lower) && tokens.slice(s.first, orgLast + 1).every(isAreaWord);
    if (orgLast >= s.first) out.push({ first: s.first, last: orgLast, type: isArea ? 'LOC' : 'ORG' });
    if (head < s.last) out.push({ first: head + 1, last: s.last, type: 'PER' });
  }
  return out;
}
