import { findCountryMentions } from '../countries/resolver';
import type { RawMention } from '../model';
import { COMPASS_WORDS } from './compass';
import { lexiconTag } from './engine';
import { NOT_ENTITIES } from './knownOrgs';
import { isHeadlineCase } from './connectorSplits';
import { ORG_HEADS, PLACE_HEADS, TIME_WORDS } from './lexicons';
import { COMBINING_FORMS } from './listedGivenNames';
import type { Token } from './tokens';
import type { UnitState } from './unitState';

/**
 * Pass (`pipeline.ts`): the country gazetteer's hits (names, aliases, demonyms, capitals) merged with the names
 * found so far. A gazetteer hit replaces the spans it overlaps, unless one span is longer, contains every hit it
 * overlaps and is more than those hits ("Bank of Japan" stays an organisation, "Michael Jordan" a person;
 * "India-Japan" is two countries). An organisation named after one country carries that country's code and how it
 * was recognised ("Palestinian Authority": PS by demonym), and so does a place named by a part of a country
 * ("eastern Congo": CD by alias). Leaves the mentions sorted by start, non-overlapping.
 */
export function mergeGazetteer(state: UnitState): void {
  const { text, mentions: nlpMentions } = state;
  const countries = findCountryMentions(text).map((h): RawMention => ({
    start: h.start, end: h.end, type: h.type, source: 'gazetteer', reason: 'gazetteer:' + h.reason, countryCode: h.code, via: h.via,
    ...(h.place ? { name: h.place } : {}),
  }));
  const dropped = new Set<RawMention>();
  const out: RawMention[] = [];
  for (const m of nlpMentions) {
    const clash = countries.filter(c => c.start < m.end && m.start < c.end);
    if (clash.length === 0) {
      out.push(m);
      continue;
    }
    // "Dallas 24 WASHINGTON 17", "Real Madrid": a team of a table or a club stays the team, not the capital
    if (m.source === 'known' && (m.reason.startsWith('table:') || m.reason === 'club') && clash.every(c => c.type === 'PLACE')) {
      out.push(m);
      for (const c of clash) dropped.add(c);
      continue;
    }
    const contains = clash.every(c => c.start >= m.start && c.end <= m.end);
    if (contains && hasMoreThan(text, m, clash)) {
      // "Palestinian Authority", "Bank of Japan": an organisation named after one country belongs to it; so
      // does a place named by a part of one ("eastern Congo", "northern Iraq")
      const codes = new Set(clash.map(c => c.countryCode));
      // ("North Darfur": a part of a part, by the region's own alias)
      const isOwner = codes.size === 1 && ((clash[0].type === 'COUNTRY'
        && (m.type === 'ORG' || (m.type === 'PLACE' && clash[0].via !== 'demonym')))
        || (clash.length === 1 && clash[0].type === 'PLACE' && m.type === 'PLACE' && clash[0].countryCode !== undefined && clash[0].via === 'alias'));
      // ("Anglo American", "Sino-American": a compound of two peoples belongs to neither)
      const owner = isOwner && !(clash[0].via === 'demonym' && COMBINING_FORMS.has(wordBefore(text.slice(m.start, clash[0].start)))) ? clash[0] : undefined;
      out.push(owner ? { ...m, countryCode: owner.countryCode, via: owner.via } : m);
      for (const c of clash) dropped.add(c);
    }
  }
  for (const c of countries) if (!dropped.has(c)) out.push(c);
  joinOrgPrefixes(text, out, dropped, countries);
  joinNationalBranches(text, out, dropped, countries);
  addFieldBodies(state.tokens, out, dropped, countries);
  state.mentions = out.sort((a, b) => a.start - b.start);
}

/** The word `before` ends with, before a space or a hyphen ("Anglo" of "Anglo "), or "". */
const wordBefore = (before: string): string => /(\p{L}+)[\s-]$/u.exec(before)?.[1] ?? '';

/** Whether `m` is a one-word place that only the tagger's guess makes one: not the gazetteer's, no place in the lexicon. */
function isGuessedPlace(text: string, m: RawMention): boolean {
  const word = text.slice(m.start, m.end);
  const tag = lexiconTag(word.toLowerCase());
  return m.type === 'PLACE' && m.source === 'tagger' && /^\p{Lu}\p{Ll}+$/u.test(word) && (tag === undefined || /Person|Name/.test(tag));
}

