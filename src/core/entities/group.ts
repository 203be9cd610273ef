import type { ArticleStructure, Entity, EntityType, Mention, PlacedMention } from '../model';
import { namesInCapitals } from '../nlp/capitals';
import { titleGenderBefore } from '../nlp/gender';
import { dropNonNamesSteps, findNonNamesSteps } from '../nlp/notNames';
import { completePeopleSteps } from '../nlp/repeats';
import { addMixedInitials, addShortForms } from '../nlp/shortForms';
import { addAffiliations } from '../nlp/affiliations';
import { getCountry } from '../countries/countryFacts';
import { orgWikidata } from '../nlp/orgWikidata';
import { ParagraphMemo } from '../pipeline/paragraphMemo';
import { runSteps } from '../pipeline/steps';
import { AcronymIndex, isAcronymOf } from './acronyms';
import { repeatFirmPairs } from '../nlp/firmRepeats';
import { dropUnsupportedSteps } from './evidenceGate';
import { splitSlashedNames } from './slashNames';
import { joinWrittenWhole, splitPartedNames } from './partedNames';
import { addNamePluses } from './plusNames';
import { harmoniseTypesSteps } from './harmonise';
import { mendHeadlineLabel } from './headlineLabels';
import { mendTitleCaseLines } from './titleCaseLines';
import { findByFamilyName, findPerson, insertSorted, isInitialled } from './personGroups';
import { repeatTableNames } from '../nlp/tableRepeats';
import { isSportArticle } from '../nlp/sportNames';
import { clubShortWords } from '../nlp/clubNames';
import { dropSchemes } from '../nlp/thingNames';
import { applyWorks, readWorks } from '../nlp/works';
import { hasNoLowerCase } from '../text/caps';
import { normaliseSpace } from '../text/whitespace';

interface Group {
  type: EntityType;
  key: string;
  canonical: string;
  members: PlacedMention[];
  countryCode?: string;
  role?: string;
  acronym?: string;
  /** PERSON groups: members' starts, ascending (for "named last before" in `findPerson`). */
  starts?: number[];
  /** Creation order among all groups. */
  order: number;
}

const TYPE_ORDER: Record<EntityType, number> = { COUNTRY: 0, PERSON: 1, ORG: 2, PLACE: 3 };

// Titles a monarch, a pope or a prince is named by with one name: that name is no other person's given name.
const REGNAL_TITLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Pope', 'Emperor', 'Empress', 'Sultan', 'Emir', 'Tsar']);

/**
 * Groups mentions into entities. Contract: `raw` is sorted by start and non-overlapping, offsets into `text`.
 * - people completed first (`completePeople`: "A and B" pairs, repeats the tagger missed), then one type per
 *   name (`harmoniseTypes`: majority of the tagger's votes, surnames of people);
 * - people: a shorter mention ("Motegi") joins the person whose full name ends with its words, the one named
 *   last before it when several do; the canonical name is the longest form seen;
 * - organisations: a known short form joins its full name ("UN" -> "United Nations", canonical even when only
 *   "UN" is written); any acronym joins the full name whose initials it spells;
 * - countries group by ISO code; places by normalised text.
 * Returns entities sorted by their first mention, and every mention (with `entityId`) sorted by start.
 * Ids are `${type}:${canonical}`, stable for the same text. Salience is 0..1; rank 1 is the most salient.
 */
export function groupMentions(
  text: string,
  raw: readonly PlacedMention[],
  article: ArticleStructure,
): { entities: Entity[]; mentions: Mention[] } {
  return runSteps(groupMentionsSteps(text, raw, article));
}

/** Mentions grouped per pass (`groupMentionsSteps` yields after each such batch). */
const GROUP_BATCH = 1000;

/**
 * `groupMentions` in resumable steps: the generator yields between stages and every few thousand mentions,
 * so a caller can spread a very large article over several time slices. Its return value is exactly
 * `groupMentions(text, raw, article)`; what the article-level passes read from one paragraph alone is kept in
 * `memo` (an `Analyzer` keeps one across its analyses, so an edit reads only the edited
 * paragraphs again).
 */
