import { isCountryWord } from '../countries/resolver';
import { ORG_HEADS, PLACE_HEADS, ROLE_WORDS } from './lexicons';
import type { TaggedSpan } from './tagger';
import { isGivenNameTag, type Token } from './tokens';

/**
 * Passes over the tagger's spans that mend how personal names are written: initials ("Jonathan M. Stan",
 * "L. Ron Hubbard", "George W. Bush"), hyphenated given names written with capitals ("Kim Min-Woo", "Park
 * Joo-Ho"), and names the tagger took for organisations ("Tom Cruise", "Axel Witsel").
 */

// "M." (the tokenizer keeps the period apart) or "O.J.", "K.C."
const isInitial = (t: Token | undefined): boolean =>
  t !== undefined && ((/^\p{Lu}$/u.test(t.text) && /^\./.test(t.post)) || /^(?:\p{Lu}\.){1,3}$/u.test(t.text));
const isNameWord = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}[\p{Ll}'’]/u.test(t.text);
const BRACKET = /[()[\]]/;
// Two tokens side by side, one space or one mark between them at most, and no bracket: "Arwel Thomas (Bristol)" is no
// "Thomas Bristol".
const isClose = (a: Token, b: Token): boolean => b.start - a.end <= 2 && !BRACKET.test(a.post) && !BRACKET.test(b.pre);

/**
 * Joins a span that ends with an initial to the name words after it, taking in the tagger's next span when it
 * starts there ("Jonathan M" + "Stan", "L" + "Ron Hubbard"): one person. Spans stay sorted and disjoint.
 */
export function joinInitials(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    let last = s.last;
    // a person's name, or initials alone before one ("L." + "Ron Hubbard"); never a country ("U.S.", "U.N.")
    // a given name before the initial, whatever type the tagger gave it ("Jonathan M" read as a place + "Stan")
    const isName = s.type === 'PER' || tokens.slice(s.first, s.last + 1).every(isInitial)
      || (s.last > s.first && isGivenNameTag(tokens[s.first].lexTag) && isInitial(tokens[s.last]));
    if (!isName || tokens.slice(s.first, s.last + 1).some(t => isCountryWord(t.text) || /^U\.[NS]\.?$/.test(t.text))) {
      out.push(s);
      continue;
    }
    while (isInitial(tokens[last]) && (isNameWord(tokens[last + 1]) || isInitial(tokens[last + 1])) && isClose(tokens[last], tokens[last + 1])) last++;
    if (last === s.last) {
      out.push(s);
      continue;
    }
    // take in the words of the name that follow, or the next span if it starts inside
    while (isNameWord(tokens[last + 1]) && !ROLE_WORDS.has(tokens[last + 1].lower) && !/[,;:()]/.test(tokens[last].post)
      && !(/\./.test(tokens[last].post) && !isInitial(tokens[last])) && isClose(tokens[last], tokens[last + 1]) && last - s.first < 4) last++;
    while (k + 1 < spans.length && spans[k + 1].first <= last + 1 && spans[k + 1].first > s.last) {
      if (spans[k + 1].first === last + 1 && !isNameWord(tokens[spans[k + 1].first])) break;
      last = Math.max(last, spans[k + 1].last);
      k++;
    }
    out.push({ first: s.first, last, type: 'PER' });
  }
  return out;
}

/**
 * "Kim Min-Woo", "Park Joo-Ho", "Hwang Hee-Chan": a short family name and a two-part given name joined by a
 * hyphen, each part capitalised and short, are one person, whatever the tagger made of the parts; after a common
 * Korean or Chinese family name, even where the tagger found nothing ("Kwok Wai-keung"). Spans stay sorted and disjoint.
 */
export function joinHyphenatedNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const short = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}{1,4}$/u.test(t.text);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const a = s.first;
    const isPattern = short(tokens[a]) && short(tokens[a + 1]) && tokens[a + 1].post === '-' && short(tokens[a + 2])
      && tokens[a].sentence === tokens[a + 2].sentence && isClose(tokens[a], tokens[a + 1]) && s.last <= a + 2
      && !isCountryWord(tokens[a].text) && !ORG_HEADS.has(tokens[a].lower) && !PLACE_HEADS.has(tokens[a].lower)
      && !NAME_PARTICLES.has(tokens[a].lower) && !NAME_PARTICLES.has(tokens[a + 1].lower);
    if (!isPattern) {
      out.push(s);
      continue;
    }
    while (k + 1 < spans.length && spans[k + 1].first <= a + 2) k++;
    out.push({ first: a, last: Math.max(a + 2, spans[k].last), type: 'PER' });
  }
  // "was replaced by Kim Min-Woo", "Kwok Wai-keung": the pattern after a common Korean or Chinese family name is a
  // person where the tagger found nothing or only a part of it
  let result = out;
  for (let a = 0; a + 2 < tokens.length; a++) {
    const [family, given, rest] = [tokens[a], tokens[a + 1], tokens[a + 2]];
    if (!EAST_ASIAN_FAMILY_NAMES.has(family.text) || !/^\p{Lu}\p{Ll}{1,5}$/u.test(given.text) || given.post !== '-') continue;
    if (!/^\p{L}\p{Ll}{1,5}$/u.test(rest.text) || family.sentence !== rest.sentence || !isClose(family, given) || rest.start - given.end !== 1) continue;
    const meets = result.filter(x => x.first <= a + 2 && a <= x.last);
    if (meets.some(x => x.first < a || x.last > a + 2 || x.type === 'PER')) continue;
    result = [...result.filter(x => !meets.includes(x)), { first: a, last: a + 2, type: 'PER' as const }].sort((x, y) => x.first - y.first);
    a += 2;
  }
  return result;
}

