/**
 * Theme evidence inside names: a word of a person's, club's or place's name is no evidence of a topic
 * ("Mr Cable" is no telecoms story, "New York City" no housing story).
 */
import type { EntityType, Span } from '../model';
import { lastStartingAtOrBefore } from '../text/search';
import { capitalsMarkNames, isInCapitalisedRun, isNameTerm } from './capitals';
import type { ThemeHit } from './matcher';
import { runSteps } from '../pipeline/steps';

/** A mention as the theme scorer reads it (a `Mention` fits). Offsets into the document text. */
export interface NameSpan extends Span {
  readonly type: EntityType;
  readonly entityId: string;
}

/**
 * A filter for theme hits (document offsets) against the article's mentions, sorted by start and not
 * overlapping. A hit inside a mention is dropped, except:
 * - inside an organisation or a country: the words of "Northwest Airlines" or "Bank of Japan" say what
 *   the body does; but not the head noun that names its kind ("University" of "University of Kent", "Union" of
 *   "National Union of Students", "Democrats" of "Liberal Democrats") nor a participle ("Tortured" of a
 *   title read as a name): see `isBodyKindWord`. In a sports story (`isSport`) an organisation is a club, and
 *   its words ("the Bombers") count only when the lexicon spells them as a name, and a country is a national
 *   side, no evidence;
 * - inside a place: a lexicon term written as a name ("Silicon Valley", "Gaza Strip");
 * - never a country's name inside a longer place's or a body's named after that place ("Northern Ireland", "New
 *   Mexico", "the Northern Ireland Office");
 * - a mention whose entity is never written where capitals mark names (title-case or all-caps lines
 *   only): there the tagger cannot tell a name from a capitalised word, so the word stays evidence.
 * A person's name never gives evidence, nor does a capitalised word elsewhere that is a word of a
 * person's name ("Cable" after "Vince Cable") or, in a sports story, of a club's name, nor in a sports
 * story a capitalised common word where capitals mark names ("lost to the Rebels"), nor a word of a run of
 * capitalised words in prose that the tagger did not take ("the Six Nations", `isInCapitalisedRun`).
 */
export function createNameMask(text: string, names: readonly NameSpan[], isSport = false): (hit: ThemeHit) => boolean {
  return runSteps(createNameMaskSteps(text, names, isSport));
}

/** CAP subtopic of a foreign country named (International Affairs). */
const COUNTRY_NAMED = 1921;
/** Words that make another place of a country's name before it: "Northern Ireland", "New Mexico", "South China Sea". */
const QUALIFIED = /^(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|New|Upper|Lower|Greater)[\s-]+)+$/;

/** Mentions read per step of `createNameMaskSteps`. */
const NAME_BATCH = 2000;

/**
 * `createNameMask` in resumable steps: what the mask reads over all the mentions (the entities' mentions, the
 * words of names) is gathered ahead, yielding every few thousand mentions. The mask is the same.
 */