export function* groupMentionsSteps(
  text: string,
  raw: readonly PlacedMention[],
  article: ArticleStructure,
  memo = new ParagraphMemo(),
): Generator<void, { entities: Entity[]; mentions: Mention[] }, void> {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // PERSON groups by the last word of their canonical name, in creation order: a short form can only join
  // a full name ending with the same word, so `findPerson` looks at these alone.
  const people = new Map<string, Group[]>();
  // The same groups by the first word of a full name: "Xi" after "Xi Jinping", "Kim" after "Kim Jong Un", where
  // the family name comes first.
  const byFirstWord = new Map<string, Group[]>();
  // Computed once per mention: the sort below would otherwise recompute them O(n log n) times.
  const surfaces = new Map<PlacedMention, string>();
  const surface = (m: PlacedMention): string => {
    let s = surfaces.get(m);
    // "MERKEL" in a headline in capitals is the "Merkel" of the text (`namesInCapitals`)
    if (s === undefined) surfaces.set(m, (s = m.source === 'capitals' && m.name ? m.name : normaliseSpace(text.slice(m.start, m.end))));
    return s;
  };
  const words = new Map<PlacedMention, number>();
  const wordsOf = (m: PlacedMention): number => {
    let n = words.get(m);
    if (n === undefined) words.set(m, (n = wordCount(surface(m))));
    return n;
  };
  const acronyms = new AcronymIndex<Group>();
  const get = (type: EntityType, key: string, canonical: string): Group => {
    const k = `${type}:${key}`;
    let g = byKey.get(k);
    if (!g) {
      // every field set from the start: groups of one shape, read at the same sites
      g = { type, key, canonical, members: [], countryCode: undefined, role: undefined, acronym: undefined, starts: undefined, order: groups.length };
      byKey.set(k, g);
      groups.push(g);
      if (type === 'ORG') acronyms.add(g);
    }
    return g;
  };
  // Whether the article is a sports report, read paragraph by paragraph: the passes below ask by its text alone.
  const isSport = isSportArticle(text, article.paragraphs, memo);
  // In a sports report, the clubs named in full by each word they may be called by alone ("Forest" of "Nottingham Forest")
  const clubsByWord = new Map<string, Group[]>();
  // What the article itself shows is no name ("Internet Explorer 6", "iodine") goes before repeats can spread it.
  const nonNames = yield* findNonNamesSteps(text, raw, article.paragraphs, memo);
  yield;
  // "This Macbeth is set in ...": a work of art, before and after repeats; "Chinua Achebe's Things Fall Apart": its author
  const works = readWorks(text, raw, article.paragraphs, memo);
  const named = applyWorks(yield* dropNonNamesSteps(text, raw, nonNames), works);
  yield;
  // "the Andy Warhol Photographic Legacy Program": the scheme blocks repeats of the name inside it, then goes
  const withRepeats = applyWorks(dropSchemes(text, yield* completePeopleSteps(text, named, article.paragraphs, memo)), works);
  yield;
  const capitals = namesInCapitals(text, withRepeats, article.paragraphs, memo);
  yield;
  // "Egypt Cuts Rates Again as IMF Unlocks Loan": a headline in title case keeps the names the article writes elsewhere
  const titled = mendTitleCaseLines(text, capitals, article.paragraphs, surface, memo);
  yield;
  const kept = yield* dropNonNamesSteps(text, titled, nonNames);
  yield;
  // "the Church" for "the Church of Scientology", "DfT" for "the Department for Transport"
  const withShortForms = addMixedInitials(text, addShortForms(text, kept, article.paragraphs), article.paragraphs, memo);
  yield;
  // "Wimbledon: Halden beats Ortiz": the headline's label is no person unless the article names one by it
  const completed = addNamePluses(text, joinWrittenWhole(text, splitPartedNames(text, splitSlashedNames(text, mendHeadlineLabel(text, addAffiliations(text, withShortForms, article.paragraphs), article.headline, surface)))));
  yield;
  // Each mention's surface and word count ahead, in batches: computed in the sort below, they made one long step.
  for (let i = 0; i < completed.length; i++) {
    if (i > 0 && i % GROUP_BATCH === 0) yield;
    wordsOf(completed[i]);
  }
  yield;
  // "Southampton held Liverpool" below "Southampton 1 Liverpool 1": the teams and players of the tables (tableRepeats.ts)
  const harmonised = yield* harmoniseTypesSteps(text, completed, surface);
  yield;
  // "contracts with Corran and Pike" after "shipbuilder Corran and Pike": the firm, not two names (firmRepeats.ts)
  // a lone word only the tagger guessed, with nothing in the article behind it, is not shown ("Encore: Nana's Hands")
  const typed = yield* dropUnsupportedSteps(text, repeatFirmPairs(text, repeatTableNames(text, harmonised, article.paragraphs), article.paragraphs), surface);
  yield;
  // Longer names first so that a later short form finds the full name it belongs to ("J Root" after "Joe Root"),
  // a name in full before the same length with an initial ("Joe Root" before "J Root"). The keys are read once per
  // mention, in batches: read in the comparator (a regular expression per comparison) they made one long step.
  const ranked: { readonly m: PlacedMention; readonly rank: number }[] = [];
  for (let i = 0; i < typed.length; i++) {
    if (i > 0 && i % GROUP_BATCH === 0) yield;
    const m = typed[i];
    ranked.push({ m, rank: -2 * wordsOf(m) + Number(isInitialled(surface(m))) });
  }
  yield;
  ranked.sort((a, b) => a.rank - b.rank || a.m.start - b.m.start);
  // Pushed, not mapped: an array that `map` makes in optimised code is of another kind than the one it makes before,
  // and the loop below, trained on the one, would fall back from optimised code at the other (`wrong map`)
  const order: PlacedMention[] = [];
  for (const r of ranked) order.push(r.m);
  yield;
  // One mention into its group, a function called per mention: the engine optimises it within the first analyses,
  // where a loop in a generator's own body waits for the whole generator, which runs once per analysis
  const join = (m: PlacedMention): void => {
    const s = surface(m);
    let g: Group;
    if (m.countryCode && m.type === 'COUNTRY') {
      g = get('COUNTRY', m.countryCode, getCountry(m.countryCode)?.name ?? s);
    } else if (m.type === 'PERSON') {
      g = findPerson(people.get(lastWord(s)) ?? [], s, m.start, titleGenderBefore(text, m.start))
        // (not a monarch's or a pope's name after the title: "Queen Victoria" beside a reporter "Victoria Hale")
        ?? (s.includes(' ') || REGNAL_TITLES.has(m.role ?? '') ? undefined : findByFamilyName(byFirstWord.get(s) ?? [], m.start))
        // 'Bernard "Bunny" Callaghan' in the text is the "Bernard 'Bunny' Callaghan" of the headline
        ?? get('PERSON', s.toLowerCase().replace(/["“”‘’]/g, "'"), s);
      if (!g.starts) {
        g.starts = [];
        const last = lastWord(g.canonical);
        const list = people.get(last);
        if (list) list.push(g);
        else people.set(last, [g]);
        const first = g.canonical.slice(0, g.canonical.indexOf(' '));
        if (first.length > 1 && /^\p{Lu}\p{Ll}/u.test(first)) {
          const firsts = byFirstWord.get(first);
          if (firsts) firsts.push(g);
          else byFirstWord.set(first, [g]);
        }
      }
      insertSorted(g.starts, m.start);
    } else if (m.type === 'ORG') {
      const full = m.name ?? s;
      // "Forest manager ..." after "Nottingham Forest": the one club the article names in full with that word
      const clubs = isSport && !full.includes(' ') ? clubsByWord.get(full) : undefined;
      g = byKey.get(`ORG:${full.toLowerCase()}`) ?? (clubs?.length === 1 ? clubs[0] : undefined) ?? acronyms.find(full) ?? get('ORG', full.toLowerCase(), full);
      if (isSport && g.members.length === 0) {
        for (const w of clubShortWords(g.canonical)) {
          const list = clubsByWord.get(w);
          if (list) list.push(g);
          else clubsByWord.set(w, [g]);
        }
      }
      // a short form by the head noun ("the Church") is no acronym of its organisation
      if (g.canonical !== s && m.source !== 'repeat' && (isAcronymOf(s, g.canonical) || (m.name !== undefined && wordCount(s) === 1))) g.acronym ??= s;
      // "VOLKSWAGEN" in a headline in capitals, "Volkswagen" in the text: the body is called as the text writes it
      if (g.canonical.length > 4 && hasNoLowerCase(g.canonical) && !hasNoLowerCase(full) && g.canonical.toLowerCase() === full.toLowerCase()) g.canonical = full;
    } else {
      const full = m.name ?? s;
      g = get(m.type, full.toLowerCase(), full);
      // "NEW DELHI" in a dateline, "New Delhi" in the text: the place is called as written in the text
      if (hasNoLowerCase(g.canonical) && !hasNoLowerCase(full)) g.canonical = full;
    }
    if (m.countryCode && !g.countryCode) g.countryCode = m.countryCode;
    if (m.role && !g.role) g.role = m.role;
    g.members.push(m);
  };
  let n = 0;
  for (const m of order) {
    if (++n % GROUP_BATCH === 0) yield;
    join(m);
  }
  yield;
  return yield* finishSteps(text, groups, article);
}

/** The entities and mentions of the groups, yielding every `GROUP_BATCH` mentions or so. */
function* finishSteps(text: string, groups: Group[], article: ArticleStructure): Generator<void, { entities: Entity[]; mentions: Mention[] }, void> {
  const headline = article.headline;
  const lead = article.lead;
  const weights = groups.map(g => {
    let w = 0;
    for (const m of g.members) {
      w += 1;
      if (headline && m.start >= headline.start && m.end <= headline.end) w += 3;
      else if (lead && m.start >= lead.start && m.end <= lead.end) w += 1.5;
    }
    return w;
  });
  yield;
  const max = weights.reduce((a, b) => Math.max(a, b), 1);
  const ranked = groups.map((g, i) => ({ g, salience: weights[i] / max }))
    .sort((a, b) => b.salience - a.salience || TYPE_ORDER[a.g.type] - TYPE_ORDER[b.g.type] || a.g.canonical.localeCompare(b.g.canonical));
  const rankOf = new Map<Group, number>(ranked.map((r, i) => [r.g, i + 1]));
  const salienceOf = new Map<Group, number>(ranked.map(r => [r.g, Math.round(r.salience * 1000) / 1000]));
  yield;
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  let sinceYield = 0;
  for (const g of groups) {
    sinceYield += g.members.length;
    if (sinceYield >= GROUP_BATCH) {
      sinceYield = 0;
      yield;
    }
    entities.push(entityOf(text, g, salienceOf.get(g) ?? 0, rankOf.get(g) ?? 0, mentions));
  }
  yield;
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/**
 * The entity of group `g`, its mentions appended to `mentions` too: a plain function called per group, which the
 * engine optimises early (see `join` in `groupMentionsSteps`).
 */
function entityOf(text: string, g: Group, salience: number, rank: number, mentions: Mention[]): Entity {
  const id = `${g.type}:${g.key}`;
  // (pushed, not mapped: see `order` in groupMentionsSteps)
  const ms: Mention[] = [];
  for (const m of g.members) {
    ms.push({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      type: g.type,
      entityId: id,
      paragraph: m.paragraph,
      reason: m.reason,
      ...(m.countryCode ? { countryCode: m.countryCode, via: m.via ?? 'name' } : {}),
      ...(m.role ? { role: m.role } : {}),
    });
  }
  ms.sort((a, b) => a.start - b.start);
  for (const m of ms) mentions.push(m);
  const wikidata = g.type === 'COUNTRY' ? getCountry(g.key)?.wikidata
    : g.type === 'ORG' ? orgWikidata(g.canonical) ?? (g.acronym ? orgWikidata(g.acronym) : undefined) : undefined;
  return {
    id,
    type: g.type,
    canonical: g.canonical,
    mentions: ms,
    surfaceForms: surfaceForms(ms),
    salience,
    rank,
    ...(g.role ? { role: g.role } : {}),
    ...(g.countryCode ? { countryCode: g.countryCode } : {}),
    ...(g.acronym ? { acronym: g.acronym } : {}),
    ...(wikidata ? { wikidata } : {}),
  };
}

function surfaceForms(ms: readonly Mention[]): string[] {
  const counts = new Map<string, number>();
  for (const m of ms) {
    const s = normaliseSpace(m.text);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(e => e[0]);
}

function lastWord(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1);
}

/** `s.split(' ').length`, without the array. */
function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}