/** Whether the person `m` is named in full, from a given name the lexicon knows ("Billie Eilish"; not "Hib Hib"). */
function hasGivenName(text: string, m: RawMention): boolean {
  const name = text.slice(m.start, m.end);
  const space = name.indexOf(' ');
  return space > 0 && /FirstName|MaleName|FemaleName|Person/.test(lexiconTag(name.slice(0, space).toLowerCase()) ?? '');
}

const LOCATIVE = /\b(?:in|at|near|from|across|around|outside|to|towards?|into|through)\s+$/i;

/**
 * Pass (`pipeline.ts`): "Hospitals in Lahore and Jacobabad", "in Cornwall and the Highlands": after a locative
 * preposition, a one-word name the tagger took for a person or an organisation, joined by "and", "or" or a comma to
 * a place or country, is a place too; and so is a name the tagger took for a person set off after "from" ("Wells,
 * from Sutton Coldfield, said"). Mentions must be sorted
 * by start; changes them in place.
 */
export function placesInCoordination(state: UnitState): void {
  const { text, mentions: ms } = state;
  const isPlace = (m: RawMention): boolean => m.type === 'PLACE' || m.type === 'COUNTRY';
  // one word, not an acronym: "Jacobabad" read as a person, "the Highlands" as an organisation (after "the" only:
  // "analysts at Barclays, Jefferies" are companies)
  const isLonePerson = (m: RawMention): boolean => m.source === 'tagger' && /^\p{Lu}\p{Ll}+$/u.test(text.slice(m.start, m.end))
    && (m.type === 'PERSON' || (m.type === 'ORG' && /\bthe\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start))));
  // "an arena in Los Angeles": an organisation the tagger read right after "in" is the town the lexicon knows by that name
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    // "Wells, from Sutton Coldfield, had started", "Margaret Dunmore (71), from Livingston,", "Idris Bakare (31), of
    // Moss Side - nine years", "Dennis Ashworth, 58, of Harrogate,": where someone is from, set off after them, is a place, whatever the tagger read (a body
    // only after an age: "a spokesman, from Acme," may be the firm's)
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    const isAfterAge = /(?:\(\d{1,3}\),?|, \d{1,3},) (?:from|of) $/.test(before);
    if (((m.type === 'PERSON' && /[,)] from $/.test(before)) || (m.type !== 'PLACE' && m.type !== 'COUNTRY' && isAfterAge)) && m.source === 'tagger'
      && /^(?:[,.;)]| [-–—] )/.test(text.slice(m.end, m.end + 3))) {
      ms[i] = { start: m.start, end: m.end, type: 'PLACE', source: 'context', reason: 'hometown' };
      continue;
    }
    if (m.type === 'ORG' && m.source === 'tagger' && /\bin $/.test(text.slice(Math.max(0, m.start - 3), m.start))
      && /City|Place|Region/.test(lexiconTag(text.slice(m.start, m.end).toLowerCase()) ?? '')) {
      ms[i] = { start: m.start, end: m.end, type: 'PLACE', source: 'coordination', reason: 'town-after-in' };
    }
  }
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!/^(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)(?:the\s+)?$/.test(text.slice(a.end, b.start))) continue;
    // "beating Beyonce, Billie Eilish and Sabrina Carpenter": a one-word place the tagger guessed, listed before a
    // person named in full, is a person too (a place the lexicon knows stays one)
    // (a comma alone must start a list that "and" or "or" closes: "the Archbishop of Canterbury, Justin Welby, said" is no list)
    const isList = !/^,\s*$/.test(text.slice(a.end, b.start)) || /^,?\s+(?:and|or)\s/.test(text.slice(b.end, b.end + 6));
    if (isList && isGuessedPlace(text, a) && b.type === 'PERSON' && b.source === 'tagger' && hasGivenName(text, b)
      && !LOCATIVE.test(text.slice(Math.max(0, a.start - 20), a.start))) {
      ms[i] = { start: a.start, end: a.end, type: 'PERSON', source: 'coordination', reason: 'coordination' };
      continue;
    }
    // "BP and Shell both lost ground": a one-word name the tagger took for a person or a place, joined by "and" to an
    // organisation before what firms do on a market, is one too, unless the lexicon knows it as a given name or a town
    if (/^\s+and\s+$/.test(text.slice(a.end, b.start)) && PAIR_OF_FIRMS_AFTER.test(text.slice(b.end, b.end + 12))) {
      const k = isLoneGuess(text, a) && b.type === 'ORG' ? i : isLoneGuess(text, b) && a.type === 'ORG' ? i + 1 : -1;
      if (k >= 0) {
        ms[k] = { start: ms[k].start, end: ms[k].end, type: 'ORG', source: 'coordination', reason: 'listed-with-organisation' };
        continue;
      }
    }
    if (!LOCATIVE.test(text.slice(Math.max(0, a.start - 20), a.start))) continue;
    // "In Tokyo, Sony rose 2 percent": after a comma, a name that a verb follows is the clause's subject, not a list's item
    if (/^,/.test(text.slice(a.end, b.start)) && /^\s+\p{Ll}/u.test(text.slice(b.end, b.end + 3)) && !/^\s+(?:and|or)\b/.test(text.slice(b.end, b.end + 5))) continue;
    // "in Pisa, Italy": a one-word organisation before a comma and a country's name is a town of that country
    const isTownOfCountry = a.type === 'ORG' && a.source === 'tagger' && /^\p{Lu}\p{Ll}+$/u.test(text.slice(a.start, a.end))
      && b.type === 'COUNTRY' && b.via === 'name' && /^, $/.test(text.slice(a.end, b.start));
    if (isPlace(a) && isLonePerson(b)) ms[i + 1] = { start: b.start, end: b.end, type: 'PLACE', source: 'coordination', reason: 'coordination' };
    else if ((isLonePerson(a) || isTownOfCountry) && isPlace(b)) ms[i] = { start: a.start, end: a.end, type: 'PLACE', source: 'coordination', reason: 'coordination' };
  }
}

