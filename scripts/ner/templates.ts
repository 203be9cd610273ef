/**
 * Sentence and line templates for the tagger's synthetic training data (written for News Lens), and the slots
 * that fill them. A slot gives pieces of text, each with its entity type or none: a club named after a town is
 * an organisation when it plays, a title before a name is not part of the person, a number never joins a
 * name, a competition or an index is nothing.
 */
import {
  BODIES, CITIES, CLUB_SUFFIXES, COMPETITIONS, COUNTRIES, FIRM_HEADS, GIVEN_NAMES, INDICES, ONE_WORD_FIRMS,
  SURNAMES, TEAM_NICKNAMES, TITLES, TOWNS, US_CITIES,
} from './gazetteers';
import {
  FOREIGN_GIVEN, FOREIGN_SURNAMES, NOUN_FIRMS, PARTIES, POSSESSIVE_FIRMS, PRODUCT_NOUNS, PRODUCTS, TECH_FIRMS,
} from './newsGazetteers';
import type { Random } from './synthetic';

/** Pieces of text, each with the entity type it is (PERSON, ORG, LOC, GPE) or undefined. */
export type Pieces = (readonly [string, string | undefined])[];
export type Slots = Readonly<Record<string, (rnd: Random) => Pieces>>;

const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The slots of the templates, over the gazetteers. */
export function makeSlots(): Slots {
  const foreign = (rnd: Random): Pieces => [[`${rnd.pick(FOREIGN_GIVEN)} ${rnd.pick(FOREIGN_SURNAMES)}`, 'PERSON']];
  // a third of the people have names that are not English ("Dusan Petrovic")
  const person = (rnd: Random): Pieces => (rnd.chance(0.3) ? foreign(rnd) : [[`${rnd.pick(GIVEN_NAMES)} ${rnd.pick(SURNAMES)}`, 'PERSON']]);
  const surname = (rnd: Random): Pieces => [[rnd.chance(0.3) ? rnd.pick(FOREIGN_SURNAMES) : rnd.pick(SURNAMES), 'PERSON']];
  const club = (rnd: Random): Pieces => [[rnd.chance(0.5) ? rnd.pick(TOWNS) : `${rnd.pick(TOWNS)} ${rnd.pick(CLUB_SUFFIXES)}`, 'ORG']];
  const firm = (rnd: Random): Pieces => {
    if (rnd.chance(0.55)) return [[rnd.pick(ONE_WORD_FIRMS), 'ORG']];
    const name = rnd.chance(0.5) ? rnd.pick(ONE_WORD_FIRMS) : rnd.pick(SURNAMES);
    return [[`${name} ${rnd.pick(FIRM_HEADS)}`, 'ORG']];
  };
  const num = (lo: number, hi: number) => (rnd: Random): Pieces => [[String(rnd.int(lo, hi)), undefined]];
  const text = (xs: readonly string[]) => (rnd: Random): Pieces => [[rnd.pick(xs), undefined]];
  return {
    per: person,
    sur: surname,
    fper: foreign,
    // "S Jaishankar", "R. Saravanan": a bare initial and a surname; "Ursula von der Leyen": a particle inside
    iper: rnd => [[`${String.fromCharCode(65 + rnd.int(0, 25))}${rnd.chance(0.5) ? '.' : ''} ${rnd.pick(FOREIGN_SURNAMES)}`, 'PERSON']],
    vper: rnd => {
      const particle = rnd.pick(['von der', 'van der', 'de', 'von', 'bin', 'al-', 'da', 'van']);
      return [[`${rnd.pick(GIVEN_NAMES)} ${particle}${particle.endsWith('-') ? '' : ' '}${rnd.pick(FOREIGN_SURNAMES)}`, 'PERSON']];
    },
    fsur: rnd => [[rnd.pick(FOREIGN_SURNAMES), 'PERSON']],
    party: rnd => [[rnd.pick(PARTIES), 'ORG']],
    // "Network Rail", "Moody's", "Meta": the whole name, possessive included, is the organisation
    nfirm: rnd => [[rnd.pick(NOUN_FIRMS), 'ORG']],
    pfirm: rnd => [[rnd.pick(POSSESSIVE_FIRMS), 'ORG']],
    tfirm: rnd => [[rnd.pick(TECH_FIRMS), 'ORG']],
    product: text(PRODUCTS),
    pnoun: text(PRODUCT_NOUNS),
    oneclub: rnd => [[rnd.pick(TOWNS), 'ORG']],
    given: rnd => [[rnd.pick(GIVEN_NAMES), 'PERSON']],
    title: text(TITLES),
    club,
    team: rnd => [[rnd.chance(0.5) ? rnd.pick(TEAM_NICKNAMES) : `${rnd.pick(US_CITIES)} ${rnd.pick(TEAM_NICKNAMES)}`, 'ORG']],
    firm,
    town: rnd => [[rnd.pick(TOWNS), 'LOC']],
    city: rnd => [[rnd.pick(CITIES), 'LOC']],
    country: rnd => [[rnd.pick(COUNTRIES)[0], 'LOC']],
    demonym: rnd => [[rnd.pick(COUNTRIES)[1], 'GPE']],
    body: rnd => [[rnd.pick(BODIES), 'ORG']],
    agency: rnd => [[rnd.pick(['Reuters', 'AFP', 'AP', 'Bloomberg']), 'ORG']],
    comp: text(COMPETITIONS),
    index: text(INDICES),
    ticker: rnd => [[Array.from({ length: rnd.int(2, 4) }, () => String.fromCharCode(65 + rnd.int(0, 25))).join(''), undefined]],
    g: num(0, 5),
    n: num(2, 40),
    big: num(100, 9000),
    min: num(2, 90),
    year: num(1990, 2025),
    pts: num(10, 90),
    pct: rnd => [[`${rnd.int(0, 12)}.${rnd.int(1, 9)}`, undefined]],
    money: rnd => [[rnd.pick([`$${rnd.int(1, 90)}.${rnd.int(1, 9)} billion`, `${rnd.int(1, 90)}.${rnd.int(1, 9)}bn euros`,
      `£${rnd.int(2, 900)} million`, `${rnd.int(1, 9)}.${rnd.int(1, 9)}bn`]), undefined]],
    time: rnd => [[`${rnd.int(1, 2)}:${rnd.int(10, 59)}.${rnd.int(10, 99)}`, undefined]],
    day: text(DAYS),
    date: rnd => [[`${rnd.pick(MONTHS)} ${rnd.int(1, 28)}`, undefined]],
    iso: rnd => [[`${rnd.int(1996, 2025)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`, undefined]],
    rank: num(1, 12),
    bowling: rnd => [[`${rnd.int(2, 10)}-${rnd.int(0, 3)}-${rnd.int(10, 70)}-${rnd.int(0, 5)}`, undefined]],
  };
}

