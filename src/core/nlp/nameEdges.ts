import { isCountryWord } from '../countries/resolver';
import { isHeadlineCase, isKnownPlace, isPlaceWord, PARTIES } from './connectorSplits';
import { ORG_HEADS, PLACE_HEADS } from './lexicons';
import { COMBINING_FORMS } from './listedGivenNames';
import { AREA_SERVICE_HEADS } from './rules';
import { isThingHead } from './thingNames';
import type { TaggedSpan } from './tagger';
import { isGivenNameTag, type Token } from './tokens';

// Span steps (`spanSteps.ts`) that move where a name starts and ends: two names joined by "and" cut
// apart, a name cut at a possessive or a nickname made whole again.

// Verbs in a plural form that say the words before them are two subjects ("Halvorn and Quisby show him ahead").
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'show', 'say', 'give', 'remain', 'agree', 'plan', 'want', 'hope',
  'expect', 'own', 'control', 'dominate', 'compete', 'offer', 'put', 'both', 'each', 'together', 'jointly']);

// Members named after their party, left out of it: "Labour and Conservative MPs".
const MEMBERS = new Set(['mps', 'msps', 'mss', 'mlas', 'meps', 'peers', 'councillors', 'members', 'senators', 'lawmakers', 'candidates', 'voters']);

const isNameWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}/u.test(t.text);
// A word the lexicon knows as an organisation's name ("Google", "Reuters").
const isOrgWord = (t: Token): boolean => t.lexTag !== undefined && /Organization/.test(t.lexTag);

// Plural nouns of places: "the Dadaab and Kakuma refugee camps", "the Kitgum and Gulu districts".
const PLACES_NOUNS = new Set(['camps', 'towns', 'cities', 'villages', 'regions', 'provinces', 'districts', 'counties', 'islands',
  'rivers', 'states', 'areas', 'suburbs', 'neighbourhoods', 'neighborhoods', 'constituencies', 'municipalities', 'valleys', 'ports', 'settlements']);
const isLowerWord = (t: Token | undefined, sentence: number): boolean => t !== undefined && t.sentence === sentence && /^\p{Ll}/u.test(t.text);
const isPlacesNoun = (t: Token | undefined, sentence: number): boolean => t !== undefined && isLowerWord(t, sentence) && PLACES_NOUNS.has(t.lower);

// A capitalised word that ends a body's name: "Police", "Constabulary", "Council".
const isBodyHead = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && (ORG_HEADS.has(t.lower) || AREA_SERVICE_HEADS.has(t.lower));

/**
 * "Halvorn and Quisby show him ahead", "Zentravix and Google give", "his children Maeve, Oisin and Tilly": a tagged span
 * with one "and" between two names is two names when the text says so: a plural verb follows it, it closes a list of
 * names ("Maeve, Oisin and Tilly", people when a part is a given name), or a part opens with a word the
 * lexicon knows as an organisation, or a plural noun of places follows ("the Dadaab and Kakuma refugee camps": two
 * places); and two bodies, each ending in a body's head, are two ("Cheshire Constabulary and
 * Greater Manchester Police"). Names that hold an "and" stay whole: a body's or a place's head at the end
 * ("Competition and Markets Authority"), an "of" or "for" ("Ministry of Trade and Industry"), a country ("Trinidad and
 * Tobago"), and two names with none of that evidence ("Harland and Wolff"). Spans stay sorted and disjoint.
 */
