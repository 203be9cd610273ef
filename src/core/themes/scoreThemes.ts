/**
 * Turns theme hits, gathered per paragraph, into article-level `Theme`s with scores, evidence and
 * per-paragraph scores.
 */
import type { Theme, ThemeEvidence } from '../model';
import type { ArticleGenre } from './genres';
import { MEDIUM, WEAK } from './lexiconTypes';
import { type ThemeHit, USER_TERM } from './matcher';
import { createNameMaskSteps, type NameSpan } from './nameMask';
import { isSportArticle } from '../nlp/sportNames';
import { MILITARY_WORDS_IN_SPORT, PLAY_WORDS_IN_SPORT } from './rules/senses';
import { cueStem } from './tokenize';
import { capSubtopic, capTopic } from './topics';
import { runSteps } from '../pipeline/steps';

/** One paragraph's hits, offsets already relative to the whole document text. */
export interface ParagraphThemeInput {
  readonly kind: 'headline' | 'lead' | 'body';
  /** Hits with absolute offsets into the document text (paragraph-relative hits moved by the paragraph's start). */
  readonly hits: readonly ThemeHit[];
}

/** Options for `scoreThemes`. */
export interface ScoreThemesOptions {
  /** Themes scoring below this are dropped (default 0.05). */
  readonly minThemeScore?: number;
  /**
   * The article's mentions, sorted by start and not overlapping: words inside a name are no evidence
   * (see `createNameMask`). Without them every hit counts.
   */
  readonly names?: readonly NameSpan[];
  /** The article's genre (`articleGenre`): a review's plot and an obituary's illness count for less. */
  readonly genre?: ArticleGenre;
}

/** Default minimum article-level score, as documented on `AnalyzeOptions.minThemeScore`. */
export const DEFAULT_MIN_THEME_SCORE = 0.05;

// A headline says what the story is about; the lead usually restates it.
const KIND_WEIGHT = { headline: 1.6, lead: 1.3, body: 1 } as const;
// Each further occurrence of the same term adds half of the previous one: repetition is a
// signal, but ten "court"s do not make a legal story.
const REPEAT_DECAY = 0.5;
// A topic's cues, strongest first, count with falling weight: one specific cue ("emissions") is not
// outvoted by a pile of generic ones ("trucks", "buses", "cars").
const RANK_DECAY = 0.8;
// Evidence mass at which a theme's saturation reaches 1 - 1/e (about three strong cues).
const SATURATION = 3;

interface Tally {
  mass: number;
  readonly gains: number[];
  maxWeight: number;
  readonly stems: Set<string>;
  firstStart: number;
  readonly perParagraph: number[];
  readonly subtopics: Map<number, number>;
  readonly evidence: ThemeEvidence[];
  /** Whether some hit is more than a match report's word of play in a sports story (see `SPORT_PLAY`). */
  firm: boolean;
  /** Whether some hit is one of the user's own theme words: what the user asks for is always shown. */
  byUser: boolean;
}

/** Paragraphs with evidence from which a leading theme tells its story at length: beside it a word said once is no theme. */
const WELL_TOLD = 3;
/** Paragraphs from which an article is long: beside its leading theme a cue said once, however strong, is no theme. */
const LONG_ARTICLE = 8;

/**
 * Words a match report uses for play, by the CAP topic they would otherwise vote for: Defense's fighting words
 * ("England captain Harry Kane", "the attack") and the words of play of rules/senses.ts `PLAY_WORDS_IN_SPORT` (where a
 * side plays, a race and its drivers, a time trial, a summit finish...). In a sports story they are evidence of that
 * topic only beside a firmer cue of it anywhere in the article ("troops", "diplomats").
 */
const SPORT_PLAY = new Map<number, ReadonlySet<string>>([
  ...Object.entries(PLAY_WORDS_IN_SPORT).map(([code, words]) => [Number(code), new Set(words)] as const),
  [16, new Set(MILITARY_WORDS_IN_SPORT.map((w) => w.toLowerCase()))],
]);

