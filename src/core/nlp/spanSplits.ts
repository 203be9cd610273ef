import { findCountryMentions, isCountryWord, isDemonymWord } from '../countries/resolver';
import { isBreakAfter } from './features';
import { isKnownPlace } from './connectorSplits';
import { isCountryGivenName } from './givenNames';
import { isGroundHead } from './grounds';
import { HONORIFICS, ORG_HEADS, PLACE_HEADS, ROLE_HEADS, ROLE_WORDS } from './lexicons';
import { isElidedParticle, SURNAME_PARTICLES } from './names';
import { isNumberToken } from './newsRules';
import { PEER_TITLES } from './peerTitles';
import { RANK_TITLES } from './rules';
import { retypeSpan, sentenceCues } from './spanTypes';
import type { TaggedSpan } from './tagger';
import { isGivenNameTag, type Token } from './tokens';
import { isGivenNameToken } from './listedGivenNames';

// Two steps of the tagger's span mending (`spanSteps.ts`): spans cut where a name cannot go on, and
// people tagged side by side joined.

// Lower-case words that names carry inside them ("Ministry of Trade and Industry", "Party for Freedom",
// "Osama bin Laden"); any other lower-case word inside a tagged span is a verb or preposition the name stops at.
const CONNECTORS = new Set([...SURNAME_PARTICLES, 'of', 'and', 'for', 'the', 'to', 'on', '&', 'wa', 'es', 'los', 'las', 'des', 'e', 'und']);
// Words a broadcaster numbers its stations after: "BBC Radio 4", "Channel 5".
const STATIONS = new Set(['Radio', 'Channel']);
// The last words of streets and of grounds named after them: "Welford Road", "Bramall Lane", "Goodison Park".
const STREET_HEADS = new Set(['road', 'street', 'lane', 'avenue', 'park']);
// A country's name starts at token `i`: "Kenya", "South Africa" ("Tyler Brooks and South Africa's Thabo Mokoena").
const startsCountry = (tokens: readonly Token[], i: number): boolean => isCountryWord(tokens[i].text)
  || (i + 1 < tokens.length && findCountryMentions(`${tokens[i].text} ${tokens[i + 1].text}`).some(h => h.start === 0 && h.end > tokens[i].text.length && h.via !== 'demonym'));
const isOutsideWord = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && !CONNECTORS.has(t.lower) && !/-\p{Lu}/u.test(t.text)
  // "Alpe d'Huez"
  && !isElidedParticle(t.text);

// The last words of the streets and squares a building stands on: "the Guru Nanak Gurdwara on Sedgley Street".
const ADDRESS_HEADS = new Set([...STREET_HEADS, 'square', 'way', 'drive', 'row', 'hill', 'crescent', 'terrace', 'green', 'quay', 'wharf', 'embankment']);
// Bodies named for what they are "on": "the Committee on Foreign Relations", "the Conference on Security".
const ON_BODIES = new Set(['committee', 'council', 'commission', 'conference', 'convention', 'panel', 'forum', 'summit', 'court', 'tribunal',
  'inquiry', 'treaty', 'agreement', 'talks', 'group', 'centre', 'center', 'institute', 'board', 'office', 'network']);

/**
 * Whether "on" at token `on`, inside a tagged span ending at `last`, puts a building or a body on a street or in a
 * place: two words or more after it that end as a street's name does or that the place lists know, and no body named
 * for what it is "on" before it ("Committee on Foreign Relations"). "Stoke on Trent" (one word after) stays whole.
 */
const isOnAddress = (tokens: readonly Token[], on: number, last: number): boolean => last - on >= 2 && !ON_BODIES.has(tokens[on - 1].lower)
  && (ADDRESS_HEADS.has(tokens[last].lower) || isKnownPlace(tokens, on + 1, last));

// A standings table's column with its figure glued on ("P2", "W1", "D1", "L0") or its points' heading ("Pts").
const isStandingsCode = (t: Token | undefined): boolean => t !== undefined && /^(?:[PWDL]\d{1,3}|Pts)$/.test(t.text);