export function splitCoordinatedNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const words = tokens.slice(s.first, s.last + 1);
    const ands = words.filter(t => t.lower === 'and');
    const and = s.first + words.findIndex(t => t.lower === 'and');
    const end = tokens[s.last];
    // "Cheshire Constabulary and Greater Manchester Police": each part ends in a body's head, two bodies
    if (ands.length === 1 && and - s.first >= 2 && and < s.last && isBodyHead(tokens[and - 1]) && isBodyHead(end)) {
      out.push({ first: s.first, last: and - 1, type: 'ORG' }, { first: and + 1, last: s.last, type: 'ORG' });
      continue;
    }
    // "The Conservative and Liberal Democrat members", "Labour and Conservative MPs": two parties' words, each a party
    let right = s.last;
    while (right > and + 1 && MEMBERS.has(tokens[right].lower)) right--;
    if (ands.length === 1 && and > s.first && right > and && PARTIES.has(tokens[and - 1].lower) && PARTIES.has(tokens[right].lower)) {
      out.push({ first: s.first, last: and - 1, type: 'ORG' }, { first: and + 1, last: right, type: 'ORG' });
      continue;
    }
    // "at the Royal Infirmary of Edinburgh and Sheffield's Royal Hallamshire Hospital": a place the lists know whose
    // possessive ends the span before a name opens a name of its own ("Harland and Wolff's Belfast yard" stays)
    const owned = tokens[s.last + 1];
    if (ands.length === 1 && and > s.first && and < s.last && end.isPossessive && owned !== undefined && owned.sentence === end.sentence
      && /^\p{Lu}/u.test(owned.text) && isKnownPlace(tokens, and + 1, s.last)) {
      out.push({ first: s.first, last: and - 1, type: s.type }, { first: and + 1, last: s.last, type: 'LOC' });
      continue;
    }
    // "directed to Whitecourt and Edmonton": each part a place the place lists know, and the whole none ("Dumfries and Galloway")
    if (ands.length === 1 && and > s.first && and < s.last && s.type !== 'GPE' && isKnownPlace(tokens, s.first, and - 1)
      && isKnownPlace(tokens, and + 1, s.last) && !isKnownPlace(tokens, s.first, s.last)) {
      out.push({ first: s.first, last: and - 1, type: 'LOC' }, { first: and + 1, last: s.last, type: 'LOC' });
      continue;
    }
    const isWhole = ands.length !== 1 || and === s.first || and === s.last || s.type === 'GPE'
      || ORG_HEADS.has(end.lower) || PLACE_HEADS.has(end.lower) || words.some(t => t.lower === 'of' || t.lower === 'for' || t.lower === 'the')
      || isCountryWord(words.map(t => t.text).join(' ')) || !isNameWord(tokens[and - 1]) || !isNameWord(tokens[and + 1]);
    if (isWhole) {
      out.push(s);
      continue;
    }
    const prev = out[out.length - 1];
    const before = tokens[s.first - 1];
    // "Maeve, Oisin and Tilly": the span closes a list that a name of its own opens
    const isList = prev !== undefined && before !== undefined && prev.last === s.first - 1 && before.post === ','
      && before.sentence === tokens[s.first].sentence;
    const after = tokens[s.last + 1];
    const isPlural = after !== undefined && after.sentence === end.sentence && end.post === '' && PLURAL_VERBS.has(after.lower);
    // ("NHS Wexmoor and Pellside": a body named after the two areas it covers, one of them a place the lists know and
    // each word a place's or unknown, not a known body and a place)
    const isAreaPair = and - s.first >= 2 && words.slice(1).every(t => t.lower === 'and' || isPlaceWord(t))
      && (isKnownPlace(tokens, s.first + 1, and - 1) || isKnownPlace(tokens, and + 1, s.last));
    const isKnown = (isOrgWord(tokens[s.first]) && !isAreaPair) || isOrgWord(tokens[and + 1]);
    // "the Dadaab and Kakuma refugee camps": a plural noun of places after them (one word may come between)
    const isPlaces = end.post === '' && [1, 2].some(k => isPlacesNoun(tokens[s.last + k], end.sentence))
      && isLowerWord(tokens[s.last + 1], end.sentence);
    if (isPlaces) {
      out.push({ first: s.first, last: and - 1, type: 'LOC' }, { first: and + 1, last: s.last, type: 'LOC' });
      continue;
    }
    if (!(isList || isPlural || isKnown)) {
      out.push(s);
      continue;
    }
    // "Niamh, Ronan and Frances": a list of people where a part is a given name ("Ford, Stellantis and Renault" keep theirs)
    const isPeople = isList && prev.type === 'PER' && words.some(t => isGivenNameTag(t.lexTag));
    const typeOf = (first: number, last: number): TaggedSpan['type'] =>
      isPeople || (first === last && isGivenNameTag(tokens[first].lexTag)) ? 'PER' : s.type;
    out.push({ first: s.first, last: and - 1, type: typeOf(s.first, and - 1) }, { first: and + 1, last: s.last, type: typeOf(and + 1, s.last) });
  }
  return out;
}

// Words the lexicon knows as a place's, a country's, a people's or a body's own name: their possessive names another
// thing ("Moscow's Bolshoi Theatre", "China's Foreign Ministry").
const OWN_NAME_TAG = /Country|City|Place|Region|Demonym|Organization|Person|Name/;

// A capitalised word the lexicon knows as a common noun, or a body's or a place's head: "Research", "University", "Cross".
const isCommonWord = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text)
  && ((t.lexTag !== undefined && /Noun|Singular|Plural|Uncountable|Actor/.test(t.lexTag)) || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower));

