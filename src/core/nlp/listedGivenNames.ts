import { isCountryWord, isDemonymWord } from '../countries/resolver';
import { placeKind, sortedHas } from '../places/knownPlaces';
import { memoByString } from '../text/memoByString';
import { isCompanyContext, isCompanyNounWord } from './companyRules';
import { lexiconTag } from './engine';
import { isBreakAfter } from './features';
import { GIVEN_NAMES } from './generated/givenNameList';
import { isGroundHead } from './grounds';
import { ORG_HEADS, PLACE_HEADS } from './lexicons';
import { isFacilityWord, SURNAME_PARTICLES } from './names';
import type { TaggedSpan } from './tagger';
import { isGivenNameTag, type Token } from './tokens';

/**
 * People the tagger typed as a body or a place because compromise's lexicon, mostly English, does not know their given
 * name ("Callum Thewlis" read as a body, "Rohit Malhotra" as a place). The evidence is a list of given names of many
 * languages (scripts/genGivenNames.mjs, from @faker-js/faker's locales), without the names that are English words,
 * countries or places ("Hope", "May", "Jordan", "Chelsea", "Florence").
 */

/** First parts of compounds, not of names: "Indo-Aryan", "Sino-Soviet", "Saint-Denis" (nor "Santa Marta", "Neo Democrats"). */
export const COMBINING_FORMS: ReadonlySet<string> = new Set(['Indo', 'Anglo', 'Afro', 'Euro', 'Sino', 'Franco', 'Russo', 'Greco', 'Austro', 'Pan', 'Neo', 'Saint',
  'Sainte', 'San', 'Santa']);

/**
 * Whether `word`, as written, is a listed given name ("Callum", "Rohit", "Ama"): in the generated list (or, accented,
 * its unaccented spelling is: "Seán") and no head word of a body's or a place's name. Case-sensitive; "" gives false.
 * Remembered by word: it is asked of the same words again and again.
 */
export const isListedGivenName: (word: string) => boolean = memoByString(readListedGivenName);

function readListedGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  if (ORG_HEADS.has(lower) || PLACE_HEADS.has(lower)) return false;
  if (sortedHas(GIVEN_NAMES, word)) return true;
  // "Seán", "Sinéad", "Oisín": an accented spelling of a name the list holds without its accents
  const plain = foldAccents(word);
  return plain !== word && sortedHas(GIVEN_NAMES, plain);
}

/** `word` without its accents ("Seán" -> "Sean"); a word without any comes back as it is. */
export const foldAccents = (word: string): string => (/[^\x00-\x7F]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word);

/** Whether `word` is a given name the lexicon or the lists know ("George", "Charles", "Seán"). */
export const isGivenNameWord = (word: string): boolean => isGivenNameTag(lexiconTag(word.toLowerCase())) || isListedGivenName(word);

/** Whether token `t` is a given name by its lexicon tag or the lists ("Andy", "Callum", "Jeļena"). */
export const isGivenNameToken = (t: Token): boolean => isGivenNameTag(t.lexTag) || isListedGivenName(t.text);

// Irish surnames' particles, and their mutated first letters after them: "Niamh Ó Dálaigh", "Seosamh Ó hÉanaí", "Orla
// Mac Giolla Bhríde", "Máire Ní Bhraonáin".
const IRISH_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Mac', 'Mhic', 'Uí', 'Ua']);
const isMutated = (t: Token): boolean => /^[hnt]\p{Lu}\p{Ll}/u.test(t.text);

// Words that say the paragraph speaks of a firm: "Fenwick Hale shares fell", "its branches", "the agency", "Tarrant Ltd".
// A firm named after its founder keeps the type the tagger gave it there.
const FIRM_CUES = new Set(['shares', 'shareholders', 'branches', 'stores', 'shops', 'outlets', 'agency', 'agents', 'firm',
  'company', 'plc', 'ltd', 'llp', 'inc', 'chain', 'brand', 'retailer', 'bookmaker', 'bookmakers', 'franchise', 'solicitors']);

// Words before a place's name, not a person's: "in Musa Qala" (not "to" or "from": "spoke to Rohit Malhotra").
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'outside', 'inside', 'across', 'around', 'via']);

