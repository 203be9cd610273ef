import type { RawMention } from '../model';
import { isCountryWord, isDemonymWord } from '../countries/resolver';
import type { Token } from './tokens';
import type { UnitState } from './unitState';

// compromise's lexicon knows the word as a city, and as nothing of a person's ("Belfast", "Galway", "Turin"; not
// "Florence", "Jackson").
const CITY_TAG = /(?:^|,)City(?:,|$)/;
const PERSON_TAG = /Name|Person|Organization/;

/**
 * Part of the coordination pass (`pipeline.ts`): a city the lexicon knows that no pass read is a place, when it stands
 * alone ("a property developer from Galway", "a Belfast transfer", "its Turin suppliers"), or after "Greater" ("Greater
 * Manchester", the whole). Not a word glued by a space to another capitalised word ("Blue Over Belfast", "Phoenix
 * Suns"), nor in a line in capitals. Adds mentions (`coordination`, reason `lexicon-place`); keeps `mentions` sorted.
 */
export function addLexiconPlaces(state: UnitState): void {
  const { tokens, mentions } = state;
  const added: RawMention[] = [];
  let m = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    while (m < mentions.length && mentions[m].end <= t.start) m++;
    if (m < mentions.length && mentions[m].start < t.end) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !CITY_TAG.test(t.lexTag ?? '') || PERSON_TAG.test(t.lexTag ?? '')
      || isCountryWord(t.text) || isDemonymWord(t.text)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const isGreater = prev !== undefined && prev.text === 'Greater' && isGlued(prev, t) && !(m > 0 && mentions[m - 1].end > prev.start);
    if (!isGreater && prev !== undefined && isGlued(prev, t) && /^\p{Lu}/u.test(prev.text) && !prev.isFirst) continue;
    if (next !== undefined && isGlued(t, next) && /^\p{Lu}/u.test(next.text)) continue;
    added.push({ start: isGreater ? prev.start : t.start, end: t.end, type: 'PLACE', source: 'coordination', reason: 'lexicon-place' });
  }
  if (added.length === 0) return;
  state.mentions = [...mentions, ...added].sort((a, b) => a.start - b.start);
}

const isGlued = (a: Token, b: Token): boolean => a.post === '' && b.pre === '' && a.sentence === b.sentence && b.start === a.end + 1;