// Common Korean and Chinese family names, as romanised in English-language news ("Kim Min-Woo", "Lee Cheuk-yan").
const EAST_ASIAN_FAMILY_NAMES = new Set(['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Chung', 'Kang', 'Cho', 'Yoon', 'Jang',
  'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Moon', 'Yang', 'Ko', 'Bae', 'Baek',
  'Chan', 'Wong', 'Leung', 'Cheung', 'Lau', 'Lam', 'Ho', 'Ng', 'Chow', 'Tsang', 'Kwok', 'Chiu', 'Yip', 'Tang', 'Fung',
  'Shiu', 'Yiu', 'Mak', 'Lo', 'Liu', 'Chen', 'Wang', 'Zhang', 'Li', 'Lin', 'Huang', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma',
  'Zhu', 'Hu', 'Guo', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian',
  'Dong', 'Yuan', 'Pan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao',
  'Kwan', 'Tse', 'Yeung', 'Au', 'Choy', 'Chu', 'Fan', 'Hui', 'Kong', 'Kwong', 'Lai', 'Law', 'Leong', 'Siu', 'Tam',
  'Tong', 'Tsui', 'Wan', 'Wai', 'Yau', 'Yim', 'Nguyen', 'Tran', 'Pham', 'Hoang', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui']);

/** Lower-case words inside people's names ("Osama bin Laden", "Ursula von der Leyen", "Rhun ap Iorwerth"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ap', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'dos', 'la', 'le', 'y', 'ul', 'ud', 'ter']);
// A place's noun before a particle in French, Spanish or Italian names: "Col de la Madeleine", "Lago di Garda".
const PLACE_NOUNS: ReadonlySet<string> = new Set(['Col', 'Mont', 'Pic', 'Lac', 'Rue', 'Pont', 'Place', 'Porte', 'Puerto',
  'Río', 'Monte', 'Isla', 'Lago', 'Piazza', 'Ponte', 'Sierra', 'Cerro', 'Bois', 'Côte', 'Alpe', 'Plateau', 'Val', 'Vallée']);
// Particles that are also another tongue's articles or "and": a surname's only when another particle goes with them ("de la Hoya").
const LOOSE_PARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'el', 'y', 'al']);
/** Whether `text` is a particle elided before its name's word, written as one word with it: "d'Huez", "d'Estaing". */
export const isElidedParticle = (text: string): boolean => /^d['’]\p{Lu}/u.test(text);
// Words that start names of places and feasts more often than people's ("Abu Ghraib", "Eid Al-Adha").
const NAME_PARTICLES: ReadonlySet<string> = new Set(['abu', 'al', 'el', 'bin', 'ibn', 'eid', 'san', 'santa', 'saint', 'st', 'st.']);
// Buildings and venues named after people: "Christopher Hotel", "Charles De Gaulle Airport".
const FACILITIES: ReadonlySet<string> = new Set(['hotel', 'hospital', 'airport', 'prison', 'stadium', 'museum', 'gallery',
  'station', 'bridge', 'tower', 'hall', 'theatre', 'theater', 'arena', 'park', 'square', 'gaulle', 'memorial',
  // and events: "Monte Carlo Rally"
  'rally', 'cup', 'open', 'prize', 'award', 'awards', 'games', 'festival', 'marathon', 'classic', 'trophy']);

/** Whether `lower`, a lower-case word, is the head of a building's, a venue's or an event's name ("Hotel", "Open"). */
export const isFacilityWord = (lower: string): boolean => FACILITIES.has(lower);

/**
 * Whether an "organisation" of two or three words is a person's name: it starts with a known first name and
 * every word is a name word, none an organisation or place noun, a title or a country ("Tom Cruise", "Axel
 * Witsel"; not "Morgan Stanley" when the lexicon knows the firm, nor "Ford Motor Company").
 */
export function isPersonalName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last === first || last - first > 2) return false;
  const tag = tokens[first].lexTag;
  if (!isGivenNameTag(tag) || NAME_PARTICLES.has(tokens[first].lower)) return false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!isNameWord(t) || FACILITIES.has(t.lower) || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || ROLE_WORDS.has(t.lower) || isCountryWord(t.text)) return false;
    if (i > first && t.lexTag && /Organization|Place|City|Country|Region/.test(t.lexTag)) return false;
  }
  return true;
}

/**
 * "Claire" + "Moody": a first name alone, tagged a person, directly followed by a name of one or two words that
 * the tagger put in another class, is one person's name (unless that name is a country or holds an
 * organisation or place noun); so is a person's name the tagger began with a given name it read as a place ("Darwin" + "Nunez").
 */