// A surname as written: "Thewlis", "McAllister", "O'Neill" (and each part of "Owusu-Bright").
const SURNAME = /^\p{Lu}[\p{L}'’]*\p{Ll}$/u;

/** Whether the token is a capitalised word that may be a surname: no head word ("Halle Open"), firm word, country or listed place. */
function isSurnameWord(t: Token): boolean {
  return SURNAME.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !isGroundHead(t.lower) && !isFacilityWord(t.lower) && !isCompanyNounWord(t.text)
    && !isCountryWord(t.text) && !isDemonymWord(t.text) && placeKind(t.text) === undefined
    && !(t.lexTag !== undefined && /Organization|Country|Region|City|Place|Demonym|Date|Month|WeekDay|Verb|Pronoun|Preposition|Determiner/.test(t.lexTag));
}

/**
 * Whether tokens `[first, last]` are a person's name by a listed given name: two or three words, the first a listed
 * given name, the others surnames (`isSurnameWord`; a hyphenated surname is one word: "Ama Owusu-Bright"), the whole
 * no listed place, with no space or punctuation inside save a surname's hyphens.
 */
export function isListedGivenNameSpan(tokens: readonly Token[], first: number, last: number): boolean {
  // ("San Andres", "Santa Marta": a word that opens places' names)
  if (!isListedGivenName(tokens[first].text) || COMBINING_FORMS.has(tokens[first].text)) return false;
  let words = 1;
  for (let i = first + 1; i <= last; i++) {
    const [a, t] = [tokens[i - 1], tokens[i]];
    const isGap = a.post === '' && t.pre === '' && !a.isPossessive && a.sentence === t.sentence && !isBreakAfter(a, t);
    // a particle between the given name and the surname is no word of its own ("Ó", "Mac"), and a mutated word after it is one
    const isParticle = IRISH_PARTICLES.has(t.text) && i > first && i < last;
    const isAfterParticle = IRISH_PARTICLES.has(a.text) && i > first + 1 && isMutated(t);
    // "Bashar al-Assad", "Yusuf bin-Hamad": a particle glued by a hyphen to the surname opens it
    const isGluedParticle = SURNAME_PARTICLES.has(t.text) && t.post === '-' && i < last && /^\p{Lu}/u.test(tokens[i + 1].text);
    if (!(isSurnameWord(t) || isParticle || isAfterParticle || isGluedParticle) || !(isGap || (a.post === '-' && i > first + 1))) return false;
    if (a.post !== '-' && !isParticle) words++;
  }
  const name = tokens.slice(first, last + 1).map(t => t.text).join(' ');
  return words >= 2 && words <= 3 && placeKind(name) === undefined;
}

/**
 * A step over the tagger's spans (spanSteps.ts): a body's or a place's span that is a person by its listed given name
 * (`isListedGivenNameSpan`: "Callum Thewlis", "Rohit Malhotra") is a person, unless "the" stands before it ("the Musa
 * Qala district", "the Colt Cobra revolver"), a place's span follows a preposition of place ("in Kani Wam"), its
 * paragraph speaks of a firm (`FIRM_CUES`: "Marlow Kemp, the estate agents, ... its branches") or the words around it
 * call it a company ("Marlow Kemp spokesman"). A lone given name keeps its type: places are named so as often ("Foca",
 * "Crawford"). Same order and bounds; no spans give [].
 */
export function typeListedGivenNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  let isFirmTalk: boolean | undefined;
  const isPerson = (s: TaggedSpan, isPersonAfter = false): boolean => {
    const before = tokens[s.first - 1]?.lower;
    // ("steered in Kevin Nisbet's low cross": a person's possessive after "in" is no place)
    if (before === 'the' || (s.type === 'LOC' && !isPersonAfter && before !== undefined && PLACE_PREPOSITIONS.has(before) && !tokens[s.last].isPossessive)) return false;
    isFirmTalk ??= tokens.some(t => FIRM_CUES.has(t.lower));
    return !isFirmTalk && !isCompanyContext(tokens, s.first, s.last);
  };
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // "Callum" + "Hudson-Odoi", "Neco" + "Williams": a lone listed given name the tagger read as a place or a body, right
    // before the next span, opens one person's name with it
    // (the next read as a person, or spelt like one; "Hudson-" before the tagger's "Odoi" goes with them)
    const next = spans[k + 1];
    const given = tokens[s.first];
    const isHyphenBetween = next !== undefined && next.first === s.last + 2 && tokens[s.last + 1].post === '-' && /^\p{Lu}\p{Ll}/u.test(tokens[s.last + 1].text);
    const isNext = next !== undefined && (next.first === s.last + 1 || isHyphenBetween) && given.post === '' && tokens[s.last + 1].pre === '' && !given.isPossessive
      && given.sentence === tokens[next.last].sentence;
    if (s.first === s.last && s.type !== 'PER' && isNext && next.type !== 'GPE' && !COMBINING_FORMS.has(given.text)
      && (next.type === 'PER' ? isListedGivenName(given.text) : isListedGivenNameSpan(tokens, s.first, next.last))) {
      const joined: TaggedSpan = { first: s.first, last: next.last, type: s.type };
      if (isPerson(joined, next.type === 'PER')) {
        out.push({ ...joined, type: 'PER' });
        k++;
        continue;
      }
    }
    if ((s.type !== 'ORG' && s.type !== 'LOC') || !isListedGivenNameSpan(tokens, s.first, s.last)) out.push(s);
    else out.push(isPerson(s) ? { ...s, type: 'PER' } : s);
  }
  return out;
}