/**
 * International Affairs' subtopic of a foreign country, a capital or a people named ("Brazil", "Berlin", "German"):
 * in a match report a side's country or the city a tournament is played in, a word of play like `SPORT_PLAY`'s.
 */
const COUNTRY_NAMED = 1921;

/**
 * Article-level themes from per-paragraph hits. `paragraphs[i]` is paragraph index `i` (the order of
 * `Analysis.article.paragraphs`); `text` is the document text the hits point into, used for evidence
 * text. Each occurrence counts its weight times the paragraph kind's weight (headline 1.6, lead
 * 1.3, body 1), halving for each repeat of the same term. The score combines the saturated evidence
 * mass (absolute: comparable across articles) with the theme's share of all evidence; it is in
 * 0..1. Result: themes with score >= `minThemeScore`, best first (ties: stronger single cue, then
 * earlier evidence, then lower code); evidence sorted by start; `paragraphScores` has one entry per
 * paragraph; `subtopic` is the specific subtopic with most evidence, or the general one (x00) when
 * no specific subtopic has any. Hits inside `options.names` are left out as `createNameMask` says, and a
 * theme whose only support is one weak cue (weight `WEAK` or less) is shown only when it ranks first, as is one
 * whose only support is a single medium cue beside a leading theme with evidence in `WELL_TOLD` paragraphs. In a
 * sports story a topic needs a cue beyond a match report's words of play (`SPORT_PLAY`: "captain", "attack",
 * "international", "drivers", "time trial"), and no theme stands on a single cue of medium weight or less. In an article
 * of `LONG_ARTICLE` paragraphs or more, no theme after the first stands on one cue said once, unless the user's own.
 * No hits gives an empty array.
 */
export function scoreThemes(
  text: string,
  paragraphs: readonly ParagraphThemeInput[],
  options: ScoreThemesOptions = {},
): Theme[] {
  return runSteps(scoreThemesSteps(text, paragraphs, options));
}

/** CAP Culture and CAP Health. */
const CULTURE = 23;
const HEALTH = 3;
/** The share of its evidence a theme keeps where the genre says its words are no topic (`GENRE_DISCOUNTS`). */
const GENRE_SHARE = 0.5;
/**
 * The themes each genre's words mislead: in a review with Culture's craft words every other theme is the plot
 * ("Soldiers drag bodies across the stage"); in an obituary Health is the death, not the life ("diagnosed with
 * Parkinson's disease").
 */
const GENRE_DISCOUNTS: Readonly<Record<ArticleGenre, { applies(code: number, hasCulture: boolean): boolean }>> = {
  review: { applies: (code, hasCulture) => hasCulture && code !== CULTURE },
  obituary: { applies: (code) => code === HEALTH },
};

/** CAP subtopic 1526, sports and gambling regulation: its cues mark a sports story. */
const SPORTS_SUBTOPIC = 1526;
/**
 * Of that subtopic's words, those that speak of regulating sport, not of playing it: in a match report or a results
 * page "the World Cup", "the Olympics" and "football" are the sport itself, no Domestic Commerce story.
 */
const SPORT_REGULATION = new Set(['gambling', 'casino', 'casinos', 'lottery', 'lotteries', 'steroids', 'doping', 'team owners',
  'players union', 'betting', 'sports league']);

/** Paragraphs tallied per step of `scoreThemesSteps`. */
const PARAGRAPH_BATCH = 100;