/** Lines of results pages and tables: one per line, often without a verb. */
export const LINE_TEMPLATES: readonly string[] = [
  '{club} {g} {club} {g}',
  '{club} {g} {club} {g}',
  '{club} {g} ({sur} {min}, {sur} {min}) {club} {g} ({sur} {min})',
  '{club} {n} {n} {n} {n} {n} {n} {pts}',
  '{club} {n} {n} {n} {n} {n} {n} {pts}',
  'P W D L F A Pts',
  '{rank}. {per} ({country}) {time}',
  '{rank}. {per} ({club}) {time}',
  '{per} ({country}) {n} {n} {n} {n}',
  '{per} {n} {n} {n}',
  '{sur} {bowling}',
  '{per} c {sur} b {sur} {n}',
  'Extras (b {g}, lb {g}, w {g}) {n}',
  'Total (for {g} wkts, {n} overs) {big}',
  '{team} {g} {team} {g}',
  'Halftime: {club} {g} {club} {g}',
  'Scorers: {sur} {min}, {sur} {min}',
  '{firm} {big} {pct}',
  '{index} {big} {pct}',
  'Attendance: {big}',
  '{city:up} {iso}',
  '{day}: {club} v {club}, {club} v {club}',
  'SOCCER - {club:up} BEAT {club:up}',
  '{sur:up} WINS {comp:up} TITLE',
];

/** Prose sentences: match reports, market reports, wire stories, politics with titles. */
export const PROSE_TEMPLATES: readonly string[] = [
  '{club} beat {club} {g}-{g} on {day}, with {per} scoring twice.',
  'Striker {per} scored in the {min}th minute as {club} drew with {club}.',
  '{per}, the {club} manager, said his side had deserved the win.',
  '{club} will face {club} in the {comp} final in {city}.',
  '{club} moved top of the table after a {g}-{g} win at {club}.',
  '{sur} put {club} ahead before {sur} equalised for {club}.',
  'The {comp} holders {club} lost {g}-{g} to {club}.',
  '{club} have signed midfielder {per} from {club} for {money}.',
  'The {team} beat the {team} {n}-{n} in {city} on {day}.',
  '{per} won the {comp} title after beating {per} in straight sets.',
  '{per} of {country} took the lead with a round of {n} at the {comp}.',
  '{demonym} runner {per} won in {time}, ahead of {per}.',
  '{city:up}, {date} ({agency}) - {club} sacked coach {per} on {day}.',
  '{city:up}, {date} ({agency}) - Shares in {firm} fell {pct} percent after the company cut its forecast.',
  '{city:up} {iso} - {firm} said on {day} it would cut {big} jobs.',
  'By {per}',
  'Shares in {firm} rose {pct} percent to {big} pence.',
  'Shares of {firm} fell {pct} percent in {city}.',
  '{firm} said on {day} that net profit rose {pct} percent to {money}.',
  '{firm} shares slipped {pct} percent after {firm} said it would not bid.',
  'The {index} rose {pct} percent and the {index} closed {pct} percent lower.',
  '{firm} ({ticker}) gained {pct} percent.',
  'Analysts at {firm} said the sell-off in {firm} was overdone.',
  '{firm} chief executive {per} told analysts the quarter had been tough.',
  'A spokesman for {firm} declined to comment.',
  '{per}, chief executive of {firm}, said the deal would close this year.',
  '{firm} agreed to buy {firm} for {money}.',
  '{demonym} carmaker {firm} said sales in {country} fell {pct} percent.',
  'The {demonym} bank {firm} will open an office in {city}.',
  '{firm} and {firm} are in talks over a merger, people familiar with the matter said.',
  '{title} {per} said on {day} that the talks would continue.',
  '{title} {per} met {title} {per} in {city}.',
  'The foreign secretary, {per}, told the {body} that {country} would help.',
  'Lord {sur} and Baroness {sur} criticised the plan.',
  'Sir {per} said the {body} had acted too late.',
  'Labour MEP {per} and Conservative MP {per} backed the bill.',
  'Chancellor of the Exchequer {per} will present the budget.',
  '{per} told reporters in {city} that {demonym} troops would stay.',
  'The {body} said {demonym} officials had met {per} in {city}.',
  '{per}, a spokeswoman for the {body}, said the vote was fair.',
  '{per} of {firm} said the plant in {town} would close.',
  'Officials in {country} said {given} {sur} had been arrested in {city}.',
  'The {body} warned on {day} that growth in {country} was slowing.',
  '{sur} said {firm} would invest {money} in {country}.',
];
