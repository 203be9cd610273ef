import { CONTEXT_RULES, SAFE_AFTER } from '../countries/contextRules';
import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { placeKind } from '../places/knownPlaces';
import { isBreakAfter } from './features';
import { isGroundName } from './grounds';
import { HONORIFICS, ORG_HEADS, PLACE_HEADS, ROLE_WORDS } from './lexicons';
import { RANK_TITLES } from './rules';
import type { TaggedSpan } from './tagger';
import { COMBINING_FORMS, isListedGivenName } from './listedGivenNames';
import { isGivenNameTag, type Token } from './tokens';

/**
 * Personal names the tagger cut in two or mistyped: a known given name left outside a surname it tagged ("Mark" + "Hamill"
 * in "Stan Lee, Mark Hamill, and Margaret Atwood"), and a surname left outside a given name it tagged ("Johnnie"
 * + "Christmas"), and dotted initials with a surname typed as a body ("O.J. Simpson"). Reads only the words next to
 * one-word person spans and the words of spans that open with initials.
 */

const GIVEN_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);
// Classes of words that are no surname after a given name: a place, a body, a date, a word of speech
// ("Johnnie Christmas" is a name; "Mark Paris" too, but "John Tuesday" and "Anna Said" are not).
const NOT_SURNAME_TAG = /Organization|Country|Region|Demonym|Date|Month|WeekDay|Holiday|Verb|Tense|Pronoun|Preposition|Conjunction|Determiner|Adverb|Copula|Modal/;
// Days and months: "Tuesday", "May" (a feast such as "Christmas" can be a surname: "Johnnie Christmas").
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'yesterday', 'tomorrow']);

const isCapitalisedWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text);
/** A given name: the lexicon's, or one it does not know that the list of given names holds ("Rohit", "Kwabena"); no day or month. */
export const isGiven = (t: Token): boolean => ((t.lexTag !== undefined && GIVEN_TAGS.has(t.lexTag)) || (t.lexTag === undefined && isListedGivenName(t.text))) && !DATE_WORDS.has(t.lower);
// Only a space between the two words, in one sentence: no comma, bracket, quote or dash joins a name.
const isTight = (a: Token, b: Token): boolean => a.post === '' && b.pre === '' && !a.isPossessive && a.sentence === b.sentence && !isBreakAfter(a, b);
// "the chair, Florence Adeyemi-Grant," "South Africa's Thabo Mokoena": a word the lexicon does not know, or knows only as
// a proper noun, right before a surname the tagger found, inside a sentence, is the given name it left out.
// A word with an adjective's, a participle's or a plural's ending is none ("Islamic Jihad", "Federated Shan",
// "Songwriters Hall"), nor is a title glued to a word ("President-elect Obama").
const isUnknownGiven = (t: Token): boolean => !t.isFirst && (t.lexTag === undefined || t.lexTag === 'ProperNoun') && isPlainWord(t)
  && !RANK_TITLES.has(t.text) && !HONORIFICS.has(t.lower) && !ROLE_WORDS.has(t.lower.split('-')[0]) && !/(?:ic|ed|ing|s|al|ive|ous|ary)$/.test(t.lower);
const isPlainWord = (t: Token): boolean => !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !ROLE_WORDS.has(t.lower)
  && !isCountryWord(t.text) && !isDemonymWord(t.text) && !DATE_WORDS.has(t.lower);

/**
 * Mends one-word person spans of the tagger: a known given name (the lexicon's or the list's: `isListedGivenName`) right
 * before one ("Mark Hamill", "Enver Solomon" opening a sentence), or a word inside the
 * sentence the lexicon does not know ("Thabo Mokoena", "Florence Adeyemi-Grant"), is taken in,
 * and so is a capitalised word right after a one-word span that is a known given name, when that word is no
 * place, body, title, date or word of speech ("Johnnie Christmas", "Helmut Newton" where the lexicon knows
 * "Helmut"). Words already in another span are left alone. Spans stay sorted and disjoint.
 */
export function joinGivenNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'PER' && s.type !== 'GPE' && isInitialledName(tokens, s.first, s.last)) {
      out.push({ ...s, type: 'PER' });
      continue;
    }
    // "Adeyemi-Grant": a surname written with a hyphen is one word of the name
    const isOneWord = tokens.slice(s.first, s.last).every(t => t.post === '-');
    // "Jassim" + "Mohammed Albudaiwi": a given name the tagger left out before a person's name that opens with another
    const before2 = tokens[s.first - 1];
    if (s.type === 'PER' && s.last === s.first + 1 && tokens[s.first].post === '' && isGiven(tokens[s.first]) && isCapitalisedWord(before2)
      && s.first - 1 > (out.length > 0 ? out[out.length - 1].last : -1) && isGiven(before2) && isTight(before2, tokens[s.first])) {
      out.push({ first: s.first - 1, last: s.last, type: 'PER' });
      continue;
    }
    if (s.type !== 'PER' || !isOneWord) {
      out.push(s);
      continue;
    }
    let first = s.first;
    let last = s.last;
    const before = tokens[first - 1];
    const prevLast = out.length > 0 ? out[out.length - 1].last : -1;
    // "Mark Hamill": the given name the tagger left out, not the sentence's first word unless a name follows it
    if (isCapitalisedWord(before) && first - 1 > prevLast && (isGiven(before) || isUnknownGiven(before)) && isTight(before, tokens[first])
      && isPlainWord(tokens[first])) first--;
    // "from Kenichiro Yoshida": a given name the tagger read as a place or a body of its own, right before the surname,
    // where no list knows the word as a place
    else if (prevLast === first - 1 && isCapitalisedWord(before) && out[out.length - 1].first === first - 1 && out[out.length - 1].type !== 'PER'
      && out[out.length - 1].type !== 'GPE' && (isGiven(before) || isUnknownGiven(before)) && placeKind(before.text) === undefined
      && isTight(before, tokens[first]) && isPlainWord(tokens[first])) {
      out.pop();
      first--;
    }
    const after = tokens[last + 1];
    const nextFirst = k + 1 < spans.length ? spans[k + 1].first : tokens.length;
    if (first === last && isGiven(tokens[first]) && isCapitalisedWord(after) && last + 1 < nextFirst && isTight(tokens[last], after)
      && isPlainWord(after) && !(after.lexTag !== undefined && NOT_SURNAME_TAG.test(after.lexTag))) last++;
    out.push(first === s.first && last === s.last ? s : { first, last, type: 'PER' });
  }
  return out;
}