/** `scoreThemes` in resumable steps: it yields between batches of paragraphs and between themes. */
export function* scoreThemesSteps(
  text: string,
  paragraphs: readonly ParagraphThemeInput[],
  options: ScoreThemesOptions = {},
): Generator<void, Theme[], void> {
  const minScore = options.minThemeScore ?? DEFAULT_MIN_THEME_SCORE;
  const tallies = new Map<number, Tally>();
  // repeats of each term per topic: topic code -> lower-case term -> count (nested, so that no key string is built)
  const seen = new Map<number, Map<string, number>>();
  // A story with sports cues ("stadium", "football") or the words of a match report ("scored", "striker") is a sports
  // story: its organisations are clubs and its countries national sides.
  const isMatchReport = isSportArticle(text);
  const isSport = isMatchReport || paragraphs.some((p) => p.hits.some((h) => h.subtopic === SPORTS_SUBTOPIC));
  const counts = yield* createNameMaskSteps(text, options.names ?? [], isSport);
  // each lexicon term's lower case and stem, once per term: hits of the same term share its string
  const forms = new Map<string, { readonly lower: string; readonly stem: string }>();
  const formsOf = (term: string): { readonly lower: string; readonly stem: string } => {
    let f = forms.get(term);
    if (!f) forms.set(term, (f = { lower: term.toLowerCase(), stem: cueStem(term) }));
    return f;
  };
  for (let index = 0; index < paragraphs.length; index++) {
    if (index > 0 && index % PARAGRAPH_BATCH === 0) yield;
    const p = paragraphs[index];
    const kindWeight = KIND_WEIGHT[p.kind] ?? 1;
    for (const hit of p.hits) {
      const topic = capTopic(hit.code);
      if (!topic || !counts(hit)) continue;
      let tally = tallies.get(hit.code);
      if (!tally) {
        tally = { mass: 0, gains: [], maxWeight: 0, stems: new Set(), firstStart: hit.start, perParagraph: new Array(paragraphs.length).fill(0),
          subtopics: new Map(), evidence: [], firm: false, byUser: false };
        tallies.set(hit.code, tally);
      }
      let seenTerms = seen.get(hit.code);
      if (!seenTerms) seen.set(hit.code, (seenTerms = new Map()));
      const { lower: term, stem } = formsOf(hit.term);
      if (!((isSport && SPORT_PLAY.get(hit.code)?.has(term)) || (isMatchReport && hit.subtopic === COUNTRY_NAMED)
        || (isMatchReport && hit.subtopic === SPORTS_SUBTOPIC && !SPORT_REGULATION.has(term)))) tally.firm = true;
      if (hit.reason === USER_TERM) tally.byUser = true;
      const repeats = seenTerms.get(term) ?? 0;
      seenTerms.set(term, repeats + 1);
      const gain = hit.weight * kindWeight * power(REPEAT_POWERS, REPEAT_DECAY, repeats);
      tally.gains.push(gain);
      tally.perParagraph[index] += hit.weight * kindWeight;
      tally.maxWeight = Math.max(tally.maxWeight, hit.weight);
      tally.stems.add(stem);
      tally.firstStart = Math.min(tally.firstStart, hit.start);
      if (hit.subtopic !== undefined) tally.subtopics.set(hit.subtopic, (tally.subtopics.get(hit.subtopic) ?? 0) + gain);
      const { start, end, subtopic } = hit;
      // two literals rather than a spread of an optional part: this runs for every hit of the article
      tally.evidence.push(subtopic !== undefined
        ? { start, end, text: text.slice(start, end), paragraph: index, subtopic }
        : { start, end, text: text.slice(start, end), paragraph: index });
    }
  }
  yield;
  for (const [code, t] of tallies) if (!t.firm) tallies.delete(code);
  const discounted = options.genre === undefined ? undefined : GENRE_DISCOUNTS[options.genre];
  let total = 0;
  for (const [code, t] of tallies) {
    // strongest first: sorted ascending, read backwards (a copy of the array, sorted by a comparator: a typed array
    // made per theme for its numeric sort cost more; the same numbers in the same order, so the same sum)
    const gains = t.gains.slice();
    gains.sort((a, b) => a - b);
    t.mass = 0;
    for (let i = 0; i < gains.length; i++) t.mass += gains[gains.length - 1 - i] * power(RANK_POWERS, RANK_DECAY, i);
    if (discounted && discounted.applies(code, tallies.has(CULTURE))) t.mass *= GENRE_SHARE;
    total += t.mass;
  }
  // pushed, not mapped: see `order` in groupMentionsSteps (entities/group.ts)
  const ranked: { readonly code: number; readonly t: Tally; readonly score: number }[] = [];
  for (const [code, t] of tallies) ranked.push({ code, t, score: scoreOf(t.mass, total) });
  ranked.sort((a, b) => b.score - a.score || b.t.maxWeight - a.t.maxWeight || a.t.firstStart - b.t.firstStart || a.code - b.code);
  const themes: Theme[] = [];
  let leadParagraphs = 0;
  for (const { code, t, score } of ranked) {
    if (score < minScore || score <= 0) continue;
    // A theme that only one weak word supports is not shown beside a better-supported one ("the region"
    // is no international story in a budget report); alone, it is all the text says.
    if (themes.length > 0 && t.stems.size < 2 && t.maxWeight <= WEAK) continue;
    // Nor is a word of medium weight said once beside a story its leading theme tells over several paragraphs
    // ("the attack" in a murder trial, "on the road to recovery" in a hospital story); a summary of two sentences
    // is all cues.
    if (themes.length > 0 && t.evidence.length === 1 && t.maxWeight <= MEDIUM && leadParagraphs >= WELL_TOLD) continue;
    // In a match report such a word said once is no policy story even first ("he trains like a professional", "won
    // by a single stroke", "after the interval"): a match report tells no theme unless its words say one twice.
    if (isMatchReport && t.evidence.length === 1 && t.maxWeight <= MEDIUM) continue;
    // In an article of many paragraphs one word said once is no second story, whatever its weight ("a bidding war" in
    // a transfer story, "a former navy pilot" in a stadium row, "the scientist" in an election result).
    if (themes.length > 0 && t.evidence.length === 1 && !t.byUser && paragraphs.length >= LONG_ARTICLE) continue;
    yield;
    if (themes.length === 0) leadParagraphs = t.perParagraph.reduce((n, m) => n + (m > 0 ? 1 : 0), 0);
    themes.push(toTheme(code, t, score));
  }
  return themes;
}

