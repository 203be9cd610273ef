import { keepAbbreviationStops } from './abbreviationStops';
import type { MentionSource, RawMention } from '../model';
import { mergeGazetteer, placesInCoordination } from './mergeGazetteer';
import { addAcronyms } from './acronyms';
import { addHeadedOrgs } from './headedOrgs';
import { addKnownNames } from './knownNames';
import { addAgedNames } from './agedNames';
import { addCuedTowns } from './cuedTowns';
import { addLexiconPlaces } from './lexiconPlaces';
import { dropLanguages } from './languages';
import { addListedNames } from './listedNames';
import { addPartyStates } from './partyStates';
import { dropPortfolios } from './portfolios';
import { addMissedNames } from './missedNames';
import { addPhotoCredits } from './photoCredits';
import { addPossessiveNames } from './possessiveNames';
import { addTaggedNames } from './taggedNames';
import { tokenize } from './tokens';
import type { UnitState } from './unitState';

/** One pass over an analysis unit: what it adds and where it lives. */
export interface UnitPass {
  /** A short name for debugging and tests. */
  readonly name: string;
  /** The `source` of the mentions it adds or retypes; "missed names" also adds titled people as `tagger`. */
  readonly source: MentionSource;
  /** Whether the pass reads the words: a unit with no word skips it. */
  readonly needsWords: boolean;
  readonly run: (state: UnitState) => void;
}

/**
 * The passes over one analysis unit, in the order they run, each in a file of its own (knownNames.ts,
 * taggedNames.ts, missedNames.ts, headedOrgs.ts, possessiveNames.ts, acronyms.ts, mergeGazetteer.ts). Each reads what the earlier
 * ones found (`UnitState.mentions`) and may add, replace or drop mentions. Grouping across the article (repeated names,
 * names in lines in capitals, one type per name) comes after, in `entities/group.ts`.
 */
export const UNIT_PASSES: readonly UnitPass[] = [
  // 1. "NEW YORK, March 3 (Reuters) -", "By Jane Smith", "NATO": datelines, bylines, known organisations
  { name: 'known names', source: 'known', needsWords: true, run: addKnownNames },
  // 2. the statistical tagger's people, organisations and places, mended; known names win over them; then a photo's
  // credits ("Photograph: Jane Roe/EPA", photoCredits.ts), which win over the tagger's reading of them
  { name: 'tagger', source: 'tagger', needsWords: true, run: state => { addTaggedNames(state); addPhotoCredits(state); } },
  // 3. "shares in Vodafone", "Mr Cable": companies by context and titled people the tagger missed
  { name: 'missed names', source: 'context', needsWords: true, run: addMissedNames },
  // 4. "the ruling Labor Party", "Bank of Japan": organisations named by a head noun, and those that hold a
  // possessive ("the Lord's Resistance Army", "Moody's Investors Service", possessiveNames.ts)
  { name: 'headed organisations', source: 'head', needsWords: true, run: state => { addHeadedOrgs(state); addPossessiveNames(state); } },
  // 5. "the Office for Budget Responsibility (OBR)": an acronym in brackets after the name
  { name: 'acronyms in brackets', source: 'acronym', needsWords: true, run: addAcronyms },
  // 6. countries by name, alias, demonym and capital, merged with the names above
  { name: 'gazetteer', source: 'gazetteer', needsWords: false, run: mergeGazetteer },
  // 7. "in Lahore and Jacobabad": a lone tagged person listed with places is a place; "NatWest, Lloyds and Mittens": a
  // capitalised word no pass read, listed with names of one kind, is one of them (listedNames.ts); and first, a post's
  // title or portfolio read as a body goes ("Transport Secretary", portfolios.ts); a town of the place lists no pass read
  // after "from", "near"... is a place (cuedTowns.ts), and so is the state of a party tag ("D-Mass.", partyStates.ts);
  // a given name and a surname with an age after them are a person ("Hollie Marsh, 34,", agedNames.ts); last, languages
  // ("speaks Mirpuri"); and a firm's abbreviated suffix keeps its full stop ("Japan Investment Corp.", abbreviationStops.ts)
  { name: 'coordination', source: 'coordination', needsWords: false, run: state => {
    dropPortfolios(state);
    placesInCoordination(state);
    addAgedNames(state);
    addListedNames(state);
    addLexiconPlaces(state);
    addCuedTowns(state);
    addPartyStates(state);
    dropLanguages(state);
    keepAbbreviationStops(state);
  } },
];

/** The passes before the gazetteer's: the names the tokens, the tagger and the rules find. */
const NAME_PASSES = UNIT_PASSES.slice(0, UNIT_PASSES.findIndex(p => p.name === 'gazetteer'));

function runPasses(text: string, passes: readonly UnitPass[]): RawMention[] {
  const state: UnitState = { text, tokens: tokenize(text), known: [], mentions: [] };
  for (const pass of passes) if (state.tokens.length > 0 || !pass.needsWords) pass.run(state);
  return state.mentions;
}

/**
 * Everything the NLP finds in one analysis unit (`UNIT_PASSES` in order): people, organisations, places and
 * countries, each with the `source` of the pass that found it. Offsets relative to `text`; sorted by start,
 * non-overlapping; blank text gives [].
 */
export function extractUnit(text: string): RawMention[] {
  return runPasses(text, UNIT_PASSES);
}

/**
 * The people, organisations and places of `text` without the country gazetteer (passes 1 to 5): spans run from the
 * first word's start to the last word's end, without surrounding punctuation or a possessive 's; demonyms are left
 * to the gazetteer. Sorted by start, non-overlapping; blank text gives [].
 */
export function extractMentions(text: string): RawMention[] {
  return runPasses(text, NAME_PASSES);
}