/**
 * "Queen's University Belfast", "King's Cross", "Alzheimer's Research UK": the tokens leave a possessive 's out of the
 * word, so the tagger reads two names of one class side by side ("Queen" + "University Belfast"). A one-word
 * possessor that is no place's, country's, people's or body's own name joins the body or place after it, of the same
 * class, when that name opens with a common noun or a head ("Research UK" alone is no charity's name; "Swat's
 * Biakand" stays two places). Not people ("Apple's Tim Cook"), not a country's or a city's possessive ("Moscow's Bolshoi Theatre"). Spans
 * stay sorted and disjoint.
 */
export function joinPossessiveSpans(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const owner = prev === undefined ? undefined : tokens[prev.last];
    const isJoined = prev !== undefined && owner !== undefined && prev.first === prev.last && prev.last + 1 === s.first
      && owner.isPossessive && owner.post === '' && owner.sentence === tokens[s.first].sentence && prev.type === s.type
      && (s.type === 'ORG' || s.type === 'LOC') && !(owner.lexTag !== undefined && OWN_NAME_TAG.test(owner.lexTag))
      && !isCountryWord(owner.text) && /^\p{Lu}\p{Ll}+$/u.test(owner.text) && isCommonWord(tokens[s.first]);
    if (isJoined) out[out.length - 1] = { ...prev, last: s.last };
    else out.push(s);
  }
  return out;
}

const QUOTE = /^['"‘’“”]$/u;

/**
 * 'Bernard "Bunny" Callaghan', 'Ismael "El Mayo" Zambada': a nickname in quotes inside a person's name is part of it, and so is the surname after
 * it, whatever the tagger made of it (a person of its own, or nothing). Spans stay sorted and disjoint.
 */
export function joinNicknames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // the nickname: one word in quotes, or up to three ('Ismael "El Mayo" Zambada')
    const from = s.last + 1;
    let to = from;
    while (to < from + 2 && tokens[to] !== undefined && tokens[to].post === '' && !QUOTE.test(tokens[to].post)) to++;
    const nickWords = tokens.slice(from, to + 1);
    const surname = tokens[to + 1];
    const isNick = s.type === 'PER' && nickWords.length > 0 && surname !== undefined && QUOTE.test(tokens[from].pre) && QUOTE.test(tokens[to].post)
      && nickWords.every(isNameWord) && nickWords.slice(1).every(t => t.pre === '') && tokens[s.last].post === '' && surname.pre === ''
      && surname.sentence === tokens[s.first].sentence && /^\p{Lu}\p{Ll}/u.test(surname.text) && !ORG_HEADS.has(surname.lower) && !PLACE_HEADS.has(surname.lower);
    // ("Robert" + "Bobby" + "Kline": the tagger's span of the nickname alone goes into the name too)
    const nickSpan = spans[k + 1]?.first === from && spans[k + 1].last <= to ? 1 : 0;
    const next = spans[k + 1 + nickSpan];
    if (!isNick || (next !== undefined && next.first <= to + 1 && (next.first !== to + 1 || next.type !== 'PER'))) {
      out.push(s);
      continue;
    }
    const isNextJoined = next !== undefined && next.first === to + 1;
    out.push({ first: s.first, last: isNextJoined ? next.last : to + 1, type: 'PER' });
    k += nickSpan + (isNextJoined ? 1 : 0);
  }
  return out;
}

// Words glued by a hyphen to a place's name that make it say where someone or something is from ("Oslo-based").
export const PLACE_TAILS: ReadonlySet<string> = new Set(['based', 'born', 'bred', 'raised', 'headquartered']);

/**
 * A name written with a hyphen, read by the tagger from a part of it: a capitalised common word glued before a person's
 * name makes a firm's or a thing's name ("Rolls-Royce", tagged as the person "Royce"), and a place's name glued to
 * "based" or "born" runs to the hyphen and is a place ("Porto Alegre-based" tagged as "Porto"). Spans stay sorted and
 * disjoint.
 */