/**
 * Cuts tagger spans where a name cannot go on: at a lower-case word that is not a name connector ("Red Cross
 * from Burmese", "Uruguay formed Mercosur"), at "and" before a country word ("al-Qaida and Pakistani Taliban"),
 * and after a leading demonym when a first name or only title words follow and no organisation noun comes after it ("American
 * James Blake" is a demonym and a person; "American Airlines" stays whole), and after a leading title word
 * ("State Condoleezza Rice" after "Secretary of"). The parts keep the span's class,
 * save a part that starts with a first name, which is a person.
 */
export function splitSpans(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cues: string[] | undefined;
  for (const s of spans) {
    // a people's noun tagged alone ("Irishwoman" before "Siobhan Doherty") is the country, never a part of the name after it
    if (s.first === s.last && isPeopleNoun(tokens[s.first].text)) {
      out.push({ ...s, type: 'GPE' });
      continue;
    }
    let from = s.first;
    let type = s.type;
    const push = (last: number): void => {
      if (from > last) return;
      const tag = tokens[from].lexTag;
      // "Anna Smith" after the cut, or the name after a role in lower case ("Dortmund coach Edin Terzic")
      const role = from > s.first ? tokens[from - 1] : undefined;
      const afterRole = role !== undefined && /^\p{Ll}/u.test(role.text) && ROLE_HEADS.has(role.lower) && tokens.slice(from, last + 1).every(t => /^\p{Lu}\p{Ll}/u.test(t.text));
      // (and a first part cut off a longer span that opens with a given name: "Dan Worrall" of "Dan Worrall bowled Somerset")
      const isPerson = (from > s.first || last < s.last) && last > from && (isGivenNameTag(tag) || afterRole);
      // a part cut off the end of a longer span is read again by the span model ("Wales 30-12, with Duhan": "Duhan"
      // is no body)
      const isPart = from > s.first;
      out.push({ first: from, last, type: isPerson ? 'PER' : isPart && type !== 'GPE' ? retypeSpan(tokens, from, last, type, cues ??= sentenceCues(tokens)) : type });
    };
    for (let i = s.first; i <= s.last; i++) {
      const t = tokens[i];
      // "Leeds 1 Arsenal 1", "Tiger Woods 68 68", "Florida 1996-08-30": a name stops at a number
      // (save a station's number: "BBC Radio 4", "Channel 5")
      const cutHere = (isNumberToken(t) && !(i === s.last && /^\d{1,2}$/.test(t.text) && STATIONS.has(tokens[i - 1]?.text ?? '')))
        || (isOutsideWord(t) && i > s.first && i < s.last)
        || (t.lower === 'and' && i < s.last && (startsCountry(tokens, i + 1) || RANK_TITLES.has(tokens[i + 1].text)))
        // "at Welford Road and Bath Rugby": a ground or a street ends its name before "and"
        || (t.lower === 'and' && i > s.first && i < s.last && (STREET_HEADS.has(tokens[i - 1].lower) || isGroundHead(tokens[i - 1].lower)))
        // "the Guru Nanak Gurdwara on Sedgley Street": a building and its street
        || (t.lower === 'on' && i > s.first && isOnAddress(tokens, i, s.last))
        // "Surrey P2 W2 Pts 45": a standings row's columns written beside their figures
        || (isStandingsCode(t) && (isStandingsCode(tokens[i - 1]) || isStandingsCode(tokens[i + 1])))
        // "Tories and Democrats": two groups, not one name
        || (t.lower === 'and' && i === s.first + 1 && i === s.last - 1 && /\p{Ll}s$/u.test(tokens[i - 1].text) && /\p{Ll}s$/u.test(tokens[i + 1].text));
      if (cutHere) {
        push(i - 1);
        from = i + 1;
        type = s.type;
        continue;
      }
      if (i !== from || i === s.last || (s.type === 'LOC' && !isPeopleNoun(t.text))) continue;
      const next = tokens[i + 1];
      const isBeforeName = isGivenNameTag(next.lexTag)
        && !tokens.slice(i + 1, s.last + 1).some(x => ORG_HEADS.has(x.lower));
      const isBeforeTitle = tokens.slice(i + 1, s.last + 1).every(x => ROLE_WORDS.has(x.lower));
      if ((((isBeforeName || isBeforeTitle) && isDemonymWord(t.text)) || isPeopleNoun(t.text)) && !isCountryGivenName(tokens, i, s.last)) {
        out.push({ first: i, last: i, type: 'GPE' });
        from = i + 1;
      } else if (isTitleEnd(tokens, i)) {
        // "Secretary of State Condoleezza Rice": "State" ends the title, a person follows it
        from = i + 1;
        type = 'PER';
      }
    }
    if (from === s.first && type === s.type) out.push(s);
    else push(s.last);
  }
  return out;
}