// What two firms named together do in a market report ("BP and Shell both lost ground", "Tesco and Ocado fell").
const PAIR_OF_FIRMS_AFTER = /^\s+(?:both|rose|fell|gained|slipped|dropped|jumped|climbed|lost|edged|surged|slumped|tumbled|rallied)\b/;

/**
 * Whether `m` is one capitalised word the tagger alone read as a person or a place, and the lexicon knows as no given
 * name and no town.
 */
const isLoneGuess = (text: string, m: RawMention): boolean => (m.type === 'PERSON' || m.type === 'PLACE') && m.source === 'tagger'
  && /^\p{Lu}[\p{Ll}]+$/u.test(text.slice(m.start, m.end)) && !/FirstName|MaleName|FemaleName|City|Place|Region|Country/.test(lexiconTag(text.slice(m.start, m.end).toLowerCase()) ?? '');

/** Whether `m` has a word of its own beyond the country hits inside it ("Bank of Japan": "Bank"; "The US": none). */
function hasMoreThan(text: string, m: RawMention, hits: readonly RawMention[]): boolean {
  let rest = '';
  let at = m.start;
  for (const h of hits) {
    rest += text.slice(at, h.start);
    at = h.end;
  }
  rest += text.slice(at, m.end);
  return /\p{L}{2,}/u.test(rest.replace(/\b(?:and|or|[Tt]he)\b/g, ''));
}

/**
 * "Radio Moldova", "Air France", "NHS England", "BBC Scotland", "Natural Resources Wales": an organisation the tagger
 * found right before a country's or a nation's name (one space between) is named after it: one organisation, owned
 * by that country, and the country is no mention of its own. Changes `out` in place.
 */
function joinOrgPrefixes(text: string, out: RawMention[], dropped: Set<RawMention>, countries: readonly RawMention[]): void {
  for (const c of countries) {
    if (dropped.has(c) || c.type === 'ORG' || c.via === 'demonym') continue;
    const i = out.findIndex(m => m.type === 'ORG' && m.end + 1 === c.start && text[m.end] === ' ');
    if (i < 0 || !/^\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*)*$/u.test(text.slice(out[i].start, out[i].end))) continue;
    out[i] = { ...out[i], end: c.end, countryCode: c.countryCode, via: c.via };
    out.splice(out.indexOf(c), 1);
  }
}

// A party's name after a nation's word: "Scottish Conservatives", "Welsh Liberal Democrats", "Swedish Social Democrats".
const PARTY_AFTER = /^ (?:Conservatives?|Liberal Democrats?|Social Democrats?|Greens|Green Party|Nationalists|Unionists|Socialists)\b/;

// A party named with its nation's word: "Indian National Congress", "Scottish National Party" (not "Afghan National Army").
const NATIONAL_PARTY = /^National (?:Congress|Party|Front|League|Movement|Alliance)$/;

// Known organisations that a nation's word before them makes a branch of their own: "Scottish Labour", "Canadian Red Cross".
const BRANCHED = new Set(['known-org:political party', 'known-org:humanitarian movement']);

/**
 * "Scottish Labour", "Canadian Red Cross", "UK Research and Innovation": a country's or a nation's name or word right
 * before a party or a movement ("Indian National Congress"), or before a body's name with no head of its own ("Research and Innovation" names no
 * body alone), is part of the organisation's name, owned by that country. A body with a head of its own keeps the
 * country apart ("Iranian Foreign Ministry"). Changes `out` in place.
 */
