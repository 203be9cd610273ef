/**
 * The shape of theme rules. Rules are data: the matcher indexes them once and every hit carries
 * the rule's reason, so hovers and tests can say why a word counted.
 */

/**
 * One theme rule: any of `terms` found in the text counts towards CAP major topic `code`.
 *
 * Term conventions:
 * - Matching ignores case and inflection: "policy" also finds "Policies", "ban" finds "banned".
 *   An inflected form listed elsewhere wins over its base ("securities" is not "security").
 * - A word written in capitals ("AIDS", "IT", "WHO") is an acronym that only matches in capitals,
 *   and not inside an all-caps headline, where every word is in capitals.
 * - Phrases match across spaces and hyphens ("health-care" = "health care"), never across
 *   commas or sentence ends. The longest phrase wins over its parts.
 * - `code: 0` makes a stop phrase: it consumes its words and counts for nothing
 *   ("White House" keeps "house" out of Housing).
 */
export interface ThemeRule {
  readonly terms: readonly string[];
  /** CAP major topic code (1..23), or 0 for a stop phrase. */
  readonly code: number;
  /** CAP subtopic code when the terms are specific to one (1926 international organisations). */
  readonly subtopic?: number;
  /** How strongly one occurrence signals the topic: 1 unambiguous, 0.6 typical, 0.3 weak. */
  readonly weight: number;
  /** Why these terms belong to the topic, shown in debug output and hovers. */
  readonly reason: string;
}

/** Weight for terms that on their own settle the topic ("Medicare", "interest rates"). */
export const STRONG = 1;
/** Weight for terms typical of the topic but seen elsewhere too ("hospital", "budget"). */
export const MEDIUM = 0.6;
/** Weight for broad or ambiguous cues that only help alongside others ("court", "bill"). */
export const WEAK = 0.3;

/**
 * A sense check for ambiguous cues, as data: a listed cue counts for topic `code` only when its context
 * reads that way. Context words are matched like lexicon terms (case and inflection ignored; phrases
 * across spaces and hyphens) within `scope` around the cue. A cue is confirmed by each distinct
 * `needsAny` word present and by each other firm cue of the same topic in scope (a firm cue has weight
 * `MEDIUM` or more and no sense check of its own); each distinct `notWith` word present counts against
 * it. The cue counts when it is confirmed at least once (only required when `needsAny` is given, even
 * empty: "needs a second cue") and, if any contrary word is present, confirmed more often than
 * contradicted: "strike" with "union" and "pay" in a report that also has "goal" still counts.
 */
export interface CueSense {
  /** Lexicon terms checked, as written in the rules ("strike", "strikes"). */
  readonly cues: readonly string[];
  /** The CAP major topic whose reading is checked; other topics' readings of the same word are not. */
  readonly code: number;
  /** Words whose presence confirms the reading; when given, one of them or a second firm cue is needed. */
  readonly needsAny?: readonly string[];
  /** Words whose presence points to another reading ("goal" for a football "strike"). */
  readonly notWith?: readonly string[];
  /** Check only the word written with a capital ("Labour" the party); in lower case it always counts. */
  readonly capitalisedOnly?: boolean;
  /** Where context is read: the cue's sentence or the whole paragraph (the text given to the matcher). */
  readonly scope: 'sentence' | 'paragraph';
  /** Why the cue is ambiguous, for debug output and tests. */
  readonly reason: string;
}