// A people's noun that the country lists hold ("Dutchman", "Welshwoman", "Briton", "Spaniard"), as against its adjective ("Dutch", "Spanish"): it is
// never part of a person's name, so it leaves a person's span whatever the name after it ("Dutchman Max Verstappen").
// Not the nouns that are given names too ("Finn Russell", "Dane Coles", "Brit Marling"): those are cut only before a
// given name (`isBeforeName`).
const PEOPLE_NOUNS = new Set(['Briton', 'Spaniard', 'Swede', 'Pole', 'Turk', 'Kiwi', 'Aussie']);
const isPeopleNoun = (word: string): boolean => (PEOPLE_NOUNS.has(word) || /\p{Ll}(?:wo)?m[ae]n$/u.test(word)) && isDemonymWord(word);

// The last word of a title with "of" ("Secretary of State", "Minister of Defense") at token `i`.
// "Chancellor of the Exchequer Gordon Brown": "of the" joins them too.
const isTitleEnd = (tokens: readonly Token[], i: number): boolean => {
  const of = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  return ROLE_WORDS.has(tokens[i].lower) && tokens[of]?.lower === 'of' && ROLE_HEADS.has(tokens[of - 1]?.lower ?? '')
    && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
};

// "Barack Obama" tagged as two people side by side is one person, and so is "Ursula" + "von der" + "Leyen"
// (name particles between).
export function mergePeople(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PER' && s.type === 'PER' && isJoinable(tokens, prev.last, s.first)) {
      out[out.length - 1] = { ...prev, last: s.last };
    } else out.push(s);
  }
  return out;
}

// Nothing but name particles lies between tokens `a` and `b`, and no break.
function isJoinable(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let i = a; i < b; i++) {
    if (isBreakAfter(tokens[i], tokens[i + 1])) return false;
    if (i > a && !SURNAME_PARTICLES.has(tokens[i].text)) return false;
  }
  return true;
}

// A peer's or a monarch's "of" belongs to the name: "Lord Pennant of Ashcombe", "Duke of Rothsay".
const PEER_TITLE_WORDS = new Set([...PEER_TITLES.keys()].map(t => t.toLowerCase()));
const isTitleWord = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text)
  && (RANK_TITLES.has(t.text) || ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower));

/**
 * "Det Ch Insp Andy Knowles of South Yorkshire Police", "Senator Rand Paul of Kentucky", "Det Sgt Aisha Rahman-Doyle of
 * GMP's": a person and the body or the place they belong to, tagged as one name. The words before "of" are a person's
 * name when a title stands before them (inside the span or right before it) or they open with a given name (the list's
 * also written with accents: "Kévin"), and are two words or more; the words after "of" start capitalised and are a
 * body (a body's head, an acronym, a name the lexicon knows as a body) or else a place; a team's name may hold a
 * lower-case word ("Visma-Lease a Bike"). Several such pairs joined by "and" or commas ("Kévin Vauquelin of Ineos
 * Grenadiers and Tadej Pogacar of UAE Team Emirates") are cut into each. Not a peer's or a monarch's title ("Lord
 * Pennant of Ashcombe"), not "Bank of Ardmore". The person's part keeps its titles (the person's step strips them into
 * the role).
 */
export function splitPersonOfBody(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const parts = joinedParts(tokens, s);
    const split = parts.map(p => personOfBody(tokens, p.first, p.last, s.type));
    if (split.every(p => p !== undefined)) for (const p of split) out.push(...p);
    else out.push(s);
  }
  return out;
}