function joinNationalBranches(text: string, out: RawMention[], dropped: Set<RawMention>, countries: readonly RawMention[]): void {
  for (const c of countries) {
    if (dropped.has(c) || c.type === 'ORG' || !out.includes(c)) continue;
    const i = out.findIndex(m => m.type === 'ORG' && m.start === c.end + 1 && text[c.end] === ' ');
    const party = PARTY_AFTER.exec(text.slice(c.end, c.end + 24));
    if (i < 0 && party && !out.some(m => m.start === c.end + 1)) {
      // "the Welsh Conservatives", read as one place by the tagger and left as the nation's word alone
      out[out.indexOf(c)] = { ...c, end: c.end + party[0].length, type: 'ORG', source: 'gazetteer', reason: 'national-party' };
      continue;
    }
    const body = i < 0 ? '' : text.slice(out[i].start, out[i].end);
    if (i < 0 || !(BRANCHED.has(out[i].reason) || isHeadless(body) || NATIONAL_PARTY.test(body))) continue;
    out[i] = { ...out[i], start: c.start, countryCode: c.countryCode, via: c.via };
    out.splice(out.indexOf(c), 1);
  }
}

/** Whether a body's name of two words or more ends in no body's or place's head: "Research and Innovation". */
function isHeadless(name: string): boolean {
  const words = name.split(' ');
  const end = words[words.length - 1].toLowerCase();
  return words.length > 1 && words.every(w => /^(?:\p{Lu}\p{Ll}+|and)$/u.test(w)) && !ORG_HEADS.has(end) && !PLACE_HEADS.has(end);
}

// Words before a country's name that make a part of it, not a body: "North Wales", "Greater London", "mainland China".
const AREA_WORDS = new Set([...[...COMPASS_WORDS].map(w => w.toLowerCase()), 'mid', 'greater', 'upper', 'lower', 'new', 'old',
  'rural', 'coastal', 'mainland', 'inner', 'outer', 'all', 'great', 'little']);

/**
 * "Education Scotland", "Screen Ireland", "Hockey Canada", "Sport England": one capitalised common noun (a field, a sport)
 * standing alone right before a country's or a nation's name, in no mention, is a national body named for the field:
 * one organisation owned by the country. Not a part of the country ("North Wales", "Greater London"), a time word,
 * a place's head ("Port Sudan"), a faith, a given name or a word the lexicon knows as an adjective, an adverb or a participle
 * ("Following Iran"), nor in a headline in title case ("A Drier and Tainted Nevada"). Changes `out` in place.
 */
function addFieldBodies(tokens: readonly Token[], out: RawMention[], dropped: Set<RawMention>, countries: readonly RawMention[]): void {
  for (const c of countries) {
    if (c.type === 'ORG' || c.via === 'demonym') continue;
    const k = tokens.findIndex(t => t.end + 1 === c.start);
    const t = tokens[k];
    const before = tokens[k - 1];
    const isField = t !== undefined && t.post === '' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !AREA_WORDS.has(t.lower) && !TIME_WORDS.has(t.lower)
      && !PLACE_HEADS.has(t.lower) && !NOT_ENTITIES.has(t.lower)
      && (t.lexTag === undefined || (/Noun|Singular|Uncountable|Plural|Infinitive/.test(t.lexTag) && !/Person|Name|Place|City|Country|Adjective/.test(t.lexTag)))
      && (t.isFirst || before === undefined || !/^\p{Lu}/u.test(before.text)) && !isHeadlineCase(tokens, t.sentence);
    // the tagger's own guess at the word, or at the word and the country together ("Screen Ireland" as a place), gives way
    if (!isField) continue;
    const guesses = out.filter(m => m !== c && m.start < c.end && t.start < m.end);
    // (a word the lexicon does not know, read with the country as one place, is the place's: "Nazi Germany")
    const isGuess = guesses.every(m => m.source === 'tagger' && m.start === t.start && (m.end === t.end || (m.end === c.end && t.lexTag !== undefined)));
    if (!isGuess || (dropped.has(c) && !guesses.some(m => m.end === c.end))) continue;
    for (const m of guesses) out.splice(out.indexOf(m), 1);
    const body: RawMention = { ...c, start: t.start, type: 'ORG', source: 'gazetteer', reason: 'field-body' };
    if (out.includes(c)) out[out.indexOf(c)] = body;
    else out.push(body);
  }
}