export function joinFirstNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    const tag = tokens[s.first].lexTag;
    const isFirstNameAlone = s.type === 'PER' && s.first === s.last && isGivenNameTag(tag);
    const fits = next !== undefined && next.type !== 'PER' && next.type !== 'GPE' && next.first === s.last + 1 && next.last - next.first <= 1
      && isClose(tokens[s.last], tokens[next.first]) && !/[,;:()]/.test(tokens[s.last].post) && tokens[s.last].sentence === tokens[next.first].sentence
      && tokens.slice(next.first, next.last + 1).every(t => isNameWord(t) && !isCountryWord(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower));
    // "Darwin" + "Nunez": a one-word name the lexicon knows as a person's, read as a place or a body, directly before
    // a person's name of one or two words, is that person's given name
    const isGivenNameBeforePerson = s.type !== 'PER' && s.type !== 'GPE' && s.first === s.last && tag !== undefined
      && (isGivenNameTag(tag) || tag === 'Person') && next !== undefined && next.type === 'PER' && next.first === s.last + 1
      && next.last - next.first <= 1 && isClose(tokens[s.last], tokens[next.first]) && tokens[s.last].post === ''
      && tokens[s.last].sentence === tokens[next.first].sentence;
    if ((isFirstNameAlone && fits) || isGivenNameBeforePerson) {
      out.push({ first: s.first, last: next.last, type: 'PER' });
      k++;
    } else out.push(s);
  }
  return out;
}

/**
 * Names written with a particle in lower case, which the tagger cuts at it: the words before and after the particles
 * join the span ("Duhan" + "van der Merwe", "de France" after "Stade", "Alpe" + "d'Huez"). A span that starts with a
 * particle takes in the capitalised word right before it; a span followed by particles and a capitalised word takes
 * them in, with the tagger's next span if it starts there. The span keeps its type. Spans stay sorted and disjoint.
 */
export function joinParticleNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const isParticle = (i: number): boolean => i >= 0 && i < tokens.length && /^\p{Ll}/u.test(tokens[i].text)
    && (SURNAME_PARTICLES.has(tokens[i].lower) || isElidedParticle(tokens[i].text));
  const joins = (a: number, b: number): boolean => b < tokens.length && a >= 0 && tokens[a].sentence === tokens[b].sentence
    && tokens[a].post.trim() === '' && isClose(tokens[a], tokens[b]);
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let { first, last, type } = s;
    // "Stade" + "de France": one capitalised word before a leading particle, where no span ends
    const prev = out[out.length - 1];
    // (no word of grammar, verb or adjective: "And al-Jazeera", "Suspected al-Qaida"; a noun may: "Tour de France")
    const before = tokens[first - 1];
    if (isParticle(first) && isNameWord(before) && !/Determiner|Conjunction|Preposition|Pronoun|Adverb|Verb|Tense|Adjective|Participle/.test(before?.lexTag ?? '')
      && joins(first - 1, first) && (!prev || prev.last < first - 1)) first--;
    // "Ursula" + "von der" + "Leyen" where the tagger read only the surname: the given name before the particles
    let given = first - 1;
    while (isParticle(given) && joins(given, given + 1)) given--;
    if (s.type === 'PER' && given < first - 1 && given >= 0 && /^\p{Lu}/u.test(tokens[given].text) && isGivenNameTag(tokens[given].lexTag)
      && joins(given, given + 1) && (!prev || prev.last < given)) first = given;
    // "the Col de la Madeleine", "Mont Saint-Michel", "the Lac du Bourget": a place's noun in French, Spanish or Italian,
    // its particles and the name after them are one place
    else if (given < first - 1 && given >= 0 && PLACE_NOUNS.has(tokens[given].text) && joins(given, given + 1) && (!prev || prev.last < given)) {
      first = given;
      type = 'LOC';
    }
    // "Later von der Leyen said", "said de Gaulle", "President von der Leyen": a surname named without its given name
    // keeps its particles (not an article of another tongue alone: "la", "le", "el", "y")
    else if (s.type === 'PER' && given < first - 1 && (!prev || prev.last < given + 1)
      && (first - given > 2 || !LOOSE_PARTICLES.has(tokens[first - 1].lower))) first = given + 1;
    // "Duhan" + "van der Merwe", "Alpe" + "d'Huez"
    let j = last + 1;
    while (isParticle(j) && joins(j - 1, j)) j++;
    // ("Tour de" + "France": a span that ends with its particle)
    const hasParticle = j > last + 1 || isParticle(last);
    if (j > last + 1 && isElidedParticle(tokens[j - 1].text)) last = j - 1;
    else if (hasParticle && isNameWord(tokens[j]) && joins(j - 1, j)) last = j;
    if (prev && prev.last >= first) {
      out[out.length - 1] = { ...prev, last: Math.max(prev.last, last) };
      continue;
    }
    out.push(first === s.first && last === s.last ? s : { ...s, first, last, type });
  }
  // the next span, now inside one that grew ("van der" + "Merwe" read apart)
  return out.filter((s, k) => k === 0 || s.first > out[k - 1].last);
}