// `base ** n` for the decays, remembered: the same numbers, without a power computed per hit.
const REPEAT_POWERS: number[] = [];
const RANK_POWERS: number[] = [];
function power(known: number[], base: number, n: number): number {
  while (known.length <= n) known.push(base ** known.length);
  return known[n];
}

function scoreOf(mass: number, total: number): number {
  if (mass <= 0 || total <= 0) return 0;
  const saturation = 1 - Math.exp(-mass / SATURATION);
  const share = mass / total;
  return saturation * (0.5 + 0.5 * Math.sqrt(share));
}

function toTheme(code: number, t: Tally, score: number): Theme {
  const topic = capTopic(code)!;
  // A specific subtopic (1926 international organisations) says more than the general one (1900).
  let bestSub: number | undefined;
  let bestKey = -1;
  for (const [sub, mass] of t.subtopics) {
    const key = (sub % 100 === 0 ? 0 : 1e6) + mass;
    if (key > bestKey || (key === bestKey && bestSub !== undefined && sub < bestSub)) {
      bestSub = sub;
      bestKey = key;
    }
  }
  const subtopic = bestSub !== undefined ? capSubtopic(bestSub) : undefined;
  return {
    code,
    name: topic.name,
    iptc: { code: topic.iptc.code, label: topic.iptc.label },
    score: round(score),
    ...(subtopic ? { subtopic: { code: subtopic.code, name: subtopic.name } } : {}),
    evidence: [...t.evidence].sort((a, b) => a.start - b.start || a.end - b.end),
    paragraphScores: t.perParagraph.map((m) => round(1 - Math.exp(-m / SATURATION))),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