// Dotted initials that are a country's or a body's: "U.S.", "U.N.", "E.U.", "A.U.".
const BODY_INITIALS = /^(?:U\.[NSK]\.?|E\.U\.|A\.U\.|U\.S\.A\.)$/;

/**
 * Whether the span `[first, last]` is dotted initials and one or two name words ("O.J. Simpson", "K.C. Maurer"): a
 * person's name, whatever class the tagger gave it, unless the initials are a country's or a body's ("U.S. Army")
 * or a word after them heads a body or a place or is known as one.
 */
function isInitialledName(tokens: readonly Token[], first: number, last: number): boolean {
  const initials = tokens[first];
  if (last - first < 1 || last - first > 2 || !/^(?:\p{Lu}\.){2,3}$/u.test(initials.text) || BODY_INITIALS.test(initials.text)) return false;
  if (isCountryWord(initials.text) || (initials.lexTag !== undefined && /Organization|Country|Place/.test(initials.lexTag))) return false;
  for (let i = first + 1; i <= last; i++) {
    const t = tokens[i];
    if (!isCapitalisedWord(t) || !isPlainWord(t) || (t.lexTag !== undefined && /Organization|Country|City|Region|Place/.test(t.lexTag))) return false;
  }
  return true;
}

/**
 * People whose given name is a country's name or a people's ("Jordan Henderson", "Georgia Stanway", "Israel Adesanya",
 * "Finn Russell"): the gazetteer reads the first word as the country, and the tagger the two words as a place or an
 * organisation. Two capitalised words, the first of `GIVEN_COUNTRY_NAMES`, the second a surname: a word the lexicon
 * knows only as a name or does not know, no country's, no head of a body's, a place's or a ground's name ("Georgia
 * Dome"), and none of the words
 * that may follow a country ("Jordan Times", "Israel Radio", "Chad President", "India Today" stay as they are).
 */

// Countries' and peoples' names that are given names too: those the gazetteer reads as a country only without a surname
// after them (countries/contextRules.ts: "Jordan", "Chad", "Georgia", "Holland"), and those it always reads as one.
const GIVEN_COUNTRY_NAMES: ReadonlySet<string> = new Set([
  ...CONTEXT_RULES.filter(r => r.checks.includes('surnameAfter')).map(r => r.text), 'Israel', 'Finn', 'India', 'Kenya', 'America']);

const isSurnameTag = (tag: string | undefined): boolean => tag === undefined || tag === 'LastName' || tag === 'Person' || isGivenNameTag(tag);

/** Whether tokens `[first, last]` are a person named with a country's name as the given name (see the file's note). */
export function isCountryGivenName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last !== first + 1) return false;
  const [given, surname] = [tokens[first], tokens[last]];
  return GIVEN_COUNTRY_NAMES.has(given.text) && given.post === '' && !given.isPossessive && /^\p{Lu}\p{Ll}+$/u.test(surname.text)
    && isSurnameTag(surname.lexTag) && !SAFE_AFTER.has(surname.text) && !isCountryWord(surname.text)
    && !ORG_HEADS.has(surname.lower) && !PLACE_HEADS.has(surname.lower) && !isGroundName(`${given.text} ${surname.text}`);
}

/** The tagger's two-word spans that name a person by a country's name (`isCountryGivenName`) are people. */
export function typeCountryGivenNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => (s.type !== 'PER' && isCountryGivenName(tokens, s.first, s.last) ? { ...s, type: 'PER' } : s));
}

/** First parts of compounds, not of names (kept in listedGivenNames.ts, which the list of given names reads too). */
export { COMBINING_FORMS } from './listedGivenNames';

/**
 * "Jan-Lennard Struff", "Hans-Peter Friedrich": a capitalised first part of a given name glued by a hyphen before a
 * person the tagger found from the second part is part of that person's name: a given name or a word the lexicon does
 * not know ("Jan", a month's abbreviation too, is one), no country's, people's or body's word and no combining form
 * (`COMBINING_FORMS`: "Indo-Aryan", "Saint-Denis"). Spans stay sorted and disjoint.
 */
export function joinHyphenatedGivenNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, k) => {
    const prev = tokens[s.first - 1];
    const isGlued = s.type === 'PER' && prev !== undefined && prev.post === '-' && prev.end + 1 === tokens[s.first].start
      && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && /^\p{Lu}/u.test(tokens[s.first].text) && !isCountryWord(prev.text) && !isDemonymWord(prev.text)
      && (prev.lexTag === undefined || isGivenNameTag(prev.lexTag) || prev.text === 'Jan') && !COMBINING_FORMS.has(prev.text)
      && !ORG_HEADS.has(prev.lower) && !PLACE_HEADS.has(prev.lower) && (k === 0 || spans[k - 1].last < s.first - 1);
    return isGlued ? { ...s, first: s.first - 1 } : s;
  });
}