/** The parts of span `s` between "and" and commas when it holds several "of", else the whole span. */
function joinedParts(tokens: readonly Token[], s: TaggedSpan): { first: number; last: number }[] {
  const words = tokens.slice(s.first, s.last + 1);
  if (words.filter(t => t.text === 'of').length < 2) return [{ first: s.first, last: s.last }];
  const parts: { first: number; last: number }[] = [];
  let first = s.first;
  for (let i = s.first; i <= s.last; i++) {
    const isAnd = tokens[i].text === 'and';
    if (isAnd || (/^,/.test(tokens[i].post) && i < s.last)) {
      const last = isAnd ? i - 1 : i;
      if (last >= first) parts.push({ first, last });
      first = i + 1;
    }
  }
  if (first <= s.last) parts.push({ first, last: s.last });
  return parts;
}

/**
 * The person and the body of one "Name of Body" run `[first, last]` of a span the tagger typed `type`, or undefined
 * when it is not one. What follows "of" is a body by its words, or when the tagger read the whole as one and the
 * place lists do not know it ("of Ineos Grenadiers"); else a place ("of Kentucky").
 */
function personOfBody(tokens: readonly Token[], first: number, last: number, type: TaggedSpan['type']): TaggedSpan[] | undefined {
  const words = tokens.slice(first, last + 1);
  const of = words.findIndex(t => t.text === 'of') + first;
  // "the Frenchman Kévin Vauquelin of Ineos Grenadiers": a nation's word before the name is no part of it (the
  // gazetteer reads it)
  if (of - first >= 3 && isDemonymWord(tokens[first].text)) first++;
  let name = first;
  while (name < of && isTitleWord(tokens[name])) name++;
  const title = name > first ? tokens[name - 1] : tokens[first - 1];
  const isTitled = isTitleWord(title) && title.sentence === tokens[first].sentence && !PEER_TITLE_WORDS.has(title.lower);
  const given = tokens[name];
  const isName = of > name && tokens.slice(name, of).every(t => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !isTitleWord(t)
    && !/Verb|Tense|Gerund|Noun|Singular|Plural|Adjective/.test(t.lexTag ?? ''))
    && of - name >= 2 && (isTitled || isGivenNameToken(given));
  const isSplit = of > first && of < last && isName && words.filter(t => t.text === 'of').length === 1 && /^\p{Lu}/u.test(tokens[of + 1].text)
    && tokens.slice(of + 1, last + 1).every(t => /^\p{Lu}/u.test(t.text) || (t.text === 'a' && /^\p{Lu}/u.test(tokens[last].text)));
  if (!isSplit) return undefined;
  const end = tokens[last];
  const isBody = ORG_HEADS.has(end.lower) || /^\p{Lu}{2,}$/u.test(end.text) || (end.lexTag !== undefined && /Organization/.test(end.lexTag))
    || tokens.slice(of + 1, last + 1).some(t => t.text === 'a' || /^\p{Lu}{2,}$/u.test(t.text))
    || (type === 'ORG' && last > of + 1 && !isKnownPlace(tokens, of + 1, last));
  return [{ first, last: of - 1, type: 'PER' }, { first: of + 1, last, type: isBody ? 'ORG' : 'LOC' }];
}

/**
 * "Dizzy Gillespie and Stan Getz", tagged as one organisation or place: two names of two or three words joined by
 * "and", the second opening with a given name, no word of either a body's or a place's head, are two people.
 */
export function splitPeoplePairs(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const and = tokens.slice(s.first, s.last + 1).findIndex(t => t.text === 'and') + s.first;
    const isPair = s.type !== 'PER' && and - s.first >= 2 && and - s.first <= 3 && s.last - and >= 2 && s.last - and <= 3
      && isGivenNameToken(tokens[and + 1])
      && tokens.slice(s.first, s.last + 1).every((t, k) => s.first + k === and || (/^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !isCountryWord(t.text)));
    if (isPair) out.push({ first: s.first, last: and - 1, type: 'PER' }, { first: and + 1, last: s.last, type: 'PER' });
    else out.push(s);
  }
  return out;
}