export function joinHyphenatedFirms(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    const prev = tokens[s.first - 1];
    const isFirm = s.type === 'PER' && prev !== undefined && prev.post === '-' && prev.end + 1 === tokens[s.first].start
      && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && prev.lexTag !== undefined && /Noun|Singular|Plural|Uncountable/.test(prev.lexTag)
      && !isCountryWord(prev.text) && !COMBINING_FORMS.has(prev.text) && (k === 0 || spans[k - 1].last < s.first - 1);
    if (isFirm) return { first: s.first - 1, last: s.last, type: 'ORG' };
    let last = s.last;
    const limit = k + 1 < spans.length ? spans[k + 1].first : tokens.length;
    while (last + 1 < limit && tokens[last].post === '' && isNameWord(tokens[last + 1]) && tokens[last + 1].sentence === tokens[s.first].sentence
      && tokens[last].post !== '-' && last - s.first < 3) last++;
    const tail = tokens[last + 1];
    const isPlace = tokens[last].post === '-' && tail !== undefined && PLACE_TAILS.has(tail.lower) && tokens[last].end + 1 === tail.start;
    return isPlace && s.type !== 'GPE' ? { first: s.first, last, type: 'LOC' } : s;
  });
}

// Peerages written "Lord Smith of Ashford": the title, the name, then "of" and the place of the title.
const PEERAGES = new Set(['Lord', 'Baroness', 'Baron', 'Lady', 'Viscount', 'Viscountess']);
// Members of a house named by a word before them that is their bench or party, not a person ("Crossbench peer").
const BENCH_MEMBERS = new Set(['peer', 'peers', 'backbencher', 'backbenchers', 'frontbencher', 'grandee']);

/**
 * "Crossbench peer Lord Pennant of Ashcombe": a peer's name runs through "of" and the place of the title ("Pennant"
 * and the place "Ashcombe" were two names), and the one word before "peer" names a bench, not a person. Spans stay
 * sorted and disjoint.
 */
export function joinPeerages(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const after = tokens[s.last + 1];
    if (s.type === 'PER' && s.first === s.last && after !== undefined && BENCH_MEMBERS.has(after.text) && tokens[s.last].post === '') continue;
    const title = tokens[s.first - 1];
    const place = tokens[s.last + 2];
    const isPeer = s.type === 'PER' && title !== undefined && PEERAGES.has(title.text) && title.post === '' && after?.text === 'of'
      && tokens[s.last].post === '' && after.post === '' && place !== undefined && place.sentence === after.sentence && /^\p{Lu}\p{Ll}/u.test(place.text);
    if (!isPeer) {
      out.push(s);
      continue;
    }
    let last = s.last + 2;
    while (tokens[last].post === '' && tokens[last + 1]?.sentence === place.sentence && /^\p{Lu}\p{Ll}/u.test(tokens[last + 1].text) && last < s.last + 3) last++;
    while (k + 1 < spans.length && spans[k + 1].first <= last) {
      last = Math.max(last, spans[k + 1].last);
      k++;
    }
    out.push({ first: s.first, last, type: 'PER' });
  }
  return out;
}


// "St", "Ste", "St.": Saint written short, which opens the name after it.
const SAINT = /^(?:St|Ste|St\.|Ste\.)$/;

/**
 * A name cut after "St" or "Ste" (Saint written short), at the abbreviation's period or at a possessive: "St" +
 * "James' Park", "Sault Ste" + "Marie". The tagger's two spans are one name: a place, unless both halves were read
 * as a body and the name does not end as a place's does. Spans stay sorted and disjoint.
 */
export function joinSaintNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const saint = prev ? tokens[prev.last] : undefined;
    // (the sentence splitter may end a sentence at "Ste.": the next word, right after it, still belongs to it)
    if (prev && saint && s.first === prev.last + 1 && SAINT.test(saint.text) && /^\.?$/.test(saint.post)
      && tokens[s.first].start - saint.end <= 2 && /^\p{Lu}/u.test(tokens[s.first].text)) {
      const isBody = prev.type === 'ORG' && s.type === 'ORG' && !PLACE_HEADS.has(tokens[s.last].lower);
      out[out.length - 1] = { first: prev.first, last: s.last, type: isBody ? 'ORG' : 'LOC' };
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * "the third round of the Dubai Desert Classic", "Spain won the Davis Cup": a name the tagger ended right before the
 * capitalised last word of a competition's or a prize's name (`isThingHead`) takes it in, so the whole is read as
 * the event it is, and no place or person. Not in a headline in title case, where every word is capitalised. Spans
 * stay sorted and disjoint.
 */
export function joinThingHeads(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    const next = tokens[s.last + 1];
    const isCut = next !== undefined && !next.isFirst && tokens[s.last].post === '' && /^\p{Lu}\p{Ll}+$/u.test(next.text)
      && isThingHead(next.lower) && spans[k + 1]?.first !== s.last + 1 && !isHeadlineCase(tokens, next.sentence);
    return isCut ? { first: s.first, last: s.last + 1, type: s.type } : s;
  });
}