export function* createNameMaskSteps(
  text: string,
  names: readonly NameSpan[],
  isSport = false,
): Generator<void, (hit: ThemeHit) => boolean, void> {
  const confirmed = new Map<string, boolean>();
  const byEntity = groupByEntity(names);
  const isConfirmed = (name: NameSpan): boolean => {
    let known = confirmed.get(name.entityId);
    if (known === undefined) {
      known = (byEntity.get(name.entityId) ?? [name]).some((m) => capitalsMarkNames(text, m.start, m.end));
      confirmed.set(name.entityId, known);
    }
    return known;
  };
  const isNameWord = (name: NameSpan): boolean => name.type === 'PERSON' || (isSport && name.type === 'ORG');
  const nameWords = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    if (i % NAME_BATCH === 0) yield;
    if (isNameWord(names[i]) && isConfirmed(names[i])) addWords(text, names[i], nameWords);
  }
  const isNationality = (offset: number): boolean => {
    const at = nameAt(names, offset);
    return at !== undefined && at.type === 'COUNTRY' && at.end > offset;
  };
  return (hit) => {
    const name = nameAt(names, hit.start);
    if (!name || hit.end > name.end) {
      const surface = text.slice(hit.start, hit.end);
      if (surface[0] === surface[0].toLowerCase() || isNameTerm(hit.term)) return true;
      // "the Six Nations", "her novel The Salt Roads": a word of a capitalised run is a name's word
      if (isInCapitalisedRun(text, hit.start, hit.end, isNationality)) return false;
      // "the Warriors lost to the Rebels": in a sports story a capitalised word in prose is a club.
      if (isSport && capitalsMarkNames(text, hit.start, hit.end)) return false;
      return !nameWords.has(surface);
    }
    // in a sports story a country is a national side ("Greece", "England captain Harry Kane"): no foreign affairs
    if (name.type === 'COUNTRY') return !isSport;
    // the country inside another place's name, or a body's named after it, names no foreign country ("Northern
    // Ireland", "New Mexico", "South China Sea", "the Northern Ireland Office")
    if (hit.subtopic === COUNTRY_NAMED && QUALIFIED.test(text.slice(name.start, hit.start))) return false;
    // "Green 98" in a line of returns, "the Greens": a party's own word is no evidence, wherever it is written
    if (name.type === 'ORG' && PARTY_WORDS.has(hit.term.toLowerCase()) && isBodyKindWord(text, name, hit)) return false;
    if (name.type === 'ORG' && (!isSport || isNameTerm(hit.term)) && !isBodyKindWord(text, name, hit)) return true;
    // "Silicon Valley", "Gaza Strip" say what the story is about
    if (name.type === 'PLACE' && isNameTerm(hit.term)) return true;
    // ("Forest manager Nuno" at a sentence's start, after "Nottingham Forest" in prose: a word of a name the article
    // writes where capitals mark names)
    return !isConfirmed(name) && !(isNameWord(name) && nameWords.has(text.slice(hit.start, hit.end)));
  };
}

/**
 * Head nouns that name the kind of a body, not its field: a university, college or school may study anything,
 * a union may be a students' union, and a party's name says who speaks, not about what ("the Liberal Democrats
 * called for a fuel rebate", "the Greens blocked the bill", "Green 98" in a line of returns).
 */
// Parties named by the word of their cause ("Greens", "Labour", "Reform").
const PARTY_WORDS = new Set(['greens', 'green', 'labour', 'labor', 'reform']);
const BODY_KINDS = new Set(['university', 'universities', 'college', 'colleges', 'school', 'schools', 'union', 'unions',
  'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', ...PARTY_WORDS]);

/**
 * Whether a hit inside an organisation's name says nothing of the body's field: its head noun (the last word, or
 * the word before "of": "Lancaster University", "University of Kent") when that names the body's kind
 * (`BODY_KINDS`), or a one-word participle ("Tortured" of a title read as a name), which describes rather than
 * names an activity. A modifier keeps counting ("Republican House seat", "Royal College of Nursing").
 */
export function isBodyKindWord(text: string, name: Span, hit: ThemeHit): boolean {
  const lower = hit.term.toLowerCase();
  if (!lower.includes(' ') && lower.endsWith('ed')) return true;
  if (!BODY_KINDS.has(lower)) return false;
  // ("the Green Party": a party's word before "Party")
  return hit.end === name.end || /^\s+(?:of\s|Party\b)/.test(text.slice(hit.end, Math.min(name.end, hit.end + 6)));
}

/** Adds the capitalised words of the mention to `out` ("Vince Cable" gives "Vince" and "Cable"). */
function addWords(text: string, n: NameSpan, out: Set<string>): void {
  for (const w of text.slice(n.start, n.end).split(/[\s\u00a0]+/)) {
    if (w.length > 1 && w[0] !== w[0].toLowerCase()) out.add(w);
  }
}

/** The mention starting at or before `offset` with the largest start, if any (binary search). */
function nameAt(names: readonly NameSpan[], offset: number): NameSpan | undefined {
  const best = lastStartingAtOrBefore(names, offset);
  return best >= 0 ? names[best] : undefined;
}

function groupByEntity(names: readonly NameSpan[]): Map<string, NameSpan[]> {
  const out = new Map<string, NameSpan[]>();
  for (const n of names) {
    const list = out.get(n.entityId) ?? [];
    list.push(n);
    out.set(n.entityId, list);
  }
  return out;
}
